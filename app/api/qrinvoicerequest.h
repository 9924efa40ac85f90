#pragma once

#include "domain/qrinvoice.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace apipay {

// The request of POST /invoices/qr and the client-side checks made before it is sent (internal to app/api and its
// tests).
namespace QrInvoiceRequest {

// Field errors keyed like the server's (amount, cart_items, description, internal_comment, external_order_id,
// discount_percentage); empty when the draft may be sent.
QMap<QString, QStringList> validate(const QrInvoiceDraft& draft);
// The JSON body: the cart when there is one, else the amount; external_order_id and external_order_id_idempotency
// both carry externalOrderId.
QJsonObject body(const QrInvoiceDraft& draft, const QString& externalOrderId);
// The expires_at of a 409 qr_cancel_unsupported answer, looked for at the top level and in "invoice"/"data"
// (the body's shape is not documented); invalid when absent or unreadable.
QDateTime cancelRefusalExpiresAt(const QByteArray& body);

} // namespace QrInvoiceRequest

} // namespace apipay
