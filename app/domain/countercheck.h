#pragma once

#include <QDateTime>
#include <QString>
#include <QUrl>

namespace apipay {

// POST /clients/check (v2.1): whether a phone number has a Kaspi account.
struct ClientCheck
{
    QString phone; // 8XXXXXXXXXX as the server normalised it (may be empty when it did not say)
    bool hasKaspi = false;
    QString clientName; // "Firstname L." when hasKaspi; the full surname is never returned
};

// GET /invoices/{id}/receipt (v2.1) once ready: the Kaspi receipt links of a paid invoice.
// downloadLink and shareLink carry a secret hash that cannot be revoked: never log, export or store them.
struct KaspiReceipt
{
    QUrl receiptLink; // the fiscal form; safe to show
    QUrl downloadLink; // secret: a direct PDF
    QUrl shareLink; // secret: the page for the customer
    QString saleDate; // Kaspi's raw text "YYYY-MM-DD HH:MM:SS.ffffff", kept as sent (microseconds included)
    QDateTime fetchedAt; // UTC; invalid when absent

    // The link to give the customer: share_link, else receipt_link.
    QUrl customerLink() const { return shareLink.isValid() ? shareLink : receiptLink; }
};

// One answer of the receipt endpoint: ready, or still being fetched from Kaspi (ask again after pollAfterSeconds).
struct ReceiptAnswer
{
    bool ready = false;
    int pollAfterSeconds = 0; // when !ready
    KaspiReceipt receipt; // when ready
};

} // namespace apipay
