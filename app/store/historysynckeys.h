#pragma once

// The keys of the history sync's state in the store's sync values: written by app/sync; the views in app/models read
// whether the first pass is done. Texts only: ids, page numbers, days, instants; never the API key.
#include "store/historystore.h"

#include <QString>

namespace apipay::synckeys {

// The newest invoice id the history holds without a gap below it.
inline QString newestInvoiceId()
{
    return QStringLiteral("sync.newest_invoice_id");
}
// First sync: the Almaty day it started (yyyy-MM-dd, the date_to bound of its pages), the next page of invoices and of
// refunds, whether each is done, and the server's count of invoices up to that day.
inline QString historyBoundDay()
{
    return QStringLiteral("sync.history.bound_day");
}
inline QString historyInvoicePage()
{
    return QStringLiteral("sync.history.invoice_page");
}
inline QString historyInvoicesDone()
{
    return QStringLiteral("sync.history.invoices_done");
}
inline QString historyRefundPage()
{
    return QStringLiteral("sync.history.refund_page");
}
inline QString historyRefundsDone()
{
    return QStringLiteral("sync.history.refunds_done");
}
inline QString historyTotal()
{
    return QStringLiteral("sync.history.total");
}
// First sync: how far back it has come (UTC, ISO 8601 with milliseconds), the newest creation time in the last page it
// has read. Every invoice made since is in the store (as far as ids follow creation: the pages go by id). Not the
// oldest invoice in the store: invoices dated far back can come early (the demo's subscription invoices have the
// highest ids) or from other reads.
inline QString historyInvoicesCoveredFrom()
{
    return QStringLiteral("sync.history.invoices_covered_from");
}
// The same for the first sync's refunds (their pages go newest first too, after the invoices').
inline QString historyRefundsCoveredFrom()
{
    return QStringLiteral("sync.history.refunds_covered_from");
}
// Whether the first sync has read the whole history of invoices (historyInvoicesDone()) or refunds
// (historyRefundsDone()): the sync writes "1" when it has; the views read from the store only after that.
inline bool isFirstPassDone(const HistoryStore& store, const QString& doneKey)
{
    const StoreResult<QString> done = store.syncValue(doneKey);
    return done.ok() && done.value() == QLatin1String("1");
}
// When the history was last brought up to date (UTC, ISO 8601 with milliseconds).
inline QString historyAsOf()
{
    return QStringLiteral("sync.history_as_of");
}

} // namespace apipay::synckeys
