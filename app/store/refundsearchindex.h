#pragma once

#include "store/storeresult.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace apipay {

// Keeps the refund search index (the FTS5 table refund_search, rowid = refund id) in step with the refunds and the
// invoices: one entry per refund holding search::refundText() of the refund as stored — its number, its invoice's
// number, the reason, the names of the returned items — followed by its invoice's entry in invoice_search (the
// customer's phone in its three forms and name, description, order id, items, note), so that one full-text query of
// ~10 000 refunds answers a keystroke. Whatever changes an invoice's entry in invoice_search must therefore call
// updateRefundsOfInvoice() too (the invoice upsert and removeInvoice() do). Runs inside the caller's transaction. An
// entry whose text has not changed is left alone, so re-reading an unchanged page writes nothing to the index.
class RefundSearchIndex
{
public:
    explicit RefundSearchIndex(const QSqlDatabase& db);

    StoreStatus prepare();
    // (Re)indexes the stored refund `refundId` (read back from refunds and refund_items, so a refund written without
    // items keeps its stored item names in the index too).
    StoreStatus update(qint64 refundId);
    // (Re)indexes every stored refund of `invoiceId`, after its invoice's entry in invoice_search changed.
    StoreStatus updateRefundsOfInvoice(qint64 invoiceId);

private:
    QSqlQuery m_refund, m_items, m_invoiceText, m_refundsOfInvoice, m_indexed, m_unindex, m_index;
};

} // namespace apipay
