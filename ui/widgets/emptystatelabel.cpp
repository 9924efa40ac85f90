#include "emptystatelabel.h"

#include <QEvent>

using namespace Qt::StringLiterals;

namespace apipay {

EmptyStateLabel::EmptyStateLabel(QWidget* parent)
    : EmptyStateLabel(QString(), parent)
{
}

EmptyStateLabel::EmptyStateLabel(const QString& text, QWidget* parent)
    : QLabel(text, parent)
{
    setObjectName(u"emptyStateLabel"_s);
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setMargin(fontMetrics().height());
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont larger = font();
    if (larger.pointSizeF() > 0) {
        larger.setPointSizeF(larger.pointSizeF() * 1.15);
    }
    setFont(larger);
    applyPalette();
}

void EmptyStateLabel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange && !m_applying) {
        applyPalette();
    }
    QLabel::changeEvent(event);
}

void EmptyStateLabel::applyPalette()
{
    m_applying = true;
    QPalette pal = palette();
    pal.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
    setPalette(pal);
    m_applying = false;
}

} // namespace apipay
