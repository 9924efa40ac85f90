#pragma once

#include "domain/catalog.h"
#include "domain/invoice.h"
#include "domain/page.h"
#include "domain/refund.h"
#include "domain/subscription.h"

#include <QJsonValue>
#include <QString>

class QByteArray;

namespace apipay {

// The result of decoding one JSON value. On failure `errorField` names the key that was missing or of the wrong type
// (a dotted path such as "data.3.id"); the caller turns it into ApiError::unexpected(errorField).
// Special values: "<body>" = the bytes are not JSON (empty, truncated, HTML, …); "<root>" = JSON whose top-level
// value has the wrong type (e.g. an array where an object is expected).
//
// What fails and what does not (docs/api-contract.md):
// - Only `id` is required in the decoded entities (invoice, refund, catalog item/unit, subscription, subscription
//   invoice, status-check entry); the elements of a `data` array must be objects. Everything else may be missing.
// - An optional key with an unreadable value (bad money text, wrong JSON type, impossible date) leaves the field
//   empty and is listed in the entity's `unreadableFields` ("amount", "items.0.price", "stats.total_collected").
// - Nested line items and invoice summaries never fail the document; their problems are listed the same way.
// - Integers also from digit strings ("42"); booleans also 0/1 and "0"/"1"; strings also from numbers.
// - Unknown keys are ignored; duplicate keys: the last one wins.
// The bytes are read by QJsonDocument::fromJson: what it refuses (invalid UTF-8, truncation, trailing commas, nesting
// deeper than Qt's limit, …) is "<body>"; a scalar top-level value is valid JSON of the wrong type ("<root>").
template <typename T> struct Decoded
{
    T value {};
    QString errorField;
    bool ok() const { return errorField.isNull(); }
};

// Tolerant readers (docs/api-contract.md). None of them crashes or asserts on any input.
namespace json {

// Whole documents (bytes as received). Non-JSON → errorField "<body>".
Decoded<Invoice> invoice(const QByteArray& body); // create (201) and detail; also {"invoice": {...}}
Decoded<Page<Invoice>> invoicePage(const QByteArray& body, int requestedPerPage);
Decoded<StatusCheckResult> statusCheck(const QByteArray& body);
Decoded<CancelResult> cancelResult(const QByteArray& body, int httpStatus);
Decoded<RefundResult> refundResult(const QByteArray& body);
Decoded<InvoiceRefunds> invoiceRefunds(const QByteArray& body);
Decoded<Page<Refund>> refundPage(const QByteArray& body, int requestedPerPage);
Decoded<QList<CatalogUnit>> catalogUnits(const QByteArray& body);
Decoded<Page<CatalogItem>> catalogPage(const QByteArray& body, int requestedPerPage);
Decoded<QString> uploadedImageId(const QByteArray& body);
Decoded<CatalogCreateResult> catalogCreateResult(const QByteArray& body);
Decoded<CatalogWriteResult> catalogWriteResult(const QByteArray& body, int httpStatus, qint64 requestedId);
Decoded<Subscription> subscription(const QByteArray& body); // every shape of T4 (create, get, update, pause, …)
Decoded<Page<Subscription>> subscriptionPage(const QByteArray& body, int requestedPerPage);
Decoded<Page<SubscriptionInvoice>> subscriptionInvoicePage(const QByteArray& body, int requestedPerPage);
Decoded<QString> healthStatus(const QByteArray& body); // GET /status → "ok"

// Single objects (used by the document decoders, the sandbox tests and the watcher).
Decoded<Invoice> invoiceObject(const QJsonValue& value, const QString& path = {});
Decoded<Refund> refundObject(const QJsonValue& value, const QString& path = {});
Decoded<CatalogItem> catalogItemObject(const QJsonValue& value, const QString& path = {});
Decoded<Subscription> subscriptionObject(const QJsonValue& value, const QString& path = {});

// Scalars.
// T8: Z, ±hh:mm, ±hhmm, 0–6 fractional digits, date-only (midnight Asia/Almaty); result in UTC; invalid on failure.
QDateTime dateTime(const QString& text);
// T3: 7XXXXXXXXXX / 8XXXXXXXXXX (and other accepted forms) → 8XXXXXXXXXX; empty if unreadable.
QString phone(const QString& text);

} // namespace json
} // namespace apipay
