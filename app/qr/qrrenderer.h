#pragma once

#include "qr/qrcode.h"

#include <QColor>
#include <QImage>
#include <QRect>
#include <QString>

class QPainter;
class QRectF;

namespace apipay {

// Module colours (dark modules on a light background; a scanner needs enough contrast).
struct QrColors
{
    QColor dark = Qt::black;
    QColor light = Qt::white;
};

// Draws a QrCode crisply: dark modules on a light background, a quiet zone of at least four modules, every module a
// whole number of device pixels (no antialiasing, no smoothing), centred in the space given.
class QrRenderer
{
public:
    static constexpr int kQuietZoneModules = 4;

    using Colors = QrColors;

    // Pixels per module so that the code plus its quiet zone fits into `side` pixels (0 when it does not fit).
    static int pixelsPerModule(int codeSize, int side, int quietZone = kQuietZoneModules);

    // A Format_Grayscale8 image of exactly (size + 2 × quietZone) × modulePixels pixels per side (null for a null
    // code or modulePixels < 1).
    static QImage toImage(
        const QrCode& code, int modulePixels, int quietZone = kQuietZoneModules, const Colors& colors = QrColors());

    // Paints into `target` (logical coordinates of the painter). The painter's device pixel ratio and
    // translation are taken into account: modules land on whole device pixels. The light background fills the
    // square actually used (quiet zone included); the area of target around it is left untouched.
    // Returns that square in logical coordinates (empty if the target is too small for one pixel per module).
    static QRectF paint(QPainter* painter,
        const QRectF& target,
        const QrCode& code,
        const Colors& colors = QrColors(),
        int quietZone = kQuietZoneModules);

    // A standalone SVG document: one unit per module, the quiet zone included, shape-rendering="crispEdges".
    // physicalSizeMm > 0 adds width/height in millimetres.
    static QString toSvg(const QrCode& code,
        double physicalSizeMm = 0,
        int quietZone = kQuietZoneModules,
        const Colors& colors = QrColors());
};

} // namespace apipay
