#include "sqlvalues.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace apipay::sql {

QVariant money(const std::optional<Money>& value)
{
    return value ? QVariant(value->tiyn()) : QVariant(QMetaType::fromType<qint64>());
}

QVariant instant(const QDateTime& value)
{
    return value.isValid() ? QVariant(value.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QVariant day(const QDate& value)
{
    return value.isValid() ? QVariant(value.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QVariant flag(const std::optional<bool>& value)
{
    return value ? QVariant(qint64(*value ? 1 : 0)) : QVariant(QMetaType::fromType<qint64>());
}

QVariant text(const std::optional<QString>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<QString>());
}

std::optional<Money> toMoney(const QVariant& value)
{
    if (value.isNull()) {
        return std::nullopt;
    }
    return Money::fromTiyn(value.toLongLong());
}

QDateTime toInstant(const QVariant& value)
{
    if (value.isNull()) {
        return {};
    }
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}

QDate toDay(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

std::optional<bool> toFlag(const QVariant& value)
{
    if (value.isNull()) {
        return std::nullopt;
    }
    return value.toLongLong() != 0;
}

std::optional<QString> toText(const QVariant& value)
{
    if (value.isNull()) {
        return std::nullopt;
    }
    return value.toString();
}

std::optional<qint64> toNumber(const QVariant& value)
{
    if (value.isNull()) {
        return std::nullopt;
    }
    return value.toLongLong();
}

std::optional<int> toInt(const QVariant& value)
{
    if (value.isNull()) {
        return std::nullopt;
    }
    return value.toInt();
}

StoreStatus failure(const QSqlQuery& query)
{
    return StoreStatus::failure(QCoreApplication::translate("apipay::HistoryStore",
                                                            "The shop's history could not be read or written: %1")
                                    .arg(query.lastError().text()));
}

StoreStatus failure(const QSqlDatabase& db)
{
    return StoreStatus::failure(QCoreApplication::translate("apipay::HistoryStore",
                                                            "The shop's history could not be read or written: %1")
                                    .arg(db.lastError().text()));
}

StoreStatus rerun(QSqlQuery& query, const QVariantList& values)
{
    for (int i = 0; i < values.size(); ++i) {
        query.bindValue(i, values.at(i));
    }
    if (!query.exec()) {
        return failure(query);
    }
    return {};
}

StoreStatus run(QSqlQuery& query, const QString& statement, const QVariantList& values)
{
    if (!query.prepare(statement)) {
        return failure(query);
    }
    return rerun(query, values);
}

QString upsertStatement(const QString& table, const QStringList& columns, const QStringList& key,
                        const QStringList& keepWhenNull)
{
    QStringList marks;
    QStringList updates;
    for (const QString& column : columns) {
        marks.append(QStringLiteral("?"));
        if (key.contains(column)) {
            continue;
        }
        if (keepWhenNull.contains(column)) {
            updates.append(column + u" = coalesce(excluded." + column + u", " + table + u'.' + column + u')');
        } else {
            updates.append(column + u" = excluded." + column);
        }
    }
    return u"INSERT INTO " + table + u'(' + columns.join(u", ") + u") VALUES(" + marks.join(u", ")
        + u") ON CONFLICT(" + key.join(u", ") + u") DO UPDATE SET " + updates.join(u", ");
}

} // namespace apipay::sql
