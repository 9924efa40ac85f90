#pragma once

#include "domain/invoicestatus.h"

#include <QList>

namespace apipay::overview {

// What the overview's figures count, as filters of the invoice list, so that the list opened on a figure shows exactly
// the invoices behind it.
//
// The statuses, as a person sees them, of the invoices "waiting for payment now" (HistoryStore::waitingCount()).
QList<InvoiceStatus::Value> waitingStatuses();
// The statuses, as a person sees them, of the invoices in the takings of a period (HistoryStore::totals(): paid,
// partially refunded or refunded, counted by the day they were paid). A paid invoice refunded in full shows as
// Refunded, so all three are needed.
QList<InvoiceStatus::Value> takingsStatuses();

} // namespace apipay::overview
