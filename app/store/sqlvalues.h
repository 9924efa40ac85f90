#pragma once

#include "money/money.h"
#include "store/storeresult.h"

#include <QDate>
#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

class QSqlDatabase;
class QSqlError;

namespace apipay::sql {

// Conversions between the domain values and SQLite columns: money as integer tiyn, instants as UTC epoch
// milliseconds, calendar days as "yyyy-MM-dd", flags as 0/1; an absent value is NULL.
QVariant money(const std::optional<Money>& value);
QVariant instant(const QDateTime& value);
QVariant day(const QDate& value);
QVariant flag(const std::optional<bool>& value);
QVariant text(const std::optional<QString>& value);
template <typename T> QVariant number(const std::optional<T>& value)
{
    return value ? QVariant(qint64(*value)) : QVariant(QMetaType::fromType<qint64>());
}

std::optional<Money> toMoney(const QVariant& value);
QDateTime toInstant(const QVariant& value);
QDate toDay(const QVariant& value);
std::optional<bool> toFlag(const QVariant& value);
std::optional<QString> toText(const QVariant& value);
std::optional<qint64> toNumber(const QVariant& value);
std::optional<int> toInt(const QVariant& value);

// What the database said, in its own words.
QString reason(const QSqlError& error);
// Translated failures naming what the database said.
StoreStatus failure(const QSqlQuery& query);
StoreStatus failure(const QSqlDatabase& db);

// Prepares and runs one statement with positional values; a failure carries the driver's reason.
StoreStatus run(QSqlQuery& query, const QString& statement, const QVariantList& values = {});
// Runs a prepared statement again with new values.
StoreStatus rerun(QSqlQuery& query, const QVariantList& values);

// Writes rows that may already be stored: UPDATE by key, and INSERT when no row was updated.
class Upsert
{
public:
    explicit Upsert(const QSqlDatabase& db);
    // Columns listed in keepWhenNull keep their stored value when the new one is NULL (an optional key absent from
    // the answer).
    StoreStatus prepare(
        const QString& table, const QStringList& columns, const QStringList& key, const QStringList& keepWhenNull = {});
    // `values` in the order of `columns`.
    StoreStatus write(const QVariantList& values);

private:
    QSqlQuery m_update;
    QSqlQuery m_insert;
    QList<qsizetype> m_updateOrder; // indexes into `values`: the SET columns, then the key
};

} // namespace apipay::sql
