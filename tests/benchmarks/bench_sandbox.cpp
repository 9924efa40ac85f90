// Requests per second of the sandbox server on loopback (bounded counts, large rate limit), with a plain
// QNetworkAccessManager keeping up to 6 requests in flight (its per-host connection limit):
//   - GET /invoices?per_page=10 over the demo shop (~270 invoices) and over 200 000 seeded invoices,
//   - POST /invoices/status/check with 100 ids.
// APIPAY_BENCH_SANDBOX_REQUESTS sets the count per case (default 2000; 200 for the 200 000-invoice case).
#include "sandbox/sandboxserver.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <cstdio>
#include <functional>

using apipay::sandbox::SandboxServer;

namespace {

// Sends `total` requests made by `makeRequest`, at most `inFlight` at once; returns requests per second
// (0 when an answer was not 200 or the run did not finish in time).
double measure(QNetworkAccessManager& nam, int total, int inFlight,
               const std::function<QNetworkReply*(QNetworkAccessManager&)>& makeRequest)
{
    QObject done;
    int sent = 0;
    int finished = 0;
    bool allOk = true;
    std::function<void()> sendOne;
    sendOne = [&] {
        QNetworkReply* reply = makeRequest(nam);
        ++sent;
        QObject::connect(reply, &QNetworkReply::finished, &done, [&, reply] {
            allOk = allOk && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
            reply->readAll();
            reply->deleteLater();
            ++finished;
            if (sent < total) {
                sendOne();
            }
        });
    };
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < inFlight && sent < total; ++i) {
        sendOne();
    }
    QSignalSpy progress(&nam, &QNetworkAccessManager::finished);
    while (finished < total && progress.wait(30'000)) {
    }
    if (finished < total) {
        return 0.0;
    }
    const qint64 ms = qMax<qint64>(1, timer.elapsed());
    return allOk ? total * 1000.0 / double(ms) : 0.0;
}

} // namespace

class BenchSandbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { apipay::test::initTestEnvironment(); }
    void requestsPerSecond_loopback();
};

void BenchSandbox::requestsPerSecond_loopback()
{
    const int count = qEnvironmentVariableIsSet("APIPAY_BENCH_SANDBOX_REQUESTS")
        ? qMax(10, qEnvironmentVariableIntValue("APIPAY_BENCH_SANDBOX_REQUESTS"))
        : 2000;
    SandboxServer::Options options;
    options.rateLimit = 10'000'000;
    options.processingDelayMs = 0;
    SandboxServer server(options);
    QVERIFY(server.start(0));
    QNetworkAccessManager nam;
    const auto request = [&server](const QString& pathAndQuery) {
        QUrl url = server.baseUrl();
        url.setPath(url.path() + pathAndQuery.section(u'?', 0, 0));
        url.setQuery(pathAndQuery.section(u'?', 1));
        QNetworkRequest r(url);
        r.setRawHeader("X-API-Key", SandboxServer::demoKey().toUtf8());
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        return r;
    };

    const QNetworkRequest list = request(QStringLiteral("/invoices?per_page=10"));
    const double listRps = measure(nam, count, 6, [&](QNetworkAccessManager& n) { return n.get(list); });
    QVERIFY(listRps > 0);

    QJsonArray ids;
    for (int id = 1; id <= 100; ++id) {
        ids.append(id);
    }
    const QByteArray checkBody = QJsonDocument(QJsonObject{{QStringLiteral("invoice_ids"), ids}}).toJson(QJsonDocument::Compact);
    const QNetworkRequest check = request(QStringLiteral("/invoices/status/check"));
    const double checkRps = measure(nam, count, 6, [&](QNetworkAccessManager& n) { return n.post(check, checkBody); });
    QVERIFY(checkRps > 0);

    QElapsedTimer seedTimer;
    seedTimer.start();
    server.seedInvoices(200'000);
    const qint64 seedMs = seedTimer.elapsed();
    const double bigRps = measure(nam, qMax(10, count / 10), 6, [&](QNetworkAccessManager& n) { return n.get(list); });
    QVERIFY(bigRps > 0);

    std::printf("bench_sandbox: GET /invoices?per_page=10 (demo, %lld invoices): %.0f requests/s\n",
                static_cast<long long>(server.invoiceCount() - 200'000), listRps);
    std::printf("bench_sandbox: POST /invoices/status/check (100 ids): %.0f requests/s\n", checkRps);
    std::printf("bench_sandbox: seeding 200000 invoices: %lld ms\n", static_cast<long long>(seedMs));
    std::printf("bench_sandbox: GET /invoices?per_page=10 (%lld invoices): %.0f requests/s\n",
                static_cast<long long>(server.invoiceCount()), bigRps);
    std::fflush(stdout);
}

QTEST_GUILESS_MAIN(BenchSandbox)
#include "bench_sandbox.moc"
