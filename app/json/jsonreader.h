#pragma once

#include "domain/invoicestatus.h"
#include "money/money.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QLoggingCategory>
#include <QString>
#include <QStringList>

#include <optional>

// Internal helpers of the JSON decoders (app/json/*decoder.cpp), on top of Qt's JSON classes. Not part of the public
// interface. Values are read through QJsonValueConstRef (what iterating a const QJsonObject / QJsonArray yields), so
// reading a field copies nothing but the field itself.
namespace apipay::json::detail {

Q_DECLARE_LOGGING_CATEGORY(lcJson)

// T2: unreadable values are shown as "—" and their key names logged — once per document, not once per row.
void logUnreadable(const char* document, const QStringList& keys, qsizetype affectedObjects);

// A dotted path ("data.3.id") built lazily: segments live on the stack and become text only for an error.
struct JsonPath
{
    const JsonPath* parent = nullptr;
    QLatin1StringView key; // used when index < 0
    qint64 index = -1;
    const QString* base = nullptr; // root prefix given by a caller of a public *Object() function

    JsonPath child(QLatin1StringView k) const { return JsonPath { this, k, -1, nullptr }; }
    JsonPath child(qint64 i) const { return JsonPath { this, {}, i, nullptr }; }
    QString toString() const;
    // toString(), or "<root>" when the path is empty (the top-level value itself has the wrong type).
    QString toErrorField() const;
};

// Parses a whole body with QJsonDocument. False with error "<body>" when the bytes are not one JSON value (empty,
// truncated, invalid UTF-8, HTML, …); Qt's reason (QJsonParseError) and its offset are logged at debug level. A valid
// scalar top-level value ("42", "\"ok\"") is accepted and leaves `document` null, so that the decoders report
// "<root>" for it, as for any root of the wrong type.
bool parseBody(const QByteArray& body, QJsonDocument& document, QString& error);

// The value under `key` (after Qt's reading, the last of duplicate keys), or nullopt when the key is absent.
std::optional<QJsonValueConstRef> member(const QJsonObject& object, QLatin1StringView key);
// The value under `key` when it is present and not null (T7: null means missing).
std::optional<QJsonValueConstRef> present(const QJsonObject& object, QLatin1StringView key);

// --- Scalar conversions; false / nullopt = unreadable. -----------------------------------------------------------
// Each takes the value's type as well, when the caller already asked for it (every question to Qt is a call).
// Integer: an integral JSON number that fits 64 bits, or a string of digits ("42", " 42 ", "-7").
bool toInt64(QJsonValueConstRef v, QJsonValue::Type type, qint64& out);
inline bool toInt64(QJsonValueConstRef v, qint64& out)
{
    return toInt64(v, v.type(), out);
}
// Boolean: true/false, the numbers 0/1, the strings "0"/"1"/"true"/"false".
bool toBool(QJsonValueConstRef v, QJsonValue::Type type, bool& out);
// T2, exact in tiyn: a string in machine form ("15000", "15000.5"); an integral number exactly (also beyond 2^53);
// any other number through its shortest round-trip text (12.34 → "12.34"), so a third decimal is refused, never
// rounded away. Negative amounts and amounts that do not fit 64-bit tiyn are unreadable.
std::optional<Money> toMoney(QJsonValueConstRef v, QJsonValue::Type type);
inline std::optional<Money> toMoney(QJsonValueConstRef v)
{
    return toMoney(v, v.type());
}
// Strings; numbers are accepted as their shortest text (ids written as numbers).
bool toText(QJsonValueConstRef v, QJsonValue::Type type, QString& out);
inline bool toText(QJsonValueConstRef v, QString& out)
{
    return toText(v, v.type(), out);
}
// T3: 7XXXXXXXXXX / 8XXXXXXXXXX (the common case, without a copy), else PhoneNumber::parse; empty when unreadable.
QString normalizePhone(QString text);
// A known vocabulary word ("pending", "monthly", "api", …) as one shared QString; other text is returned as it is.
QString sharedWord(const QString& text);

} // namespace apipay::json::detail
