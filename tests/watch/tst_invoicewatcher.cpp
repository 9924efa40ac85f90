// InvoiceWatcher against the in-process sandbox server and the real ApiClient over HTTP on 127.0.0.1.
#include "api/apiclient.h"
#include "models/invoicetablemodel.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstore.h"
#include "testsupport.h"
#include "watch/invoicewatcher.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace apipay;
using apipay::sandbox::SandboxServer;

namespace {

const QString kStatusCheckPath = QStringLiteral("/api/v1/invoices/status/check");

// Counts the requests the sandbox answered, with the time each arrived.
class RequestLog : public QObject
{
public:
    explicit RequestLog(SandboxServer* server)
    {
        m_clock.start();
        QObject::connect(server, &SandboxServer::requestHandled, this,
            [this](const QString& method, const QString& path, int status) {
                m_entries.append({ method + u' ' + path, status, m_clock.elapsed() });
            });
    }
    struct Entry
    {
        QString request;
        int status = 0;
        qint64 atMs = 0;
    };
    int count(const QString& needle) const
    {
        int n = 0;
        for (const Entry& e : m_entries) {
            n += e.request.contains(needle) ? 1 : 0;
        }
        return n;
    }
    QList<qint64> times(const QString& needle) const
    {
        QList<qint64> result;
        for (const Entry& e : m_entries) {
            if (e.request.contains(needle)) {
                result.append(e.atMs);
            }
        }
        return result;
    }
    void clear() { m_entries.clear(); }

private:
    QElapsedTimer m_clock;
    QList<Entry> m_entries;
};

} // namespace

class TestInvoiceWatcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void onScreen250Pending_atMostThreeRequestsPerTick();
    void customerWaiting_paidReachesModelWithinOneInterval();
    void cadence_waitingThenOnScreenThenNone();
    void rateLimited_pausesAndDoublesInterval();
    void rateLimitedError_backsOffWithServerWait();
    void dispatchedOnlyAnswer_fallsBackToInvoiceDetail();
    void missingId_rereadOnce_404StopsWatching();
    void ownerDestroyed_stopsWatchingItsInvoices();
    void expiredAndCancelled_reportedAsEnded();
    void viewLetsGoDuringRequest_answerDoesNotRestartPolling();
    void rowLoadedAsProcessing_firstAnswerPending_reachesModelWithinOnePoll();
    void customerWaitingFromProcessing_firstAnswerPending_reported();

private:
    QList<qint64> addPendingInvoices(int count);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<InvoiceWatcher> m_watcher;
};

void TestInvoiceWatcher::initTestCase()
{
    apipay::test::initTestEnvironment();
}

void TestInvoiceWatcher::init()
{
    SandboxServer::Options options;
    options.demoData = false;
    options.processingDelayMs = 0;
    options.rateLimit = 100'000;
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY(m_server->start(0));
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_api = std::make_unique<ApiClient>(m_nam.get());
    ApiClient::Config config;
    config.baseUrl = m_server->baseUrl();
    config.apiKey = SandboxServer::demoKey();
    config.requestsPerMinute = 100'000;
    config.timeoutMs = 5'000;
    QString error;
    QVERIFY2(m_api->setConfig(config, &error), qPrintable(error));
    m_watcher = std::make_unique<InvoiceWatcher>(m_api.get());
}

void TestInvoiceWatcher::cleanup()
{
    m_watcher.reset();
    m_api.reset();
    m_nam.reset();
    m_server.reset();
}

QList<qint64> TestInvoiceWatcher::addPendingInvoices(int count)
{
    QList<qint64> ids;
    for (int i = 0; i < count; ++i) {
        sandbox::SandboxInvoice invoice;
        invoice.amount = Money::fromTenge(1000 + i);
        invoice.phone = QStringLiteral("87001234567");
        invoice.description = QStringLiteral("Watched %1").arg(i);
        invoice.status = QStringLiteral("pending");
        invoice.kaspiInvoiceId = QString::number(13234689000LL + i);
        const sandbox::SandboxInvoice& added = m_server->store().addInvoice(invoice, false);
        m_server->store().trackActive(added.id);
        ids.append(added.id);
    }
    return ids;
}

void TestInvoiceWatcher::onScreen250Pending_atMostThreeRequestsPerTick()
{
    const QList<qint64> ids = addPendingInvoices(250);
    RequestLog log(m_server.get());
    m_watcher->setIntervals(3'000, 400);
    QObject view;
    m_watcher->setOnScreen(&view, ids);
    QCOMPARE(m_watcher->watchedCount(), 250);
    QCOMPARE(m_watcher->currentOnScreenIntervalMs(), 400);
    QCOMPARE(m_watcher->currentWaitingIntervalMs(), 0);

    // Three ticks: 9 status checks in bursts of exactly ceil(250 / 100) = 3.
    QTRY_VERIFY_WITH_TIMEOUT(log.count(kStatusCheckPath) >= 9, 5'000);
    const QList<qint64> times = log.times(kStatusCheckPath);
    QList<int> bursts { 1 };
    for (qsizetype i = 1; i < times.size(); ++i) {
        if (times.at(i) - times.at(i - 1) > 200) {
            bursts.append(1);
        } else {
            ++bursts.last();
        }
    }
    for (qsizetype i = 0; i + 1 < bursts.size(); ++i) { // the last burst may still be arriving
        QCOMPARE(bursts.at(i), 3);
    }
    QVERIFY(bursts.size() >= 3);
    // Every id was in an answer: no per-invoice fallback.
    QCOMPARE(log.count(QStringLiteral("GET /api/v1/invoices/")), 0);
}

void TestInvoiceWatcher::customerWaiting_paidReachesModelWithinOneInterval()
{
    const QList<qint64> ids = addPendingInvoices(5);
    InvoiceTableModel model(m_api.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<Invoice> rows;
    for (const qint64 id : ids) {
        Invoice invoice;
        invoice.id = id;
        invoice.amount = Money::fromTenge(1000);
        invoice.status = InvoiceStatus(QStringLiteral("pending"));
        rows.append(invoice);
    }
    model.ingest(rows);
    connect(m_watcher.get(), &InvoiceWatcher::statusesChanged, &model, &InvoiceTableModel::applyStatusUpdates);
    QSignalSpy paid(m_watcher.get(), &InvoiceWatcher::invoicePaid);
    QSignalSpy changed(m_watcher.get(), &InvoiceWatcher::statusesChanged);

    constexpr int kInterval = 300;
    m_watcher->setIntervals(kInterval, 10'000);
    const qint64 target = ids.at(2);
    m_watcher->watchCustomerWaiting(target, InvoiceStatus(QStringLiteral("pending")));
    QCOMPARE(m_watcher->currentWaitingIntervalMs(), kInterval);

    QString error;
    QVERIFY2(m_server->simulateInvoiceStatus(target, QStringLiteral("paid"), &error), qPrintable(error));
    QElapsedTimer sincePayment;
    sincePayment.start();
    const int row = model.rowOfId(target);
    QVERIFY(row >= 0);
    QTRY_COMPARE_WITH_TIMEOUT(model.rawStatus(row), QStringLiteral("paid"), 3'000);
    // Within one interval (plus the local round trip).
    QVERIFY2(sincePayment.elapsed() <= kInterval + 250, qPrintable(QString::number(sincePayment.elapsed())));
    QCOMPARE(paid.count(), 1);
    QCOMPARE(paid.at(0).at(0).value<InvoiceStatusUpdate>().id, target);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QList<InvoiceStatusUpdate>>().size(), 1);
    // Final: no longer polled, and nothing else is non-final → no timer.
    QVERIFY(!m_watcher->isWatching(target));
    QCOMPARE(m_watcher->watchedCount(), 0);
    QCOMPARE(m_watcher->currentWaitingIntervalMs(), 0);
    QCOMPARE(m_watcher->currentOnScreenIntervalMs(), 0);
}

void TestInvoiceWatcher::cadence_waitingThenOnScreenThenNone()
{
    const QList<qint64> ids = addPendingInvoices(3);
    m_watcher->setIntervals(150, 700);
    m_watcher->setCustomerWaitingWindowMs(400);
    QCOMPARE(m_watcher->currentWaitingIntervalMs(), 0);
    QCOMPARE(m_watcher->currentOnScreenIntervalMs(), 0); // nothing watched → no polling
    m_watcher->watchCustomerWaiting(ids.at(0));
    QObject view;
    m_watcher->setOnScreen(&view, { ids.at(1), ids.at(2) });
    QCOMPARE(m_watcher->currentWaitingIntervalMs(), 150);
    QCOMPARE(m_watcher->currentOnScreenIntervalMs(), 700);
    // After the waiting window the invoice joins the on-screen cadence.
    QTRY_COMPARE_WITH_TIMEOUT(m_watcher->currentWaitingIntervalMs(), 0, 2'000);
    QCOMPARE(m_watcher->currentOnScreenIntervalMs(), 700);
    QCOMPARE(m_watcher->watchedCount(), 3);
    // Everything final → no polling at all.
    QSignalSpy changed(m_watcher.get(), &InvoiceWatcher::statusesChanged);
    for (const qint64 id : ids) {
        QVERIFY(m_server->simulateInvoiceStatus(id, QStringLiteral("paid")));
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_watcher->watchedCount(), 0, 3'000);
    QCOMPARE(m_watcher->currentOnScreenIntervalMs(), 0);
    QCOMPARE(m_watcher->currentWaitingIntervalMs(), 0);
}

void TestInvoiceWatcher::rateLimited_pausesAndDoublesInterval()
{
    const QList<qint64> ids = addPendingInvoices(2);
    RequestLog log(m_server.get());
    m_watcher->setIntervals(200, 1'000);
    QSignalSpy backedOff(m_watcher.get(), &InvoiceWatcher::backedOff);
    m_server->failNext("POST", QStringLiteral("/invoices/status/check"), 429,
        R"({"message": "Too many requests. Please retry after 1 seconds.", "retry_after": 1})");
    m_watcher->watchCustomerWaiting(ids.at(0));
    QVERIFY(backedOff.wait(3'000));
    QCOMPARE(backedOff.at(0).at(0).toInt(), 1);
    QVERIFY(m_watcher->isPaused());
    QCOMPARE(m_watcher->backoffFactor(), 2);
    QCOMPARE(m_watcher->currentWaitingIntervalMs(), 0); // paused
    QSignalSpy paid(m_watcher.get(), &InvoiceWatcher::invoicePaid);
    QVERIFY(m_server->simulateInvoiceStatus(ids.at(0), QStringLiteral("paid")));
    // After the server's wait, polling resumes at twice the interval, and the payment is still found.
    QTRY_VERIFY_WITH_TIMEOUT(!m_watcher->isPaused(), 3'000);
    QVERIFY(paid.count() == 1 || paid.wait(3'000));
    QVERIFY(m_watcher->backoffFactor() == 2);
    // The watcher never sent more than the client's own automatic resend while paused.
    const QList<qint64> times = log.times(kStatusCheckPath);
    QVERIFY(!times.isEmpty());
    int duringPause = 0;
    for (const qint64 t : times) {
        duringPause += (t > times.first() && t < times.first() + 900) ? 1 : 0;
    }
    QVERIFY2(duringPause <= 1, qPrintable(QString::number(duringPause)));
}

void TestInvoiceWatcher::rateLimitedError_backsOffWithServerWait()
{
    // A client that gives up at once hands the RateLimited error to the watcher.
    ApiClient::Config config = m_api->config();
    config.maxRateLimitRetries = 0;
    QVERIFY(m_api->setConfig(config));
    const QList<qint64> ids = addPendingInvoices(1);
    m_watcher->setIntervals(100, 1'000);
    m_watcher->setBackoffDurationMs(60'000);
    QSignalSpy backedOff(m_watcher.get(), &InvoiceWatcher::backedOff);
    m_server->failNext("POST", QStringLiteral("/invoices/status/check"), 429, R"({"message": "Too Many Requests"})", 1);
    m_watcher->watchCustomerWaiting(ids.at(0));
    QVERIFY(backedOff.wait(3'000));
    QVERIFY(m_watcher->isPaused());
    QCOMPARE(m_watcher->backoffFactor(), 2);
}

void TestInvoiceWatcher::dispatchedOnlyAnswer_fallsBackToInvoiceDetail()
{
    const QList<qint64> ids = addPendingInvoices(2);
    RequestLog log(m_server.get());
    m_server->failNext("POST", QStringLiteral("/invoices/status/check"), 200,
        R"({"message": "Status check jobs dispatched", "count": 2})");
    QVERIFY(m_server->simulateInvoiceStatus(ids.at(1), QStringLiteral("paid")));
    QSignalSpy paid(m_watcher.get(), &InvoiceWatcher::invoicePaid);
    m_watcher->setIntervals(150, 10'000);
    m_watcher->watchCustomerWaiting(ids.at(0), InvoiceStatus(QStringLiteral("pending")));
    m_watcher->watchCustomerWaiting(ids.at(1), InvoiceStatus(QStringLiteral("pending")));
    QVERIFY(paid.wait(3'000));
    QCOMPARE(paid.at(0).at(0).value<InvoiceStatusUpdate>().id, ids.at(1));
    QCOMPARE(log.count(QStringLiteral("GET /api/v1/invoices/%1").arg(ids.at(0))), 1);
    QCOMPARE(log.count(QStringLiteral("GET /api/v1/invoices/%1").arg(ids.at(1))), 1);
    QCOMPARE(log.count(kStatusCheckPath), 1);
}

void TestInvoiceWatcher::missingId_rereadOnce_404StopsWatching()
{
    const QList<qint64> ids = addPendingInvoices(1);
    RequestLog log(m_server.get());
    m_watcher->setIntervals(150, 10'000);
    m_watcher->watchCustomerWaiting(ids.at(0));
    m_watcher->watchCustomerWaiting(987654);
    QCOMPARE(m_watcher->watchedCount(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(!m_watcher->isWatching(987654), 3'000);
    QCOMPARE(log.count(QStringLiteral("GET /api/v1/invoices/987654")), 1);
    QVERIFY(m_watcher->isWatching(ids.at(0)));
    QCOMPARE(m_watcher->watchedCount(), 1);
    // The known invoice keeps being polled; the gone one is never asked for again.
    const int checks = log.count(kStatusCheckPath);
    QTRY_VERIFY_WITH_TIMEOUT(log.count(kStatusCheckPath) >= checks + 2, 3'000);
    QCOMPARE(log.count(QStringLiteral("GET /api/v1/invoices/987654")), 1);
}

void TestInvoiceWatcher::ownerDestroyed_stopsWatchingItsInvoices()
{
    const QList<qint64> ids = addPendingInvoices(4);
    m_watcher->setIntervals(3'000, 30'000);
    auto view = std::make_unique<QObject>();
    QObject otherView;
    m_watcher->setOnScreen(view.get(), ids.mid(0, 3));
    m_watcher->setOnScreen(&otherView, ids.mid(2, 2));
    QCOMPARE(m_watcher->watchedCount(), 4);
    m_watcher->setOnScreen(view.get(), ids.mid(0, 2)); // replaces: id 3 stays through the other view
    QCOMPARE(m_watcher->watchedCount(), 4);
    view.reset();
    QCOMPARE(m_watcher->watchedCount(), 2);
    QVERIFY(m_watcher->isWatching(ids.at(2)));
    QVERIFY(!m_watcher->isWatching(ids.at(0)));
    m_watcher->forget(ids.at(3));
    QCOMPARE(m_watcher->watchedCount(), 1);
    m_watcher->setOnScreen(&otherView, {});
    QCOMPARE(m_watcher->watchedCount(), 0);
    QCOMPARE(m_watcher->currentOnScreenIntervalMs(), 0);
}

void TestInvoiceWatcher::expiredAndCancelled_reportedAsEnded()
{
    const QList<qint64> ids = addPendingInvoices(3);
    QSignalSpy ended(m_watcher.get(), &InvoiceWatcher::invoiceEnded);
    QSignalSpy paid(m_watcher.get(), &InvoiceWatcher::invoicePaid);
    QSignalSpy changed(m_watcher.get(), &InvoiceWatcher::statusesChanged);
    m_watcher->setIntervals(150, 10'000);
    for (const qint64 id : ids) {
        m_watcher->watchCustomerWaiting(id, InvoiceStatus(QStringLiteral("pending")));
    }
    // Unchanged statuses are never reported.
    QTRY_VERIFY_WITH_TIMEOUT(m_server->requestCount() >= 2, 2'000);
    QCOMPARE(changed.count(), 0);
    QVERIFY(m_server->simulateInvoiceStatus(ids.at(0), QStringLiteral("expired")));
    QVERIFY(m_server->simulateInvoiceStatus(ids.at(1), QStringLiteral("cancelled")));
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 2, 3'000);
    QCOMPARE(paid.count(), 0);
    QCOMPARE(changed.count(), 1); // both arrived in one answer
    QCOMPARE(m_watcher->watchedCount(), 1);
}

void TestInvoiceWatcher::viewLetsGoDuringRequest_answerDoesNotRestartPolling()
{
    const QList<qint64> ids = addPendingInvoices(3);
    RequestLog log(m_server.get());
    m_server->delayNext("POST", QStringLiteral("/invoices/status/check"), 400);
    QVERIFY(m_server->simulateInvoiceStatus(ids.at(0), QStringLiteral("paid")));
    QSignalSpy busy(m_api.get(), &ApiClient::busyChanged);
    QSignalSpy changed(m_watcher.get(), &InvoiceWatcher::statusesChanged);
    m_watcher->setIntervals(3'000, 100);
    auto view = std::make_unique<QObject>();
    m_watcher->setOnScreen(view.get(), ids);
    QTRY_VERIFY_WITH_TIMEOUT(!busy.isEmpty() && busy.constLast().at(0).toBool(), 2'000); // the check is on its way
    view.reset();
    QCOMPARE(m_watcher->watchedCount(), 0);
    QCOMPARE(m_watcher->currentOnScreenIntervalMs(), 0);
    // The late answer is still reported (the payment happened), but polling does not come back.
    QTRY_COMPARE_WITH_TIMEOUT(log.count(kStatusCheckPath), 1, 2'000);
    QTRY_VERIFY_WITH_TIMEOUT(!busy.constLast().at(0).toBool(), 2'000);
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(m_watcher->watchedCount(), 0);
    QCOMPARE(m_watcher->currentOnScreenIntervalMs(), 0);
    QCOMPARE(m_watcher->currentWaitingIntervalMs(), 0);
}

void TestInvoiceWatcher::rowLoadedAsProcessing_firstAnswerPending_reachesModelWithinOnePoll()
{
    // The list loaded the row while the invoice was processing; by the first status check it is pending. The first
    // answer must reach the model although it is not final (the watcher had no baseline of its own).
    const QList<qint64> ids = addPendingInvoices(2);
    InvoiceTableModel model(m_api.get());
    QList<Invoice> rows;
    for (const qint64 id : ids) {
        Invoice invoice;
        invoice.id = id;
        invoice.amount = Money::fromTenge(1000);
        invoice.status = InvoiceStatus(QStringLiteral("processing"));
        rows.append(invoice);
    }
    model.ingest(rows);
    connect(m_watcher.get(), &InvoiceWatcher::statusesChanged, &model, &InvoiceTableModel::applyStatusUpdates);
    constexpr int kInterval = 300;
    m_watcher->setIntervals(10'000, kInterval);
    QObject view;
    QElapsedTimer sinceListed;
    sinceListed.start();
    m_watcher->setOnScreen(&view, ids);
    QTRY_COMPARE_WITH_TIMEOUT(model.rawStatus(model.rowOfId(ids.at(0))), QStringLiteral("pending"), 3'000);
    QCOMPARE(model.rawStatus(model.rowOfId(ids.at(1))), QStringLiteral("pending"));
    QVERIFY2(sinceListed.elapsed() <= kInterval + 400, qPrintable(QString::number(sinceListed.elapsed())));
    QCOMPARE(model.index(model.rowOfId(ids.at(0)), InvoiceTableModel::Status).data().toString(),
        InvoiceStatus::label(InvoiceStatus::Pending));

    // Then only changes: the next answers (still pending) report nothing, the payment does.
    QSignalSpy changed(m_watcher.get(), &InvoiceWatcher::statusesChanged);
    const qint64 checks = m_server->requestCount();
    QTRY_VERIFY_WITH_TIMEOUT(m_server->requestCount() >= checks + 2, 3'000);
    QCOMPARE(changed.count(), 0);
    QVERIFY(m_server->simulateInvoiceStatus(ids.at(1), QStringLiteral("paid")));
    QTRY_COMPARE_WITH_TIMEOUT(model.rawStatus(model.rowOfId(ids.at(1))), QStringLiteral("paid"), 3'000);
    QCOMPARE(changed.count(), 1);
}

void TestInvoiceWatcher::customerWaitingFromProcessing_firstAnswerPending_reported()
{
    // The counter knows "processing" from the creation answer; the first check already says pending.
    const QList<qint64> ids = addPendingInvoices(1);
    QSignalSpy changed(m_watcher.get(), &InvoiceWatcher::statusesChanged);
    m_watcher->setIntervals(200, 10'000);
    m_watcher->watchCustomerWaiting(ids.at(0), InvoiceStatus(QStringLiteral("processing")));
    QVERIFY(changed.wait(2'000));
    const QList<InvoiceStatusUpdate> updates = changed.at(0).at(0).value<QList<InvoiceStatusUpdate>>();
    QCOMPARE(updates.size(), 1);
    QCOMPARE(updates.at(0).id, ids.at(0));
    QCOMPARE(updates.at(0).status.value(), InvoiceStatus::Pending);
    QVERIFY(m_watcher->isWatching(ids.at(0)));
}

QTEST_MAIN(TestInvoiceWatcher)
#include "tst_invoicewatcher.moc"
