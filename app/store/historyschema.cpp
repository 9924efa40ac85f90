#include "historyschema.h"

#include "store/refundsearchindex.h"
#include "store/searchtext.h"
#include "store/sqlvalues.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace apipay::history {

namespace {

StoreStatus runAll(QSqlDatabase& db, const QList<QString>& statements)
{
    for (const QString& statement : statements) {
        QSqlQuery query(db);
        if (!query.exec(statement)) {
            return sql::failure(query);
        }
    }
    return {};
}

// Version 1: invoices with their items, refunds with theirs, and the sync state. Money is integer tiyn, instants UTC
// epoch milliseconds, phones 8XXXXXXXXXX; NULL is "the server did not say".
StoreStatus version1(QSqlDatabase& db)
{
    return runAll(db,
        {
            uR"(CREATE TABLE invoices (
            id INTEGER PRIMARY KEY,
            status TEXT NOT NULL,
            amount INTEGER,
            total_refunded INTEGER,
            is_fully_refunded INTEGER,
            available_for_refund INTEGER,
            pending_refund_amount INTEGER,
            subtotal INTEGER,
            discount_sum INTEGER,
            discount_percentage INTEGER,
            description TEXT NOT NULL DEFAULT '',
            external_order_id TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            client_name TEXT NOT NULL DEFAULT '',
            client_comment TEXT,
            internal_comment TEXT,
            kaspi_invoice_id TEXT NOT NULL DEFAULT '',
            error_message TEXT NOT NULL DEFAULT '',
            error_code TEXT NOT NULL DEFAULT '',
            payment_url TEXT NOT NULL DEFAULT '',
            is_sandbox INTEGER,
            is_recurring INTEGER,
            created_at INTEGER,
            paid_at INTEGER,
            updated_at INTEGER,
            expires_at INTEGER,
            -- Statuses are compared one by one (status = … OR status = …), not with an IN list: SQLite builds a
            -- temporary table for an IN list of more than two values every time it computes the column.
            -- The generated columns below are STORED: computed once when a row is written, read as plain values.
            -- The status a person sees: a paid or partially refunded invoice that is fully refunded (the flag, or
            -- everything refunded) reads as refunded; v2.1 keeps status "paid" for it. Same rule as
            -- Invoice::shownStatus().
            shown_status TEXT GENERATED ALWAYS AS (CASE
                WHEN (status = 'paid' OR status = 'partially_refunded')
                     AND (is_fully_refunded = 1 OR (amount > 0 AND total_refunded = amount)) THEN 'refunded'
                ELSE status END) STORED,
            -- When the money came in, for invoices that were paid (paid, partially_refunded, refunded); NULL for
            -- the others. The totals of a period count by it.
            takings_at INTEGER GENERATED ALWAYS AS (CASE
                WHEN (status = 'paid' OR status = 'partially_refunded' OR status = 'refunded') THEN coalesce(paid_at, created_at)
                END) STORED,
            -- What a paid invoice adds to the takings: its amount when it can be real (0 … 9 999 999 999 tiyn, the
            -- largest invoice, Money::invoiceMaximum(); MoneySum's rule), else NULL (counted as unreadable).
            takings_amount INTEGER GENERATED ALWAYS AS (CASE
                WHEN (status = 'paid' OR status = 'partially_refunded' OR status = 'refunded') AND amount BETWEEN 0 AND 9999999999
                THEN amount END) STORED,
            -- What was refunded of it: all of a fully refunded invoice (Invoice::fullyRefunded()), else its refunded
            -- total, never more than the amount.
            refunded_amount INTEGER GENERATED ALWAYS AS (CASE
                WHEN (status = 'paid' OR status = 'partially_refunded' OR status = 'refunded') AND amount BETWEEN 0 AND 9999999999
                THEN (CASE WHEN status = 'refunded' OR is_fully_refunded = 1 THEN amount
                      ELSE min(max(coalesce(total_refunded, 0), 0), amount) END) END) STORED))"_s,
            // Lists newest first, by status and period, and the takings of a period.
            u"CREATE INDEX invoices_created ON invoices(created_at)"_s,
            u"CREATE INDEX invoices_status_created ON invoices(shown_status, created_at)"_s,
            uR"(CREATE INDEX invoices_takings ON invoices(takings_at, takings_amount, refunded_amount)
            WHERE takings_at IS NOT NULL)"_s,
            uR"(CREATE TABLE invoice_items (
            invoice_id INTEGER NOT NULL REFERENCES invoices(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            id INTEGER NOT NULL DEFAULT 0,
            catalog_item_id INTEGER,
            name TEXT NOT NULL DEFAULT '',
            price INTEGER,
            original_price INTEGER,
            count INTEGER NOT NULL DEFAULT 0,
            unit_id INTEGER,
            barcode TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (invoice_id, position)) WITHOUT ROWID)"_s,
            // Refunds may arrive before their invoice (GET /refunds pages), so invoice_id is not a foreign key.
            uR"(CREATE TABLE refunds (
            id INTEGER PRIMARY KEY,
            invoice_id INTEGER NOT NULL,
            amount INTEGER,
            status TEXT NOT NULL DEFAULT '',
            reason TEXT NOT NULL DEFAULT '',
            kaspi_refund_id TEXT NOT NULL DEFAULT '',
            kaspi_status TEXT NOT NULL DEFAULT '',
            initiated_by TEXT NOT NULL DEFAULT '',
            error_message TEXT NOT NULL DEFAULT '',
            error_code TEXT NOT NULL DEFAULT '',
            created_at INTEGER))"_s,
            u"CREATE INDEX refunds_invoice ON refunds(invoice_id)"_s,
            u"CREATE INDEX refunds_created ON refunds(created_at)"_s,
            uR"(CREATE TABLE refund_items (
            refund_id INTEGER NOT NULL REFERENCES refunds(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            id INTEGER NOT NULL DEFAULT 0,
            invoice_item_id INTEGER,
            catalog_item_id INTEGER,
            name TEXT NOT NULL DEFAULT '',
            price INTEGER,
            count INTEGER NOT NULL DEFAULT 0,
            amount INTEGER,
            PRIMARY KEY (refund_id, position)) WITHOUT ROWID)"_s,
            u"CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"_s,
        });
}

// Version 2: subscriptions with their billing history, the catalog and its units.
StoreStatus version2(QSqlDatabase& db)
{
    return runAll(db,
        {
            uR"(CREATE TABLE subscriptions (
            id INTEGER PRIMARY KEY,
            phone TEXT NOT NULL DEFAULT '',
            amount INTEGER,
            billing_period TEXT NOT NULL DEFAULT '',
            billing_day INTEGER,
            status TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '',
            subscriber_name TEXT NOT NULL DEFAULT '',
            external_subscriber_id TEXT NOT NULL DEFAULT '',
            next_billing_at INTEGER,
            started_on TEXT,
            failed_attempts INTEGER,
            in_grace_period INTEGER,
            max_retry_attempts INTEGER,
            retry_interval_hours INTEGER,
            grace_period_days INTEGER,
            is_sandbox INTEGER,
            metadata TEXT NOT NULL DEFAULT '',
            created_at INTEGER,
            updated_at INTEGER,
            paused_at INTEGER,
            cancelled_at INTEGER,
            stats_total_payments INTEGER,
            stats_successful_payments INTEGER,
            stats_failed_payments INTEGER,
            stats_total_collected INTEGER,
            last_payment_status TEXT,
            last_payment_amount INTEGER,
            last_payment_paid_at INTEGER))"_s,
            uR"(CREATE TABLE subscription_invoices (
            id INTEGER PRIMARY KEY,
            subscription_id INTEGER NOT NULL REFERENCES subscriptions(id) ON DELETE CASCADE,
            invoice_id INTEGER,
            period_start TEXT,
            period_end TEXT,
            period_label TEXT NOT NULL DEFAULT '',
            amount INTEGER,
            attempt_number INTEGER,
            status TEXT NOT NULL DEFAULT '',
            status_label TEXT NOT NULL DEFAULT '',
            paid_at INTEGER,
            failure_reason TEXT NOT NULL DEFAULT '',
            invoice_kaspi_id TEXT NOT NULL DEFAULT '',
            invoice_status TEXT NOT NULL DEFAULT '',
            created_at INTEGER))"_s,
            u"CREATE INDEX subscription_invoices_subscription ON subscription_invoices(subscription_id, period_start)"_s,
            uR"(CREATE TABLE catalog_items (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL DEFAULT '',
            selling_price INTEGER,
            unit_id INTEGER,
            barcode TEXT NOT NULL DEFAULT '',
            image_url TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT '',
            error_message TEXT NOT NULL DEFAULT '',
            error_code TEXT NOT NULL DEFAULT '',
            created_at INTEGER))"_s,
            u"CREATE TABLE units (id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT '', name_kaz TEXT NOT NULL DEFAULT '')"_s,
        });
}

// (Re)writes the full-text index text of the invoices `where` selects (an SQL WHERE clause, or empty for all);
// `withNote`: the internal note is part of the text (from version 4 on).
StoreStatus indexInvoices(QSqlDatabase& db, const QString& where, bool withNote)
{
    QHash<qint64, QStringList> itemNames;
    QSqlQuery items(db);
    items.setForwardOnly(true);
    if (!items.exec(u"SELECT invoice_id, name FROM invoice_items ORDER BY invoice_id, position"_s)) {
        return sql::failure(items);
    }
    while (items.next()) {
        itemNames[items.value(0).toLongLong()].append(items.value(1).toString());
    }
    QSqlQuery invoices(db);
    invoices.setForwardOnly(true);
    if (!invoices.exec(
            u"SELECT id, description, external_order_id, phone, client_name, internal_comment FROM invoices"_s
            + where)) {
        return sql::failure(invoices);
    }
    QSqlQuery unindex(db);
    QSqlQuery insert(db);
    if (!unindex.prepare(u"DELETE FROM invoice_search WHERE rowid = ?"_s)) {
        return sql::failure(unindex);
    }
    if (!insert.prepare(u"INSERT INTO invoice_search(rowid, body) VALUES(?, ?)"_s)) {
        return sql::failure(insert);
    }
    while (invoices.next()) {
        search::InvoiceFields fields;
        fields.id = invoices.value(0).toLongLong();
        fields.description = invoices.value(1).toString();
        fields.externalOrderId = invoices.value(2).toString();
        fields.phone = invoices.value(3).toString();
        fields.clientName = invoices.value(4).toString();
        fields.internalComment = withNote ? invoices.value(5).toString() : QString();
        fields.itemNames = itemNames.value(fields.id);
        StoreStatus status = sql::rerun(unindex, { fields.id });
        if (status.ok()) {
            status = sql::rerun(insert, { fields.id, search::invoiceText(fields) });
        }
        if (!status.ok()) {
            return status;
        }
    }
    return {};
}

// Version 3: the full-text index of invoices, filled from the invoices already stored.
//
// A plain FTS5 table (it keeps its own copy of the indexed text) rather than an external-content one: the indexed
// text is not a column of any table — it is built in C++ (phone in three forms, item names, folded letters;
// searchtext.h) — and a plain table lets the store delete a row by rowid and compare the stored text with the new
// one, so re-reading an unchanged page writes nothing to the index. The copy costs a few dozen bytes per invoice.
// rowid is the invoice id.
StoreStatus version3(QSqlDatabase& db)
{
    StoreStatus status = runAll(db,
        {
            u"CREATE VIRTUAL TABLE invoice_search USING fts5(body, tokenize = 'unicode61 remove_diacritics 2')"_s,
        });
    if (!status.ok()) {
        return status;
    }
    return indexInvoices(db, QString(), false);
}

// Version 4: the shop's own note (internal_comment) is part of the indexed text; the invoices that have one are
// indexed again.
StoreStatus version4(QSqlDatabase& db)
{
    return indexInvoices(db, u" WHERE internal_comment IS NOT NULL AND internal_comment <> ''"_s, true);
}

// Version 5: the full-text index of refunds, refund_search (rowid = refund id), filled from the refunds already
// stored. Like invoice_search it is a plain FTS5 table with text built in C++ (searchtext.h, RefundSearchIndex): the
// refund's number, its invoice's number, the reason and the returned items' names, followed by its invoice's entry
// in invoice_search (the customer's phone in three forms and name, …), so that one full-text query over the refunds
// answers a keystroke (probing the invoice index for each refund was several times slower at 100 000 invoices).
StoreStatus version5(QSqlDatabase& db)
{
    StoreStatus status = runAll(db,
        {
            u"CREATE VIRTUAL TABLE refund_search USING fts5(body, tokenize = 'unicode61 remove_diacritics 2')"_s,
        });
    if (!status.ok()) {
        return status;
    }
    RefundSearchIndex index(db);
    status = index.prepare();
    if (!status.ok()) {
        return status;
    }
    QSqlQuery refunds(db);
    refunds.setForwardOnly(true);
    if (!refunds.exec(u"SELECT id FROM refunds"_s)) {
        return sql::failure(refunds);
    }
    QList<qint64> ids;
    while (refunds.next()) {
        ids.append(refunds.value(0).toLongLong());
    }
    for (const qint64 id : std::as_const(ids)) {
        status = index.update(id);
        if (!status.ok()) {
            return status;
        }
    }
    return {};
}

} // namespace

const QList<Migration>& migrations()
{
    static const QList<Migration> list = {
        { 1, &version1 },
        { 2, &version2 },
        { 3, &version3 },
        { 4, &version4 },
        { 5, &version5 },
    };
    return list;
}

int currentVersion()
{
    return migrations().constLast().version;
}

StoreResult<int> userVersion(QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next()) {
        return sql::failure(query);
    }
    return query.value(0).toInt();
}

StoreStatus migrate(QSqlDatabase& db, int target)
{
    const StoreResult<int> from = userVersion(db);
    if (!from.ok()) {
        return StoreStatus::failure(from.error());
    }
    for (const Migration& migration : migrations()) {
        if (migration.version <= from.value() || migration.version > target) {
            continue;
        }
        if (!db.transaction()) {
            return sql::failure(db);
        }
        StoreStatus status = migration.apply(db);
        if (status.ok()) {
            QSqlQuery bump(db);
            if (!bump.exec(u"PRAGMA user_version = "_s + QString::number(migration.version))) {
                status = sql::failure(bump);
            }
        }
        if (!status.ok()) {
            db.rollback();
            return StoreStatus::failure(
                QCoreApplication::translate("apipay::HistoryStore", "updating it to history version %1 failed: %2")
                    .arg(migration.version)
                    .arg(status.error()));
        }
        if (!db.commit()) {
            const StoreStatus failed = sql::failure(db);
            db.rollback();
            return failed;
        }
    }
    return {};
}

} // namespace apipay::history
