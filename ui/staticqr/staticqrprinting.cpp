#include "staticqr/staticqrprinting.h"

#include "format/displayformat.h"
#include "qr/qrcode.h"
#include "qr/qrrenderer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFontDatabase>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPrinter>
#include <QUrl>

namespace apipay::staticqrprint {

namespace {

constexpr double kPageWidthMm = 148.0; // A5
constexpr double kPageHeightMm = 210.0;

// Draws one line of text centred in a band of the page; returns the band's bottom.
double drawLine(QPainter* painter,
    const QRectF& page,
    double top,
    double heightMm,
    double mm,
    const QFont& font,
    const QString& text,
    int flags = Qt::AlignHCenter | Qt::AlignVCenter)
{
    painter->setFont(font);
    const QRectF band(page.left() + 8 * mm, top, page.width() - 16 * mm, heightMm * mm);
    painter->drawText(band, flags | Qt::TextWordWrap, text);
    return band.bottom();
}

QFont sized(QFont font, double mm, double heightMm, bool bold)
{
    font.setPixelSize(qMax(1, qRound(heightMm * mm)));
    font.setBold(bold);
    return font;
}

} // namespace

SheetContent contentOf(const StaticQrSheet& sheet, const QString& shopName, const DisplayFormat& format)
{
    SheetContent c;
    c.shopName = shopName;
    c.amountText = sheet.amount ? format.money(sheet.amount) : QString();
    c.description = sheet.description;
    c.printUrl = sheet.printUrl;
    c.shortCode = sheet.shortCode;
    const QUrl manual(sheet.manualUrl);
    c.manualHost = manual.host().isEmpty() ? QStringLiteral("qr.apipay.kz") : manual.host();
    return c;
}

QString instructionText(const SheetContent& content)
{
    return QCoreApplication::translate(
        "apipay::StaticQrPrinting", "Scan with your phone camera or enter the code at %1")
        .arg(content.manualHost);
}

QString defaultFileName(const SheetContent& content)
{
    return QStringLiteral("qr-sheet-%1.pdf")
        .arg(content.shortCode.isEmpty() ? QStringLiteral("sheet") : content.shortCode);
}

bool paint(QPainter* painter, const QRectF& page, const SheetContent& content)
{
    const auto encoded = QrCode::encode(content.printUrl);
    const double mm = page.width() / kPageWidthMm;
    painter->save();
    painter->fillRect(page, Qt::white);
    painter->setPen(Qt::black);
    const QFont base = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    double y = page.top() + 10 * mm;
    y = drawLine(painter, page, y, 12, mm, sized(base, mm, 7, true), content.shopName);
    y = drawLine(painter, page, y + 2 * mm, 16, mm, sized(base, mm, 12, true), content.amountText);
    if (!content.description.isEmpty()) {
        y = drawLine(painter, page, y, 8, mm, sized(base, mm, 4.5, false), content.description);
    }
    const double side = 96 * mm;
    const QRectF qrRect(page.center().x() - side / 2, y + 4 * mm, side, side);
    if (encoded.ok()) {
        QrRenderer::paint(painter, qrRect, encoded.code);
    }
    y = qrRect.bottom() + 4 * mm;
    y = drawLine(painter, page, y, 16, mm, sized(fixed, mm, 12, true), content.shortCode);
    drawLine(painter, page, y + 2 * mm, 14, mm, sized(base, mm, 4.5, false), instructionText(content),
        Qt::AlignHCenter | Qt::AlignTop);
    painter->restore();
    return encoded.ok();
}

void print(const SheetContent& content, QPrinter* printer)
{
    printer->setPageLayout(QPageLayout(QPageSize(QPageSize::A5), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    printer->setFullPage(true);
    QPainter painter(printer);
    if (!painter.isActive()) {
        return;
    }
    paint(&painter, QRectF(printer->pageLayout().fullRectPixels(printer->resolution())), content);
}

bool savePdf(const SheetContent& content, const QString& filePath, QString* errorText)
{
    const QFileInfo folder(QFileInfo(filePath).absolutePath());
    if (!folder.isDir() || !folder.isWritable()) {
        if (errorText) {
            *errorText = QCoreApplication::translate("apipay::StaticQrPrinting", "The folder %1 cannot be written to.")
                             .arg(folder.absoluteFilePath());
        }
        return false;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setDocName(defaultFileName(content));
    printer.setOutputFileName(filePath);
    print(content, &printer);
    const QFileInfo written(filePath);
    if (!written.exists() || written.size() == 0) {
        if (errorText) {
            *errorText = QCoreApplication::translate("apipay::StaticQrPrinting", "The PDF could not be written to %1.")
                             .arg(filePath);
        }
        return false;
    }
    return true;
}

QImage render(const SheetContent& content, int width)
{
    const int height = qRound(width * kPageHeightMm / kPageWidthMm);
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(&painter, QRectF(0, 0, width, height), content);
    return image;
}

} // namespace apipay::staticqrprint
