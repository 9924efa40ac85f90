#include "fieldreader.h"

#include "json/jsondatetime.h"

#include <limits>

namespace apipay::json::detail {

void FieldReader::markUnreadable(const QString& key)
{
    m_unreadable.append(m_prefix.isEmpty() ? key : QString(m_prefix + key));
}

void FieldReader::text(QJsonValueConstRef v, const QString& key, QString& out)
{
    const QJsonValue::Type t = v.type();
    if (t != QJsonValue::Null && !toText(v, t, out)) {
        markUnreadable(key);
    }
}

void FieldReader::word(QJsonValueConstRef v, const QString& key, QString& out)
{
    const QJsonValue::Type t = v.type();
    if (t == QJsonValue::Null) {
        return;
    }
    if (t != QJsonValue::String) {
        markUnreadable(key);
        return;
    }
    out = sharedWord(v.toString());
}

void FieldReader::int64(QJsonValueConstRef v, const QString& key, qint64& out)
{
    const QJsonValue::Type t = v.type();
    if (t != QJsonValue::Null && !toInt64(v, t, out)) {
        markUnreadable(key);
    }
}

void FieldReader::int64(QJsonValueConstRef v, const QString& key, std::optional<qint64>& out)
{
    const QJsonValue::Type t = v.type();
    if (t == QJsonValue::Null) {
        return;
    }
    qint64 value = 0;
    if (toInt64(v, t, value)) {
        out = value;
    } else {
        markUnreadable(key);
    }
}

void FieldReader::integer(QJsonValueConstRef v, const QString& key, std::optional<int>& out)
{
    const QJsonValue::Type t = v.type();
    if (t == QJsonValue::Null) {
        return;
    }
    qint64 value = 0;
    if (toInt64(v, t, value) && value >= std::numeric_limits<int>::min() && value <= std::numeric_limits<int>::max()) {
        out = static_cast<int>(value);
    } else {
        markUnreadable(key);
    }
}

void FieldReader::boolean(QJsonValueConstRef v, const QString& key, std::optional<bool>& out)
{
    const QJsonValue::Type t = v.type();
    if (t == QJsonValue::Null) {
        return;
    }
    bool value = false;
    if (toBool(v, t, value)) {
        out = value;
    } else {
        markUnreadable(key);
    }
}

void FieldReader::money(QJsonValueConstRef v, const QString& key, std::optional<Money>& out)
{
    const QJsonValue::Type t = v.type();
    if (t == QJsonValue::Null) {
        return;
    }
    out = toMoney(v, t);
    if (!out) {
        markUnreadable(key);
    }
}

void FieldReader::dateTime(QJsonValueConstRef v, const QString& key, QDateTime& out)
{
    const QJsonValue::Type t = v.type();
    if (t == QJsonValue::Null) {
        return;
    }
    if (t == QJsonValue::String) {
        out = parseIsoDateTime(v.toString());
    }
    if (!out.isValid()) {
        markUnreadable(key);
    }
}

void FieldReader::date(QJsonValueConstRef v, const QString& key, QDate& out)
{
    const QJsonValue::Type t = v.type();
    if (t == QJsonValue::Null) {
        return;
    }
    if (t == QJsonValue::String) {
        out = parseIsoDate(v.toString());
    }
    if (!out.isValid()) {
        markUnreadable(key);
    }
}

void FieldReader::almatyDate(QJsonValueConstRef v, const QString& key, QDate& out)
{
    const QJsonValue::Type t = v.type();
    if (t == QJsonValue::Null) {
        return;
    }
    if (t == QJsonValue::String) {
        out = parseAlmatyDate(v.toString());
    }
    if (!out.isValid()) {
        markUnreadable(key);
    }
}

void FieldReader::phone(QJsonValueConstRef v, const QString& key, int rank, QString& out, int& currentRank)
{
    const QJsonValue::Type t = v.type();
    if (t == QJsonValue::Null) {
        return;
    }
    QString text;
    const QString normalized = toText(v, t, text) ? normalizePhone(std::move(text)) : QString();
    if (normalized.isEmpty()) {
        markUnreadable(key);
        return;
    }
    if (rank > currentRank) {
        out = normalized;
        currentRank = rank;
    }
}

void FieldReader::status(QJsonValueConstRef v, const QString& key, InvoiceStatus& out)
{
    const QJsonValue::Type t = v.type();
    if (t == QJsonValue::Null) {
        return;
    }
    if (t != QJsonValue::String) {
        markUnreadable(key);
        return;
    }
    out = InvoiceStatus(v.toString());
}

void FieldReader::object(QJsonValueConstRef v, const QString& key, QJsonObject& out)
{
    const QJsonValue::Type t = v.type();
    if (t == QJsonValue::Null) {
        return;
    }
    if (t == QJsonValue::Object) {
        out = v.toObject();
    } else {
        markUnreadable(key);
    }
}

} // namespace apipay::json::detail
