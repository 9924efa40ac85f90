#include "sync/sharedbackoff.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcSharedBackoff, "apipay.sync")

namespace apipay {

namespace {
constexpr qint64 kMaxFileBytes = 64; // a number of milliseconds; anything longer is not ours
}

QString SharedBackoff::defaultDirectory()
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    if (base.isEmpty()) {
        base = QStandardPaths::writableLocation(QStandardPaths::TempLocation);
    }
    return base + QStringLiteral("/apipay-desk");
}

SharedBackoff::SharedBackoff(const QString& directory, const QByteArray& keyHash)
{
    if (!directory.isEmpty() && !keyHash.isEmpty()) {
        m_path = directory + QStringLiteral("/backoff-") + QString::fromLatin1(keyHash.toHex().left(32));
    }
}

QDateTime SharedBackoff::pausedUntil() const
{
    if (m_path.isEmpty()) {
        return {};
    }
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    bool ok = false;
    const qint64 ms = file.read(kMaxFileBytes).trimmed().toLongLong(&ok);
    if (!ok || ms <= 0) {
        return {};
    }
    const QDateTime until = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    return until > QDateTime::currentDateTimeUtc() ? until : QDateTime();
}

void SharedBackoff::pauseUntil(const QDateTime& until)
{
    if (m_path.isEmpty() || !until.isValid()) {
        return;
    }
    const QDateTime current = pausedUntil();
    if (current.isValid() && current >= until) {
        return;
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcSharedBackoff) << "shared backoff not written:" << file.errorString();
        return;
    }
    file.write(QByteArray::number(until.toMSecsSinceEpoch()));
    if (!file.commit()) {
        qCWarning(lcSharedBackoff) << "shared backoff not written:" << file.errorString();
    }
}

} // namespace apipay
