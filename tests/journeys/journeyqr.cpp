#include "journeyqr.h"

#include "journeydriver.h"

#include <QImage>
#include <QWidget>

#define ZX_USE_UTF8
#include <ZXing/ReadBarcode.h>

using namespace Qt::StringLiterals;

namespace apipay::test {

QString decodeQr(const QImage& image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    const ZXing::Result result = ZXing::ReadBarcode(ZXing::ImageView(gray.constBits(), gray.width(), gray.height(),
                                                        ZXing::ImageFormat::Lum, int(gray.bytesPerLine())),
        hints);
    return result.isValid() ? QString::fromStdString(result.text()) : QString();
}

QString decodeShownQr(QWidget* widget)
{
    return decodeQr(widget->grab().toImage());
}

QWidget* paymentQrIn(QWidget* window)
{
    for (QWidget* w : JourneyDriver::visibleWidgets()) {
        if (w->window() == window && JourneyDriver::accessibleName(w) == u"Payment QR code"_s) {
            return w;
        }
    }
    return nullptr;
}

} // namespace apipay::test
