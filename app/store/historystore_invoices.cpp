// HistoryStore: invoices — upsert in pages, the search index kept in step, lists, counts and totals.
#include "historystore.h"

#include "store/creationordercheck.h"

#include "store/refundsearchindex.h"
#include "store/searchtext.h"
#include "store/sqlvalues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace apipay {

namespace {

constexpr int kPageSize = 100;

const QStringList& invoiceColumns()
{
    static const QStringList columns
        = { u"id"_s, u"status"_s, u"amount"_s, u"total_refunded"_s, u"is_fully_refunded"_s, u"available_for_refund"_s,
              u"pending_refund_amount"_s, u"subtotal"_s, u"discount_sum"_s, u"discount_percentage"_s, u"description"_s,
              u"external_order_id"_s, u"phone"_s, u"client_name"_s, u"client_comment"_s, u"internal_comment"_s,
              u"kaspi_invoice_id"_s, u"error_message"_s, u"error_code"_s, u"payment_url"_s, u"is_sandbox"_s,
              u"is_recurring"_s, u"created_at"_s, u"paid_at"_s, u"updated_at"_s, u"expires_at"_s };
    return columns;
}

// Optional keys: absent from an answer, they keep what is stored.
const QStringList& keptWhenAbsent()
{
    static const QStringList columns = { u"amount"_s, u"total_refunded"_s, u"is_fully_refunded"_s,
        u"available_for_refund"_s, u"pending_refund_amount"_s, u"subtotal"_s, u"discount_sum"_s,
        u"discount_percentage"_s, u"client_comment"_s, u"internal_comment"_s, u"is_sandbox"_s, u"is_recurring"_s,
        u"created_at"_s, u"paid_at"_s, u"updated_at"_s, u"expires_at"_s };
    return columns;
}

QVariantList invoiceValues(const Invoice& i)
{
    return { i.id, i.status.raw(), sql::money(i.amount), sql::money(i.totalRefunded), sql::flag(i.isFullyRefunded),
        sql::money(i.availableForRefund), sql::money(i.pendingRefundAmount), sql::money(i.subtotal),
        sql::money(i.discountSum), sql::number(i.discountPercentage), i.description, i.externalOrderId, i.phone,
        i.clientName, sql::text(i.clientComment), sql::text(i.internalComment), i.kaspiInvoiceId, i.errorMessage,
        i.errorCode, i.paymentUrl, sql::flag(i.isSandbox), sql::flag(i.isRecurring), sql::instant(i.createdAt),
        sql::instant(i.paidAt), sql::instant(i.updatedAt), sql::instant(i.expiresAt) };
}

Invoice readInvoice(const QSqlQuery& q)
{
    Invoice i;
    int c = 0;
    i.id = q.value(c++).toLongLong();
    i.status = InvoiceStatus(q.value(c++).toString());
    i.amount = sql::toMoney(q.value(c++));
    i.totalRefunded = sql::toMoney(q.value(c++));
    i.isFullyRefunded = sql::toFlag(q.value(c++));
    i.availableForRefund = sql::toMoney(q.value(c++));
    i.pendingRefundAmount = sql::toMoney(q.value(c++));
    i.subtotal = sql::toMoney(q.value(c++));
    i.discountSum = sql::toMoney(q.value(c++));
    i.discountPercentage = sql::toInt(q.value(c++));
    i.description = q.value(c++).toString();
    i.externalOrderId = q.value(c++).toString();
    i.phone = q.value(c++).toString();
    i.clientName = q.value(c++).toString();
    i.clientComment = sql::toText(q.value(c++));
    i.internalComment = sql::toText(q.value(c++));
    i.kaspiInvoiceId = q.value(c++).toString();
    i.errorMessage = q.value(c++).toString();
    i.errorCode = q.value(c++).toString();
    i.paymentUrl = q.value(c++).toString();
    i.isSandbox = sql::toFlag(q.value(c++));
    i.isRecurring = sql::toFlag(q.value(c++));
    i.createdAt = sql::toInstant(q.value(c++));
    i.paidAt = sql::toInstant(q.value(c++));
    i.updatedAt = sql::toInstant(q.value(c++));
    i.expiresAt = sql::toInstant(q.value(c++));
    return i;
}

QString sortColumn(HistoryQuery::SortKey key)
{
    switch (key) {
    case HistoryQuery::SortKey::PaidAt:
        return u"paid_at"_s;
    case HistoryQuery::SortKey::Amount:
        return u"amount"_s;
    case HistoryQuery::SortKey::Id:
        return u"id"_s;
    case HistoryQuery::SortKey::CreatedAt:
        break;
    }
    return u"created_at"_s;
}

// How the search words join the invoices (see findInvoices()).
enum class TextJoin { Lookup, Probe };

// The WHERE clause of a query and its values. With Probe, the id term is written "+id" so that SQLite walks the
// index the caller names and probes each id in the set of matches instead of looking every match up.
QString whereClause(const HistoryQuery& query, QVariantList* values, TextJoin join = TextJoin::Lookup)
{
    QStringList terms;
    const QString match = search::matchExpression(query.text);
    if (!match.isEmpty()) {
        terms.append((join == TextJoin::Probe ? u"+id"_s : u"id"_s)
            + u" IN (SELECT rowid FROM invoice_search WHERE invoice_search MATCH ?)"_s);
        values->append(match);
    }
    if (!query.statuses.isEmpty()) {
        QStringList marks;
        for (const InvoiceStatus::Value status : query.statuses) {
            marks.append(u"?"_s);
            values->append(InvoiceStatus::rawName(status));
        }
        terms.append(u"shown_status IN ("_s + marks.join(u", ") + u')');
    }
    // takings_at is NULL for an invoice that was never paid, so a period of takings holds paid invoices only.
    const QString moment = query.periodOfTakings ? u"takings_at"_s : u"created_at"_s;
    if (query.periodOfTakings && !query.from.isValid() && !query.to.isValid()) {
        terms.append(u"takings_at IS NOT NULL"_s);
    }
    if (query.from.isValid()) {
        terms.append(moment + u" >= ?"_s);
        values->append(query.from.toMSecsSinceEpoch());
    }
    if (query.to.isValid()) {
        terms.append(moment + u" < ?"_s);
        values->append(query.to.toMSecsSinceEpoch());
    }
    return terms.isEmpty() ? QString() : u" WHERE "_s + terms.join(u" AND "_s);
}

// Above this many matches, a search sorted by creation walks the creation index and probes the matches (it stops
// after one page: about limit × invoices / matches steps); below it, looking the matches up and sorting them is
// cheaper (a rare word would make the walk read the whole index).
constexpr qint64 kProbeAbove = 500;

// Prepared statements for one page of invoices.
struct InvoiceWriter
{
    explicit InvoiceWriter(const QSqlDatabase& db)
        : upsert(db)
        , deleteItems(db)
        , insertItem(db)
        , itemNames(db)
        , indexed(db)
        , unindex(db)
        , index(db)
        , storedNote(db)
        , refundIndex(db)
    {
    }

    StoreStatus prepare()
    {
        const StoreStatus prepared = upsert.prepare(u"invoices"_s, invoiceColumns(), { u"id"_s }, keptWhenAbsent());
        if (!prepared.ok()) {
            return prepared;
        }
        const QList<std::pair<QSqlQuery*, QString>> statements = {
            { &deleteItems, u"DELETE FROM invoice_items WHERE invoice_id = ?"_s },
            { &insertItem,
                u"INSERT INTO invoice_items(invoice_id, position, id, catalog_item_id, name, price, original_price, "
                u"count, unit_id, barcode) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s },
            { &itemNames, u"SELECT name FROM invoice_items WHERE invoice_id = ? ORDER BY position"_s },
            { &indexed, u"SELECT body FROM invoice_search WHERE rowid = ?"_s },
            { &unindex, u"DELETE FROM invoice_search WHERE rowid = ?"_s },
            { &index, u"INSERT INTO invoice_search(rowid, body) VALUES(?, ?)"_s },
            { &storedNote, u"SELECT internal_comment FROM invoices WHERE id = ?"_s },
        };
        for (const auto& [query, text] : statements) {
            if (!query->prepare(text)) {
                return sql::failure(*query);
            }
        }
        return refundIndex.prepare();
    }

    StoreStatus write(const Invoice& invoice)
    {
        StoreStatus status = upsert.write(invoiceValues(invoice));
        search::InvoiceFields fields { invoice.id, invoice.description, invoice.externalOrderId, invoice.phone,
            invoice.clientName, {}, {} };
        if (status.ok() && !invoice.items.isEmpty()) {
            status = sql::rerun(deleteItems, { invoice.id });
            for (qsizetype n = 0; status.ok() && n < invoice.items.size(); ++n) {
                const InvoiceItem& item = invoice.items.at(n);
                status = sql::rerun(insertItem,
                    { invoice.id, qint64(n), item.id, sql::number(item.catalogItemId), item.name,
                        sql::money(item.price), sql::money(item.originalPrice), item.count, sql::number(item.unitId),
                        item.barcode });
                fields.itemNames.append(item.name);
            }
        } else if (status.ok()) {
            status = sql::rerun(itemNames, { invoice.id });
            while (status.ok() && itemNames.next()) {
                fields.itemNames.append(itemNames.value(0).toString());
            }
            itemNames.finish();
        }
        // An answer without internal_comment keeps the stored note (keptWhenAbsent), and so does the index.
        if (status.ok() && invoice.internalComment) {
            fields.internalComment = *invoice.internalComment;
        } else if (status.ok()) {
            status = sql::rerun(storedNote, { invoice.id });
            if (status.ok() && storedNote.next()) {
                fields.internalComment = storedNote.value(0).toString();
            }
            storedNote.finish();
        }
        if (!status.ok()) {
            return status;
        }
        // Re-reading an unchanged invoice leaves the index alone.
        const QString text = search::invoiceText(fields);
        status = sql::rerun(indexed, { invoice.id });
        const bool same = status.ok() && indexed.next() && indexed.value(0).toString() == text;
        indexed.finish();
        if (!status.ok() || same) {
            return status;
        }
        status = sql::rerun(unindex, { invoice.id });
        if (status.ok()) {
            status = sql::rerun(index, { invoice.id, text });
        }
        // The refunds' entries carry their invoice's text (a customer named by a later read is found in them too).
        return status.ok() ? refundIndex.updateRefundsOfInvoice(invoice.id) : status;
    }

    sql::Upsert upsert;
    QSqlQuery deleteItems, insertItem, itemNames, indexed, unindex, index, storedNote;
    RefundSearchIndex refundIndex;
};

QString selectColumns()
{
    return invoiceColumns().join(u", ");
}

} // namespace

StoreStatus HistoryStore::upsertInvoices(const QList<Invoice>& invoices)
{
    if (!isOpen()) {
        return notOpen();
    }
    InvoiceWriter writer(m_db);
    CreationOrderCheck creationOrder(m_db, idsFollowCreation());
    StoreStatus status = writer.prepare();
    if (status.ok()) {
        status = creationOrder.prepare();
    }
    for (qsizetype start = 0; status.ok() && start < invoices.size(); start += kPageSize) {
        if (!m_db.transaction()) {
            return sql::failure(m_db);
        }
        const qsizetype end = std::min(invoices.size(), start + kPageSize);
        for (qsizetype n = start; status.ok() && n < end; ++n) {
            status = writer.write(invoices.at(n));
            if (status.ok()) {
                status = creationOrder.written(invoices.at(n).id);
            }
        }
        if (status.ok()) {
            status = noteCreationOrder(creationOrder);
        }
        if (!status.ok()) {
            m_db.rollback();
        } else if (!m_db.commit()) {
            status = sql::failure(m_db);
            m_db.rollback();
        }
    }
    return announce(status, &HistoryStore::invoicesChanged);
}

StoreStatus HistoryStore::removeInvoice(qint64 id)
{
    if (!isOpen()) {
        return notOpen();
    }
    if (!m_db.transaction()) {
        return sql::failure(m_db);
    }
    QSqlQuery query(m_db);
    StoreStatus status = sql::run(query, u"DELETE FROM invoices WHERE id = ?"_s, { id });
    if (status.ok()) {
        status = sql::run(query, u"DELETE FROM invoice_search WHERE rowid = ?"_s, { id });
    }
    if (status.ok()) {
        RefundSearchIndex refundIndex(m_db); // its refunds stay, without their invoice's words
        status = refundIndex.prepare();
        if (status.ok()) {
            status = refundIndex.updateRefundsOfInvoice(id);
        }
    }
    if (!status.ok() || !m_db.commit()) {
        const StoreStatus failed = status.ok() ? sql::failure(m_db) : status;
        m_db.rollback();
        return failed;
    }
    Q_EMIT invoicesChanged();
    return {};
}

StoreResult<std::optional<Invoice>> HistoryStore::invoice(qint64 id) const
{
    if (!isOpen()) {
        return notOpen();
    }
    QSqlQuery query(m_db);
    StoreStatus status = sql::run(query, u"SELECT "_s + selectColumns() + u" FROM invoices WHERE id = ?"_s, { id });
    if (!status.ok()) {
        return status;
    }
    if (!query.next()) {
        return std::optional<Invoice>();
    }
    Invoice found = readInvoice(query);
    status = sql::run(query,
        u"SELECT id, catalog_item_id, name, price, original_price, count, unit_id, barcode "
        u"FROM invoice_items WHERE invoice_id = ? ORDER BY position"_s,
        { id });
    if (!status.ok()) {
        return status;
    }
    while (query.next()) {
        InvoiceItem item;
        item.id = query.value(0).toLongLong();
        item.catalogItemId = sql::toNumber(query.value(1));
        item.name = query.value(2).toString();
        item.price = sql::toMoney(query.value(3));
        item.originalPrice = sql::toMoney(query.value(4));
        item.count = query.value(5).toLongLong();
        item.unitId = sql::toNumber(query.value(6));
        item.barcode = query.value(7).toString();
        found.items.append(item);
    }
    return std::optional<Invoice>(found);
}

StoreResult<QList<Invoice>> HistoryStore::findInvoices(const HistoryQuery& invoiceQuery) const
{
    if (!isOpen()) {
        return notOpen();
    }
    const QString match = search::matchExpression(invoiceQuery.text);
    const bool wordsAlone = !match.isEmpty() && invoiceQuery.statuses.isEmpty() && !invoiceQuery.from.isValid()
        && !invoiceQuery.to.isValid() && !invoiceQuery.periodOfTakings;
    if (wordsAlone && invoiceQuery.limit > 0
        && (invoiceQuery.sortKey == HistoryQuery::SortKey::Id
            || (invoiceQuery.sortKey == HistoryQuery::SortKey::CreatedAt && idsFollowCreation()))) {
        return findPageInIdOrder(match, invoiceQuery);
    }
    TextJoin join = TextJoin::Lookup;
    if (!match.isEmpty() && invoiceQuery.sortKey == HistoryQuery::SortKey::CreatedAt) {
        const StoreResult<qint64> matches = countMatches(match);
        if (!matches.ok()) {
            return StoreStatus::failure(matches.error());
        }
        join = matches.value() > kProbeAbove ? TextJoin::Probe : TextJoin::Lookup;
    }
    QVariantList values;
    const QString direction = invoiceQuery.order == Qt::AscendingOrder ? u" ASC"_s : u" DESC"_s;
    const QString order = u" ORDER BY %1%2, id%2"_s.arg(sortColumn(invoiceQuery.sortKey), direction);
    QString page;
    if (invoiceQuery.limit > 0) {
        page = u" LIMIT ? OFFSET ?"_s;
    }
    QString statement;
    if (join == TextJoin::Probe) {
        statement = u"SELECT "_s + selectColumns() + u" FROM invoices INDEXED BY invoices_created"_s
            + whereClause(invoiceQuery, &values, join) + order + page;
    } else if (!match.isEmpty()) {
        // The matches are sorted by their key and id alone; only the page's rows are read in full.
        statement = u"SELECT "_s + selectColumns() + u" FROM invoices WHERE id IN (SELECT id FROM invoices"_s
            + whereClause(invoiceQuery, &values, join) + order + page + u')' + order;
    } else {
        statement
            = u"SELECT "_s + selectColumns() + u" FROM invoices"_s + whereClause(invoiceQuery, &values) + order + page;
    }
    if (invoiceQuery.limit > 0) {
        values << invoiceQuery.limit << std::max(0, invoiceQuery.offset);
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const StoreStatus status = sql::run(query, statement, values);
    if (!status.ok()) {
        return status;
    }
    QList<Invoice> rows;
    while (query.next()) {
        rows.append(readInvoice(query));
    }
    return rows;
}

StoreResult<QList<Invoice>> HistoryStore::findPageInIdOrder(
    const QString& match, const HistoryQuery& invoiceQuery) const
{
    // The index keeps its rows in id order and walks them either way: the page's ids come first, without reading
    // the other matches (one keystroke costs about what counting the matches costs).
    const QString direction = invoiceQuery.order == Qt::AscendingOrder ? u" ASC"_s : u" DESC"_s;
    const QString statement = u"SELECT "_s + selectColumns()
        + u" FROM invoices WHERE id IN (SELECT rowid FROM invoice_search WHERE invoice_search MATCH ? ORDER BY rowid"_s
        + direction + u" LIMIT ? OFFSET ?) ORDER BY id"_s + direction;
    StoreStatus status;
    QSqlQuery* query = runPrepared(statement, { match, invoiceQuery.limit, std::max(0, invoiceQuery.offset) }, &status);
    if (!query) {
        return status;
    }
    QList<Invoice> rows;
    rows.reserve(invoiceQuery.limit);
    while (query->next()) {
        rows.append(readInvoice(*query));
    }
    query->finish();
    return rows;
}

StoreResult<qint64> HistoryStore::countMatches(const QString& match) const
{
    StoreStatus status;
    QSqlQuery* query
        = runPrepared(u"SELECT count(*) FROM invoice_search WHERE invoice_search MATCH ?"_s, { match }, &status);
    if (!query) {
        return status;
    }
    const qint64 count = query->next() ? query->value(0).toLongLong() : qint64(0);
    query->finish();
    return count;
}

StoreResult<qint64> HistoryStore::countInvoices(const HistoryQuery& invoiceQuery) const
{
    if (!isOpen()) {
        return notOpen();
    }
    const QString match = search::matchExpression(invoiceQuery.text);
    if (!match.isEmpty() && invoiceQuery.statuses.isEmpty() && !invoiceQuery.from.isValid()
        && !invoiceQuery.to.isValid() && !invoiceQuery.periodOfTakings) {
        return countMatches(match); // words alone: the index counts them without reading an invoice
    }
    QVariantList values;
    const QString statement = u"SELECT count(*) FROM invoices"_s + whereClause(invoiceQuery, &values);
    QSqlQuery query(m_db);
    const StoreStatus status = sql::run(query, statement, values);
    if (!status.ok()) {
        return status;
    }
    return query.next() ? query.value(0).toLongLong() : qint64(0);
}

StoreResult<HistoryTotals> HistoryStore::totals(const QDateTime& from, const QDateTime& to) const
{
    if (!isOpen()) {
        return notOpen();
    }
    const QVariantList period { from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch() };
    const auto tooLarge
        = [] { return StoreStatus::failure(tr("The takings of this period are too large to add up exactly.")); };
    // takings_amount follows MoneySum's rules (see the schema); SQLite's sum() of integers stops with "integer
    // overflow" rather than wrap.
    QSqlQuery query(m_db);
    StoreStatus status = sql::run(query,
        u"SELECT count(*), sum(takings_amount), count(*) - count(takings_amount) FROM invoices "
        u"WHERE takings_at >= ? AND takings_at < ?"_s,
        period);
    if (!status.ok() || !query.next()) {
        if (query.lastError().text().contains(u"integer overflow"_s)) {
            return tooLarge();
        }
        return status.ok() ? sql::failure(query) : status;
    }
    HistoryTotals totals;
    totals.invoiceCount = query.value(0).toLongLong();
    totals.paidTakings = Money::fromTiyn(query.value(1).toLongLong());
    totals.unreadableAmounts = query.value(2).toLongLong();

    // The refunds made in the period (refunds_created), failed ones left out; a readable amount is 0 … the largest
    // invoice, the others are counted, never added.
    const QString readable = u"amount BETWEEN 0 AND "_s + QString::number(Money::invoiceMaximum().tiyn());
    QSqlQuery refunds(m_db);
    status = sql::run(refunds,
        u"SELECT sum(CASE WHEN "_s + readable + u" THEN amount END), count(*) - count(CASE WHEN "_s + readable
            + u" THEN 1 END) FROM refunds WHERE created_at >= ? AND created_at < ? AND status <> 'failed'"_s,
        period);
    if (!status.ok() || !refunds.next()) {
        if (refunds.lastError().text().contains(u"integer overflow"_s)) {
            return tooLarge();
        }
        return status.ok() ? sql::failure(refunds) : status;
    }
    totals.refunds = Money::fromTiyn(refunds.value(0).toLongLong());
    totals.unreadableRefunds = refunds.value(1).toLongLong();
    const std::optional<Money> net = Money::checkedSub(totals.paidTakings, totals.refunds);
    if (!net) {
        return StoreStatus::failure(tr("The takings of this period are too large to add up exactly."));
    }
    totals.net = *net;
    const qint64 counted = totals.invoiceCount - totals.unreadableAmounts;
    if (counted > 0) {
        const qint64 tiyn = totals.paidTakings.tiyn();
        qint64 average = tiyn / counted;
        if (2 * (tiyn % counted) >= counted) {
            ++average; // half up
        }
        totals.averageTicket = Money::fromTiyn(average);
    }
    return totals;
}

} // namespace apipay
