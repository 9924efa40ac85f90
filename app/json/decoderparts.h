#pragma once

#include "json/jsondecoder.h"
#include "json/fieldreader.h"
#include "json/jsonreader.h"

// Object decoders shared by the document decoders of app/json/*decoder.cpp (internal).
// Each returns false with `error` = dotted path when the value is not an object or its required `id` is missing or
// unreadable. Nested line items and summaries never fail: their problems go to the owner's unreadable fields.
namespace apipay::json::detail {

bool decodeInvoice(const JsonTape& tape, quint32 v, const JsonPath& path, Invoice& out, QString& error);
bool decodeRefund(const JsonTape& tape, quint32 v, const JsonPath& path, Refund& out, QString& error);
// Unreadable keys go to `unreadable` as "<prefix><key>".
void decodeRefundSummary(const JsonTape& tape, quint32 v, RefundInvoiceSummary& out, QStringList& unreadable,
                         const QString& prefix);
bool decodeCatalogItem(const JsonTape& tape, quint32 v, const JsonPath& path, CatalogItem& out, QString& error);
// T4: `v` is the document (or a wrapper); finds the subscription object and stats/last_payment inside or beside.
bool decodeSubscriptionDocument(const JsonTape& tape, quint32 v, const JsonPath& path, Subscription& out,
                                QString& error);
bool decodeSubscription(const JsonTape& tape, quint32 v, const JsonPath& path, Subscription& out, QString& error);

// Reads the `id` of object `v`; false with error = "<path>.id" if missing or not an integer.
bool requireId(const JsonTape& tape, quint32 idValue, const JsonPath& path, qint64& out, QString& error);
// The object to decode for single-object answers: `v` itself when it has an id, else the object under one of the
// wrapper keys (e.g. "invoice", "data"); npos when nothing fits.
quint32 unwrap(const JsonTape& tape, quint32 v, std::initializer_list<std::string_view> wrappers,
               std::string_view& usedWrapper);

} // namespace apipay::json::detail
