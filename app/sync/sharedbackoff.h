#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace apipay {

// A pause of background work that every ApiPay Desk on this computer using the same API key obeys: after a 429 one
// instance writes "do not send before <time>" into a small file, and every instance reads it before each background
// request. The file is named by the key's hash (RequestBudget::hashKey), never by the key, and holds only the time
// (UTC milliseconds since the epoch, as text).
class SharedBackoff
{
public:
    // <generic cache location>/apipay-desk, or the temp directory when there is no cache location.
    static QString defaultDirectory();

    SharedBackoff() = default;
    SharedBackoff(const QString& directory, const QByteArray& keyHash);

    bool isValid() const { return !m_path.isEmpty(); }
    QString filePath() const { return m_path; }
    // When background work may send again; invalid when no pause is in force (no file, unreadable, or past).
    QDateTime pausedUntil() const;
    // Extends the pause to `until` (a later pause already written wins).
    void pauseUntil(const QDateTime& until);

private:
    QString m_path;
};

} // namespace apipay
