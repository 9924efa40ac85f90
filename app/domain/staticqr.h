#pragma once

#include "domain/requests.h"
#include "money/money.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace apipay {

// A printed static QR sheet (ApiPay v2.1, /static-qr). Kaspi is not called when the sheet is made: each customer who
// scans it gets an ordinary QR invoice, linked to the sheet only by its external_order_id.
struct StaticQrSheet
{
    enum class Status { Active, Paid, Disabled, Unknown };

    qint64 id = 0;
    QString token;
    QString shortCode; // 8 characters the customer can type at the manual address
    QString printUrl; // what the printed QR encodes
    QString manualUrl;
    QString qrImageUrl; // a PNG of the QR from the server (may be empty): only a fallback
    std::optional<Money> amount;
    QString description;
    QString externalOrderId;
    bool singleUse = true;
    Status status = Status::Unknown;
    QString statusText; // as the server sent it
    bool isSandbox = false;
    qint64 scanCount = 0;
    bool paid = false; // also true when the invoice was partially refunded
    QDateTime paidAt; // UTC; invalid = not paid
    QDateTime createdAt; // UTC
    QStringList unreadableFields;

    static Status statusFromText(const QString& text)
    {
        if (text == u"active") {
            return Status::Active;
        }
        if (text == u"paid") {
            return Status::Paid;
        }
        if (text == u"disabled") {
            return Status::Disabled;
        }
        return Status::Unknown;
    }
};

// POST /static-qr. A fixed amount or a cart (the cart wins: the client never sends both).
struct StaticQrDraft
{
    std::optional<Money> amount;
    QList<CartLine> cartItems;
    std::optional<int> discountPercentage; // 1–99
    QString description; // ≤ 100
    QString externalOrderId; // ≤ 255; empty = the server links scans by static_qr_<id>_<unix time>
    bool singleUse = true;
    QDateTime expiresAt; // invalid = never; must be in the future
};

} // namespace apipay
