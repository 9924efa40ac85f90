#pragma once

#include "api/apiresult.h"
#include "domain/invoice.h"
#include "store/storeresult.h"
#include "sync/syncpacer.h"

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace apipay {

class ApiClient;
class HistoryStore;
class InvoiceWatcher;

// Keeps the shop's history on this computer (HistoryStore) up to date with the server, in the background
// (Priority::Background, one request at a time, paced by SyncPacer so that the cashier's requests always go first and
// always have budget left). docs/history-store.md, "Sync", describes what is read when.
//
//  - First sync: every invoice, newest first, then every refund, in pages of 100. The list is bounded by the day the
//    first sync started (date_to), so invoices created later never shift the pages being read; the next page is kept
//    in the store's sync values, so a restart resumes where it stopped. progressChanged() reports it.
//  - After that, only what changed: invoices newer than the newest known, refunds newest first down to a known one,
//    status checks of the stored invoices that are not final (and every status the InvoiceWatcher reports), the
//    catalog with its units and the subscriptions now and then, and a slow re-reading of the last days (a cancelled
//    or expired invoice may still become paid on v2.1; an invoice missing from the server is read once and removed on
//    a 404).
//  - Offline (no connection, timeouts): it pauses, says so through connectivityChanged(), tries again by itself with
//    growing waits, and on the first answer says it is back and asks for what changed first.
//  - A 429 pauses the background work of every instance on this computer that uses the same key (SharedBackoff).
class HistorySync : public QObject
{
    Q_OBJECT
public:
    struct Timing
    {
        int updateIntervalMs = 90'000; // new invoices, new refunds, status checks
        int listsIntervalMs = 15 * 60'000; // catalog, units, subscriptions
        int reReadIntervalMs = 10 * 60'000; // the recent past read again
        int reReadDays = 3; // how far back "recent" goes (Almaty days before today)
        qint64 workingWindowMs = 120'000; // a person's request this recent means someone is working
        int minIntervalMs = 500; // between two requests of the sync, however large the budget (tests: 0)
        int retryMinMs = 2'000; // offline: the first wait before trying again, doubled up to retryMaxMs
        int retryMaxMs = 60'000;
        int perPage = 100; // rows per list request (the API's largest page)
        QString sharedDirectory; // the shared pause file's folder; empty = SharedBackoff::defaultDirectory()
    };

    HistorySync(ApiClient* api, HistoryStore* store, InvoiceWatcher* watcher, QObject* parent = nullptr);
    ~HistorySync() override;

    // Before start().
    void setTiming(const Timing& timing);
    Timing timing() const { return m_timing; }

    void start();
    void stop();
    bool isRunning() const { return m_running; }

    // A person asked for fresh data (F5): what changed goes first, now (and an offline wait is cut short).
    void requestUpdate();
    // The counter created an invoice: read the newest invoices soon.
    void fetchNewest();

    bool isFirstSyncDone() const;
    // First sync progress: invoices on this computer and the server's count (0 while unknown).
    qint64 syncedInvoices() const { return m_synced; }
    qint64 totalInvoices() const { return m_total; }
    // "History: 12,400 of 36,000 invoices" while the first sync runs, else empty. Translated.
    QString progressText() const;

    bool isOffline() const { return m_offline; }
    // When the history was last brought up to date with the server (kept in the store, so it survives a restart);
    // invalid before the first time.
    QDateTime historyAsOf() const { return m_asOf; }
    // Nothing left to read until a timer or a request brings more work.
    bool isIdle() const { return m_idle; }
    // Requests this sync has sent (tests, benchmark).
    qint64 requestsSent() const { return m_requestsSent; }
    const SyncPacer& pacer() const { return m_pacer; }

Q_SIGNALS:
    void progressChanged(qint64 done, qint64 total);
    void firstSyncFinished();
    // Offline or back, and since when the history is current (for Session::reportConnectivity()).
    void connectivityChanged(bool offline, const QDateTime& historyAsOf);
    // The store refused a write (translated reason); the sync has stopped.
    void failed(const QString& reason);
    void idle();

private:
    enum class Step {
        None,
        NewInvoices,
        NewRefunds,
        Statuses,
        Details,
        HistoryInvoices,
        HistoryRefunds,
        Units,
        Catalog,
        Subscriptions,
        ReReadList,
        ReReadCheck,
    };
    // What a failed request means for its step.
    enum class OnError { Retry, Skip };

    // historysync.cpp
    void pump();
    Step nextStep();
    void send(Step step);
    // Every answer passes here first: false when it failed (the failure is handled).
    bool accept(const ApiError& error, OnError onError);
    void succeeded();
    void goOffline();
    void scheduleRetry();
    void setAsOf(const QDateTime& asOf);
    bool storeOk(const StoreStatus& status);
    QString value(const QString& key) const;
    bool firstPassDone(const QString& doneKey) const;
    qint64 intValue(const QString& key) const;
    void setValue(const QString& key, const QString& text);
    void applyStatusUpdates(const QList<InvoiceStatusUpdate>& updates);
    void updateProgress();

    // historysync_history.cpp: the first sync.
    void sendHistoryInvoices();
    // Sets how far back the first sync has come (synckeys::historyInvoicesCoveredFrom() or
    // historyRefundsCoveredFrom()) from the creation times of a page it has just read.
    void noteCovered(const QString& key, const QList<QDateTime>& createdInPage);
    // Once both parts of the first sync are read: the history's "as of", what changed meanwhile, firstSyncFinished().
    void finishFirstSyncIfDone();
    void sendHistoryRefunds();
    QDate historyBoundDay();

    // historysync_changes.cpp: what changed, and the re-reading of the recent past.
    bool beginUpdate();
    void finishUpdate();
    void sendNewInvoices();
    void sendNewRefunds();
    void sendStatuses();
    void sendDetails();
    void sendReReadList();
    void sendReReadCheck();
    void finishReReadList();

    // historysync_lists.cpp: catalog, units, subscriptions.
    void sendUnits();
    void sendCatalog();
    void sendSubscriptions();

    QPointer<ApiClient> m_api;
    QPointer<HistoryStore> m_store;
    QPointer<InvoiceWatcher> m_watcher;
    Timing m_timing;
    SyncPacer m_pacer;
    QTimer m_waitTimer; // pacing, offline retries
    QTimer m_updateTimer;
    QTimer m_listsTimer;
    QTimer m_reReadTimer;
    bool m_running = false;
    bool m_idle = false;
    bool m_offline = false;
    int m_retryDelayMs = 0;
    RequestId m_inFlight = 0;
    qint64 m_requestsSent = 0;
    QDateTime m_asOf;
    qint64 m_synced = 0;
    qint64 m_total = 0;

    // What changed.
    bool m_updateWanted = false;
    Step m_updateStep = Step::None;
    int m_updatePage = 1;
    qint64 m_updateNewest = 0;
    QList<qint64> m_statusIds;
    QList<qint64> m_detailIds; // invoices to read whole (became paid: paid_at and items)

    // Catalog, units, subscriptions.
    bool m_listsDue = true;
    Step m_listsStep = Step::Units;
    int m_listsPage = 1;
    QSet<qint64> m_catalogSeen;

    // The recent past.
    bool m_reReadDue = false;
    Step m_reReadStep = Step::ReReadList;
    int m_reReadPage = 1;
    QDate m_reReadFrom;
    QSet<qint64> m_reReadSeen;
    QDateTime m_reReadStartedAt; // when the first page of this pass was asked for
    QList<qint64> m_reReadMissing;
};

} // namespace apipay
