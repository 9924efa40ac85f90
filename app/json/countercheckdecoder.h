#pragma once

#include "domain/countercheck.h"
#include "json/jsondecoder.h"

namespace apipay::json {

// POST /clients/check 200: {phone, has_kaspi, client_name}. has_kaspi is required (also 0/1, "true"/"false").
Decoded<ClientCheck> clientCheck(const QByteArray& body);
// GET /invoices/{id}/receipt: 202 {status: pending, poll_after} or 200 {status: ready, …links}. A 200 must carry at
// least one usable link; poll_after missing or unreadable → 2 s, clamped to 1..60.
Decoded<ReceiptAnswer> receiptAnswer(const QByteArray& body, int httpStatus);

} // namespace apipay::json
