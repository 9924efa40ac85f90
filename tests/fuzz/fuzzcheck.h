#pragma once

// Shared helpers of the libFuzzer targets: a check that aborts with a message (so libFuzzer records the input as a
// finding), checks of the decoders' own conversions (ids, amounts, one row per element) against Qt's reading of the
// same bytes, and a round trip: a decoded invoice, written back as JSON the way the API writes it, decodes equal.

#include "money/money.h"
#include "json/jsondecoder.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <cstdio>
#include <cstdlib>
#include <initializer_list>
#include <limits>
#include <optional>

#define FUZZ_CHECK(condition, what)                                                                                    \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            std::fprintf(stderr, "FUZZ CHECK FAILED at %s:%d: %s\n  (%s)\n", __FILE__, __LINE__, what, #condition);    \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)

namespace apipay::fuzz {

inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

// The root object of the body as QJsonDocument reads it; nullopt when it is no JSON object.
inline std::optional<QJsonObject> rootObject(const QByteArray& body)
{
    QJsonParseError error {};
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
inline void checkIdAndMoney(const QJsonObject& source,
    qint64 decodedId,
    const QString& moneyKey,
    const std::optional<Money>& decodedMoney,
    const char* what)
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

template <typename Item> std::optional<Money> amountOf(const Item& item)
{
    return item.amount;
}

// The elements of a page body as QJsonDocument sees them: a top-level array, or the object's "data" array.
inline std::optional<QJsonArray> pageElements(const QByteArray& body)
{
    QJsonParseError error {};
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
void checkPage(
    const QByteArray& body, const QList<Item>& items, const QString& moneyKey, MoneyOf moneyOf, const char* what)
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

// An invoice as the API writes it: amounts as machine text, dates as ISO 8601 UTC with milliseconds, the phone in its
// normal form, every key the decoder reads. Dates outside years 1–9999 have no such text and are left out.
inline QJsonObject invoiceJson(const Invoice& invoice)
{
    QJsonObject o { { QStringLiteral("id"), invoice.id } };
    const auto money = [&o](const char* key, const std::optional<Money>& value) {
        if (value) {
            o.insert(QLatin1StringView(key), value->toPlainString());
        }
    };
    const auto text = [&o](const char* key, const QString& value) {
        if (!value.isEmpty()) {
            o.insert(QLatin1StringView(key), value);
        }
    };
    const auto date = [&o](const char* key, const QDateTime& value) {
        if (value.isValid() && value.date().year() >= 1 && value.date().year() <= 9999) {
            o.insert(QLatin1StringView(key), value.toUTC().toString(Qt::ISODateWithMs));
        }
    };
    const auto flag = [&o](const char* key, const std::optional<bool>& value) {
        if (value) {
            o.insert(QLatin1StringView(key), *value);
        }
    };
    money("amount", invoice.amount);
    money("subtotal", invoice.subtotal);
    money("discount_sum", invoice.discountSum);
    money("total_refunded", invoice.totalRefunded);
    money("available_for_refund", invoice.availableForRefund);
    money("pending_refund_amount", invoice.pendingRefundAmount);
    text("phone_number", invoice.phone);
    text("description", invoice.description);
    text("external_order_id", invoice.externalOrderId);
    text("status", invoice.status.raw());
    text("kaspi_invoice_id", invoice.kaspiInvoiceId);
    text("client_name", invoice.clientName);
    text("error_message", invoice.errorMessage);
    text("error_code", invoice.errorCode);
    text("payment_url", invoice.paymentUrl);
    flag("is_sandbox", invoice.isSandbox);
    flag("is_recurring", invoice.isRecurring);
    flag("is_fully_refunded", invoice.isFullyRefunded);
    if (invoice.discountPercentage) {
        o.insert(QStringLiteral("discount_percentage"), *invoice.discountPercentage);
    }
    date("created_at", invoice.createdAt);
    date("expires_at", invoice.expiresAt);
    date("paid_at", invoice.paidAt);
    date("updated_at", invoice.updatedAt);
    return o;
}

inline bool sameDate(const QDateTime& a, const QDateTime& b)
{
    const bool writable = a.isValid() && a.date().year() >= 1 && a.date().year() <= 9999;
    return !writable ? !b.isValid() : a == b;
}

// Decode → write → decode gives the same invoice, with nothing unreadable the second time.
inline void checkInvoiceRoundTrip(const Invoice& first, const char* what)
{
    const Decoded<Invoice> again = json::invoiceObject(invoiceJson(first));
    FUZZ_CHECK(again.ok(), what);
    const Invoice& second = again.value;
    FUZZ_CHECK(second.unreadableFields.isEmpty(), what);
    FUZZ_CHECK(second.id == first.id, what);
    FUZZ_CHECK(second.amount == first.amount && second.subtotal == first.subtotal, what);
    FUZZ_CHECK(second.discountSum == first.discountSum && second.totalRefunded == first.totalRefunded, what);
    FUZZ_CHECK(second.availableForRefund == first.availableForRefund, what);
    FUZZ_CHECK(second.pendingRefundAmount == first.pendingRefundAmount, what);
    FUZZ_CHECK(second.discountPercentage == first.discountPercentage, what);
    FUZZ_CHECK(second.phone == first.phone, what);
    FUZZ_CHECK(second.description == first.description && second.externalOrderId == first.externalOrderId, what);
    FUZZ_CHECK(second.status.raw() == first.status.raw() && second.status.value() == first.status.value(), what);
    FUZZ_CHECK(second.kaspiInvoiceId == first.kaspiInvoiceId && second.clientName == first.clientName, what);
    FUZZ_CHECK(second.errorMessage == first.errorMessage && second.errorCode == first.errorCode, what);
    FUZZ_CHECK(second.paymentUrl == first.paymentUrl, what);
    FUZZ_CHECK(second.isSandbox == first.isSandbox && second.isRecurring == first.isRecurring, what);
    FUZZ_CHECK(second.isFullyRefunded == first.isFullyRefunded, what);
    FUZZ_CHECK(sameDate(first.createdAt, second.createdAt) && sameDate(first.expiresAt, second.expiresAt), what);
    FUZZ_CHECK(sameDate(first.paidAt, second.paidAt) && sameDate(first.updatedAt, second.updatedAt), what);
}

} // namespace apipay::fuzz
