#include "fieldreader.h"

#include "json/jsondatetime.h"

#include <limits>

namespace apipay::json::detail {

namespace {

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace

void FieldReader::markUnreadable(std::string_view key)
{
    m_unreadable.append(m_prefix.isEmpty() ? fromUtf8(key) : QString(m_prefix + fromUtf8(key)));
}

void FieldReader::text(quint32 v, std::string_view key, QString& out)
{
    if (m_tape.isNull(v)) {
        return;
    }
    if (!toText(m_tape, v, out)) {
        markUnreadable(key);
    }
}

void FieldReader::word(quint32 v, std::string_view key, QString& out)
{
    if (m_tape.isNull(v)) {
        return;
    }
    if (m_tape.type(v) != JsonTape::Type::String) {
        markUnreadable(key);
        return;
    }
    out = m_tape.node(v).escaped ? m_tape.string(v) : sharedWord(m_tape.raw(v));
}

void FieldReader::int64(quint32 v, std::string_view key, qint64& out)
{
    if (m_tape.isNull(v)) {
        return;
    }
    if (!toInt64(m_tape, v, out)) {
        markUnreadable(key);
    }
}

void FieldReader::int64(quint32 v, std::string_view key, std::optional<qint64>& out)
{
    if (m_tape.isNull(v)) {
        return;
    }
    qint64 value = 0;
    if (toInt64(m_tape, v, value)) {
        out = value;
    } else {
        markUnreadable(key);
    }
}

void FieldReader::integer(quint32 v, std::string_view key, std::optional<int>& out)
{
    if (m_tape.isNull(v)) {
        return;
    }
    qint64 value = 0;
    if (toInt64(m_tape, v, value) && value >= std::numeric_limits<int>::min()
        && value <= std::numeric_limits<int>::max()) {
        out = static_cast<int>(value);
    } else {
        markUnreadable(key);
    }
}

void FieldReader::boolean(quint32 v, std::string_view key, std::optional<bool>& out)
{
    if (m_tape.isNull(v)) {
        return;
    }
    bool value = false;
    if (toBool(m_tape, v, value)) {
        out = value;
    } else {
        markUnreadable(key);
    }
}

void FieldReader::money(quint32 v, std::string_view key, std::optional<Money>& out)
{
    if (m_tape.isNull(v)) {
        return;
    }
    out = toMoney(m_tape, v);
    if (!out) {
        markUnreadable(key);
    }
}

void FieldReader::dateTime(quint32 v, std::string_view key, QDateTime& out)
{
    if (m_tape.isNull(v)) {
        return;
    }
    if (m_tape.type(v) == JsonTape::Type::String && !m_tape.node(v).escaped) {
        out = parseDateTime(m_tape.raw(v));
    } else if (m_tape.type(v) == JsonTape::Type::String) {
        out = parseDateTime(m_tape.string(v).toStdString());
    }
    if (!out.isValid()) {
        markUnreadable(key);
    }
}

void FieldReader::date(quint32 v, std::string_view key, QDate& out)
{
    if (m_tape.isNull(v)) {
        return;
    }
    if (m_tape.type(v) == JsonTape::Type::String) {
        out = m_tape.node(v).escaped ? parseDate(m_tape.string(v).toStdString()) : parseDate(m_tape.raw(v));
    }
    if (!out.isValid()) {
        markUnreadable(key);
    }
}

void FieldReader::almatyDate(quint32 v, std::string_view key, QDate& out)
{
    if (m_tape.isNull(v)) {
        return;
    }
    if (m_tape.type(v) == JsonTape::Type::String) {
        out = m_tape.node(v).escaped ? parseAlmatyDate(m_tape.string(v).toStdString())
                                     : parseAlmatyDate(m_tape.raw(v));
    }
    if (!out.isValid()) {
        markUnreadable(key);
    }
}

void FieldReader::phone(quint32 v, std::string_view key, int rank, QString& out, int& currentRank)
{
    if (m_tape.isNull(v)) {
        return;
    }
    QString normalized;
    if (m_tape.type(v) == JsonTape::Type::String) {
        normalized = m_tape.node(v).escaped ? normalizePhone(m_tape.string(v).toStdString())
                                            : normalizePhone(m_tape.raw(v));
    } else if (m_tape.type(v) == JsonTape::Type::Number) {
        normalized = normalizePhone(m_tape.raw(v));
    }
    if (normalized.isEmpty()) {
        markUnreadable(key);
        return;
    }
    if (rank > currentRank) {
        out = normalized;
        currentRank = rank;
    }
}

void FieldReader::status(quint32 v, std::string_view key, InvoiceStatus& out)
{
    if (m_tape.isNull(v)) {
        return;
    }
    if (m_tape.type(v) != JsonTape::Type::String) {
        markUnreadable(key);
        return;
    }
    out = m_tape.node(v).escaped ? InvoiceStatus(m_tape.string(v)) : invoiceStatus(m_tape.raw(v));
}

void FieldReader::object(quint32 v, std::string_view key, QJsonObject& out)
{
    if (m_tape.isNull(v)) {
        return;
    }
    if (!toJsonObject(m_tape, v, out)) {
        markUnreadable(key);
    }
}

} // namespace apipay::json::detail
