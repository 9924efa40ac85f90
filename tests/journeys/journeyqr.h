#pragma once

#include <QString>

class QImage;
class QWidget;

namespace apipay::test {

// What a phone camera reads from a picture: the text of the QR code in it, empty when none can be read (ZXing).
QString decodeQr(const QImage& image);
// The same, from a widget as it is drawn on screen.
QString decodeShownQr(QWidget* widget);
// The visible payment QR widget ("Payment QR code") of one window: the main window or the customer display.
QWidget* paymentQrIn(QWidget* window);

} // namespace apipay::test
