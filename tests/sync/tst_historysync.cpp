// HistorySync against the in-process sandbox, in both profiles: the first sync, resuming after a restart, faults mid-
// sync, late status changes and deletions found by the re-reading, offline and back, the cashier's share of the
// budget, and a 429 that pauses every instance on the key.
#include "syncfixture.h"

#include "format/displayformat.h"
#include "store/historysynckeys.h"

#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <algorithm>

using namespace apipay;
using namespace apipay::test;
using sandbox::Profile;
using sandbox::SandboxServer;

Q_DECLARE_METATYPE(apipay::sandbox::Profile)

namespace {

constexpr int kLongWaitMs = 60'000;

// Requests the server answered, with when (ms since the test's clock started) and the HTTP status.
struct Heard
{
    qint64 atMs = 0;
    QString method;
    QString path;
    int status = 0;
};

QString queryValue(const sandbox::SandboxLoggedRequest& request, const QString& key)
{
    for (const auto& [name, value] : request.query) {
        if (name == key) {
            return value;
        }
    }
    return {};
}

// The largest number of `times` inside any window of `windowMs` that starts at one of them and ends by `until`.
int busiestWindow(const QList<qint64>& times, qint64 windowMs, qint64 from, qint64 until)
{
    int most = 0;
    for (int i = 0; i < times.size(); ++i) {
        if (times[i] < from || times[i] + windowMs > until) {
            continue;
        }
        int count = 0;
        for (int j = i; j < times.size() && times[j] < times[i] + windowMs; ++j) {
            ++count;
        }
        most = std::max(most, count);
    }
    return most;
}

} // namespace

class TestHistorySync : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString newStorePath() { return m_dir.filePath(QStringLiteral("history-%1.sqlite").arg(++m_files)); }
    QString sharedDirectory() const { return m_dir.filePath(QStringLiteral("shared")); }

    // Every invoice and refund of the server is in the store, with the server's status; nothing else is.
    static void compareWithServer(SandboxServer& server, const HistoryStore& store)
    {
        HistoryQuery all;
        all.limit = 0;
        const auto rows = store.findInvoices(all);
        QVERIFY2(rows.ok(), qPrintable(rows.error()));
        QHash<qint64, InvoiceStatus::Value> stored;
        for (const Invoice& invoice : rows.value()) {
            stored.insert(invoice.id, invoice.shownStatus().value());
        }
        QCOMPARE(qint64(stored.size()), server.invoiceCount());
        for (const auto& invoice : server.store().invoices()) {
            QVERIFY2(stored.contains(invoice.id), qPrintable(QStringLiteral("invoice %1 missing").arg(invoice.id)));
            // As a person sees it: v2.1 keeps a refunded invoice "paid" (fully refunded), and may keep a partly
            // refunded one "paid" too.
            const InvoiceStatus::Value expected = InvoiceStatus(invoice.status).value();
            const InvoiceStatus::Value shown = stored.value(invoice.id);
            if (expected == InvoiceStatus::PartiallyRefunded && shown == InvoiceStatus::Paid
                && server.profile() == Profile::V21) {
                continue;
            }
            QCOMPARE(int(shown), int(expected));
        }
        for (const auto& refund : server.store().refunds()) {
            const auto ofInvoice = store.refundsOfInvoice(refund.invoiceId);
            QVERIFY(ofInvoice.ok());
            const bool found = std::any_of(ofInvoice.value().cbegin(), ofInvoice.value().cend(),
                [&](const Refund& r) { return r.id == refund.id; });
            QVERIFY2(found, qPrintable(QStringLiteral("refund %1 missing").arg(refund.id)));
        }
    }

    static bool firstSyncDone(const SyncInstance& instance)
    {
        return instance.sync->isFirstSyncDone() && instance.sync->isIdle();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qRegisterMetaType<apipay::sandbox::Profile>();
    }

    void firstSync_fillsTheStoreWithTheServersHistory_data() { addProfiles(); }
    void firstSync_fillsTheStoreWithTheServersHistory()
    {
        QFETCH(Profile, profile);
        auto server = makeServer(profile, 0, /*demoData*/ true);
        QVERIFY(server->start(0));
        QVERIFY(server->refundCount() > 0);
        auto instance = makeInstance(server->baseUrl(), newStorePath(), quickTiming(sharedDirectory()));
        QSignalSpy progress(instance->sync.get(), &HistorySync::progressChanged);
        QSignalSpy finished(instance->sync.get(), &HistorySync::firstSyncFinished);
        QString shownWhileSyncing;
        // How far back the refunds were read when the invoices had come three pages back.
        QString refundsCoveredEarly;
        connect(instance->sync.get(), &HistorySync::progressChanged, this, [&] {
            if (shownWhileSyncing.isEmpty()) {
                shownWhileSyncing = instance->sync->progressText();
            }
            if (refundsCoveredEarly.isNull()
                && instance->store->syncValue(synckeys::historyInvoicePage()).value().toInt() >= 4) {
                refundsCoveredEarly = instance->store->syncValue(synckeys::historyRefundsCoveredFrom()).value();
                if (refundsCoveredEarly.isNull()) {
                    refundsCoveredEarly = QStringLiteral("");
                }
            }
        });
        instance->sync->start();
        QTRY_VERIFY_WITH_TIMEOUT(firstSyncDone(*instance), kLongWaitMs);
        QCOMPARE(finished.count(), 1);
        // The refunds go back in time with the invoices (their pages come between the invoices'), so the days read
        // so far are whole (invoices and refunds) long before the last invoice page.
        QVERIFY2(
            QDateTime::fromString(refundsCoveredEarly, Qt::ISODateWithMs).isValid(), qPrintable(refundsCoveredEarly));

        compareWithServer(*server, *instance->store);
        // Progress: what the status bar showed while reading, and the last count equals the server's.
        QVERIFY2(shownWhileSyncing.startsWith(QStringLiteral("History: ")), qPrintable(shownWhileSyncing));
        QVERIFY2(shownWhileSyncing.contains(QStringLiteral(" of ")), qPrintable(shownWhileSyncing));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), server->invoiceCount());
        QCOMPARE(progress.last().at(1).toLongLong(), server->invoiceCount());
        QVERIFY(instance->sync->progressText().isEmpty());
        QVERIFY(instance->sync->historyAsOf().isValid());
        // Pages of 100, newest first by id, never more pages than the history has (plus the closing empty/last one).
        const qint64 invoicePages = server->loggedRequests("GET", QStringLiteral("/invoices"));
        QVERIFY2(invoicePages <= (server->invoiceCount() + 99) / 100 + 3, qPrintable(QString::number(invoicePages)));
    }

    void resume_afterARestart_readsNoPageTwice_data() { addProfiles(); }
    void resume_afterARestart_readsNoPageTwice()
    {
        QFETCH(Profile, profile);
        auto server = makeServer(profile, 1'500);
        QVERIFY(server->start(0));
        const QString path = newStorePath();
        auto first = makeInstance(server->baseUrl(), path, quickTiming(sharedDirectory()));
        first->sync->start();
        QTRY_VERIFY_WITH_TIMEOUT(
            first->store->syncValue(QStringLiteral("sync.history.invoice_page")).value().toInt() >= 6, kLongWaitMs);
        first->close(); // quitting mid-sync
        first.reset();

        auto probe = std::make_unique<HistoryStore>();
        QVERIFY(probe->open(path).ok());
        const int resumePage = probe->syncValue(QStringLiteral("sync.history.invoice_page")).value().toInt();
        const qint64 kept = probe->countInvoices(HistoryQuery()).value();
        QVERIFY(resumePage >= 6);
        QVERIFY(kept >= 500);
        // How far back the stopped sync had come (what the overview compares by): every invoice the server made
        // since then is in the store; only the last page read lies before it.
        const QDateTime covered = QDateTime::fromString(
            probe->syncValue(synckeys::historyInvoicesCoveredFrom()).value(), Qt::ISODateWithMs);
        QVERIFY(covered.isValid());
        qint64 madeSince = 0;
        for (const auto& invoice : server->store().invoices()) {
            if (invoice.createdAt >= covered) {
                ++madeSince;
                const auto stored = probe->invoice(invoice.id);
                QVERIFY2(stored.ok() && stored.value().has_value(),
                    qPrintable(QStringLiteral("invoice %1 of %2 is missing")
                                   .arg(invoice.id)
                                   .arg(invoice.createdAt.toString(Qt::ISODate))));
            }
        }
        QVERIFY2(madeSince >= kept - 2 * 100 && madeSince < kept,
            qPrintable(QStringLiteral("%1 of %2").arg(madeSince).arg(kept)));
        probe.reset();

        server->clearRequestLog();
        auto second = makeInstance(server->baseUrl(), path, quickTiming(sharedDirectory()));
        second->sync->start();
        QTRY_VERIFY_WITH_TIMEOUT(firstSyncDone(*second), kLongWaitMs);
        compareWithServer(*server, *second->store);

        // The pages of the first sync after the restart start where it stopped.
        int historyPages = 0;
        for (const auto& request : server->requestLog()) {
            if (request.method == "GET" && request.path == u"/invoices"
                && !queryValue(request, QStringLiteral("date_to")).isEmpty()) {
                ++historyPages;
                QVERIFY2(queryValue(request, QStringLiteral("page")).toInt() >= resumePage,
                    qPrintable(queryValue(request, QStringLiteral("page"))));
            }
        }
        QVERIFY(historyPages > 0);
        QVERIFY(historyPages <= 15 - resumePage + 2);
    }

    void faultsMidSync_droppedConnectionsAndA429Storm_data() { addProfiles(); }
    void faultsMidSync_droppedConnectionsAndA429Storm()
    {
        QFETCH(Profile, profile);
        auto server = makeServer(profile, 1'200);
        QVERIFY(server->start(0));
        auto instance = makeInstance(server->baseUrl(), newStorePath(), quickTiming(sharedDirectory()));
        QSignalSpy connectivity(instance->sync.get(), &HistorySync::connectivityChanged);
        instance->sync->start();
        QTRY_VERIFY_WITH_TIMEOUT(instance->sync->syncedInvoices() >= 300, kLongWaitMs);

        server->dropNext("GET", QStringLiteral("/invoices"), 3);
        server->failNext("GET", QStringLiteral("/invoices"), 429,
            QByteArrayLiteral(R"({"message": "Too many requests. Please retry after 2 seconds.", "retry_after": 2})"),
            12);
        QTRY_VERIFY_WITH_TIMEOUT(firstSyncDone(*instance), kLongWaitMs);
        QCOMPARE(server->pendingFaults(), 0);
        compareWithServer(*server, *instance->store);

        // The dropped connections made it say "offline", and the next answer "back".
        bool wentOffline = false;
        bool cameBack = false;
        for (const auto& args : connectivity) {
            wentOffline = wentOffline || args.at(0).toBool();
            cameBack = cameBack || (wentOffline && !args.at(0).toBool());
        }
        QVERIFY(wentOffline);
        QVERIFY(cameBack);
        QVERIFY(!instance->sync->isOffline());
    }

    void lateStatusChange_isPickedUpByTheReReading_data() { addProfiles(); }
    void lateStatusChange_isPickedUpByTheReReading()
    {
        QFETCH(Profile, profile);
        auto server = makeServer(profile, 400);
        // One invoice of yesterday expired... The seed spreads 400 invoices over six months at random, so a given day
        // may hold none (it depends on the date the test runs): the newest invoice made a day or more ago is moved
        // to exactly a day ago (no other invoice lies between, so ids still follow creation).
        const QDateTime yesterday = server->now().addDays(-1);
        qint64 id = 0;
        QDateTime newest;
        for (const auto& invoice : server->store().invoices()) {
            if (invoice.createdAt <= yesterday && (!newest.isValid() || invoice.createdAt > newest)) {
                id = invoice.id;
                newest = invoice.createdAt;
            }
        }
        QVERIFY(id > 0);
        sandbox::SandboxInvoice* late = server->store().invoice(id);
        late->createdAt = yesterday;
        late->expiresAt = yesterday.addSecs(server->store().settings().invoiceLifetimeSeconds);
        late->paidAt = {};
        server->store().setInvoiceStatus(*late, QStringLiteral("expired"));
        QVERIFY(server->start(0));
        HistorySync::Timing timing = quickTiming(sharedDirectory());
        timing.reReadIntervalMs = 200;
        auto instance = makeInstance(server->baseUrl(), newStorePath(), timing);
        instance->sync->start();
        QTRY_VERIFY_WITH_TIMEOUT(firstSyncDone(*instance), kLongWaitMs);
        QCOMPARE(instance->store->invoice(id).value()->status.raw(), QStringLiteral("expired"));

        // ...and is paid after all (v2.1 allows it): the re-reading of the last days brings the change.
        server->store().setInvoiceStatus(*server->store().invoice(id), QStringLiteral("paid"));
        QTRY_COMPARE_WITH_TIMEOUT(
            instance->store->invoice(id).value()->status.raw(), QStringLiteral("paid"), kLongWaitMs);
        QVERIFY(instance->store->invoice(id).value()->paidAt.isValid());
    }

    void invoiceDeletedOnTheServer_isRemovedFromTheStore_data() { addProfiles(); }
    void invoiceDeletedOnTheServer_isRemovedFromTheStore()
    {
        QFETCH(Profile, profile);
        auto server = makeServer(profile, 300);
        QVERIFY(server->start(0));
        HistorySync::Timing timing = quickTiming(sharedDirectory());
        timing.reReadIntervalMs = 200;
        auto instance = makeInstance(server->baseUrl(), newStorePath(), timing);
        instance->sync->start();
        QTRY_VERIFY_WITH_TIMEOUT(firstSyncDone(*instance), kLongWaitMs);

        // An invoice of today on this computer that the server no longer has.
        const qint64 gone = server->lastInvoiceId() + 500;
        Invoice stale;
        stale.id = gone;
        stale.amount = Money::fromTenge(1500);
        stale.status = InvoiceStatus(QStringLiteral("cancelled"));
        stale.description = QStringLiteral("Deleted on the server");
        stale.createdAt = server->now().addSecs(-3 * 3600);
        QVERIFY(instance->store->upsertInvoices({ stale }).ok());
        QVERIFY(instance->store->invoice(gone).value().has_value());

        QTRY_VERIFY_WITH_TIMEOUT(!instance->store->invoice(gone).value().has_value(), kLongWaitMs);
        QVERIFY(server->loggedRequests("GET", QStringLiteral("/invoices/%1").arg(gone)) >= 1);
        compareWithServer(*server, *instance->store);
    }

    void offline_reportsAndResumesByItself_data() { addProfiles(); }
    void offline_reportsAndResumesByItself()
    {
        QFETCH(Profile, profile);
        auto server = makeServer(profile, 250);
        QVERIFY(server->start(0));
        const quint16 port = server->port();
        auto instance = makeInstance(server->baseUrl(), newStorePath(), quickTiming(sharedDirectory()));
        instance->sync->start();
        QTRY_VERIFY_WITH_TIMEOUT(firstSyncDone(*instance), kLongWaitMs);
        const QDateTime asOf = instance->sync->historyAsOf();
        QVERIFY(asOf.isValid());

        QSignalSpy connectivity(instance->sync.get(), &HistorySync::connectivityChanged);
        server.reset(); // the server is gone
        instance->sync->requestUpdate(); // F5
        QTRY_VERIFY_WITH_TIMEOUT(instance->sync->isOffline(), kLongWaitMs);
        QCOMPARE(connectivity.first().at(0).toBool(), true);
        QCOMPARE(connectivity.first().at(1).toDateTime(), asOf); // "history as of" the last time it was current

        // It keeps trying by itself; the server comes back on the same address with one more invoice.
        auto back = makeServer(profile, 250);
        QVERIFY(back->start(port));
        QTRY_VERIFY_WITH_TIMEOUT(!instance->sync->isOffline(), kLongWaitMs);
        bool reportedBack = false;
        for (const auto& args : connectivity) {
            reportedBack = reportedBack || (!args.at(0).toBool() && args.at(1).toDateTime() > asOf);
        }
        QVERIFY(reportedBack);
        QTRY_VERIFY_WITH_TIMEOUT(instance->sync->isIdle(), kLongWaitMs);
        QVERIFY(instance->sync->historyAsOf() > asOf);
    }

    void offlineDuringTheFirstSync_saysSinceWhen_data() { addProfiles(); }
    void offlineDuringTheFirstSync_saysSinceWhen()
    {
        QFETCH(Profile, profile);
        auto server = makeServer(profile, 1'500);
        QVERIFY(server->start(0));
        const QDateTime started = QDateTime::currentDateTimeUtc();
        auto instance = makeInstance(server->baseUrl(), newStorePath(), quickTiming(sharedDirectory()));
        QSignalSpy connectivity(instance->sync.get(), &HistorySync::connectivityChanged);
        instance->sync->start();
        // The newest page is in: the history is current as of then, though the older pages are still coming.
        QTRY_VERIFY_WITH_TIMEOUT(
            instance->store->syncValue(QStringLiteral("sync.history.invoice_page")).value().toInt() >= 3, kLongWaitMs);
        QVERIFY(!firstSyncDone(*instance));
        const QDateTime asOf = instance->sync->historyAsOf();
        QVERIFY(asOf >= started && asOf <= QDateTime::currentDateTimeUtc());

        server.reset(); // the server is gone mid-sync
        QTRY_VERIFY_WITH_TIMEOUT(instance->sync->isOffline(), kLongWaitMs);
        QCOMPARE(connectivity.constLast().at(0).toBool(), true);
        QCOMPARE(connectivity.constLast().at(1).toDateTime(), asOf); // "Offline — history as of …", not just "Offline"
    }

    void cashiersRequestsGoFirst_syncTakesAtMostHalfWhileSomeoneWorks()
    {
        constexpr int kLimit = 20;
        constexpr int kWindowMs = 2'000;
        auto server = makeServer(Profile::V20, 8'000);
        QVERIFY(server->start(0));
        HistorySync::Timing timing = quickTiming(sharedDirectory());
        timing.workingWindowMs = 800;
        auto instance = makeInstance(server->baseUrl(), newStorePath(), timing, { kLimit, kWindowMs, 10 });

        QElapsedTimer clock;
        clock.start();
        QList<qint64> syncTimes;
        connect(
            server.get(), &SandboxServer::requestHandled, this, [&](const QString& method, const QString& path, int) {
                if (method == u"GET" && path.endsWith(u"/invoices")) {
                    syncTimes.append(clock.elapsed());
                }
            });

        // A cashier reading an invoice every 400 ms (5 requests per window) while the history syncs.
        qint64 slowestAnswerMs = 0;
        int answered = 0;
        QTimer cashier;
        cashier.setInterval(400);
        connect(&cashier, &QTimer::timeout, this, [&] {
            const qint64 sentAt = clock.elapsed();
            instance->api->invoice(1, this, [&, sentAt](const ApiResult<Invoice>& r) {
                QVERIFY(r.ok());
                ++answered;
                slowestAnswerMs = std::max(slowestAnswerMs, clock.elapsed() - sentAt);
            });
        });
        cashier.start();
        QTRY_VERIFY(answered >= 1); // someone is working before the sync starts
        instance->sync->start();
        QTRY_VERIFY_WITH_TIMEOUT(answered >= 15, kLongWaitMs); // about three windows of work
        cashier.stop();
        const qint64 cashierStoppedAt = clock.elapsed();
        const int syncedWhileWorking = int(syncTimes.size());

        // Nobody works any more: the sync takes more, but never the headroom kept for the counter.
        QTRY_VERIFY_WITH_TIMEOUT(syncTimes.size() >= syncedWhileWorking + 40, kLongWaitMs);
        const qint64 end = clock.elapsed();

        // While the cashier worked: every cashier request answered at once, and the sync took at most half of any
        // window (one more for a request the server heard at the window's edge).
        QVERIFY2(slowestAnswerMs < 1'000, qPrintable(QString::number(slowestAnswerMs)));
        const int busiestWorking = busiestWindow(syncTimes, kWindowMs, 0, cashierStoppedAt);
        QVERIFY2(busiestWorking <= kLimit / 2 + 1, qPrintable(QString::number(busiestWorking)));
        // Idle: more than half, at most all but the headroom (a sixth).
        const int busiestIdle = busiestWindow(syncTimes, kWindowMs, cashierStoppedAt + timing.workingWindowMs, end);
        QVERIFY2(busiestIdle > kLimit / 2, qPrintable(QString::number(busiestIdle)));
        QVERIFY2(busiestIdle <= kLimit - kLimit / 6 + 1, qPrintable(QString::number(busiestIdle)));
    }

    void a429_pausesTheBackgroundWorkOfEveryInstanceOnTheKey()
    {
        auto server = makeServer(Profile::V20, 6'000);
        QVERIFY(server->start(0));
        const ClientLimits limits { 100'000, 60'000, 100 }; // a second of Retry-After lasts 100 ms
        auto a = makeInstance(server->baseUrl(), newStorePath(), quickTiming(sharedDirectory()), limits);
        auto b = makeInstance(server->baseUrl(), newStorePath(), quickTiming(sharedDirectory()), limits);

        QElapsedTimer clock;
        clock.start();
        QList<Heard> heard;
        connect(server.get(), &SandboxServer::requestHandled, this,
            [&](const QString& method, const QString& path, int status) {
                heard.append({ clock.elapsed(), method, path, status });
            });
        a->sync->start();
        b->sync->start();
        QTRY_VERIFY_WITH_TIMEOUT(a->sync->syncedInvoices() >= 300 && b->sync->syncedInvoices() >= 300, kLongWaitMs);

        // One 429 (wait 20 "seconds" = 2 s) reaches whichever instance asks next.
        server->failNext("GET", QStringLiteral("/invoices"), 429,
            QByteArrayLiteral(
                R"({"message": "Too many requests. Please retry after 20 seconds.", "retry_after": 20})"));
        QTRY_VERIFY_WITH_TIMEOUT(server->pendingFaults() == 0, kLongWaitMs);
        const qint64 before = qMin(a->sync->syncedInvoices(), b->sync->syncedInvoices());
        QTRY_VERIFY_WITH_TIMEOUT(
            a->sync->syncedInvoices() >= before + 300 && b->sync->syncedInvoices() >= before + 300, kLongWaitMs);

        // The pause file is named by the key's hash, never the key.
        const QDir shared(sharedDirectory());
        const QStringList files = shared.entryList(QDir::Files);
        QCOMPARE(files.size(), 1);
        QVERIFY(!files.first().contains(SandboxServer::demoKey()));

        // Nobody sent a request during the pause: the instance that got the 429 and the one that did not.
        qint64 at429 = -1;
        for (const Heard& h : std::as_const(heard)) {
            if (h.status == 429) {
                at429 = h.atMs;
            }
        }
        QVERIFY(at429 >= 0);
        qint64 next = -1;
        for (const Heard& h : std::as_const(heard)) {
            if (h.atMs > at429 && h.status != 429) {
                next = h.atMs;
                break;
            }
        }
        QVERIFY(next > 0);
        // Requests already on their way when the 429 arrived, and those sent in the moment before the pause file was
        // written, may still reach the server; after that nobody asks until the pause is over. Without the shared
        // pause both instances (no spacing in this timing) would send dozens of requests in this window.
        int duringPause = 0;
        for (const Heard& h : std::as_const(heard)) {
            duringPause += h.atMs > at429 + 300 && h.atMs < at429 + 1'800 ? 1 : 0;
        }
        QVERIFY2(duringPause == 0, qPrintable(QString::number(duringPause)));
    }

private:
    static void addProfiles()
    {
        QTest::addColumn<Profile>("profile");
        QTest::newRow("v2.0") << Profile::V20;
        QTest::newRow("v2.1") << Profile::V21;
    }
};

QTEST_GUILESS_MAIN(TestHistorySync)
#include "tst_historysync.moc"
