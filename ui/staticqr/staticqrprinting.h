#pragma once

#include "domain/staticqr.h"

#include <QImage>
#include <QRectF>
#include <QString>

class QPainter;
class QPrinter;

namespace apipay {

class DisplayFormat;

// The printed static QR sheet: an A5 portrait page with the shop's name, the amount, the QR of print_url (drawn
// here with qrcodegen, never downloaded), the big short code and how to pay with it.
namespace staticqrprint {

// What the page shows, already formatted.
struct SheetContent
{
    QString shopName;
    QString amountText;
    QString description;
    QString printUrl;
    QString shortCode;
    QString manualHost; // "qr.apipay.kz"
};

SheetContent contentOf(const StaticQrSheet& sheet, const QString& shopName, const DisplayFormat& format);
// The instruction under the code ("Scan with your phone camera or enter the code at qr.apipay.kz"), translated.
QString instructionText(const SheetContent& content);
// Paints the page into `page` (device coordinates; its width decides every size). False when the QR cannot be made.
bool paint(QPainter* painter, const QRectF& page, const SheetContent& content);
// Prints on `printer`, A5 portrait.
void print(const SheetContent& content, QPrinter* printer);
// Writes a one-page A5 PDF; false with a translated reason when it could not be written.
bool savePdf(const SheetContent& content, const QString& filePath, QString* errorText);
// The page as an image `width` pixels wide (A5 proportions), for the preview on screen and tests.
QImage render(const SheetContent& content, int width);
// "qr-sheet-K7M9P2Q4.pdf"
QString defaultFileName(const SheetContent& content);

} // namespace staticqrprint
} // namespace apipay
