#pragma once

#include "domain/invoicestatus.h"
#include "json/jsontape.h"
#include "money/money.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QString>
#include <QStringList>

#include <optional>
#include <string_view>

// Internal helpers of the JSON decoders (app/json/*decoder.cpp). Not part of the public interface.
namespace apipay::json::detail {

Q_DECLARE_LOGGING_CATEGORY(lcJson)

// T2: unreadable values are shown as "—" and their key names logged — once per document, not once per row.
void logUnreadable(const char* document, const QStringList& keys, qsizetype affectedObjects);

// A dotted path ("data.3.id") built lazily: segments live on the stack and become text only for an error.
struct JsonPath
{
    const JsonPath* parent = nullptr;
    std::string_view key;      // used when index < 0
    qint64 index = -1;
    const QString* base = nullptr; // root prefix given by a caller of a public *Object() function

    JsonPath child(std::string_view k) const { return JsonPath{this, k, -1, nullptr}; }
    JsonPath child(qint64 i) const { return JsonPath{this, {}, i, nullptr}; }
    QString toString() const;
    // toString(), or "<root>" when the path is empty (the top-level value itself has the wrong type).
    QString toErrorField() const;
};

// --- Scalar conversions; false / nullopt = unreadable. -----------------------------------------------------------
// Integer: an integral JSON number, or a string of digits ("42"). 64-bit.
bool toInt64(const JsonTape& tape, quint32 v, qint64& out);
// Boolean: true/false, 0/1, "0"/"1"/"true"/"false".
bool toBool(const JsonTape& tape, quint32 v, bool& out);
// T2: a string parsed exactly; a number from its JSON text exactly (≤ 2 decimals), exponent forms via qRound64.
std::optional<Money> toMoney(const JsonTape& tape, quint32 v);
// Strings; numbers are accepted as their JSON text (ids written as numbers).
bool toText(const JsonTape& tape, quint32 v, QString& out);
// T8 on raw bytes; invalid QDateTime on failure.
QDateTime parseDateTime(std::string_view text);
// Date part only ("2026-02-01" or the date of a date-time); invalid on failure.
QDate parseDate(std::string_view text);
// T3 on raw bytes: 7XXXXXXXXXX / 8XXXXXXXXXX fast path, else PhoneNumber::parse; empty when unreadable.
QString normalizePhone(std::string_view text);
// A known vocabulary word ("pending", "monthly", "api", …) as one shared QString; others are copied.
QString sharedWord(std::string_view text);
InvoiceStatus invoiceStatus(std::string_view text);
// The value as a QJsonObject (metadata); false if it is not an object.
bool toJsonObject(const JsonTape& tape, quint32 v, QJsonObject& out);

// Parses a whole body; on failure sets error to "<body>".
bool parseBody(const QByteArray& body, JsonTape& tape, QString& error);
// Serialises a QJsonValue and parses it (the *Object() entry points share the byte decoders).
bool parseValue(const QJsonValue& value, JsonTape& tape);

} // namespace apipay::json::detail
