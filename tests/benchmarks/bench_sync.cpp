// The first history sync of a big shop: 100 000 invoices and 10 000 refunds in the sandbox (the seed option), read by
// HistorySync into a fresh HistoryStore. Prints the wall time (the server, the client and the store on this computer,
// with the budget out of the way) and the requests spent, against the budget: at 60 requests a minute, how many
// minutes of budget the first sync takes whole, at the idle share (all but a sixth) and while someone works (half).
// APIPAY_BENCH_SYNC_INVOICES sets the number of invoices (default 100 000; refunds are a tenth of it).
#include "api/apiclient.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstore.h"
#include "store/historystore.h"
#include "sync/historysync.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace apipay;
using apipay::sandbox::SandboxServer;

class BenchSync : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { apipay::test::initTestEnvironment(); }
    void firstSync_100000InvoicesAnd10000Refunds();
};

void BenchSync::firstSync_100000InvoicesAnd10000Refunds()
{
    const int invoices = qEnvironmentVariableIsSet("APIPAY_BENCH_SYNC_INVOICES")
        ? qBound(100, qEnvironmentVariableIntValue("APIPAY_BENCH_SYNC_INVOICES"), 200'000)
        : 100'000;
    const int refunds = invoices / 10;

    SandboxServer::Options options;
    options.demoData = false;
    options.processingDelayMs = 0;
    options.rateLimit = 10'000'000;
    SandboxServer server(options);
    QCOMPARE(server.seedInvoices(invoices), invoices);
    // A tenth of the paid invoices refunded in part, an hour after payment.
    int made = 0;
    for (const auto& invoice : server.store().invoices()) {
        if (made >= refunds) {
            break;
        }
        if (invoice.status != u"paid" || invoice.id % 8 != 0) {
            continue;
        }
        sandbox::SandboxRefund refund;
        refund.invoiceId = invoice.id;
        refund.amount = Money::fromTenge(100);
        refund.status = QStringLiteral("completed");
        refund.reason = QStringLiteral("Bench");
        refund.createdAt = invoice.paidAt.addSecs(3600);
        server.store().appendHistoricalRefund(std::move(refund));
        ++made;
    }
    QVERIFY(server.start(0));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QNetworkAccessManager nam;
    ApiClient api(&nam);
    ApiClient::Config config;
    config.baseUrl = server.baseUrl();
    config.apiKey = SandboxServer::demoKey();
    config.requestsPerMinute = 10'000'000; // the budget is counted below, not waited for
    config.timeoutMs = 30'000;
    QVERIFY(api.setConfig(config));
    HistoryStore store;
    QVERIFY(store.open(dir.filePath(QStringLiteral("bench.sqlite"))).ok());
    HistorySync sync(&api, &store, nullptr);
    HistorySync::Timing timing;
    timing.sharedDirectory = dir.filePath(QStringLiteral("shared"));
    timing.minIntervalMs = 0; // the wall time of the work itself
    sync.setTiming(timing);

    QElapsedTimer wall;
    wall.start();
    sync.start();
    QTRY_VERIFY_WITH_TIMEOUT(sync.isFirstSyncDone() && sync.isIdle(), 540'000);
    const qint64 wallMs = wall.elapsed();

    QCOMPARE(store.countInvoices(HistoryQuery()).value(), qint64(invoices));
    const qint64 requests = server.requestCount();
    const qint64 listPages = server.loggedRequests("GET", QStringLiteral("/invoices"))
        + server.loggedRequests("GET", QStringLiteral("/refunds"));
    constexpr double kPerMinute = 60.0;
    std::printf("\n=== bench_sync: first sync of %d invoices and %d refunds ===\n", invoices, made);
    std::printf("wall time (server, client and store on this computer, budget not waited for): %.1f s\n",
        double(wallMs) / 1000.0);
    std::printf("requests spent: %lld (invoice and refund pages: %lld; pages of 100)\n",
        static_cast<long long>(requests), static_cast<long long>(listPages));
    std::printf(
        "against a budget of 60 requests a minute: %.1f minutes of the whole budget; %.1f min at the idle share "
        "(50/min); %.1f min while someone works (30/min)\n",
        double(requests) / kPerMinute, double(requests) / 50.0, double(requests) / 30.0);
    std::printf("floor: at most one request per 100 invoices or refunds, plus 10 (%lld allowed)\n",
        static_cast<long long>((invoices + made) / 100 + 10));
    QVERIFY2(requests <= (invoices + made) / 100 + 10, qPrintable(QString::number(requests)));
}

QTEST_GUILESS_MAIN(BenchSync)
#include "bench_sync.moc"
