#include "images/catalogimagepreparer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>

#include <cmath>

using namespace Qt::StringLiterals;

namespace apipay {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("apipay::CatalogImagePreparer", text);
}

QByteArray encode(const QImage& image, const char* format, int quality)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    if (quality >= 0) {
        writer.setQuality(quality);
    }
    if (!writer.write(image)) {
        return {};
    }
    return out;
}

QSize boundedSize(QSize size)
{
    double factor = 1.0;
    const int longest = std::max(size.width(), size.height());
    if (longest > CatalogImagePreparer::kMaxSide) {
        factor = std::min(factor, double(CatalogImagePreparer::kMaxSide) / longest);
    }
    const double pixels = double(size.width()) * size.height() * factor * factor;
    if (pixels > double(CatalogImagePreparer::kMaxPixels)) {
        factor *= std::sqrt(double(CatalogImagePreparer::kMaxPixels) / pixels);
    }
    const int shortest = std::min(size.width(), size.height());
    if (shortest * factor < CatalogImagePreparer::kMinSide) {
        factor = double(CatalogImagePreparer::kMinSide) / shortest;
    }
    return QSize(
        std::max(1, int(std::floor(size.width() * factor))), std::max(1, int(std::floor(size.height() * factor))));
}

} // namespace

QString CatalogImagePreparer::detectFormat(const QByteArray& bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    const QByteArray format = reader.format().toLower();
    if (format == "jpeg" || format == "jpg") {
        return u"jpeg"_s;
    }
    if (format == "png" || format == "gif" || format == "webp") {
        return QString::fromLatin1(format);
    }
    return {};
}

CatalogImagePreparer::Result CatalogImagePreparer::prepareFile(const QString& path)
{
    Result result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.errorText = tr("The file cannot be opened: %1").arg(file.errorString());
        return result;
    }
    if (file.size() > kMaxInputBytes) {
        result.errorText = tr("The file is too large (more than 64 MB). Choose a smaller picture.");
        return result;
    }
    return prepare(file.readAll(), QFileInfo(path).fileName());
}

CatalogImagePreparer::Result CatalogImagePreparer::prepare(const QByteArray& bytes, const QString& fileName)
{
    Result result;
    if (bytes.isEmpty()) {
        result.errorText = tr("The file is empty.");
        return result;
    }
    if (bytes.size() > kMaxInputBytes) {
        result.errorText = tr("The file is too large (more than 64 MB). Choose a smaller picture.");
        return result;
    }
    result.detectedFormat = detectFormat(bytes);
    if (result.detectedFormat.isEmpty()) {
        result.errorText = tr("This file is not a JPEG, PNG, GIF or WEBP picture.");
        return result;
    }

    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    QImage image = reader.read();
    if (image.isNull()) {
        result.errorText = tr("The picture cannot be read (%1).").arg(reader.errorString());
        return result;
    }

    const QString baseName
        = QFileInfo(fileName).completeBaseName().isEmpty() ? u"image"_s : QFileInfo(fileName).completeBaseName();
    const bool uploadable = result.detectedFormat == u"jpeg" || result.detectedFormat == u"png";
    const QSize target = boundedSize(image.size());
    const bool sizeOk = target == image.size();

    if (uploadable && sizeOk && bytes.size() <= kMaxUploadBytes) {
        result.ok = true;
        result.bytes = bytes;
        result.mimeType = result.detectedFormat == u"png" ? u"image/png"_s : u"image/jpeg"_s;
        result.fileName = baseName + (result.detectedFormat == u"png" ? u".png"_s : u".jpg"_s);
        result.size = image.size();
        result.preview = image;
        return result;
    }

    // Convert: pictures with transparency stay PNG (if that fits), others become JPEG.
    result.converted = true;
    if (!sizeOk) {
        image = image.scaled(target, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    }
    const bool alpha = image.hasAlphaChannel();
    QByteArray out;
    bool png = false;
    if (alpha) {
        out = encode(image, "png", -1);
        png = !out.isEmpty() && out.size() <= kMaxUploadBytes;
    }
    if (!png) {
        QImage opaque = image;
        if (alpha) {
            opaque = QImage(image.size(), QImage::Format_RGB32);
            opaque.fill(Qt::white);
            opaque.setDevicePixelRatio(1.0);
            QImage source = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
            for (int y = 0; y < source.height(); ++y) {
                const auto* src = reinterpret_cast<const QRgb*>(source.constScanLine(y));
                auto* dst = reinterpret_cast<QRgb*>(opaque.scanLine(y));
                for (int x = 0; x < source.width(); ++x) {
                    const QRgb s = src[x];
                    const int a = qAlpha(s);
                    // Premultiplied source over white.
                    dst[x] = qRgb(qRed(s) + (255 - a), qGreen(s) + (255 - a), qBlue(s) + (255 - a));
                }
            }
        }
        int quality = 90;
        out = encode(opaque, "jpeg", quality);
        while (!out.isEmpty() && out.size() > kMaxUploadBytes) {
            if (quality > 60) {
                quality -= 10;
            } else {
                const QSize smaller = opaque.size() * 0.8;
                if (std::min(smaller.width(), smaller.height()) < kMinSide) {
                    break;
                }
                opaque = opaque.scaled(smaller, Qt::KeepAspectRatio, Qt::SmoothTransformation);
            }
            out = encode(opaque, "jpeg", quality);
        }
        image = opaque;
    }
    if (out.isEmpty() || out.size() > kMaxUploadBytes) {
        result.errorText = tr("The picture could not be converted to a JPEG or PNG of at most 6 MB.");
        return result;
    }
    result.ok = true;
    result.bytes = out;
    result.mimeType = png ? u"image/png"_s : u"image/jpeg"_s;
    result.fileName = baseName + (png ? u".png"_s : u".jpg"_s);
    result.size = image.size();
    result.preview = image;
    return result;
}

} // namespace apipay
