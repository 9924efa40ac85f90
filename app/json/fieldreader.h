#pragma once

#include "json/jsonreader.h"

namespace apipay::json::detail {

// Reads the optional fields of one object while the decoder walks its members once, in Qt's key order:
//   for (auto it = object.constBegin(); it != object.constEnd(); ++it) { const QString key = it.key(); … }
// A present but unreadable value leaves the field empty and records `prefix + key` in the unreadable list. null is
// simply "missing" (T7).
class FieldReader
{
public:
    explicit FieldReader(QStringList& unreadable, QString prefix = {})
        : m_unreadable(unreadable)
        , m_prefix(std::move(prefix))
    {
    }

    void text(QJsonValueConstRef v, const QString& key, QString& out);
    void word(QJsonValueConstRef v, const QString& key, QString& out); // shared vocabulary strings
    void int64(QJsonValueConstRef v, const QString& key, qint64& out);
    void int64(QJsonValueConstRef v, const QString& key, std::optional<qint64>& out);
    void integer(QJsonValueConstRef v, const QString& key, std::optional<int>& out);
    void boolean(QJsonValueConstRef v, const QString& key, std::optional<bool>& out);
    void money(QJsonValueConstRef v, const QString& key, std::optional<Money>& out);
    void dateTime(QJsonValueConstRef v, const QString& key, QDateTime& out);
    void date(QJsonValueConstRef v, const QString& key, QDate& out);
    // A date or a date-time, kept as its Asia/Almaty calendar day.
    void almatyDate(QJsonValueConstRef v, const QString& key, QDate& out);
    // Phone with priority (T3): a higher rank replaces a lower one.
    void phone(QJsonValueConstRef v, const QString& key, int rank, QString& out, int& currentRank);
    void status(QJsonValueConstRef v, const QString& key, InvoiceStatus& out);
    void object(QJsonValueConstRef v, const QString& key, QJsonObject& out);

    void markUnreadable(const QString& key);

private:
    QStringList& m_unreadable;
    QString m_prefix;
};

} // namespace apipay::json::detail
