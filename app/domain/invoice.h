#pragma once

#include "domain/invoicestatus.h"
#include "money/money.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace apipay {

// A line of a cart invoice (GET /invoices/{id} "items"). name/price are copies made with the invoice.
struct InvoiceItem
{
    qint64 id = 0;
    std::optional<qint64> catalogItemId; // null once the catalog item is deleted
    QString name;
    std::optional<Money> price;
    std::optional<Money> originalPrice;
    qint64 count = 0;
    std::optional<qint64> unitId;
    QString barcode;
};

// An invoice as returned by create, list, detail, cancel and refund answers. Missing optional keys stay empty (T7).
struct Invoice
{
    qint64 id = 0;
    std::optional<Money> amount;
    QString phone; // normalised 8XXXXXXXXXX, from phone_number / phone / client_phone (T3); empty if absent
    QString description;
    QString externalOrderId;
    InvoiceStatus status;
    QString kaspiInvoiceId;
    QString clientName;
    // Present only when the answer has the key (v2.0 `client_comment`; v2.1 has none): an absent key hides the row,
    // a null value is an empty text.
    std::optional<QString> clientComment;
    // v2.1 `internal_comment`: the shop's own note, never sent to Kaspi or shown to the buyer. Same rule as above.
    std::optional<QString> internalComment;
    QString errorMessage;
    QString errorCode;
    std::optional<bool> isSandbox;
    std::optional<bool> isRecurring;
    std::optional<Money> subtotal;
    std::optional<Money> discountSum;
    std::optional<int> discountPercentage;
    std::optional<Money> totalRefunded;
    std::optional<bool> isFullyRefunded;
    std::optional<Money> availableForRefund;
    std::optional<Money> pendingRefundAmount;
    QString paymentUrl; // payment_url or kaspi_qr_link when the server gives one (shown as a QR)
    QList<InvoiceItem> items;
    QDateTime expiresAt; // UTC; invalid when absent
    // v2.1 QR invoice (POST /invoices/qr). Every key may be missing, also from GET /invoices/{id}: the list and detail
    // answers of some servers leave them out, so a QR invoice is recognised by either the flag or the token URL.
    std::optional<bool> isQrToken;
    QString qrTokenUrl; // the Kaspi URL the customer scans; drawn locally
    QString qrImageUrl; // the server's PNG of the same URL; only a fallback, gone 60 s after qrExpiresAt
    QDateTime qrExpiresAt; // UTC: the last moment the QR can be scanned (a payment started before may end later)
    QDateTime paidAt;
    QDateTime createdAt;
    QDateTime updatedAt;
    // Keys whose value could not be read (bad money text, wrong type of an optional key); shown as "—".
    QStringList unreadableFields;

    bool isQr() const { return isQrToken.value_or(false) || !qrTokenUrl.isEmpty(); }

    // Why the invoice ended in `error`, for a person: a translated sentence for the reasons the service documents
    // (error_code: client_not_found, kaspi_error, kaspi_session_invalid, …) — empty for others.
    static QString errorSentence(const QString& errorCode);
    // Short: the sentence when the reason is known, else the server's error_message (for the counter and
    // notifications, where the server's own words would only repeat it, often in English).
    static QString shortErrorText(const QString& errorCode, const QString& errorMessage);
    // Whole: the sentence, then the server's error_message on its own line (the detail pane).
    static QString errorText(const QString& errorCode, const QString& errorMessage);
    QString shortErrorText() const { return shortErrorText(errorCode, errorMessage); }
    QString errorText() const { return errorText(errorCode, errorMessage); }

    // T6: refunded, or paid with is_fully_refunded, or total_refunded == amount.
    bool fullyRefunded() const
    {
        if (status.value() == InvoiceStatus::Refunded || isFullyRefunded.value_or(false)) {
            return true;
        }
        return totalRefunded && amount && !amount->isZero() && *totalRefunded == *amount;
    }

    // The status a person sees: a fully refunded invoice reads "Refunded" although v2.1 keeps `status: paid`.
    InvoiceStatus shownStatus() const
    {
        const InvoiceStatus::Value shown = InvoiceStatus::shownValue(status.value(), fullyRefunded());
        return shown == status.value() ? status : InvoiceStatus::fromValue(shown); // unknown statuses keep their text
    }
};

// One entry of POST /invoices/status/check.
struct InvoiceStatusUpdate
{
    qint64 id = 0;
    InvoiceStatus status;
    QString kaspiInvoiceId;
    std::optional<Money> amount;
    QString errorMessage;
    QString errorCode; // v2.1, when the answer has it
    QDateTime updatedAt;
};

struct StatusCheckResult
{
    QList<InvoiceStatusUpdate> invoices;
    // The March 2026 form {"message": "Status check jobs dispatched", "count": N}: no statuses in the answer;
    // the caller falls back to GET /invoices/{id}.
    bool dispatchedOnly = false;
};

// The answer to POST /invoices/{id}/cancel: 200 with (part of) the invoice, or 202 queued.
struct CancelResult
{
    qint64 invoiceId = 0;
    bool queued = false; // 202: the invoice is "cancelling" until Kaspi answers
    std::optional<Invoice> invoice;
    QString message;
    // Set on the error result of a cancel refused with 409 qr_cancel_unsupported: a QR invoice cannot be cancelled,
    // it stops by itself. qrStopsAt is the answer's expires_at when it carries one (else invalid: the caller uses the
    // invoice's qrExpiresAt).
    bool qrCancelUnsupported = false;
    QDateTime qrStopsAt;
};

} // namespace apipay
