#include "sqlvalues.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::StringLiterals;

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

QString reason(const QSqlError& error)
{
    // SQLite's own sentence ("database disk image is malformed") without Qt's "Unable to fetch row".
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

StoreStatus failure(const QSqlQuery& query)
{
    return StoreStatus::failure(
        QCoreApplication::translate("apipay::HistoryStore", "The shop's history could not be read or written: %1")
            .arg(reason(query.lastError())));
}

StoreStatus failure(const QSqlDatabase& db)
{
    return StoreStatus::failure(
        QCoreApplication::translate("apipay::HistoryStore", "The shop's history could not be read or written: %1")
            .arg(reason(db.lastError())));
}

StoreStatus rerun(QSqlQuery& query, const QVariantList& values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& value = values.at(i);
        // A plain QString field that is empty may be a null QString, which the driver would write as NULL; the
        // columns of such fields are NOT NULL text. A value meant as NULL is a null QVariant (see text()).
        if (!value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull()) {
            query.bindValue(i, QString(u""_s));
        } else {
            query.bindValue(i, value);
        }
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

Upsert::Upsert(const QSqlDatabase& db)
    : m_update(db)
    , m_insert(db)
{
}

StoreStatus Upsert::prepare(
    const QString& table, const QStringList& columns, const QStringList& key, const QStringList& keepWhenNull)
{
    QStringList sets;
    QStringList where;
    QStringList marks;
    m_updateOrder.clear();
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const QString& column = columns.at(i);
        marks.append(u"?"_s);
        if (key.contains(column)) {
            continue;
        }
        sets.append(keepWhenNull.contains(column) ? QString(column + u" = coalesce(?, " + column + u')')
                                                  : QString(column + u" = ?"));
        m_updateOrder.append(i);
    }
    for (const QString& column : key) {
        where.append(column + u" = ?");
        m_updateOrder.append(columns.indexOf(column));
    }
    if (!m_update.prepare(u"UPDATE "_s + table + u" SET " + sets.join(u", ") + u" WHERE " + where.join(u" AND "))) {
        return failure(m_update);
    }
    if (!m_insert.prepare(
            u"INSERT INTO "_s + table + u'(' + columns.join(u", ") + u") VALUES(" + marks.join(u", ") + u')')) {
        return failure(m_insert);
    }
    return {};
}

StoreStatus Upsert::write(const QVariantList& values)
{
    QVariantList updateValues;
    updateValues.reserve(m_updateOrder.size());
    for (const qsizetype i : std::as_const(m_updateOrder)) {
        updateValues.append(values.at(i));
    }
    StoreStatus status = rerun(m_update, updateValues);
    if (status.ok() && m_update.numRowsAffected() == 0) {
        status = rerun(m_insert, values);
    }
    return status;
}

} // namespace apipay::sql
