#pragma once

#include "money/money.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace apipay::sandbox {

// Which revision of the ApiPay contract the sandbox imitates (docs/api-contract.md.
enum class Profile { V20, V21 };

struct SandboxInvoiceItem
{
    qint64 id = 0;
    qint64 catalogItemId = 0; // 0 = the catalog item was deleted (serialised as null)
    QString name;
    Money price; // per unit, after a per-invoice override
    Money originalPrice; // catalog price when overridden, else zero
    qint64 count = 0;
    qint64 unitId = 1;
    qint64 returnedCount = 0; // counted by refunds with return_items
};

struct SandboxInvoice
{
    qint64 id = 0;
    Money amount;
    Money subtotal; // with a discount only
    Money discountSum;
    int discountPercent = 0; // 0 = no discount
    QString phone; // 8XXXXXXXXXX
    QString description;
    QString externalOrderId;
    QString idempotencyKey; // v2.1 external_order_id_idempotency
    QString internalComment;
    QString status;
    QString kaspiInvoiceId;
    QString errorMessage;
    QString errorCode;
    QString clientName;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime paidAt;
    QDateTime expiresAt;
    QDateTime dueAt; // when a processing/cancelling invoice moves on
    bool isRecurring = false;
    qint64 subscriptionId = 0;
    Money refundedCompleted; // Σ completed refunds
    Money refundedPending; // Σ pending refunds
    QList<SandboxInvoiceItem> items;
    // v2.1 QR invoice (POST /invoices/qr or a scan of a static QR sheet, see SandboxQrRoutes).
    bool isQrToken = false;
    bool qrScanned = false;
    QString qrTokenUrl;
    QString qrImageUrl;
    QDateTime qrExpiresAt;

    Money availableForRefund() const { return amount - refundedCompleted - refundedPending; }
};

struct SandboxRefundItem
{
    qint64 id = 0;
    qint64 invoiceItemId = 0;
    qint64 catalogItemId = 0;
    QString name;
    Money price;
    qint64 count = 0;
    Money amount;
};

struct SandboxRefund
{
    qint64 id = 0;
    qint64 invoiceId = 0;
    Money amount;
    QString status; // pending, processing, completed, failed
    QString reason;
    QString initiatedBy = QStringLiteral("api");
    QString kaspiRefundId;
    QString errorMessage;
    QDateTime createdAt;
    QDateTime dueAt;
    QList<SandboxRefundItem> items;
};

struct SandboxImage
{
    QString id; // UUID without braces
    QByteArray bytes;
    QByteArray mimeType;
};

struct SandboxCatalogItem
{
    qint64 id = 0;
    QString name;
    Money sellingPrice;
    qint64 unitId = 1;
    QString barcode;
    QString imageId;
    QString status; // pending, active
    QDateTime createdAt;
    QDateTime dueAt;
};

struct SandboxUnit
{
    qint64 id = 0;
    QString name;
    QString nameKaz;
};

struct SandboxBillingRecord
{
    qint64 id = 0;
    qint64 invoiceId = 0;
    QDate periodStart;
    QDate periodEnd;
    Money amount;
    int attemptNumber = 1;
    QString failureReason;
    QDateTime createdAt;
};

struct SandboxSubscription
{
    qint64 id = 0;
    QString phone;
    Money amount;
    QString billingPeriod;
    int billingDay = 0; // 0 = not set
    QString status; // active, paused, cancelled, expired
    QString description;
    QString subscriberName;
    QString externalSubscriberId;
    int maxRetryAttempts = 3;
    int retryIntervalHours = 24;
    int gracePeriodDays = 3;
    int failedAttempts = 0;
    QJsonObject metadata;
    bool hasMetadata = false;
    QList<QPair<qint64, qint64>> cart; // catalog item id, count
    QDate startedAt;
    QDateTime nextBillingAt;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime pausedAt;
    QDateTime cancelledAt;
    QList<SandboxBillingRecord> history;
};

} // namespace apipay::sandbox
