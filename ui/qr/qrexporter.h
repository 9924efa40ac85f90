#pragma once

#include "qr/qrcode.h"

#include <QImage>
#include <QString>

class QPainter;
class QPrinter;
class QRect;
class QRectF;

namespace apipay {

// Saves and prints a QR code: PNG (about 1 000 px, whole pixels per module), SVG (one unit per module, optional
// physical size) and paper at an exact physical size (default 5 cm, quiet zone included).
class QrExporter
{
public:
    static constexpr double kDefaultPrintSizeCm = 5.0;

    static QImage pngImage(const QrCode& code, int targetSidePixels = 1024);
    // Written atomically (QSaveFile); false with a translated reason.
    static bool savePng(const QrCode& code, const QString& path, QString* errorText);
    static bool saveSvg(const QrCode& code, const QString& path, double sizeMm, QString* errorText);
    // The page itself, for print() and tests: `page` in device pixels at `dpi`. Returns the code's square (quiet zone
    // included) in device pixels.
    static QRectF paintPage(
        QPainter* painter, const QRect& page, int dpi, const QrCode& code, double sizeCm, const QStringList& caption);
    // Paints one page: the code sizeCm wide (quiet zone included; less than one printer dot per module smaller, so
    // that every module is a whole number of dots), centred at the top of the printable area, with caption lines
    // under it. false when the printer cannot paint.
    static bool print(
        QPrinter* printer, const QrCode& code, double sizeCm, const QStringList& caption, QString* errorText);
};

} // namespace apipay
