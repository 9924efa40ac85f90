#include "qrwidget.h"

#include "qr/qrrenderer.h"

#include <QPainter>
#include <QPalette>

#include <algorithm>
#include <cmath>

namespace apipay {

QrWidget::QrWidget(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Payment QR code"));
}

void QrWidget::setCode(const QrCode& code)
{
    m_code = code;
    setAccessibleDescription(code.text());
    update();
}

void QrWidget::setImage(const QImage& image)
{
    m_image = image;
    update();
}

void QrWidget::setPaid(bool paid)
{
    if (m_paid != paid) {
        m_paid = paid;
        update();
    }
}

void QrWidget::setExpired(bool expired)
{
    if (m_expired != expired) {
        m_expired = expired;
        update();
    }
}

void QrWidget::setPlaceholderText(const QString& text)
{
    m_placeholder = text;
    update();
}

QSize QrWidget::sizeHint() const
{
    return { 360, 360 };
}

QSize QrWidget::minimumSizeHint() const
{
    // Two device pixels per module for the largest common Antom codes (version ≤ 10: 57 + 8 modules).
    return { 160, 160 };
}

void QrWidget::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    if (m_code.isNull() && m_image.isNull()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
        return;
    }
    QRectF used;
    if (!m_code.isNull()) {
        QrColors colors;
        if (m_expired || m_paid) {
            colors.dark = QColor(0xC8, 0xC8, 0xC8);
        }
        used = QrRenderer::paint(&painter, rect(), m_code, colors);
    } else {
        used = paintImage(&painter);
    }
    if (used.isEmpty()) {
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("Too small to show the QR code"));
        return;
    }
    if (m_expired || m_paid) {
        QFont font = painter.font();
        font.setBold(true);
        font.setPixelSize(qMax(14, int(used.height() / 9)));
        painter.setFont(font);
        const QString text = m_paid ? tr("Paid ✓") : tr("Expired");
        const QFontMetrics metrics(font);
        QRectF band(0, 0, metrics.horizontalAdvance(text) + metrics.height(), metrics.height() * 1.6);
        band.moveCenter(used.center());
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setPen(Qt::NoPen);
        painter.setBrush(m_paid ? QColor(0x1B, 0x5E, 0x20) : QColor(0xB0, 0x00, 0x20));
        painter.drawRoundedRect(band, 6, 6);
        painter.setPen(Qt::white);
        painter.drawText(band, Qt::AlignCenter, text);
    }
}

QRectF QrWidget::paintImage(QPainter* painter) const
{
    // A whole number of device pixels per image pixel keeps the modules sharp; a picture larger than the widget is
    // scaled down smoothly (a scanner still reads it).
    const qreal ratio = devicePixelRatioF();
    const QSizeF available = QSizeF(size()) * ratio;
    const qreal fit = std::min(available.width() / m_image.width(), available.height() / m_image.height());
    const qreal factor = fit >= 1 ? std::floor(fit) : fit;
    const QSizeF drawn = QSizeF(m_image.size()) * factor / ratio;
    if (drawn.isEmpty()) {
        return {};
    }
    QRectF target(QPointF(), drawn);
    target.moveCenter(QRectF(rect()).center());
    target.moveTopLeft(QPointF(std::round(target.left()), std::round(target.top())));
    painter->setRenderHint(QPainter::SmoothPixmapTransform, fit < 1);
    if (m_expired || m_paid) {
        painter->setOpacity(0.25);
    }
    painter->drawImage(target, m_image);
    painter->setOpacity(1);
    return target;
}

} // namespace apipay
