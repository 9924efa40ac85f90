#pragma once

#include "store/storeresult.h"

#include <QSqlQuery>

class QSqlDatabase;

namespace apipay {

// Watches, while a page of invoices is written, whether the table stays sorted by creation time in id order (see
// HistoryStore::idsFollowCreation()). Once it saw an invoice out of order it stops looking.
class CreationOrderCheck
{
public:
    CreationOrderCheck(const QSqlDatabase& db, bool holds);

    StoreStatus prepare();
    // After the invoice `id` was written (inside the page's transaction).
    StoreStatus written(qint64 id);
    bool holds() const { return m_holds; }

private:
    bool m_holds;
    QSqlQuery m_neighbours;
};

} // namespace apipay
