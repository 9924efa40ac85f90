#pragma once

#include "domain/invoicestats.h"
#include "json/jsondecoder.h"

#include <QByteArray>

#include <optional>

// Decoders of the v2.1 shift totals: GET /invoices/stats and the `summary` of GET /invoices?with_summary=1. Same
// tolerant rules as the other decoders (jsondecoder.h): only the shape of the document can fail; a missing key stays
// empty, an unreadable one is listed in unreadableFields. Money is exact in tiyn from a JSON number or a string.
namespace apipay::json {

Decoded<InvoiceStats> invoiceStats(const QByteArray& body);
// nullopt when the list answer has no `summary` object (a v2.0 server ignores with_summary).
Decoded<std::optional<InvoiceListSummary>> invoiceListSummary(const QByteArray& body);

} // namespace apipay::json
