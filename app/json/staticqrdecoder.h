#pragma once

#include "domain/page.h"
#include "domain/staticqr.h"
#include "json/jsondecoder.h"

class QByteArray;

namespace apipay::json {

// Static QR sheets (v2.1): the card of POST/GET/DELETE /static-qr[/{id}] (also wrapped in "data" or "static_qr"),
// and the list {data:[card], current_page, last_page, per_page, total}. Only `id` is required; dates with any offset
// (the server writes +05:00 here, +00:00 elsewhere) become UTC; the amount is read from its text, never a double.
Decoded<StaticQrSheet> staticQrSheet(const QByteArray& body);
Decoded<Page<StaticQrSheet>> staticQrPage(const QByteArray& body, int requestedPerPage);

} // namespace apipay::json
