#include "historystore.h"

#include "store/historyschema.h"
#include "store/sqlvalues.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace apipay {

namespace {

// Set to "0" while a store has the file open and to "1" when it closes it: a file whose last user did not close it
// (a crash, a power cut) gets the full integrity check at the next open.
const QString kClosedCleanly = u"store.closed_cleanly"_s;

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QString nextConnectionName()
{
    static QAtomicInt counter;
    return u"apipay-history-"_s + QString::number(counter.fetchAndAddRelaxed(1) + 1);
}

// An empty file is a valid empty SQLite database; creating it first gives it owner-only permissions from the start
// (SQLite gives the -wal and -shm files the permissions of the database file).
bool createEmptyFile(const QString& filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnly)) {
        return false;
    }
    file.close();
    return true;
}

void applyPragmas(QSqlDatabase& db, QString* error)
{
    QSqlQuery query(db);
    for (const QString& pragma :
        { u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = NORMAL"_s, u"PRAGMA foreign_keys = ON"_s }) {
        if (!query.exec(pragma)) {
            *error = sql::reason(query.lastError());
            return;
        }
    }
}

// A file shorter than the pages its header counts was cut off (a copy that stopped half-way, a full disk): cheap to
// see without reading the pages.
QString cutOffReason(QSqlQuery& query, const QString& filePath)
{
    qint64 pageSize = 0;
    qint64 pageCount = 0;
    if (query.exec(u"PRAGMA page_size"_s) && query.next()) {
        pageSize = query.value(0).toLongLong();
    }
    if (query.exec(u"PRAGMA page_count"_s) && query.next()) {
        pageCount = query.value(0).toLongLong();
    }
    const qint64 size = QFileInfo(filePath).size();
    if (pageSize > 0 && pageCount > 0 && size < pageSize * pageCount) {
        return HistoryStore::tr("the file was cut off (%1 of %2 bytes)").arg(size).arg(pageSize * pageCount);
    }
    return {};
}

// Whether the last store that had the file open closed it (see kClosedCleanly).
bool closedCleanly(QSqlQuery& query)
{
    return query.exec(u"SELECT value FROM sync_state WHERE key = '"_s + kClosedCleanly + u"'"_s) && query.next()
        && query.value(0).toString() == u"1";
}

} // namespace

HistoryStore::HistoryStore(QObject* parent)
    : QObject(parent)
    , m_connection(nextConnectionName())
{
}

HistoryStore::~HistoryStore()
{
    close();
}

QString HistoryStore::defaultPath(const QString& accountId)
{
    QString safe = accountId;
    for (QChar& c : safe) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'-' && c != u'_') {
            c = u'_';
        }
    }
    if (safe.isEmpty()) {
        safe = u"_"_s;
    }
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/history/"_s + safe + u".sqlite"_s;
}

int HistoryStore::schemaVersion()
{
    return history::currentVersion();
}

bool HistoryStore::isOpen() const
{
    return m_db.isOpen();
}

void HistoryStore::close()
{
    m_prepared.clear(); // statements must go before their connection
    if (m_db.isValid()) {
        if (m_db.isOpen()) {
            setSyncValue(kClosedCleanly, u"1"_s);
        }
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

StoreStatus HistoryStore::announce(const StoreStatus& status, void (HistoryStore::*changed)())
{
    if (status.ok()) {
        Q_EMIT(this->*changed)();
    }
    return status;
}

StoreStatus HistoryStore::notOpen() const
{
    return StoreStatus::failure(tr("The shop's history is not open."));
}

StoreStatus HistoryStore::open(const QString& filePath)
{
    close();
    m_path = filePath;
    m_rebuilt = false;
    m_rebuildReason.clear();
    m_damagedCopy.clear();

    const QFileInfo info(filePath);
    if (!QDir().mkpath(info.absolutePath())) {
        return StoreStatus::failure(tr("The folder for the shop's history could not be created: %1")
                                        .arg(QDir::toNativeSeparators(info.absolutePath())));
    }
    if (info.exists()) {
        const CheckResult check = checkExisting(filePath);
        if (check.check == Check::Newer) {
            return StoreStatus::failure(check.reason);
        }
        if (check.check == Check::Damaged) {
            const StoreStatus moved = moveAside(filePath, check.reason);
            if (!moved.ok()) {
                return moved;
            }
        }
    }
    if (!QFileInfo::exists(filePath) && !createEmptyFile(filePath)) {
        return StoreStatus::failure(
            tr("The shop's history file could not be created: %1").arg(QDir::toNativeSeparators(filePath)));
    }

    QString damage;
    StoreStatus status = openAndMigrate(filePath, &damage);
    if (!status.ok() && !damage.isEmpty() && !m_rebuilt) {
        close();
        status = moveAside(filePath, damage);
        if (status.ok() && !createEmptyFile(filePath)) {
            status = StoreStatus::failure(
                tr("The shop's history file could not be created: %1").arg(QDir::toNativeSeparators(filePath)));
        }
        if (status.ok()) {
            status = openAndMigrate(filePath, &damage);
        }
    }
    if (!status.ok()) {
        close();
        return status;
    }
    // Owner-only also for files made by an earlier build or copied in.
    QFile::setPermissions(filePath, kOwnerOnly);
    if (m_rebuilt) {
        Q_EMIT historyDamaged(m_rebuildReason, m_damagedCopy);
    }
    return {};
}

HistoryStore::CheckResult HistoryStore::checkExisting(const QString& filePath)
{
    CheckResult result;
    const QString name = m_connection + u"-check"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(filePath);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (!db.open()) {
            result = { Check::Damaged, tr("it could not be opened: %1").arg(sql::reason(db.lastError())) };
        } else {
            QSqlQuery query(db);
            if (!query.exec(u"PRAGMA user_version"_s) || !query.next()) {
                result
                    = { Check::Damaged, tr("it is not a readable database: %1").arg(sql::reason(query.lastError())) };
            } else if (const int version = query.value(0).toInt(); version > history::currentVersion()) {
                result = { Check::Newer,
                    tr("The shop's history in %1 was written by a newer version of ApiPay Desk (history "
                       "version %2; this version reads up to %3). It was left as it is; update ApiPay Desk "
                       "to read it.")
                        .arg(QDir::toNativeSeparators(filePath))
                        .arg(version)
                        .arg(history::currentVersion()) };
            } else if (const QString cut = cutOffReason(query, filePath); !cut.isEmpty()) {
                result = { Check::Damaged, cut };
            } else if (closedCleanly(query)) {
                // The full check reads every page (over a second for 100,000 invoices): only after a crash.
            } else if (!query.exec(u"PRAGMA quick_check"_s)) {
                result
                    = { Check::Damaged, tr("it is not a readable database: %1").arg(sql::reason(query.lastError())) };
            } else if (!query.next() || query.value(0).toString() != u"ok") {
                result = { Check::Damaged, tr("its integrity check failed: %1").arg(query.value(0).toString()) };
            }
            query.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

StoreStatus HistoryStore::openAndMigrate(const QString& filePath, QString* damageReason)
{
    damageReason->clear();
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    m_db.setDatabaseName(filePath);
    // Another ApiPay Desk on this computer may be writing the same file; wait briefly rather than fail at once.
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=250"_s);
    if (!m_db.open()) {
        return StoreStatus::failure(tr("The shop's history could not be opened: %1").arg(m_db.lastError().text()));
    }
    QString pragmaError;
    applyPragmas(m_db, &pragmaError);
    if (!pragmaError.isEmpty()) {
        *damageReason = tr("it is not a readable database: %1").arg(pragmaError);
        return StoreStatus::failure(tr("The shop's history could not be opened: %1").arg(pragmaError));
    }
    const StoreStatus migrated = history::migrate(m_db, history::currentVersion());
    if (!migrated.ok()) {
        *damageReason = migrated.error();
        return migrated;
    }
    const StoreStatus order = findCreationOrder();
    if (!order.ok()) {
        *damageReason = order.error();
        return order;
    }
    return setSyncValue(kClosedCleanly, u"0"_s);
}

StoreStatus HistoryStore::moveAside(const QString& filePath, const QString& reason)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMddTHHmmss"_s);
    QString target = filePath + u".damaged-"_s + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n) {
        target = filePath + u".damaged-"_s + stamp + u'-' + QString::number(n);
    }
    QFile file(filePath);
    if (!file.rename(target)) {
        return StoreStatus::failure(
            tr("The shop's history is damaged (%1) and could not be moved aside: %2").arg(reason, file.errorString()));
    }
    // The write-ahead log and its index belong to the damaged file: a fresh database must never pick them up.
    for (const QString& suffix : { u"-wal"_s, u"-shm"_s }) {
        if (QFileInfo::exists(filePath + suffix)) {
            QFile companion(filePath + suffix);
            if (!companion.rename(target + suffix)) {
                companion.remove();
            }
        }
    }
    m_rebuilt = true;
    m_damagedCopy = target;
    m_rebuildReason = tr("The shop's history on this computer was damaged (%1). It was moved aside to %2, and the "
                         "history is being read again from the server.")
                          .arg(reason, QDir::toNativeSeparators(target));
    return {};
}

QSqlQuery* HistoryStore::runPrepared(const QString& statement, const QVariantList& values, StoreStatus* status) const
{
    std::unique_ptr<QSqlQuery>& query = m_prepared[statement];
    if (!query) {
        auto prepared = std::make_unique<QSqlQuery>(m_db);
        prepared->setForwardOnly(true);
        if (!prepared->prepare(statement)) {
            *status = sql::failure(*prepared);
            m_prepared.erase(statement);
            return nullptr;
        }
        query = std::move(prepared);
    }
    *status = sql::rerun(*query, values);
    return status->ok() ? query.get() : nullptr;
}

StoreResult<QString> HistoryStore::syncValue(const QString& key) const
{
    if (!isOpen()) {
        return notOpen();
    }
    StoreStatus status;
    QSqlQuery* query = runPrepared(u"SELECT value FROM sync_state WHERE key = ?"_s, { key }, &status);
    if (!query) {
        return status;
    }
    const QString value = query->next() ? query->value(0).toString() : QString();
    query->finish();
    return value;
}

StoreStatus HistoryStore::setSyncValue(const QString& key, const QString& value)
{
    if (!isOpen()) {
        return notOpen();
    }
    QSqlQuery query(m_db);
    return sql::run(query,
        u"INSERT INTO sync_state(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = "
        u"excluded.value"_s,
        { key, value });
}

} // namespace apipay
