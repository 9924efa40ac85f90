#pragma once

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QString>

namespace apipay {

// Checks and prepares a picture for POST /catalog/upload-image before anything is sent (docs/api-contract.md):
// the type is detected by content (JPEG, PNG, GIF, WEBP); the project always uploads JPEG or PNG of at most 6 MB,
// so other types are converted and large pictures scaled down (64–6000 px per side, ≤ 12 MP as in v2.1).
class CatalogImagePreparer
{
public:
    static constexpr qint64 kMaxUploadBytes = 6 * 1024 * 1024;
    static constexpr qint64 kMaxInputBytes = 64 * 1024 * 1024; // refuse to even read larger files
    static constexpr int kMinSide = 64;
    static constexpr int kMaxSide = 6000;
    static constexpr qint64 kMaxPixels = 12'000'000;

    struct Result
    {
        bool ok = false;
        QString errorText; // translated, when !ok
        QByteArray bytes; // what to upload
        QString mimeType; // image/jpeg or image/png
        QString fileName; // original base name with the right suffix
        QString detectedFormat; // "jpeg", "png", "gif", "webp" — what the input was
        bool converted = false; // re-encoded (other type, too large, out of the size limits)
        QSize size; // pixel size of what is uploaded
        QImage preview; // decoded picture (for a thumbnail in the form)
    };

    // bytes: the file content; fileName: only used to name the upload.
    static Result prepare(const QByteArray& bytes, const QString& fileName);
    // Reads the file first (with the size guard) and then prepares it.
    static Result prepareFile(const QString& path);

    // Detects the format by content: "jpeg", "png", "gif", "webp", or empty when not one of these.
    static QString detectFormat(const QByteArray& bytes);
};

} // namespace apipay
