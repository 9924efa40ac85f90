// Start-up of the sandbox with the demo shop (six months, ~7,500 invoices); the time of one list page with filters
// over it; requests per second on loopback (bounded counts, large rate limit), with a plain QNetworkAccessManager
// keeping up to 6 requests in flight (its per-host connection limit):
//   - GET /invoices?per_page=10 over the demo shop and over 200 000 more seeded invoices,
//   - POST /invoices/status/check with 100 ids;
// seeding 200 000 invoices: time and resident memory added.
// APIPAY_BENCH_SANDBOX_REQUESTS sets the count per case (default 2000; 200 for the 200 000-invoice case).
#include "sandbox/sandboxserver.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
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
double measure(QNetworkAccessManager& nam,
    int total,
    int inFlight,
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
    while (finished < total && progress.wait(30'000)) { }
    if (finished < total) {
        return 0.0;
    }
    const qint64 ms = qMax<qint64>(1, timer.elapsed());
    return allOk ? total * 1000.0 / double(ms) : 0.0;
}

// Resident memory of this process in KiB (Linux /proc), 0 when unknown.
qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return 0;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return 0;
}

// Milliseconds of one GET answered by the server (sent alone).
qint64 oneRequestMs(QNetworkAccessManager& nam, const QNetworkRequest& request)
{
    QElapsedTimer timer;
    timer.start();
    QNetworkReply* reply = nam.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(30'000) || reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200) {
        reply->deleteLater();
        return -1;
    }
    reply->deleteLater();
    return timer.elapsed();
}

} // namespace

class BenchSandbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { apipay::test::initTestEnvironment(); }
    void startUp_demoShop();
    void requestsPerSecond_loopback();
};

void BenchSandbox::startUp_demoShop()
{
    qint64 best = -1;
    qint64 invoices = 0;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        SandboxServer server;
        QVERIFY(server.start(0));
        const qint64 ms = timer.elapsed();
        best = best < 0 ? ms : qMin(best, ms);
        invoices = server.invoiceCount();
    }
    std::printf("bench_sandbox: start-up with the demo shop (%lld invoices): %lld ms (best of 3)\n",
        static_cast<long long>(invoices), static_cast<long long>(best));
    std::fflush(stdout);
}

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

    const QStringList pages = {
        QStringLiteral("/invoices?per_page=50&page=60"),
        QStringLiteral("/invoices?per_page=50&search=order-2"),
        QStringLiteral("/invoices?per_page=50&status[]=expired&status[]=cancelled"),
        QStringLiteral("/invoices?per_page=50&date_from=%1&date_to=%2&sort_by=amount")
            .arg(server.now().addDays(-40).date().toString(Qt::ISODate),
                server.now().addDays(-10).date().toString(Qt::ISODate)),
    };
    for (const QString& page : pages) {
        const qint64 ms = oneRequestMs(nam, request(page));
        QVERIFY2(ms >= 0, qPrintable(page));
        std::printf("bench_sandbox: GET %s over %lld invoices: %lld ms\n", qPrintable(page),
            static_cast<long long>(server.invoiceCount()), static_cast<long long>(ms));
    }

    const QNetworkRequest list = request(QStringLiteral("/invoices?per_page=10"));
    const double listRps = measure(nam, count, 6, [&](QNetworkAccessManager& n) { return n.get(list); });
    QVERIFY(listRps > 0);

    QJsonArray ids;
    for (int id = 1; id <= 100; ++id) {
        ids.append(id);
    }
    const QByteArray checkBody
        = QJsonDocument(QJsonObject { { QStringLiteral("invoice_ids"), ids } }).toJson(QJsonDocument::Compact);
    const QNetworkRequest check = request(QStringLiteral("/invoices/status/check"));
    const double checkRps = measure(nam, count, 6, [&](QNetworkAccessManager& n) { return n.post(check, checkBody); });
    QVERIFY(checkRps > 0);

    const qint64 demoCount = server.invoiceCount();
    const qint64 rssBefore = residentKiB();
    QElapsedTimer seedTimer;
    seedTimer.start();
    server.seedInvoices(200'000);
    const qint64 seedMs = seedTimer.elapsed();
    const qint64 rssAdded = residentKiB() - rssBefore;
    const qint64 bigPageMs
        = oneRequestMs(nam, request(QStringLiteral("/invoices?per_page=50&page=2000&status[]=paid")));
    QVERIFY(bigPageMs >= 0);
    const double bigRps = measure(nam, qMax(10, count / 10), 6, [&](QNetworkAccessManager& n) { return n.get(list); });
    QVERIFY(bigRps > 0);

    std::printf("bench_sandbox: GET /invoices?per_page=10 (demo, %lld invoices): %.0f requests/s\n",
        static_cast<long long>(demoCount), listRps);
    std::printf("bench_sandbox: POST /invoices/status/check (100 ids): %.0f requests/s\n", checkRps);
    std::printf("bench_sandbox: seeding 200000 invoices: %lld ms, %lld MiB resident added\n",
        static_cast<long long>(seedMs), static_cast<long long>(rssAdded / 1024));
    std::printf("bench_sandbox: GET /invoices?per_page=50&page=2000&status[]=paid (%lld invoices): %lld ms\n",
        static_cast<long long>(server.invoiceCount()), static_cast<long long>(bigPageMs));
    std::printf("bench_sandbox: GET /invoices?per_page=10 (%lld invoices): %.0f requests/s\n",
        static_cast<long long>(server.invoiceCount()), bigRps);
    std::fflush(stdout);
}

QTEST_GUILESS_MAIN(BenchSandbox)
#include "bench_sandbox.moc"
