#pragma once

#include "json/jsonreader.h"

namespace apipay::json::detail {

// Reads optional fields of one object; a present but unreadable value leaves the field empty and records
// `prefix + key` in the unreadable list. null is simply "missing" (T7).
class FieldReader
{
public:
    FieldReader(const JsonTape& tape, QStringList& unreadable, QString prefix = {})
        : m_tape(tape)
        , m_unreadable(unreadable)
        , m_prefix(std::move(prefix))
    {
    }

    void text(quint32 v, std::string_view key, QString& out);
    void word(quint32 v, std::string_view key, QString& out); // shared vocabulary strings
    void int64(quint32 v, std::string_view key, qint64& out);
    void int64(quint32 v, std::string_view key, std::optional<qint64>& out);
    void integer(quint32 v, std::string_view key, std::optional<int>& out);
    void boolean(quint32 v, std::string_view key, std::optional<bool>& out);
    void money(quint32 v, std::string_view key, std::optional<Money>& out);
    void dateTime(quint32 v, std::string_view key, QDateTime& out);
    void date(quint32 v, std::string_view key, QDate& out);
    // A date or a date-time, kept as its Asia/Almaty calendar day.
    void almatyDate(quint32 v, std::string_view key, QDate& out);
    // Phone with priority (T3): a higher rank replaces a lower one.
    void phone(quint32 v, std::string_view key, int rank, QString& out, int& currentRank);
    void status(quint32 v, std::string_view key, InvoiceStatus& out);
    void object(quint32 v, std::string_view key, QJsonObject& out);

    void markUnreadable(std::string_view key);
    const JsonTape& tape() const { return m_tape; }
    const QString& prefix() const { return m_prefix; }

private:
    const JsonTape& m_tape;
    QStringList& m_unreadable;
    QString m_prefix;
};

} // namespace apipay::json::detail
