#pragma once

#include "money/money.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace apipay {

struct RefundItem
{
    qint64 id = 0;
    std::optional<qint64> invoiceItemId;
    std::optional<qint64> catalogItemId;
    QString name;
    std::optional<Money> price;
    qint64 count = 0;
    std::optional<Money> amount;
};

// The invoice summary inside refund answers.
struct RefundInvoiceSummary
{
    qint64 id = 0;
    QString externalOrderId;
    std::optional<Money> amount;
    std::optional<Money> totalRefunded;
    std::optional<Money> availableForRefund;
    std::optional<Money> pendingRefundAmount;
    std::optional<bool> isFullyRefunded;
    QString status; // raw invoice status
    QString kaspiInvoiceId;

    // Same tolerant rule as Invoice::fullyRefunded (the flag, or "refunded", or refunded total == amount).
    bool fullyRefunded() const
    {
        if (isFullyRefunded.value_or(false) || status == u"refunded") {
            return true;
        }
        return totalRefunded && amount && !amount->isZero() && *totalRefunded == *amount;
    }
};

// Refund statuses: pending, processing, completed, failed; unknown kept raw.
struct Refund
{
    qint64 id = 0;
    qint64 invoiceId = 0;
    std::optional<Money> amount;
    QString status;
    QString reason;
    QString kaspiRefundId;
    QString kaspiStatus;
    QString initiatedBy; // api, dashboard, system
    QString errorMessage;
    QString errorCode;
    QDateTime createdAt;
    QList<RefundItem> items;
    std::optional<RefundInvoiceSummary> invoice; // GET /refunds rows carry it
    QStringList unreadableFields;

    static QString statusLabel(const QString& raw); // translated; unknown → raw
    // Who started the refund (`initiated_by`: api, dashboard, system), translated; unknown values → raw.
    static QString initiatedByLabel(const QString& raw);
    // What went wrong, for people: a plain sentence for the error codes we know (a QR payment's refund that waits
    // for the buyer's confirmation), followed by the server's text; else the server's text alone.
    static QString errorText(const QString& errorCode, const QString& errorMessage);
};

// GET /invoices/{id}/refunds
struct InvoiceRefunds
{
    RefundInvoiceSummary invoice;
    QList<Refund> refunds;
    qint64 total = 0;
};

// POST /invoices/{id}/refund (201, queued)
struct RefundResult
{
    Refund refund;
    std::optional<RefundInvoiceSummary> invoice;
    QString message;
};

} // namespace apipay
