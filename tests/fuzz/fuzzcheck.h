#pragma once

// Shared helpers of the libFuzzer targets: a check that aborts with a message (so libFuzzer records the input as a
// finding) and cross-checks of decoded entities against an independent reading of the same bytes by QJsonDocument.

#include "money/money.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <cstdio>
#include <initializer_list>
#include <cstdlib>
#include <limits>
#include <optional>

#define FUZZ_CHECK(condition, what)                                                                                 \
    do {                                                                                                            \
        if (!(condition)) {                                                                                         \
            std::fprintf(stderr, "FUZZ CHECK FAILED at %s:%d: %s\n  (%s)\n", __FILE__, __LINE__, what, #condition); \
            std::abort();                                                                                           \
        }                                                                                                           \
    } while (false)

namespace apipay::fuzz {

inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

// The root object of the body as QJsonDocument reads it; nullopt when it is no JSON object.
inline std::optional<QJsonObject> rootObject(const QByteArray& body)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return std::nullopt;
    }
    return doc.object();
}

// The integer an "id" value unambiguously holds (a JSON integer, or a string of 1–18 plain digits).
inline std::optional<qint64> plainId(const QJsonValue& value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d >= -9.0e15 && d <= 9.0e15 && static_cast<double>(static_cast<qint64>(d)) == d) {
            return static_cast<qint64>(d);
        }
        return std::nullopt;
    }
    if (value.isString()) {
        const QString text = value.toString();
        if (text.isEmpty() || text.size() > 18) {
            return std::nullopt;
        }
        for (const QChar c : text) {
            if (c < u'0' || c > u'9') {
                return std::nullopt;
            }
        }
        return text.toLongLong();
    }
    return std::nullopt;
}

// A decoded entity agrees with the object it came from: the same id, and an amount that was read from a string is
// exactly what that string says in machine form (a decoder may drop an amount it cannot trust, never change it).
inline void checkIdAndMoney(const QJsonObject& source, qint64 decodedId, const QString& moneyKey,
                            const std::optional<Money>& decodedMoney, const char* what)
{
    if (const std::optional<qint64> id = plainId(source.value(u"id"))) {
        FUZZ_CHECK(*id == decodedId, what);
    }
    const QJsonValue money = source.value(moneyKey);
    if (decodedMoney && money.isString()) {
        const Money::ParseResult expected = Money::parseMachine(money.toString(), Money::Sign::AllowNegative);
        FUZZ_CHECK(expected.ok(), what);
        FUZZ_CHECK(*expected.value == *decodedMoney, what);
    }
}

// The object an entity document is read from: the root, or the object under one of the wrapper keys when the root
// itself has no "id" ({"invoice": {…}}, {"data": {…}}).
inline QJsonObject unwrapped(const QJsonObject& root, std::initializer_list<const char16_t*> wrappers)
{
    if (root.contains(u"id")) {
        return root;
    }
    for (const char16_t* key : wrappers) {
        const QJsonValue inner = root.value(QStringView(key));
        if (inner.isObject()) {
            return inner.toObject();
        }
    }
    return root;
}

template <typename Item>
std::optional<Money> amountOf(const Item& item)
{
    return item.amount;
}

// The elements of a page body as QJsonDocument sees them: a top-level array, or the object's "data" array.
inline std::optional<QJsonArray> pageElements(const QByteArray& body)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        return std::nullopt;
    }
    if (doc.isArray()) {
        return doc.array();
    }
    const QJsonValue data = doc.object().value(u"data");
    if (data.isArray()) {
        return data.toArray();
    }
    return std::nullopt;
}

// Every item of a decoded page matches its element: same count, same ids, money read faithfully.
template <typename Item, typename MoneyOf>
void checkPage(const QByteArray& body, const QList<Item>& items, const QString& moneyKey, MoneyOf moneyOf,
               const char* what)
{
    const std::optional<QJsonArray> elements = pageElements(body);
    if (!elements) {
        return;
    }
    FUZZ_CHECK(elements->size() == items.size(), what);
    for (qsizetype i = 0; i < items.size(); ++i) {
        checkIdAndMoney(elements->at(i).toObject(), items.at(i).id, moneyKey, moneyOf(items.at(i)), what);
    }
}

} // namespace apipay::fuzz
