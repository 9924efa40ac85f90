#pragma once

#include "json/fieldreader.h"
#include "json/jsondecoder.h"
#include "json/jsonreader.h"

#include <initializer_list>

// Object decoders shared by the document decoders of app/json/*decoder.cpp (internal).
// Each returns false with `error` = dotted path when the object's required `id` is missing or unreadable (the caller
// checks that the value is an object at all, see decodeElement). Nested line items and summaries never fail: their
// problems go to the owner's unreadable fields.
namespace apipay::json::detail {

bool decodeInvoice(const QJsonObject& object, const JsonPath& path, Invoice& out, QString& error);
bool decodeRefund(const QJsonObject& object, const JsonPath& path, Refund& out, QString& error);
// Unreadable keys go to `unreadable` as "<prefix><key>".
void decodeRefundSummary(
    const QJsonObject& object, RefundInvoiceSummary& out, QStringList& unreadable, const QString& prefix);
bool decodeCatalogItem(const QJsonObject& object, const JsonPath& path, CatalogItem& out, QString& error);
bool decodeSubscription(const QJsonObject& object, const JsonPath& path, Subscription& out, QString& error);
// T4: `object` is the document (or a wrapper); finds the subscription object and stats/last_payment inside or beside.
bool decodeSubscriptionDocument(const QJsonObject& object, const JsonPath& path, Subscription& out, QString& error);

// Decodes one value that must be an object: false with error = path when it is not one.
template <typename T, typename ObjectDecoder>
bool decodeElement(QJsonValueConstRef value, const JsonPath& path, T& out, QString& error, ObjectDecoder decode)
{
    if (!value.isObject()) {
        error = path.toErrorField();
        return false;
    }
    return decode(value.toObject(), path, out, error);
}

// Reads the `id` of `object`; false with error = "<path>.id" if missing, null or not an integer.
bool requireId(const QJsonObject& object, const JsonPath& path, qint64& out, QString& error);
// The same for an `id` value found while walking the object (nullopt: there was none).
bool requireId(const std::optional<QJsonValueConstRef>& id, const JsonPath& path, qint64& out, QString& error);
// The object to decode for single-object answers: `object` itself when it has an id, else the object under the first
// of the wrapper keys that holds one (e.g. "invoice", "data"), else `object` (whose missing id is then reported).
QJsonObject unwrap(
    const QJsonObject& object, std::initializer_list<QLatin1StringView> wrappers, QLatin1StringView& usedWrapper);

} // namespace apipay::json::detail
