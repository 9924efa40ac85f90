#pragma once

#include "store/storeresult.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace apipay {

// Keeps the refund search index (the FTS5 table refund_search, rowid = refund id) in step with the refunds table:
// one entry per refund holding search::refundText() of the refund as stored — its number, its invoice's number, the
// reason and the names of the returned items. Runs inside the caller's transaction (an upsert, or the migration that
// creates the index). An entry whose text has not changed is left alone, so re-reading an unchanged page writes
// nothing to the index.
class RefundSearchIndex
{
public:
    explicit RefundSearchIndex(const QSqlDatabase& db);

    StoreStatus prepare();
    // (Re)indexes the stored refund `refundId` (read back from refunds and refund_items, so a refund written without
    // items keeps its stored item names in the index too).
    StoreStatus update(qint64 refundId);

private:
    QSqlQuery m_refund, m_items, m_indexed, m_unindex, m_index;
};

} // namespace apipay
