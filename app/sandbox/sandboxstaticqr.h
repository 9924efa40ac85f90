#pragma once

#include "sandboxtypes.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace apipay::sandbox {

// A printed static QR sheet (v2.1). Kaspi is not called when it is made: each scan creates an ordinary QR invoice.
// Whether the sheet is paid is read from those invoices, so a payment (simulate-status paid) shows at once.
struct SandboxStaticQr
{
    qint64 id = 0;
    QString token; // 32 hex characters; the sheet's address is https://qr.apipay.kz/<token>
    QString shortCode; // 8 characters a customer can type at qr.apipay.kz
    QString description;
    QString externalOrderId;
    bool singleUse = true;
    bool disabled = false;
    QDateTime expiresAt; // invalid = never
    QDateTime createdAt;
    qint64 scanCount = 0;
    // What each scan's invoice is made of: amount, subtotal, discount, cart lines.
    SandboxInvoice invoiceTemplate;
    QList<qint64> invoiceIds; // invoices created by scans, oldest first
};

} // namespace apipay::sandbox
