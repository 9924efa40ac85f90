// HistoryStore: what the overview page and the end-of-day report read — the paid invoices and the refunds of a
// period, the invoices waiting for payment, and the best-selling items. Every query goes through an index
// (invoices_takings, refunds_created, invoices_status_created).
#include "historystore.h"

#include "store/sqlvalues.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace apipay {

namespace {

// A SQLite sum() of integers that does not fit stops with this error instead of wrapping.
bool overflowed(const QSqlQuery& query)
{
    return query.lastError().text().contains(u"integer overflow"_s);
}

} // namespace

StoreResult<QList<PaidInvoiceRow>> HistoryStore::paidInvoices(const QDateTime& from, const QDateTime& to) const
{
    if (!isOpen()) {
        return notOpen();
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const StoreStatus status = sql::run(query,
        u"SELECT id, takings_at, description, external_order_id, takings_amount, refunded_amount FROM invoices "
        u"WHERE takings_at >= ? AND takings_at < ? ORDER BY takings_at, id"_s,
        { from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch() });
    if (!status.ok()) {
        return status;
    }
    QList<PaidInvoiceRow> rows;
    while (query.next()) {
        PaidInvoiceRow row;
        row.id = query.value(0).toLongLong();
        row.paidAt = sql::toInstant(query.value(1));
        row.description = query.value(2).toString();
        row.externalOrderId = query.value(3).toString();
        row.amount = sql::toMoney(query.value(4));
        row.refunded = sql::toMoney(query.value(5)).value_or(Money());
        rows.append(row);
    }
    return rows;
}

StoreResult<QList<Refund>> HistoryStore::refundsCreated(const QDateTime& from, const QDateTime& to) const
{
    if (!isOpen()) {
        return notOpen();
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const StoreStatus status = sql::run(query,
        u"SELECT id, invoice_id, amount, status, reason, created_at FROM refunds "
        u"WHERE created_at >= ? AND created_at < ? ORDER BY created_at, id"_s,
        { from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch() });
    if (!status.ok()) {
        return status;
    }
    QList<Refund> rows;
    while (query.next()) {
        Refund refund;
        refund.id = query.value(0).toLongLong();
        refund.invoiceId = query.value(1).toLongLong();
        refund.amount = sql::toMoney(query.value(2));
        refund.status = query.value(3).toString();
        refund.reason = query.value(4).toString();
        refund.createdAt = sql::toInstant(query.value(5));
        rows.append(refund);
    }
    return rows;
}

StoreResult<qint64> HistoryStore::waitingCount() const
{
    if (!isOpen()) {
        return notOpen();
    }
    QSqlQuery query(m_db);
    const StoreStatus status = sql::run(
        query, u"SELECT count(*) FROM invoices WHERE shown_status = 'processing' OR shown_status = 'pending'"_s);
    if (!status.ok()) {
        return status;
    }
    return query.next() ? query.value(0).toLongLong() : qint64(0);
}

StoreResult<ItemSales> HistoryStore::bestSellers(const QDateTime& from, const QDateTime& to, int limit) const
{
    if (!isOpen()) {
        return notOpen();
    }
    // A line counts when its price is 0 … the largest invoice and price × count is no more than that either (an
    // integer division, so the product is never computed for a line that cannot be real).
    const QString readable = u"(i.price BETWEEN 0 AND 9999999999 AND i.count >= 0 "
                             u"AND (i.count = 0 OR i.price <= 9999999999 / i.count))"_s;
    const QString statement
        = u"SELECT i.name, sum(CASE WHEN %1 THEN i.count END), sum(CASE WHEN %1 THEN i.price * i.count END), "
          u"count(*) - count(CASE WHEN %1 THEN 1 END) "
          u"FROM invoices v JOIN invoice_items i ON i.invoice_id = v.id "
          u"WHERE v.takings_at >= ? AND v.takings_at < ? GROUP BY i.name"_s.arg(readable);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const StoreStatus status = sql::run(query, statement, { from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch() });
    const auto tooLarge
        = [] { return StoreStatus::failure(tr("The sales of this period are too large to add up exactly.")); };
    if (!status.ok()) {
        return overflowed(query) ? tooLarge() : status;
    }
    ItemSales sales;
    while (query.next()) {
        sales.unreadableLines += query.value(3).toLongLong();
        if (query.value(2).isNull()) {
            continue; // every line of this name was left out
        }
        sales.items.append(
            { query.value(0).toString(), query.value(1).toLongLong(), Money::fromTiyn(query.value(2).toLongLong()) });
    }
    if (query.lastError().isValid()) {
        return overflowed(query) ? tooLarge() : sql::failure(query);
    }
    std::sort(sales.items.begin(), sales.items.end(), [](const ItemSale& a, const ItemSale& b) {
        return a.amount != b.amount ? a.amount > b.amount : a.name < b.name;
    });
    if (limit > 0 && sales.items.size() > limit) {
        sales.items.resize(limit);
    }
    return sales;
}

} // namespace apipay
