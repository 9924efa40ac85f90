#include "figurelink.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>

namespace apipay {

FigureLink::FigureLink(QWidget* parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::NoTextInteraction);
    setFocusPolicy(Qt::StrongFocus); // after the interaction flags: setting them sets the focus policy too
    setCursor(Qt::PointingHandCursor);
    setAttribute(Qt::WA_Hover);
    // Room for the focus ring and the underline around the text.
    setContentsMargins(4, 2, 4, 3);
}

QRect FigureLink::textRect() const
{
    const QRect area = contentsRect();
    const QSize size(fontMetrics().horizontalAdvance(text()), fontMetrics().height());
    return QStyle::alignedRect(layoutDirection(), alignment(), size.boundedTo(area.size()), area);
}

void FigureLink::paintEvent(QPaintEvent* event)
{
    QLabel::paintEvent(event);
    if (text().isEmpty()) {
        return;
    }
    QPainter painter(this);
    const QRect shown = textRect();
    const bool marked = m_hovered || hasFocus();
    // Dotted and a shade lighter than the text at rest; solid in the text's colour when pointed at or focused.
    QColor line = palette().color(foregroundRole());
    if (!marked) {
        line.setAlphaF(0.55);
    }
    QPen pen(line, 1, marked ? Qt::SolidLine : Qt::DotLine);
    painter.setPen(pen);
    const int y = shown.top() + fontMetrics().ascent() + qMax(2, fontMetrics().descent() / 2);
    painter.drawLine(shown.left(), y, shown.right(), y);
    if (hasFocus()) {
        QColor ring = palette().color(QPalette::Highlight);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(ring, 1.5));
        painter.drawRoundedRect(QRectF(shown.adjusted(-3, -1, 3, 2)), 3, 3);
    }
}

void FigureLink::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (event->modifiers() == Qt::NoModifier || event->modifiers() == Qt::KeypadModifier) {
            event->accept();
            Q_EMIT activated();
            return;
        }
        break;
    default:
        break;
    }
    QLabel::keyPressEvent(event);
}

void FigureLink::mousePressEvent(QMouseEvent* event)
{
    m_pressed = event->button() == Qt::LeftButton;
    event->accept();
}

void FigureLink::mouseReleaseEvent(QMouseEvent* event)
{
    const bool click = m_pressed && event->button() == Qt::LeftButton && rect().contains(event->position().toPoint());
    m_pressed = false;
    event->accept();
    if (click) {
        Q_EMIT activated();
    }
}

void FigureLink::enterEvent(QEnterEvent* event)
{
    m_hovered = true;
    update();
    QLabel::enterEvent(event);
}

void FigureLink::leaveEvent(QEvent* event)
{
    m_hovered = false;
    update();
    QLabel::leaveEvent(event);
}

} // namespace apipay
