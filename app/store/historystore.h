#pragma once

#include "domain/catalog.h"
#include "domain/invoice.h"
#include "domain/refund.h"
#include "domain/subscription.h"
#include "store/historyquery.h"
#include "store/storeresult.h"

#include <QObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <map>
#include <memory>

namespace apipay {

class CreationOrderCheck;

// The shop's history on this computer: one SQLite file per shop account (docs/history-store.md). Lives on the GUI
// thread; every call is short (indexed reads, one transaction per page written). The file holds customers' phone
// numbers and names, so it is readable by its owner only (0600 on Unix). It never holds the API key: no table has
// a column for it.
//
// Opening a file:
//  - an older version is migrated in place (historyschema.h);
//  - a file written by a newer version is refused and left exactly as it is (open() fails with the reason);
//  - a damaged file (not a database, failing PRAGMA quick_check, or a migration that fails) is renamed aside to
//    "<name>.damaged-<UTC yyyyMMddThhmmss>" with its -wal/-shm companions, a fresh empty store is created, and
//    historyDamaged() is emitted (and wasRebuilt() set) so the person can be told that the history is being read
//    again from the server.
class HistoryStore : public QObject
{
    Q_OBJECT
public:
    explicit HistoryStore(QObject* parent = nullptr);
    ~HistoryStore() override;

    // <app data location>/history/<account id>.sqlite. Characters other than letters, digits, '-' and '_' in the
    // account id are replaced by '_'.
    static QString defaultPath(const QString& accountId);
    static int schemaVersion();

    StoreStatus open(const QString& filePath);
    void close();
    bool isOpen() const;
    QString filePath() const { return m_path; }

    // Whether open() found the file damaged, moved it aside and started an empty store; the reason (translated) and
    // where the damaged file now is.
    bool wasRebuilt() const { return m_rebuilt; }
    QString rebuildReason() const { return m_rebuildReason; }
    QString damagedCopyPath() const { return m_damagedCopy; }

    // Invoices. A page is written in one transaction. An optional key absent from the answer (an empty optional)
    // keeps what is stored; an invoice without items keeps its stored items (list answers carry none).
    StoreStatus upsertInvoices(const QList<Invoice>& invoices);
    StoreStatus removeInvoice(qint64 id);
    // The invoice with its items; nullopt when it is not stored.
    StoreResult<std::optional<Invoice>> invoice(qint64 id) const;
    // Rows without items.
    StoreResult<QList<Invoice>> findInvoices(const HistoryQuery& query) const;
    // How many invoices the query matches (limit and offset ignored).
    StoreResult<qint64> countInvoices(const HistoryQuery& query) const;
    // Takings of the invoices paid in [from, to) (UTC). Exact; a sum that does not fit is an error.
    StoreResult<HistoryTotals> totals(const QDateTime& from, const QDateTime& to) const;

    // Refunds with their items (GET /refunds rows, refund answers).
    StoreStatus upsertRefunds(const QList<Refund>& refunds);
    StoreResult<QList<Refund>> refundsOfInvoice(qint64 invoiceId) const;
    // Fills in the returned items of these refunds (rows read by findRefunds come without them), in one read.
    StoreStatus attachRefundItems(QList<Refund>& refunds) const;

    // Subscriptions, and the billing history of one subscription (replaced as a whole).
    StoreStatus upsertSubscriptions(const QList<Subscription>& subscriptions);
    StoreStatus replaceBillingHistory(qint64 subscriptionId, const QList<SubscriptionInvoice>& history);
    StoreResult<QList<Subscription>> subscriptions() const;
    StoreResult<QList<SubscriptionInvoice>> billingHistory(qint64 subscriptionId) const;

    // The catalog and its units.
    StoreStatus upsertCatalog(const QList<CatalogItem>& items);
    StoreStatus removeCatalogItem(qint64 id);
    StoreStatus upsertUnits(const QList<CatalogUnit>& units);
    StoreResult<QList<CatalogItem>> catalog() const;
    StoreResult<QList<CatalogUnit>> units() const;

    // ---- Overview and end-of-day report (historystore_overview.cpp) ----
    // Every query below counts paid invoices the way totals() does: statuses paid, partially_refunded and refunded,
    // by the moment the money came in (paid_at, else created_at), over the takings index.
    //
    // The paid invoices of [from, to) (UTC), oldest first: what the end-of-day report lists.
    StoreResult<QList<PaidInvoiceRow>> paidInvoices(const QDateTime& from, const QDateTime& to) const;
    // The refunds created in [from, to) (UTC), oldest first, without their items.
    StoreResult<QList<Refund>> refundsCreated(const QDateTime& from, const QDateTime& to) const;
    // Invoices still waiting for the customer to pay (shown status processing or pending).
    StoreResult<qint64> waitingCount() const;
    // The items sold on the invoices paid in [from, to), grouped by item name, largest amount first, at most `limit`
    // rows. The sums are exact: a line whose price or count cannot be real is left out and counted; a sum that does
    // not fit is an error.
    StoreResult<ItemSales> bestSellers(const QDateTime& from, const QDateTime& to, int limit) const;

    // --- Views: the refund history read from the store (historystore_views.cpp) ---------------------------------
    // Refunds matching `query`, newest first (created_at, then id), without items; limit/offset page through them.
    StoreResult<QList<Refund>> findRefunds(const RefundHistoryQuery& query) const;
    // Totals over every refund the query matches (limit and offset ignored): exact sums, counts per status.
    StoreResult<RefundHistoryTotals> refundTotals(const RefundHistoryQuery& query) const;
    // --- end of views ------------------------------------------------------------------------------------------

    // ---- Counter completion: recent amounts and customers as the cashier types (historystore_counter.cpp) ----
    // Both read only the newest `recentInvoices` invoices (by created_at, over its index), so they stay quick on a
    // long history and follow what the shop sells now.
    struct RecentCustomer
    {
        QString phone; // 8XXXXXXXXXX
        QString clientName; // as Kaspi named the payer; empty when unknown
    };
    // The amounts of those invoices, most frequent first (ties: the most recently used first), at most `limit`.
    // Amounts that cannot be real (zero, negative, unreadable) are left out.
    StoreResult<QList<Money>> recentAmounts(int recentInvoices, int limit) const;
    // The distinct phones of those invoices, most recently used first, at most `limit`, each with the newest
    // client name known for it.
    StoreResult<QList<RecentCustomer>> recentCustomers(int recentInvoices, int limit) const;
    // ---- end of counter completion ----

    // Where the sync stands (newest invoice id, resume cursor, …); an absent key reads as an empty text.
    StoreResult<QString> syncValue(const QString& key) const;
    StoreStatus setSyncValue(const QString& key, const QString& value);

Q_SIGNALS:
    // The file was damaged and has been replaced by an empty store (see the class comment). `reason` is translated.
    void historyDamaged(const QString& reason, const QString& movedTo);
    // Emitted after a write that changed what is stored has been committed (views read again; a write that wrote
    // nothing new may still emit).
    void invoicesChanged();
    void refundsChanged();
    void subscriptionsChanged();
    void catalogChanged();

private:
    enum class Check { Usable, Damaged, Newer };
    struct CheckResult
    {
        Check check = Check::Usable;
        QString reason;
    };

    CheckResult checkExisting(const QString& filePath);
    StoreStatus openAndMigrate(const QString& filePath, QString* damageReason);
    StoreStatus moveAside(const QString& filePath, const QString& reason);
    StoreStatus notOpen() const;
    StoreResult<qint64> countMatches(const QString& match) const;
    // A statement prepared once while the file is open (the search runs on every keystroke): run with `values`.
    // The caller reads it and then calls finish(). Null with `status` set when it cannot be prepared or run.
    QSqlQuery* runPrepared(const QString& statement, const QVariantList& values, StoreStatus* status) const;
    // A page of a search by words alone, sorted by id (or by creation, when that is the same order).
    StoreResult<QList<Invoice>> findPageInIdOrder(const QString& match, const HistoryQuery& invoiceQuery) const;
    // Whether sorting the invoices by creation time gives their id order (ApiPay numbers invoices as it creates
    // them). Kept in sync_state (so that two instances on one file agree): found by one pass over the table the
    // first time a file is opened, then kept while writing. When it holds, a search sorted by creation reads the
    // full-text index in id order and stops after one page.
    StoreStatus findCreationOrder();
    bool idsFollowCreation() const;
    // After a page was written: records in sync_state that the order no longer holds (inside its transaction).
    StoreStatus noteCreationOrder(const CreationOrderCheck& check);
    // Emits `changed` when `status` is ok; returns `status`.
    StoreStatus announce(const StoreStatus& status, void (HistoryStore::*changed)());

    QString m_connection;
    QString m_path;
    QSqlDatabase m_db;
    mutable std::map<QString, std::unique_ptr<QSqlQuery>> m_prepared; // see runPrepared(); cleared before closing
    bool m_rebuilt = false;
    QString m_rebuildReason;
    QString m_damagedCopy;
};

} // namespace apipay
