#pragma once

#include "domain/requests.h"
#include "money/money.h"

#include <QList>
#include <QString>

#include <optional>

namespace apipay {

// POST /invoices/qr (v2.1): an invoice the customer pays by scanning a QR code at the counter. No phone.
// The client sends either the amount or the cart, never both (a shop with a catalog needs the cart).
struct QrInvoiceDraft
{
    static constexpr int kMaxDescription = 100; // it becomes the line name on the Kaspi QR receipt
    static constexpr int kMaxInternalComment = 255;
    static constexpr int kMaxExternalOrderId = 191; // the idempotency key's limit, which the same text is sent as

    std::optional<Money> amount; // 0.01 – 99 999 999.99; tiyn allowed (whole tenge is a phone-invoice rule only)
    QList<CartLine> cartItems; // 1–100 lines
    std::optional<int> discountPercentage; // 1–99
    QString description; // optional, ≤ 100
    QString internalComment; // optional, ≤ 255, never shown to the customer
    QString externalOrderId; // app-generated when empty; also sent as external_order_id_idempotency
};

} // namespace apipay
