#include "images/imagecache.h"

#include "images/imagediskstore.h"

#include <QBuffer>
#include <QCache>
#include <QHash>
#include <QHostAddress>
#include <QImageReader>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSet>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcImageCache, "apipay.images")

namespace apipay {

namespace {
constexpr qint64 kMaxDownloadBytes = 16 * 1024 * 1024; // catalog images are ≤ 512×512 after the service scales them
constexpr int kTransferTimeoutMs = 30'000; // idle: restarted by every byte
constexpr int kDownloadDeadlineMs = 60'000; // total, however steadily the bytes trickle in
constexpr qint64 kReadAheadBytes = 256 * 1024;
constexpr int kMemoryCostKiB = 48 * 1024; // decoded images in memory, in KiB

int costOf(const QImage& image)
{
    return std::max(1, static_cast<int>(image.sizeInBytes() / 1024));
}

QString thumbnailKey(const QUrl& url, int size)
{
    return url.toString(QUrl::FullyEncoded) + u'#' + QString::number(size);
}

QImage decode(const QByteArray& bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    return reader.read();
}

bool isLoopback(const QUrl& url)
{
    const QString host = url.host().toLower();
    return host == u"localhost" || QHostAddress(host).isLoopback();
}

// Pictures come over https from any host; plain http only from this computer (the sandbox), as for the API itself.
bool fetchable(const QUrl& url)
{
    if (!url.isValid() || url.host().isEmpty()) {
        return false;
    }
    const QString scheme = url.scheme().toLower();
    return scheme == u"https" || (scheme == u"http" && isLoopback(url));
}
} // namespace

struct ImageCache::Private
{
    QPointer<QNetworkAccessManager> nam;
    std::unique_ptr<ImageDiskStore> disk;
    QCache<QString, QImage> images { kMemoryCostKiB };
    QCache<QString, QImage> thumbnails { kMemoryCostKiB / 4 };
    QHash<QUrl, QPointer<QNetworkReply>> inFlight;
    QSet<QUrl> failed; // fetched once and failed: not fetched again in this session
    qint64 maxDownloadBytes = kMaxDownloadBytes;
    int downloadDeadlineMs = kDownloadDeadlineMs;
};

ImageCache::ImageCache(QNetworkAccessManager* nam, qint64 maxDiskBytes, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->nam = nam;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/images"_s;
    d->disk = std::make_unique<ImageDiskStore>(dir, maxDiskBytes);
}

ImageCache::~ImageCache()
{
    const auto replies = d->inFlight;
    for (const QPointer<QNetworkReply>& reply : replies) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
}

QImage ImageCache::image(const QUrl& url)
{
    if (url.isEmpty()) {
        return {};
    }
    if (!fetchable(url)) {
        // Never fetched; reported once (after this call returns) so a view shows "no picture" rather than waiting.
        if (!d->failed.contains(url)) {
            d->failed.insert(url);
            qCInfo(lcImageCache) << "Image address refused: not https (plain http only on this computer)";
            QTimer::singleShot(0, this, [this, url] { Q_EMIT imageFailed(url); });
        }
        return {};
    }
    const QString key = url.toString(QUrl::FullyEncoded);
    if (const QImage* cached = d->images.object(key)) {
        return *cached;
    }
    if (const std::optional<QByteArray> bytes = d->disk->read(url)) {
        const QImage decoded = decode(*bytes);
        if (!decoded.isNull()) {
            d->images.insert(key, new QImage(decoded), costOf(decoded));
            return decoded;
        }
        qCWarning(lcImageCache) << "Dropping an unreadable cached image";
        d->disk->remove(url);
    }
    if (d->failed.contains(url) || d->inFlight.contains(url) || !d->nam) {
        return {};
    }

    // Catalog images live outside the API: the request carries no API key (docs/api-contract.md).
    QNetworkRequest request(url);
    request.setTransferTimeout(kTransferTimeoutMs);
    // A redirect never leaves https; from this computer's plain http it stays on the same host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
        url.scheme().toLower() == u"https" ? QNetworkRequest::NoLessSafeRedirectPolicy
                                           : QNetworkRequest::SameOriginRedirectPolicy);
    request.setRawHeader("Accept", "image/*");
    QNetworkReply* reply = d->nam->get(request);
    d->inFlight.insert(url, reply);
    // The body is read as it arrives and cut off as soon as it passes the cap (a Content-Length above it is refused
    // before any of it is read); the network thread reads ahead only a little, so memory stays near the cap.
    auto body = std::make_shared<QByteArray>();
    const qint64 maxBytes = d->maxDownloadBytes;
    reply->setReadBufferSize(std::min(maxBytes, kReadAheadBytes));
    connect(reply, &QNetworkReply::metaDataChanged, this, [reply, maxBytes] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > maxBytes) {
            qCInfo(lcImageCache) << "Image larger than" << maxBytes << "bytes; not read";
            reply->abort();
        }
    });
    connect(reply, &QIODevice::readyRead, this, [reply, body, maxBytes] {
        if (body->size() + reply->bytesAvailable() > maxBytes) {
            qCInfo(lcImageCache) << "Image larger than" << maxBytes << "bytes; cut off";
            reply->abort();
            return;
        }
        body->append(reply->readAll());
    });
    auto* deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply] {
        qCInfo(lcImageCache) << "Image download took too long; cut off";
        reply->abort();
    });
    deadline->start(d->downloadDeadlineMs);
    connect(reply, &QNetworkReply::finished, this, [this, reply, url, body, maxBytes] {
        reply->deleteLater();
        d->inFlight.remove(url);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        QByteArray bytes;
        if (reply->error() == QNetworkReply::NoError && (status == 0 || (status >= 200 && status < 300))
            && body->size() + reply->bytesAvailable() <= maxBytes) {
            bytes = *body + reply->readAll();
        }
        body->clear();
        const QImage decoded = bytes.isEmpty() ? QImage() : decode(bytes);
        if (decoded.isNull()) {
            qCInfo(lcImageCache) << "Image download failed:" << reply->errorString() << "HTTP" << status;
            d->failed.insert(url);
            Q_EMIT imageFailed(url);
            return;
        }
        d->disk->write(url, bytes);
        d->images.insert(url.toString(QUrl::FullyEncoded), new QImage(decoded), costOf(decoded));
        Q_EMIT imageReady(url);
    });
    return {};
}

QImage ImageCache::thumbnail(const QUrl& url, int size)
{
    if (size <= 0) {
        return {};
    }
    const QString key = thumbnailKey(url, size);
    if (const QImage* cached = d->thumbnails.object(key)) {
        return *cached;
    }
    const QImage full = image(url);
    if (full.isNull()) {
        return {};
    }
    const QImage scaled = (full.width() <= size && full.height() <= size)
        ? full
        : full.scaled(size, size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    d->thumbnails.insert(key, new QImage(scaled), costOf(scaled));
    return scaled;
}

void ImageCache::setDownloadLimits(qint64 maxBytes, int deadlineMs)
{
    d->maxDownloadBytes = maxBytes > 0 ? maxBytes : kMaxDownloadBytes;
    d->downloadDeadlineMs = deadlineMs > 0 ? deadlineMs : kDownloadDeadlineMs;
}

void ImageCache::insert(const QUrl& url, const QByteArray& bytes)
{
    if (!fetchable(url)) {
        return;
    }
    const QImage decoded = decode(bytes);
    if (decoded.isNull()) {
        return;
    }
    const QString key = url.toString(QUrl::FullyEncoded);
    d->failed.remove(url);
    d->disk->write(url, bytes);
    d->images.insert(key, new QImage(decoded), costOf(decoded));
    // Thumbnails of an older picture under the same URL are stale now.
    const QStringList keys = d->thumbnails.keys();
    for (const QString& thumbKey : keys) {
        if (thumbKey.startsWith(key + u'#')) {
            d->thumbnails.remove(thumbKey);
        }
    }
    Q_EMIT imageReady(url);
}

} // namespace apipay
