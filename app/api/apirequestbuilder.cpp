#include "api/apirequestbuilder.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace apipay {

namespace {

void addDate(ApiRequestBuilder::Query& query, const QString& key, const QDate& date)
{
    if (date.isValid()) {
        query.append({ key, ApiRequestBuilder::isoDate(date) });
    }
}

void addText(ApiRequestBuilder::Query& query, const QString& key, const QString& value)
{
    const QString trimmed = value.trimmed();
    if (!trimmed.isEmpty()) {
        query.append({ key, trimmed });
    }
}

void addStatuses(ApiRequestBuilder::Query& query, const QStringList& statuses)
{
    for (const QString& status : statuses) {
        if (!status.trimmed().isEmpty()) {
            query.append({ QStringLiteral("status[]"), status.trimmed() });
        }
    }
}

void putText(QJsonObject& body, const QString& key, const QString& value)
{
    if (!value.isEmpty()) {
        body.insert(key, value);
    }
}

template <typename T> void putOptional(QJsonObject& body, const QString& key, const std::optional<T>& value)
{
    if (value) {
        body.insert(key, QJsonValue(*value));
    }
}

} // namespace

QUrl ApiRequestBuilder::joinUrl(const QUrl& base, const QString& path, const Query& query)
{
    QUrl url = base.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString basePath = url.path();
    while (basePath.endsWith(u'/')) {
        basePath.chop(1);
    }
    QString relative = path;
    while (relative.startsWith(u'/')) {
        relative.remove(0, 1);
    }
    url.setPath(relative.isEmpty() ? basePath : basePath + u'/' + relative);
    if (!query.isEmpty()) {
        QByteArray encoded;
        for (const auto& [key, value] : query) {
            if (!encoded.isEmpty()) {
                encoded += '&';
            }
            encoded += QUrl::toPercentEncoding(key, QByteArrayLiteral("[]")) + '=' + QUrl::toPercentEncoding(value);
        }
        url.setQuery(QString::fromLatin1(encoded));
    }
    return url;
}

bool ApiRequestBuilder::isUnderBase(const QUrl& url, const QUrl& base)
{
    if (!url.isValid() || !base.isValid()) {
        return false;
    }
    if (url.scheme().compare(base.scheme(), Qt::CaseInsensitive) != 0
        || url.host().compare(base.host(), Qt::CaseInsensitive) != 0
        || url.port(url.scheme() == QStringLiteral("https") ? 443 : 80)
            != base.port(base.scheme() == QStringLiteral("https") ? 443 : 80)) {
        return false;
    }
    QString basePath = base.path();
    while (basePath.endsWith(u'/')) {
        basePath.chop(1);
    }
    const QString path = url.path();
    return path == basePath || path.startsWith(basePath + u'/');
}

ApiRequestBuilder::Query ApiRequestBuilder::pageQuery(int page, int perPage, int maxPerPage)
{
    return { { QStringLiteral("page"), QString::number(std::max(1, page)) },
        { QStringLiteral("per_page"), QString::number(std::clamp(perPage, 1, maxPerPage)) } };
}

ApiRequestBuilder::Query ApiRequestBuilder::invoiceQuery(const InvoiceQuery& q)
{
    Query query = pageQuery(q.page, q.perPage);
    addText(query, QStringLiteral("search"), q.search.left(100));
    addStatuses(query, q.statuses);
    addDate(query, QStringLiteral("date_from"), q.dateFrom);
    addDate(query, QStringLiteral("date_to"), q.dateTo);
    addText(query, QStringLiteral("sort_by"), q.sortBy);
    if (!q.sortBy.trimmed().isEmpty() || q.sortAscending) {
        query.append(
            { QStringLiteral("sort_order"), q.sortAscending ? QStringLiteral("asc") : QStringLiteral("desc") });
    }
    return query;
}

ApiRequestBuilder::Query ApiRequestBuilder::refundQuery(const RefundQuery& q)
{
    Query query = pageQuery(q.page, q.perPage);
    addStatuses(query, q.statuses);
    if (q.invoiceId) {
        query.append({ QStringLiteral("invoice_id"), QString::number(*q.invoiceId) });
    }
    addDate(query, QStringLiteral("date_from"), q.dateFrom);
    addDate(query, QStringLiteral("date_to"), q.dateTo);
    return query;
}

ApiRequestBuilder::Query ApiRequestBuilder::catalogQuery(const CatalogQuery& q)
{
    Query query = pageQuery(q.page, q.perPage, kMaxCatalogPerPage);
    addText(query, QStringLiteral("search"), q.search);
    addText(query, QStringLiteral("barcode"), q.barcode);
    addText(query, QStringLiteral("first_char"), q.firstChar);
    for (const QString& status : q.statuses) {
        addText(query, QStringLiteral("statuses[]"), status);
    }
    return query;
}

ApiRequestBuilder::Query ApiRequestBuilder::subscriptionQuery(const SubscriptionQuery& q)
{
    Query query = pageQuery(q.page, q.perPage);
    addText(query, QStringLiteral("status"), q.status);
    addText(query, QStringLiteral("phone_number"), q.phone);
    addText(query, QStringLiteral("external_subscriber_id"), q.externalSubscriberId);
    return query;
}

QJsonObject ApiRequestBuilder::invoiceBody(const InvoiceDraft& draft, const QString& externalOrderId)
{
    QJsonObject body;
    body.insert(QStringLiteral("phone_number"), draft.phone);
    if (!draft.cartItems.isEmpty()) {
        QJsonArray cart;
        for (const CartLine& line : draft.cartItems) {
            QJsonObject item { { QStringLiteral("catalog_item_id"), line.catalogItemId },
                { QStringLiteral("count"), line.count } };
            if (line.price) {
                item.insert(QStringLiteral("price"), line.price->toJson());
            }
            cart.append(item);
        }
        body.insert(QStringLiteral("cart_items"), cart);
    } else if (draft.amount) {
        body.insert(QStringLiteral("amount"), draft.amount->toJson());
    }
    putText(body, QStringLiteral("description"), draft.description);
    body.insert(QStringLiteral("external_order_id"), externalOrderId);
    body.insert(QStringLiteral("external_order_id_idempotency"), externalOrderId);
    putOptional(body, QStringLiteral("discount_percentage"), draft.discountPercentage);
    putText(body, QStringLiteral("internal_comment"), draft.internalComment);
    return body;
}

QJsonObject ApiRequestBuilder::statusCheckBody(const QList<qint64>& ids)
{
    QJsonArray array;
    for (const qint64 id : ids) {
        array.append(id);
    }
    return { { QStringLiteral("invoice_ids"), array } };
}

QJsonObject ApiRequestBuilder::refundBody(const RefundDraft& draft)
{
    QJsonObject body;
    if (draft.amount) {
        body.insert(QStringLiteral("amount"), draft.amount->toJson());
    }
    putText(body, QStringLiteral("reason"), draft.reason);
    if (!draft.returnItems.isEmpty()) {
        QJsonArray items;
        for (const ReturnLine& line : draft.returnItems) {
            items.append(QJsonObject {
                { QStringLiteral("catalog_item_id"), line.catalogItemId }, { QStringLiteral("count"), line.count } });
        }
        body.insert(QStringLiteral("return_items"), items);
    }
    return body;
}

QJsonObject ApiRequestBuilder::catalogCreateBody(const QList<CatalogItemDraft>& items)
{
    QJsonArray array;
    for (const CatalogItemDraft& draft : items) {
        QJsonObject item { { QStringLiteral("name"), draft.name },
            { QStringLiteral("selling_price"), draft.sellingPrice.toJson() },
            { QStringLiteral("unit_id"), draft.unitId } };
        putText(item, QStringLiteral("image_id"), draft.imageId);
        putText(item, QStringLiteral("barcode"), draft.barcode);
        array.append(item);
    }
    return { { QStringLiteral("items"), array } };
}

QJsonObject ApiRequestBuilder::catalogPatchBody(const CatalogItemPatch& patch)
{
    QJsonObject body;
    putOptional(body, QStringLiteral("name"), patch.name);
    if (patch.sellingPrice) {
        body.insert(QStringLiteral("selling_price"), patch.sellingPrice->toJson());
    }
    putOptional(body, QStringLiteral("unit_id"), patch.unitId);
    if (patch.deleteImage) {
        body.insert(QStringLiteral("is_image_deleted"), true);
    } else {
        putOptional(body, QStringLiteral("image_id"), patch.imageId);
    }
    if (patch.barcode) {
        body.insert(QStringLiteral("barcode"), patch.barcode->isEmpty() ? QJsonValue() : QJsonValue(*patch.barcode));
    }
    return body;
}

QJsonObject ApiRequestBuilder::subscriptionBody(const SubscriptionDraft& draft)
{
    QJsonObject body;
    body.insert(QStringLiteral("phone_number"), draft.phone);
    body.insert(QStringLiteral("billing_period"), draft.billingPeriod);
    if (!draft.cartItems.isEmpty()) {
        QJsonArray cart;
        for (const SubscriptionCartLine& line : draft.cartItems) {
            cart.append(QJsonObject {
                { QStringLiteral("catalog_item_id"), line.catalogItemId }, { QStringLiteral("count"), line.count } });
        }
        body.insert(QStringLiteral("cart_items"), cart);
    } else if (draft.amount) {
        body.insert(QStringLiteral("amount"), draft.amount->toJson());
    }
    putOptional(body, QStringLiteral("billing_day"), draft.billingDay);
    putText(body, QStringLiteral("description"), draft.description);
    putText(body, QStringLiteral("subscriber_name"), draft.subscriberName);
    putText(body, QStringLiteral("external_subscriber_id"), draft.externalSubscriberId);
    if (draft.startedAt.isValid()) {
        body.insert(QStringLiteral("started_at"), isoDate(draft.startedAt));
    }
    putOptional(body, QStringLiteral("max_retry_attempts"), draft.maxRetryAttempts);
    putOptional(body, QStringLiteral("retry_interval_hours"), draft.retryIntervalHours);
    putOptional(body, QStringLiteral("grace_period_days"), draft.gracePeriodDays);
    putOptional(body, QStringLiteral("metadata"), draft.metadata);
    if (draft.billImmediately) {
        body.insert(QStringLiteral("bill_immediately"), true);
    }
    return body;
}

QJsonObject ApiRequestBuilder::subscriptionPatchBody(const SubscriptionPatch& patch)
{
    QJsonObject body;
    if (patch.amount) {
        body.insert(QStringLiteral("amount"), patch.amount->toJson());
    }
    putOptional(body, QStringLiteral("billing_day"), patch.billingDay);
    putOptional(body, QStringLiteral("description"), patch.description);
    putOptional(body, QStringLiteral("subscriber_name"), patch.subscriberName);
    putOptional(body, QStringLiteral("external_subscriber_id"), patch.externalSubscriberId);
    putOptional(body, QStringLiteral("max_retry_attempts"), patch.maxRetryAttempts);
    putOptional(body, QStringLiteral("retry_interval_hours"), patch.retryIntervalHours);
    putOptional(body, QStringLiteral("grace_period_days"), patch.gracePeriodDays);
    putOptional(body, QStringLiteral("metadata"), patch.metadata);
    if (patch.cartItems) {
        QJsonArray cart;
        for (const SubscriptionCartLine& line : *patch.cartItems) {
            cart.append(QJsonObject {
                { QStringLiteral("catalog_item_id"), line.catalogItemId }, { QStringLiteral("count"), line.count } });
        }
        body.insert(QStringLiteral("cart_items"), cart);
    }
    return body;
}

QMap<QString, QStringList> ApiRequestBuilder::validateInvoiceDraft(const InvoiceDraft& draft)
{
    QMap<QString, QStringList> errors;
    if (draft.phone.isEmpty()) {
        errors[QStringLiteral("phone_number")].append(
            QCoreApplication::translate("apipay::ApiRequestBuilder", "Enter the customer's phone number."));
    }
    if (draft.cartItems.isEmpty() && !draft.amount) {
        errors[QStringLiteral("amount")].append(
            QCoreApplication::translate("apipay::ApiRequestBuilder", "Enter an amount or add items from the catalog."));
    }
    if (draft.internalComment.size() > 255) { // the server's limit for internal_comment
        errors[QStringLiteral("internal_comment")].append(QCoreApplication::translate(
            "apipay::ApiRequestBuilder", "A note may have at most %n characters.", nullptr, 255));
    }
    return errors;
}

QMap<QString, QStringList> ApiRequestBuilder::validateSubscriptionDraft(const SubscriptionDraft& draft)
{
    QMap<QString, QStringList> errors;
    if (draft.phone.isEmpty()) {
        errors[QStringLiteral("phone_number")].append(
            QCoreApplication::translate("apipay::ApiRequestBuilder", "Enter the subscriber's phone number."));
    }
    if (draft.billingPeriod.isEmpty()) {
        errors[QStringLiteral("billing_period")].append(
            QCoreApplication::translate("apipay::ApiRequestBuilder", "Choose how often the subscriber is billed."));
    }
    if (draft.cartItems.isEmpty() && !draft.amount) {
        errors[QStringLiteral("amount")].append(
            QCoreApplication::translate("apipay::ApiRequestBuilder", "Enter an amount or add items from the catalog."));
    }
    return errors;
}

} // namespace apipay
