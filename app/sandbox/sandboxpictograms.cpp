#include "sandboxpictograms.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPainterPath>

namespace apipay::sandbox {

namespace {

void outline(QPainter& p, const QColor& colour)
{
    p.setPen(QPen(colour.darker(160), 5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(colour);
}

void paintShape(QPainter& p, SandboxPictograms::Shape shape, const QColor& c)
{
    using Shape = SandboxPictograms::Shape;
    outline(p, c);
    switch (shape) {
    case Shape::Loaf: {
        p.drawRoundedRect(QRectF(40, 90, 176, 100), 50, 50);
        p.setPen(QPen(c.darker(170), 6, Qt::SolidLine, Qt::RoundCap));
        for (int x : { 85, 125, 165 }) {
            p.drawLine(QPointF(x, 110), QPointF(x + 18, 170));
        }
        break;
    }
    case Shape::Carton: {
        QPainterPath path;
        path.moveTo(80, 90);
        path.lineTo(128, 50);
        path.lineTo(176, 90);
        path.lineTo(176, 215);
        path.lineTo(80, 215);
        path.closeSubpath();
        p.drawPath(path);
        p.setBrush(Qt::white);
        p.drawRect(QRectF(95, 120, 66, 50));
        break;
    }
    case Shape::Bottle: {
        QPainterPath path;
        path.moveTo(112, 40);
        path.lineTo(144, 40);
        path.lineTo(144, 80);
        path.cubicTo(180, 95, 180, 110, 180, 130);
        path.lineTo(180, 215);
        path.lineTo(76, 215);
        path.lineTo(76, 130);
        path.cubicTo(76, 110, 76, 95, 112, 80);
        path.closeSubpath();
        p.drawPath(path);
        p.setBrush(Qt::white);
        p.drawRect(QRectF(88, 140, 80, 40));
        break;
    }
    case Shape::Cup: {
        p.drawRoundedRect(QRectF(60, 90, 110, 120), 20, 20);
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(QRectF(155, 115, 50, 55));
        p.setPen(QPen(c.darker(130), 6, Qt::SolidLine, Qt::RoundCap));
        for (int x : { 90, 115, 140 }) {
            p.drawArc(QRectF(x - 8, 40, 16, 40), 90 * 16, 180 * 16);
        }
        break;
    }
    case Shape::Balls: {
        for (const QPointF& centre : { QPointF(90, 150), QPointF(166, 150), QPointF(128, 100), QPointF(128, 190) }) {
            p.drawEllipse(centre, 36, 36);
        }
        break;
    }
    case Shape::Triangle: {
        const QPointF points[] = { QPointF(128, 50), QPointF(215, 200), QPointF(41, 200) };
        p.drawPolygon(points, 3);
        p.setBrush(c.lighter(130));
        p.drawEllipse(QPointF(128, 150), 22, 22);
        break;
    }
    case Shape::Apple: {
        p.drawEllipse(QRectF(55, 75, 146, 140));
        p.setBrush(QColor(60, 150, 60));
        p.setPen(QPen(QColor(40, 100, 40), 4));
        p.drawEllipse(QRectF(130, 45, 45, 25));
        p.setPen(QPen(QColor(90, 60, 30), 7, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(128, 80), QPointF(124, 50));
        break;
    }
    case Shape::Banana: {
        QPainterPath path;
        path.moveTo(50, 90);
        path.cubicTo(70, 210, 190, 220, 215, 120);
        path.cubicTo(180, 175, 95, 170, 70, 80);
        path.closeSubpath();
        p.drawPath(path);
        break;
    }
    case Shape::Bar: {
        p.drawRoundedRect(QRectF(45, 75, 166, 110), 10, 10);
        p.setPen(QPen(c.darker(170), 5));
        p.drawLine(QPointF(100, 75), QPointF(100, 185));
        p.drawLine(QPointF(156, 75), QPointF(156, 185));
        p.drawLine(QPointF(45, 130), QPointF(211, 130));
        break;
    }
    case Shape::Sausage: {
        p.drawRoundedRect(QRectF(35, 100, 186, 60), 30, 30);
        p.setBrush(Qt::white);
        for (const QPointF& fat : { QPointF(80, 125), QPointF(120, 140), QPointF(160, 120), QPointF(190, 138) }) {
            p.drawEllipse(fat, 6, 5);
        }
        break;
    }
    case Shape::Wedge: {
        const QPointF points[] = { QPointF(40, 190), QPointF(216, 190), QPointF(216, 90) };
        p.drawPolygon(points, 3);
        p.setBrush(c.lighter(140));
        for (const QPointF& hole : { QPointF(170, 160), QPointF(195, 130), QPointF(130, 172) }) {
            p.drawEllipse(hole, 9, 9);
        }
        break;
    }
    case Shape::Eggs: {
        for (const QPointF& centre : { QPointF(90, 140), QPointF(166, 140), QPointF(128, 120) }) {
            p.drawEllipse(centre, 38, 50);
        }
        break;
    }
    case Shape::Cake: {
        p.drawRect(QRectF(55, 120, 146, 90));
        p.setBrush(c.lighter(140));
        p.drawRect(QRectF(55, 150, 146, 18));
        p.setBrush(QColor(200, 40, 60));
        p.drawEllipse(QPointF(128, 100), 18, 18);
        break;
    }
    case Shape::Bag: {
        QPainterPath path;
        path.moveTo(80, 70);
        path.lineTo(176, 70);
        path.lineTo(200, 215);
        path.lineTo(56, 215);
        path.closeSubpath();
        p.drawPath(path);
        p.setPen(QPen(c.darker(170), 6, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(80, 95), QPointF(176, 95));
        p.setBrush(Qt::white);
        p.drawEllipse(QPointF(128, 155), 28, 28);
        break;
    }
    }
}

} // namespace

QByteArray SandboxPictograms::png(Shape shape, const QColor& colour, int size)
{
    QImage image(256, 256, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        QColor tile = colour.lighter(170);
        tile.setHsv(tile.hue(), qMin(tile.saturation(), 60), 245);
        p.setPen(Qt::NoPen);
        p.setBrush(tile);
        p.drawRoundedRect(QRectF(6, 6, 244, 244), 36, 36);
        paintShape(p, shape, colour);
    }
    if (size != 256) {
        image = image.scaled(size, size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace apipay::sandbox
