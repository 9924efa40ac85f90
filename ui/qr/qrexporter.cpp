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
    const QRect page = printer->pageLayout().paintRectPixels(printer->resolution());
    paintPage(&painter, QRect(QPoint(0, 0), page.size()), printer->resolution(), code, sizeCm, caption);
    painter.end();
    return true;
}

QRectF QrExporter::paintPage(
    QPainter* painter, const QRect& page, int dpi, const QrCode& code, double sizeCm, const QStringList& caption)
{
    // The quiet zone is part of the printed size; whole device dots per module make it less than one dot per module
    // smaller.
    const int side = qMin(qRound(sizeCm / 2.54 * dpi), qMin(page.width(), page.height()));
    const QRect target(page.left() + (page.width() - side) / 2, page.top(), side, side);
    const QRectF used = QrRenderer::paint(painter, target, code);
    if (!caption.isEmpty()) {
        QFont font = painter->font();
        font.setPointSizeF(11);
        painter->setFont(font);
        painter->setPen(Qt::black);
        const int top = int(used.bottom()) + dpi / 10;
        painter->drawText(QRect(page.left(), top, page.width(), page.bottom() - top),
            Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, caption.join(u'\n'));
    }
    return used;
}

} // namespace apipay
