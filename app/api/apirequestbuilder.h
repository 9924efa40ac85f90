#pragma once

#include "domain/requests.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace apipay {

// Builds the query strings and JSON bodies of the v2.0 requests exactly as docs/api-contract.md describes them:
// optional keys are omitted, money goes out via Money::toJson(), dates as YYYY-MM-DD. Pure functions, tested directly.
class ApiRequestBuilder
{
public:
    using Query = QList<QPair<QString, QString>>;

    static constexpr int kMaxPerPage = 100; // invoices, refunds, subscriptions
    static constexpr int kMaxCatalogPerPage = 200; // catalog
    static constexpr int kMaxStatusCheckIds = 100;
    static constexpr int kMaxCatalogItemsPerCreate = 50;

    // {base}/{path}?{query}: never produces "//"; keys keep their brackets (status[]), values are percent-encoded
    // (so '+', '&', '=' in a search survive).
    static QUrl joinUrl(const QUrl& base, const QString& path, const Query& query = {});
    // Whether `url` is the base URL or below it (same scheme, host, port; path under the base path).
    static bool isUnderBase(const QUrl& url, const QUrl& base);

    static Query invoiceQuery(const InvoiceQuery& query);
    static Query refundQuery(const RefundQuery& query);
    static Query catalogQuery(const CatalogQuery& query);
    static Query subscriptionQuery(const SubscriptionQuery& query);
    static Query pageQuery(int page, int perPage, int maxPerPage = kMaxPerPage);

    // POST /invoices. Never both amount and cart_items (the cart wins); external_order_id and
    // external_order_id_idempotency both carry `externalOrderId`.
    static QJsonObject invoiceBody(const InvoiceDraft& draft, const QString& externalOrderId);
    static QJsonObject statusCheckBody(const QList<qint64>& ids);
    static QJsonObject refundBody(const RefundDraft& draft);
    static QJsonObject catalogCreateBody(const QList<CatalogItemDraft>& items);
    static QJsonObject catalogPatchBody(const CatalogItemPatch& patch);
    static QJsonObject subscriptionBody(const SubscriptionDraft& draft);
    static QJsonObject subscriptionPatchBody(const SubscriptionPatch& patch);

    // Checks done before sending (the server would refuse these anyway). Empty map = fine; keys are API field paths.
    static QMap<QString, QStringList> validateInvoiceDraft(const InvoiceDraft& draft);
    static QMap<QString, QStringList> validateSubscriptionDraft(const SubscriptionDraft& draft);

    static QString isoDate(const QDate& date) { return date.toString(QStringLiteral("yyyy-MM-dd")); }
};

} // namespace apipay
