#include "appliedfilternotice.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace apipay {

AppliedFilterNotice::AppliedFilterNotice(QWidget* parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_clear(new QPushButton(this))
{
    setObjectName(u"appliedFilterNotice"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // The window's own background, a shade towards the highlight: marked, not alarming.
    QPalette colours = palette();
    const QColor base = colours.color(QPalette::Window);
    const QColor tint = colours.color(QPalette::Highlight);
    colours.setColor(QPalette::Window,
        QColor((base.red() * 9 + tint.red()) / 10, (base.green() * 9 + tint.green()) / 10,
            (base.blue() * 9 + tint.blue()) / 10));
    setPalette(colours);
    m_text->setObjectName(u"appliedFilterLabel"_s);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    // Wrapped text asks for no width of its own: a long caption makes the strip taller, never the window wider.
    m_text->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_text->setMinimumWidth(fontMetrics().averageCharWidth() * 12);
    m_clear->setObjectName(u"clearAppliedFilterPushButton"_s);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_clear, 0, Qt::AlignVCenter);
    connect(m_clear, &QPushButton::clicked, this, &AppliedFilterNotice::clearRequested);
    retranslate();
    hide();
}

void AppliedFilterNotice::showNotice(const QString& caption, const QString& details)
{
    QString html = u"<b>"_s + caption.toHtmlEscaped() + u"</b>"_s;
    if (!details.isEmpty()) {
        html += u" · "_s + details.toHtmlEscaped();
    }
    m_text->setText(html);
    setAccessibleName(caption + u". "_s + details);
    show();
}

void AppliedFilterNotice::hideNotice()
{
    m_text->clear();
    hide();
}

void AppliedFilterNotice::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
}

void AppliedFilterNotice::retranslate()
{
    m_clear->setText(tr("Clear filters"));
    m_clear->setToolTip(tr("Show every invoice again"));
}

} // namespace apipay
