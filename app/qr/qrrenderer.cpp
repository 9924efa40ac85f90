#include "qrrenderer.h"

#include <QPaintDevice>
#include <QPainter>
#include <QRectF>
#include <QTransform>

#include <algorithm>
#include <cmath>

namespace apipay {

namespace {

// Fills the dark modules row by row, one rectangle per horizontal run (device coordinates).
void fillModules(QPainter* painter, const QrCode& code, QPoint origin, int modulePixels, const QColor& dark)
{
    const int n = code.size();
    for (int y = 0; y < n; ++y) {
        int x = 0;
        while (x < n) {
            if (!code.module(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < n && code.module(x, y)) {
                ++x;
            }
            painter->fillRect(QRect(origin.x() + start * modulePixels, origin.y() + y * modulePixels,
                                  (x - start) * modulePixels, modulePixels),
                dark);
        }
    }
}

} // namespace

int QrRenderer::pixelsPerModule(int codeSize, int side, int quietZone)
{
    const int modules = codeSize + 2 * qMax(0, quietZone);
    if (codeSize <= 0 || modules <= 0 || side < modules) {
        return 0;
    }
    return side / modules;
}

QImage QrRenderer::toImage(const QrCode& code, int modulePixels, int quietZone, const Colors& colors)
{
    if (code.isNull() || modulePixels < 1) {
        return {};
    }
    quietZone = qMax(0, quietZone);
    const int n = code.size();
    const int side = (n + 2 * quietZone) * modulePixels;
    QImage image(side, side, QImage::Format_Grayscale8);
    if (image.isNull()) {
        return {};
    }
    const auto light = uchar(qGray(colors.light.rgb()));
    const auto dark = uchar(qGray(colors.dark.rgb()));
    image.fill(QColor(light, light, light));
    for (int y = 0; y < n; ++y) {
        uchar* first = image.scanLine((quietZone + y) * modulePixels);
        for (int x = 0; x < n; ++x) {
            if (code.module(x, y)) {
                uchar* p = first + (quietZone + x) * modulePixels;
                std::fill(p, p + modulePixels, dark);
            }
        }
        // The remaining rows of this module row are copies of the first one.
        for (int r = 1; r < modulePixels; ++r) {
            std::copy(first, first + side, image.scanLine((quietZone + y) * modulePixels + r));
        }
    }
    return image;
}

QRectF QrRenderer::paint(
    QPainter* painter, const QRectF& target, const QrCode& code, const Colors& colors, int quietZone)
{
    if (!painter || code.isNull() || target.isEmpty()) {
        return {};
    }
    quietZone = qMax(0, quietZone);
    // Work in device pixels: deviceTransform = world × (device pixel ratio scaling). Setting the world transform to
    // deviceTransform⁻¹ × world cancels the scaling so that integer coordinates are whole device pixels.
    const QTransform logicalToDevice = painter->deviceTransform();
    bool invertible = false;
    const QTransform deviceToLogical = logicalToDevice.inverted(&invertible);
    if (!invertible) {
        return {};
    }
    const QRectF deviceTarget = logicalToDevice.mapRect(target);
    const int left = int(std::ceil(deviceTarget.left() - 1e-6));
    const int top = int(std::ceil(deviceTarget.top() - 1e-6));
    const int right = int(std::floor(deviceTarget.right() + 1e-6));
    const int bottom = int(std::floor(deviceTarget.bottom() + 1e-6));
    const int available = qMin(right - left, bottom - top);
    const int modulePixels = pixelsPerModule(code.size(), available, quietZone);
    if (modulePixels < 1) {
        return {};
    }
    const int side = (code.size() + 2 * quietZone) * modulePixels;
    const QPoint corner(left + (right - left - side) / 2, top + (bottom - top - side) / 2);

    painter->save();
    painter->setWorldTransform(deviceToLogical * painter->worldTransform());
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter->setPen(Qt::NoPen);
    painter->fillRect(QRect(corner, QSize(side, side)), colors.light);
    fillModules(
        painter, code, corner + QPoint(quietZone * modulePixels, quietZone * modulePixels), modulePixels, colors.dark);
    painter->restore();
    return deviceToLogical.mapRect(QRectF(corner, QSizeF(side, side)));
}

QString QrRenderer::toSvg(const QrCode& code, double physicalSizeMm, int quietZone, const Colors& colors)
{
    if (code.isNull()) {
        return {};
    }
    quietZone = qMax(0, quietZone);
    const int n = code.size();
    const int side = n + 2 * quietZone;
    QString path;
    path.reserve(n * n * 4);
    for (int y = 0; y < n; ++y) {
        int x = 0;
        while (x < n) {
            if (!code.module(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < n && code.module(x, y)) {
                ++x;
            }
            path += u'M' + QString::number(start + quietZone) + u',' + QString::number(y + quietZone) + u'h'
                + QString::number(x - start) + QStringLiteral("v1h-") + QString::number(x - start) + u'z';
        }
    }
    QString size;
    if (physicalSizeMm > 0) {
        const QString mm = QString::number(physicalSizeMm, 'f', 2);
        size = QStringLiteral(" width=\"") + mm + QStringLiteral("mm\" height=\"") + mm + QStringLiteral("mm\"");
    }
    const QString sideText = QString::number(side);
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\"")
        + size + QStringLiteral(" viewBox=\"0 0 ") + sideText + u' ' + sideText
        + QStringLiteral("\" shape-rendering=\"crispEdges\">\n<rect width=\"") + sideText
        + QStringLiteral("\" height=\"") + sideText + QStringLiteral("\" fill=\"") + colors.light.name()
        + QStringLiteral("\"/>\n<path fill=\"") + colors.dark.name() + QStringLiteral("\" d=\"") + path
        + QStringLiteral("\"/>\n</svg>\n");
}

} // namespace apipay
