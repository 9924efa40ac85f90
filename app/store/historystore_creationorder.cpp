// HistoryStore, part: whether the invoices' creation order is their id order. ApiPay numbers invoices as it creates
// them, so sorting by creation time and sorting by id give the same list; when the store knows that holds for every
// invoice it has, a search sorted by creation reads the full-text index in id order and stops after one page instead
// of reading every match's creation time (docs/history-store.md, "Search").
#include "historystore.h"

#include "store/creationordercheck.h"
#include "store/sqlvalues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace apipay {

namespace {

const QString kIdsFollowCreation = u"store.invoice_ids_follow_creation"_s;

} // namespace

bool HistoryStore::idsFollowCreation() const
{
    const StoreResult<QString> stored = syncValue(kIdsFollowCreation);
    return stored.ok() && stored.value() == u"1";
}

StoreStatus HistoryStore::findCreationOrder()
{
    const StoreResult<QString> stored = syncValue(kIdsFollowCreation);
    if (!stored.ok()) {
        return StoreStatus::failure(stored.error());
    }
    if (!stored.value().isEmpty()) {
        return {};
    }
    // Not known yet (a new file, or one written before the store kept it): one pass over the invoices in id order.
    QSqlQuery query(m_db);
    const StoreStatus status = sql::run(query,
        u"SELECT EXISTS (SELECT 1 FROM (SELECT created_at, lag(created_at) OVER (ORDER BY id) AS previous "
        u"FROM invoices) WHERE created_at IS NULL OR created_at < previous)"_s,
        {});
    if (!status.ok()) {
        return status;
    }
    const bool follows = query.next() && query.value(0).toInt() == 0;
    query.finish();
    return setSyncValue(kIdsFollowCreation, follows ? u"1"_s : u"0"_s);
}

CreationOrderCheck::CreationOrderCheck(const QSqlDatabase& db, bool holds)
    : m_holds(holds)
    , m_neighbours(db)
{
}

StoreStatus CreationOrderCheck::prepare()
{
    if (!m_holds) {
        return {};
    }
    // The invoice's own creation time and those of its neighbours by id: the order holds for the whole table when
    // it holds for every written invoice and its two neighbours (a table sorted by id is sorted by creation exactly
    // when every adjacent pair is).
    if (!m_neighbours.prepare(u"SELECT (SELECT created_at FROM invoices WHERE id = ?), "
                              u"(SELECT created_at FROM invoices WHERE id < ? ORDER BY id DESC LIMIT 1), "
                              u"(SELECT created_at FROM invoices WHERE id > ? ORDER BY id ASC LIMIT 1)"_s)) {
        return sql::failure(m_neighbours);
    }
    return {};
}

StoreStatus CreationOrderCheck::written(qint64 id)
{
    if (!m_holds) {
        return {};
    }
    const StoreStatus status = sql::rerun(m_neighbours, { id, id, id });
    if (!status.ok()) {
        return status;
    }
    if (m_neighbours.next()) {
        const QVariant own = m_neighbours.value(0);
        const QVariant before = m_neighbours.value(1);
        const QVariant after = m_neighbours.value(2);
        if (own.isNull() || (!before.isNull() && before.toLongLong() > own.toLongLong())
            || (!after.isNull() && after.toLongLong() < own.toLongLong())) {
            m_holds = false;
        }
    }
    m_neighbours.finish();
    return {};
}

StoreStatus HistoryStore::noteCreationOrder(const CreationOrderCheck& check)
{
    if (check.holds() || !idsFollowCreation()) {
        return {};
    }
    return setSyncValue(kIdsFollowCreation, u"0"_s);
}

} // namespace apipay
