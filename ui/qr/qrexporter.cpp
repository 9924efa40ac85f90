#include "qrexporter.h"

#include "qr/qrrenderer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>
#include <QPrinter>
#include <QSaveFile>

namespace apipay {

namespace {

bool write(const QString& path, const QByteArray& bytes, QString* errorText)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (errorText) {
            *errorText = QCoreApplication::translate("apipay::QrExporter", "Could not save %1: %2")
                             .arg(path, file.errorString());
        }
        return false;
    }
    return true;
}

} // namespace

QImage QrExporter::pngImage(const QrCode& code, int targetSidePixels)
{
    const int modules = code.size() + 2 * QrRenderer::kQuietZoneModules;
    const int modulePixels = qMax(4, targetSidePixels / qMax(1, modules));
    return QrRenderer::toImage(code, modulePixels);
}

bool QrExporter::savePng(const QrCode& code, const QString& path, QString* errorText)
{
    const QImage image = pngImage(code);
    if (image.isNull()) {
        if (errorText) {
            *errorText = QCoreApplication::translate("apipay::QrExporter", "There is no QR code to save.");
        }
        return false;
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) {
        if (errorText) {
            *errorText = QCoreApplication::translate("apipay::QrExporter", "Could not encode the PNG image.");
        }
        return false;
    }
    return write(path, png, errorText);
}

bool QrExporter::saveSvg(const QrCode& code, const QString& path, double sizeMm, QString* errorText)
{
    const QString svg = QrRenderer::toSvg(code, sizeMm);
    if (svg.isEmpty()) {
        if (errorText) {
            *errorText = QCoreApplication::translate("apipay::QrExporter", "There is no QR code to save.");
        }
        return false;
    }
    return write(path, svg.toUtf8(), errorText);
}

bool QrExporter::print(
    QPrinter* printer, const QrCode& code, double sizeCm, const QStringList& caption, QString* errorText)
{
    if (!printer || code.isNull()) {
        if (errorText) {
            *errorText = QCoreApplication::translate("apipay::QrExporter", "There is no QR code to print.");
        }
        return false;
    }
    QPainter painter;
    if (!painter.begin(printer)) {
        if (errorText) {
            *errorText = QCoreApplication::translate("apipay::QrExporter", "The printer could not be started.");
        }
        return false;
    }
    const int dpi = printer->resolution();
    const QRect page
        = printer->pageLayout().paintRectPixels(dpi).translated(-printer->pageLayout().paintRectPixels(dpi).topLeft());
    const int side = qMin(qRound(sizeCm / 2.54 * dpi), qMin(page.width(), page.height()));
    const QRect target((page.width() - side) / 2, 0, side, side);
    const QRectF used = QrRenderer::paint(&painter, target, code);
    QFont font = painter.font();
    font.setPointSizeF(11);
    painter.setFont(font);
    painter.setPen(Qt::black);
    const QRect textRect(page.left(), int(used.bottom()) + dpi / 10, page.width(), page.height() - int(used.bottom()));
    painter.drawText(textRect, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, caption.join(u'\n'));
    painter.end();
    return true;
}

} // namespace apipay
