#pragma once

#include "money/money.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace apipay {

// ---- Invoices ------------------------------------------------------------------------------------------------

struct CartLine
{
    qint64 catalogItemId = 0;
    qint64 count = 1;
    std::optional<Money> price; // optional per-invoice price override
};

// POST /invoices. The client never sends both amount and cartItems: with a cart the server ignores the amount.
struct InvoiceDraft
{
    std::optional<Money> amount; // required unless cartItems
    QString phone; // already normalised 8XXXXXXXXXX (PhoneNumber)
    QString description; // ≤ 500
    QString externalOrderId; // app-generated when empty (D4); also sent as external_order_id_idempotency
    QList<CartLine> cartItems;
    std::optional<int> discountPercentage; // 1–99
    QString internalComment; // v2.1 shop's own note, ≤ 255; sent only when not empty
};

// GET /invoices
struct InvoiceQuery
{
    int page = 1;
    int perPage = 50; // 1–100
    QString search; // ≤ 100
    QStringList statuses; // raw status names → status[]=…
    QDate dateFrom; // Asia/Almaty days, inclusive
    QDate dateTo;
    QString sortBy; // created_at (default), id, amount, client_name, status
    bool sortAscending = false;
};

// ---- Refunds -------------------------------------------------------------------------------------------------

struct ReturnLine
{
    qint64 catalogItemId = 0;
    qint64 count = 1;
};

// POST /invoices/{id}/refund. No amount = full refund.
struct RefundDraft
{
    std::optional<Money> amount;
    QString reason; // ≤ 500
    QList<ReturnLine> returnItems;
};

// GET /refunds
struct RefundQuery
{
    int page = 1;
    int perPage = 50;
    QStringList statuses; // pending, processing, completed, failed
    std::optional<qint64> invoiceId;
    QDate dateFrom;
    QDate dateTo;
};

// ---- Catalog -------------------------------------------------------------------------------------------------

// GET /catalog
struct CatalogQuery
{
    int page = 1;
    int perPage = 100; // 1–200
    QString search;
    QString barcode;
    QString firstChar;
    // Sent as statuses[]: v2.1 lists only active items unless asked, so every status the app shows is asked for
    // (v2.0 lists every item and ignores the parameter). Empty = the server's default.
    QStringList statuses = defaultCatalogStatuses();

    static QStringList defaultCatalogStatuses()
    {
        return { QStringLiteral("active"), QStringLiteral("pending"), QStringLiteral("failed"),
            QStringLiteral("deleting") };
    }
};

// One item of POST /catalog {"items": [...]}
struct CatalogItemDraft
{
    QString name; // ≤ 255
    Money sellingPrice; // ≥ 0.01
    qint64 unitId = 0;
    QString imageId; // from upload-image; empty = none
    QString barcode; // ≤ 50; empty = none
};

// PATCH /catalog/{id}: only set fields are sent.
struct CatalogItemPatch
{
    std::optional<QString> name;
    std::optional<Money> sellingPrice;
    std::optional<qint64> unitId;
    std::optional<QString> imageId;
    bool deleteImage = false; // is_image_deleted: true
    std::optional<QString> barcode; // empty string clears it (sent as null)
};

// ---- Subscriptions -------------------------------------------------------------------------------------------

struct SubscriptionCartLine
{
    qint64 catalogItemId = 0;
    qint64 count = 1;
};

// POST /subscriptions
struct SubscriptionDraft
{
    std::optional<Money> amount; // 100 – 1 000 000 ₸, required unless cartItems
    QString phone; // normalised
    QString billingPeriod; // daily, weekly, biweekly, monthly, quarterly, yearly
    std::optional<int> billingDay; // 1–28
    QString description; // ≤ 255
    QString subscriberName; // ≤ 255
    QString externalSubscriberId; // ≤ 255
    QDate startedAt; // default today
    std::optional<int> maxRetryAttempts; // 1–10
    std::optional<int> retryIntervalHours; // 1–168
    std::optional<int> gracePeriodDays; // 1–30
    std::optional<QJsonObject> metadata;
    QList<SubscriptionCartLine> cartItems;
    bool billImmediately = false;
};

// PUT /subscriptions/{id}: only set fields are sent.
struct SubscriptionPatch
{
    std::optional<Money> amount;
    std::optional<int> billingDay;
    std::optional<QString> description;
    std::optional<QString> subscriberName;
    std::optional<QString> externalSubscriberId;
    std::optional<int> maxRetryAttempts;
    std::optional<int> retryIntervalHours;
    std::optional<int> gracePeriodDays;
    std::optional<QJsonObject> metadata;
    std::optional<QList<SubscriptionCartLine>> cartItems;
};

// GET /subscriptions
struct SubscriptionQuery
{
    int page = 1;
    int perPage = 50;
    QString status; // active, paused, cancelled, expired; empty = all
    QString phone; // normalised
    QString externalSubscriberId;
};

} // namespace apipay
