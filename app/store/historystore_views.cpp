// HistoryStore: the refund history read from the store (lists and totals over a whole filter).
#include "historystore.h"

#include "store/searchtext.h"
#include "store/sqlvalues.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace apipay {

namespace {

// The WHERE clause of a refund query and its values.
struct RefundFilter
{
    QString where;
    QVariantList values;
};

RefundFilter refundFilter(const RefundHistoryQuery& query)
{
    QStringList parts;
    RefundFilter filter;
    if (!query.statuses.isEmpty()) {
        QStringList marks;
        for (const QString& status : query.statuses) {
            marks.append(u"?"_s);
            filter.values.append(status);
        }
        parts.append(u"r.status IN ("_s + marks.join(u", ") + u")"_s);
    }
    if (query.from.isValid()) {
        parts.append(u"r.created_at >= ?"_s);
        filter.values.append(query.from.toMSecsSinceEpoch());
    }
    if (query.to.isValid()) {
        parts.append(u"r.created_at < ?"_s);
        filter.values.append(query.to.toMSecsSinceEpoch());
    }
    if (query.invoiceId > 0) {
        parts.append(u"r.invoice_id = ?"_s);
        filter.values.append(query.invoiceId);
    }
    // Every typed word must be the start of a word of the refund's entry in refund_search: its number, its invoice's
    // number, the reason, the returned items, and its invoice's indexed words (the customer's phone in any form and
    // name, description, order id, items, note) — the same rules as the invoice search.
    // "+r.id": the matches are probed while the list walks the creation index newest first and stops after one page
    // (about 1 ms at 10 000 refunds whatever the number of matches), instead of reading and sorting every match.
    if (const QString match = search::matchExpression(query.text); !match.isEmpty()) {
        parts.append(u"+r.id IN (SELECT rowid FROM refund_search WHERE refund_search MATCH ?)"_s);
        filter.values.append(match);
    }
    if (!parts.isEmpty()) {
        filter.where = u" WHERE "_s + parts.join(u" AND "_s);
    }
    return filter;
}

} // namespace

StoreResult<QList<Refund>> HistoryStore::findRefunds(const RefundHistoryQuery& query) const
{
    if (!isOpen()) {
        return notOpen();
    }
    RefundFilter filter = refundFilter(query);
    // With what the store knows of each refund's invoice (its order id and status), like the server's list rows. The
    // page is chosen first and only its rows are joined to their invoices.
    QString page = u"SELECT * FROM refunds r"_s + filter.where + u" ORDER BY r.created_at DESC, r.id DESC"_s;
    if (query.limit > 0) {
        page += u" LIMIT ? OFFSET ?"_s;
        filter.values << query.limit << qMax(query.offset, 0);
    }
    const QString statement
        = u"SELECT r.id, r.invoice_id, r.amount, r.status, r.reason, r.kaspi_refund_id, r.kaspi_status, "
          u"r.initiated_by, r.error_message, r.error_code, r.created_at, i.id, i.external_order_id, "
          u"i.status, i.amount, i.total_refunded, i.is_fully_refunded, i.kaspi_invoice_id FROM ("_s
        + page + u") r LEFT JOIN invoices i ON i.id = r.invoice_id ORDER BY r.created_at DESC, r.id DESC"_s;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const StoreStatus status = sql::run(q, statement, filter.values);
    if (!status.ok()) {
        return status;
    }
    QList<Refund> rows;
    while (q.next()) {
        Refund r;
        r.id = q.value(0).toLongLong();
        r.invoiceId = q.value(1).toLongLong();
        r.amount = sql::toMoney(q.value(2));
        r.status = q.value(3).toString();
        r.reason = q.value(4).toString();
        r.kaspiRefundId = q.value(5).toString();
        r.kaspiStatus = q.value(6).toString();
        r.initiatedBy = q.value(7).toString();
        r.errorMessage = q.value(8).toString();
        r.errorCode = q.value(9).toString();
        r.createdAt = sql::toInstant(q.value(10));
        if (!q.value(11).isNull()) {
            RefundInvoiceSummary invoice;
            invoice.id = q.value(11).toLongLong();
            invoice.externalOrderId = q.value(12).toString();
            invoice.status = q.value(13).toString();
            invoice.amount = sql::toMoney(q.value(14));
            invoice.totalRefunded = sql::toMoney(q.value(15));
            invoice.isFullyRefunded = sql::toFlag(q.value(16));
            invoice.kaspiInvoiceId = q.value(17).toString();
            r.invoice = invoice;
        }
        rows.append(r);
    }
    return rows;
}

StoreResult<RefundHistoryTotals> HistoryStore::refundTotals(const RefundHistoryQuery& query) const
{
    if (!isOpen()) {
        return notOpen();
    }
    const RefundFilter filter = refundFilter(query);
    // A readable amount is 0 … the largest invoice (MoneySum's rule); the others are counted, never added. SQLite's
    // sum() of integers stops with "integer overflow" instead of wrapping.
    const QString readable = u"r.amount BETWEEN 0 AND "_s + QString::number(Money::invoiceMaximum().tiyn());
    const QString statement = u"SELECT r.status, count(*), sum(CASE WHEN "_s + readable
        + u" THEN r.amount END), sum(CASE WHEN "_s + readable + u" THEN 0 ELSE 1 END) FROM refunds r"_s + filter.where
        + u" GROUP BY r.status"_s;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const StoreStatus status = sql::run(q, statement, filter.values);
    const QString tooLarge = tr("The refunds of this filter are too large to add up exactly.");
    if (!status.ok()) {
        return q.lastError().text().contains(u"integer overflow"_s) ? StoreStatus::failure(tooLarge) : status;
    }
    RefundHistoryTotals totals;
    while (q.next()) {
        const QString raw = q.value(0).toString();
        const qint64 count = q.value(1).toLongLong();
        const Money sum = Money::fromTiyn(q.value(2).toLongLong());
        totals.count += count;
        totals.unreadableAmounts += q.value(3).toLongLong();
        totals.countByStatus.insert(raw, count);
        totals.totalByStatus.insert(raw, sum);
        const std::optional<Money> total = Money::checkedAdd(totals.total, sum);
        if (!total) {
            return StoreStatus::failure(tooLarge);
        }
        totals.total = *total;
    }
    if (q.lastError().isValid() && q.lastError().type() != QSqlError::NoError) {
        return q.lastError().text().contains(u"integer overflow"_s) ? StoreStatus::failure(tooLarge) : sql::failure(q);
    }
    return totals;
}

} // namespace apipay
