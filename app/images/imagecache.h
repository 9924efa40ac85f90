#pragma once

#include <QImage>
#include <QObject>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace apipay {

// Catalog images: each URL fetched once (without the API key), cached in memory and on disk under
// QStandardPaths::CacheLocation/images, bounded in size (least recently used files removed first).
class ImageCache : public QObject
{
    Q_OBJECT
public:
    ImageCache(QNetworkAccessManager* nam, qint64 maxDiskBytes = 64 * 1024 * 1024, QObject* parent = nullptr);
    ~ImageCache() override;

    // The image if it is in memory or on disk; otherwise a null QImage and a fetch starts (imageReady or imageFailed
    // follows). Only https addresses are fetched, and plain http on this computer (the sandbox); any other address
    // is never fetched and reported once as imageFailed.
    QImage image(const QUrl& url);
    // Thumbnail scaled to fit `size` (cached per size).
    QImage thumbnail(const QUrl& url, int size);
    // Seed the cache with bytes we just uploaded (so the item shows its image at once).
    void insert(const QUrl& url, const QByteArray& bytes);
    // Limits of one download (defaults 16 MB and 60 s): a longer body is cut off as soon as it passes maxBytes, a
    // download still running after deadlineMs is cut off however steadily bytes trickle in; either ends as
    // imageFailed. An idle timeout of 30 s applies as well.
    void setDownloadLimits(qint64 maxBytes, int deadlineMs);

Q_SIGNALS:
    void imageReady(const QUrl& url);
    void imageFailed(const QUrl& url);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace apipay
