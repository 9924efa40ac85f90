#include "images/imagediskstore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace apipay {

namespace {
const auto kSuffix = u".img"_s;
}

ImageDiskStore::ImageDiskStore(QString directory, qint64 maxBytes)
    : m_directory(std::move(directory))
    , m_maxBytes(std::max<qint64>(0, maxBytes))
{
    QDir().mkpath(m_directory);
    scan();
    evict({});
}

QString ImageDiskStore::fileNameFor(const QUrl& url)
{
    return QString::fromLatin1(
               QCryptographicHash::hash(url.toEncoded(QUrl::FullyEncoded), QCryptographicHash::Sha1).toHex())
        + kSuffix;
}

void ImageDiskStore::scan()
{
    m_entries.clear();
    m_totalBytes = 0;
    const QDir dir(m_directory);
    const QFileInfoList files = dir.entryInfoList({ u"*"_s + kSuffix }, QDir::Files | QDir::NoDotAndDotDot);
    for (const QFileInfo& info : files) {
        Entry entry;
        entry.size = info.size();
        entry.lastUsedMs = info.lastModified().toMSecsSinceEpoch();
        m_lastStamp = std::max(m_lastStamp, entry.lastUsedMs);
        m_entries.insert(info.fileName(), entry);
        m_totalBytes += entry.size;
    }
}

qint64 ImageDiskStore::nextUseStamp()
{
    // Strictly increasing, so two uses within the same millisecond keep their order.
    m_lastStamp = std::max(QDateTime::currentMSecsSinceEpoch(), m_lastStamp + 1);
    return m_lastStamp;
}

void ImageDiskStore::touch(const QString& fileName)
{
    auto it = m_entries.find(fileName);
    if (it == m_entries.end()) {
        return;
    }
    it->lastUsedMs = nextUseStamp();
    QFile file(m_directory + u'/' + fileName);
    if (file.open(QIODevice::ReadWrite)) {
        file.setFileTime(QDateTime::fromMSecsSinceEpoch(it->lastUsedMs), QFileDevice::FileModificationTime);
    }
}

std::optional<QByteArray> ImageDiskStore::read(const QUrl& url)
{
    const QString name = fileNameFor(url);
    if (!m_entries.contains(name)) {
        return std::nullopt;
    }
    QFile file(m_directory + u'/' + name);
    if (!file.open(QIODevice::ReadOnly)) {
        m_totalBytes -= m_entries.value(name).size;
        m_entries.remove(name);
        return std::nullopt;
    }
    QByteArray bytes = file.readAll();
    file.close();
    touch(name);
    return bytes;
}

bool ImageDiskStore::write(const QUrl& url, const QByteArray& bytes)
{
    if (bytes.size() > m_maxBytes) {
        return false;
    }
    const QString name = fileNameFor(url);
    QSaveFile file(m_directory + u'/' + name);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return false;
    }
    m_totalBytes -= m_entries.value(name).size;
    Entry entry;
    entry.size = bytes.size();
    m_entries.insert(name, entry);
    m_totalBytes += entry.size;
    touch(name);
    evict(name);
    return true;
}

bool ImageDiskStore::contains(const QUrl& url) const
{
    return m_entries.contains(fileNameFor(url));
}

void ImageDiskStore::remove(const QUrl& url)
{
    const QString name = fileNameFor(url);
    if (!m_entries.contains(name)) {
        return;
    }
    QFile::remove(m_directory + u'/' + name);
    m_totalBytes -= m_entries.value(name).size;
    m_entries.remove(name);
}

void ImageDiskStore::evict(const QString& keep)
{
    if (m_totalBytes <= m_maxBytes) {
        return;
    }
    std::vector<std::pair<qint64, QString>> byAge;
    byAge.reserve(static_cast<size_t>(m_entries.size()));
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (it.key() != keep) {
            byAge.emplace_back(it->lastUsedMs, it.key());
        }
    }
    std::sort(byAge.begin(), byAge.end());
    for (const auto& [stamp, name] : byAge) {
        if (m_totalBytes <= m_maxBytes) {
            break;
        }
        Q_UNUSED(stamp)
        QFile::remove(m_directory + u'/' + name);
        m_totalBytes -= m_entries.value(name).size;
        m_entries.remove(name);
    }
}

} // namespace apipay
