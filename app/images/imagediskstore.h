#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrl>

#include <optional>

namespace apipay {

// The on-disk half of ImageCache: one file per URL (named by the SHA-1 of the URL) in one directory, the total
// size kept under a bound by removing the least recently used files first. "Used" = written or read; the file's
// modification time records it, so the order survives a restart.
class ImageDiskStore
{
public:
    ImageDiskStore(QString directory, qint64 maxBytes);

    QString directory() const { return m_directory; }
    qint64 maxBytes() const { return m_maxBytes; }
    qint64 totalBytes() const { return m_totalBytes; }

    // The stored bytes, marking the file as recently used; nullopt when not stored or unreadable.
    std::optional<QByteArray> read(const QUrl& url);
    // Stores the bytes (atomically) and evicts old files until the bound holds. A single file larger than the
    // bound is not stored. Returns whether the bytes are on disk now.
    bool write(const QUrl& url, const QByteArray& bytes);
    bool contains(const QUrl& url) const;
    void remove(const QUrl& url);

    static QString fileNameFor(const QUrl& url);

private:
    struct Entry
    {
        qint64 size = 0;
        qint64 lastUsedMs = 0;
    };

    void scan();
    void evict(const QString& keep);
    void touch(const QString& fileName);
    qint64 nextUseStamp();

    QString m_directory;
    qint64 m_maxBytes = 0;
    qint64 m_totalBytes = 0;
    qint64 m_lastStamp = 0;
    QHash<QString, Entry> m_entries; // file name → size and last use
};

} // namespace apipay
