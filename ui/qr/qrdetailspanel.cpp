#include "qrdetailspanel.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace apipay {

namespace {

constexpr int kFieldCount = 5;

QFont enlarged(QFont font, qreal factor)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(true);
    return font;
}

} // namespace

QrDetailsPanel::QrDetailsPanel(QWidget* parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
{
    m_heading->setFont(enlarged(m_heading->font(), 1.4));
    m_heading->setWordWrap(true);
    auto* form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < kFieldCount; ++i) {
        auto* name = new QLabel(this);
        auto* value = new QLabel(QStringLiteral("—"), this);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        m_names.append(name);
        m_values.append(value);
        form->addRow(name, value);
    }
    m_values.at(int(Field::Amount))->setFont(enlarged(font(), 1.6));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    retranslate();
}

void QrDetailsPanel::setHeading(const QString& text)
{
    m_heading->setText(text);
}

void QrDetailsPanel::setField(Field field, const QString& text)
{
    m_values.at(int(field))->setText(text.isEmpty() ? QStringLiteral("—") : text);
}

QString QrDetailsPanel::field(Field field) const
{
    return m_values.at(int(field))->text();
}

void QrDetailsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void QrDetailsPanel::retranslate()
{
    const QStringList names
        = { tr("Amount:"), tr("Payment request ID:"), tr("Payment ID:"), tr("Status:"), tr("Expires:") };
    for (int i = 0; i < kFieldCount; ++i) {
        m_names.at(i)->setText(names.at(i));
    }
}

} // namespace apipay
