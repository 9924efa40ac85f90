// Raw HTTP tests of the sandbox's cross-cutting rules: keys (401 forms), the per-key budget (429 forms), fault
// injection, control routes, the injected clock, the demo data and seeding.
#include "sandboxhttpclient.h"
#include "testsupport.h"

#include "sandbox/sandboxserver.h"

#include <QElapsedTimer>
#include <QImage>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

using apipay::sandbox::Profile;
using apipay::sandbox::SandboxServer;
using apipay::test::HttpAnswer;
using apipay::test::SandboxHttpClient;

class TestSandboxControl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { apipay::test::initTestEnvironment(); }
    void cleanup();

    void listen_loopbackOnlyWithOsPort();
    void key_missingOrWrong_401PerProfile_data();
    void key_missingOrWrong_401PerProfile();
    void budget_exceeded_429Forms_data();
    void budget_exceeded_429Forms();
    void budget_windowFreesWhenClockAdvances();
    void fault_delay_answersLater();
    void fault_drop_closesWithoutAnswerAfterHandling();
    void fault_dropBeforeHandling_createsNothing();
    void fault_statusAndMalformed_thenNormalAgain();
    void fault_controlRoute_matchesPathWildcard();
    void control_profileResetClockAndSimulate();
    void clock_injected_drivesDatesAndTransitions();
    void demo_believableShop();
    void seed_manyInvoicesQuickly();

private:
    void startServer(Profile profile, bool demo = false);
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxHttpClient> m_http;
};

void TestSandboxControl::startServer(Profile profile, bool demo)
{
    SandboxServer::Options options;
    options.demoData = demo;
    options.processingDelayMs = demo ? 60'000 : 10; // the demo's processing invoice stays processing
    options.rateLimit = 100'000;
    options.profile = profile;
    options.apiKeys = { SandboxServer::demoKey(), QStringLiteral("second-key") };
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY(m_server->start(0));
    m_http = std::make_unique<SandboxHttpClient>(*m_server);
}

void TestSandboxControl::cleanup()
{
    m_http.reset();
    m_server.reset();
}

void TestSandboxControl::listen_loopbackOnlyWithOsPort()
{
    startServer(Profile::V20);
    QVERIFY(m_server->port() != 0);
    QCOMPARE(m_server->baseUrl().toString(), QStringLiteral("http://127.0.0.1:%1/api/v1").arg(m_server->port()));
    const QList<QTcpServer*> servers = m_server->findChildren<QTcpServer*>();
    QCOMPARE(servers.size(), 1);
    QVERIFY(servers.first()->serverAddress().isLoopback());
    HttpAnswer status = m_http->get(QStringLiteral("/status"));
    QCOMPARE(status.status, 200);
    QCOMPARE(status.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
}

void TestSandboxControl::key_missingOrWrong_401PerProfile_data()
{
    QTest::addColumn<Profile>("profile");
    QTest::addColumn<QString>("key");
    QTest::newRow("v2.0 missing") << Profile::V20 << QString();
    QTest::newRow("v2.0 wrong") << Profile::V20 << QStringLiteral("nope");
    QTest::newRow("v2.1 missing") << Profile::V21 << QString();
    QTest::newRow("v2.1 wrong") << Profile::V21 << QStringLiteral("nope");
}

void TestSandboxControl::key_missingOrWrong_401PerProfile()
{
    QFETCH(Profile, profile);
    QFETCH(QString, key);
    startServer(profile);
    m_http->setKey(key);
    HttpAnswer answer = m_http->get(QStringLiteral("/invoices"));
    QCOMPARE(answer.status, 401);
    if (profile == Profile::V20) {
        QCOMPARE(answer.json(), QJsonObject({ { QStringLiteral("message"), QStringLiteral("Invalid API key") } }));
    } else {
        QCOMPARE(answer.json().value(QStringLiteral("error")).toString(), QStringLiteral("Invalid API key"));
        QVERIFY(!answer.json().value(QStringLiteral("message")).toString().isEmpty());
    }
    QCOMPARE(m_http->get(QStringLiteral("/status")).status, 200); // no key needed
    m_http->setKey(QStringLiteral("second-key"));
    QCOMPARE(m_http->get(QStringLiteral("/invoices")).status, 200);
}

void TestSandboxControl::budget_exceeded_429Forms_data()
{
    QTest::addColumn<Profile>("profile");
    QTest::newRow("v2.0") << Profile::V20;
    QTest::newRow("v2.1") << Profile::V21;
}

void TestSandboxControl::budget_exceeded_429Forms()
{
    QFETCH(Profile, profile);
    startServer(profile);
    m_server->setRateLimit(3, 60'000);
    for (int i = 0; i < 3; ++i) {
        HttpAnswer ok = m_http->get(QStringLiteral("/invoices"));
        QCOMPARE(ok.status, 200);
        if (profile == Profile::V20) {
            QCOMPARE(ok.header("X-RateLimit-Remaining").toInt(), 2 - i);
        } else {
            QVERIFY(!ok.hasHeader("X-RateLimit-Remaining"));
        }
    }
    HttpAnswer limited = m_http->get(QStringLiteral("/invoices"));
    QCOMPARE(limited.status, 429);
    QVERIFY(limited.header("Retry-After").toInt() >= 59);
    QCOMPARE(limited.json().value(QStringLiteral("retry_after")).toInt(), limited.header("Retry-After").toInt());
    QCOMPARE(limited.hasHeader("X-RateLimit-Remaining"), profile == Profile::V20);
    // The budget is per key.
    m_http->setKey(QStringLiteral("second-key"));
    QCOMPARE(m_http->get(QStringLiteral("/invoices")).status, 200);
}

void TestSandboxControl::budget_windowFreesWhenClockAdvances()
{
    startServer(Profile::V20);
    m_server->setRateLimit(2, 10'000);
    QCOMPARE(m_http->get(QStringLiteral("/invoices")).status, 200);
    QCOMPARE(m_http->get(QStringLiteral("/invoices")).status, 200);
    QCOMPARE(m_http->get(QStringLiteral("/invoices")).status, 429);
    m_server->advanceClock(10'001);
    QCOMPARE(m_http->get(QStringLiteral("/invoices")).status, 200);
}

void TestSandboxControl::fault_delay_answersLater()
{
    startServer(Profile::V20);
    m_server->delayNext("GET", QStringLiteral("/invoices"), 300);
    HttpAnswer slow = m_http->get(QStringLiteral("/invoices"));
    QCOMPARE(slow.status, 200);
    QVERIFY2(slow.elapsedMs >= 290, qPrintable(QString::number(slow.elapsedMs)));
    HttpAnswer fast = m_http->get(QStringLiteral("/invoices"));
    QVERIFY(fast.elapsedMs < 290);
}

void TestSandboxControl::fault_drop_closesWithoutAnswerAfterHandling()
{
    startServer(Profile::V20);
    // QNetworkAccessManager re-sends once on a closed keep-alive connection, so drop a few in a row.
    m_server->dropNext("POST", QStringLiteral("/invoices"), 5);
    HttpAnswer dropped = m_http->post(QStringLiteral("/invoices"),
        QJsonObject { { QStringLiteral("amount"), 100 },
            { QStringLiteral("phone_number"), QStringLiteral("87001234567") },
            { QStringLiteral("external_order_id"), QStringLiteral("drop-1") } });
    QCOMPARE(dropped.status, 0);
    QVERIFY(dropped.error != QNetworkReply::NoError);
    QVERIFY(!m_server->invoicesWithExternalOrderId(QStringLiteral("drop-1")).isEmpty()); // handled before the drop
    m_server->clearFaults();
    QCOMPARE(m_http->get(QStringLiteral("/invoices?search=drop-1")).status, 200);
}

void TestSandboxControl::fault_dropBeforeHandling_createsNothing()
{
    startServer(Profile::V20);
    apipay::sandbox::SandboxFault fault;
    fault.kind = apipay::sandbox::SandboxFault::Kind::DropBeforeHandling;
    fault.method = "POST";
    fault.path = QStringLiteral("/invoices");
    fault.count = 5;
    m_server->addFault(fault);
    QCOMPARE(m_http->createInvoice(100), 0);
    QCOMPARE(m_server->invoiceCount(), 0);
}

void TestSandboxControl::fault_statusAndMalformed_thenNormalAgain()
{
    startServer(Profile::V20);
    m_server->failNext("GET", QStringLiteral("/invoices"), 503, R"({"message": "Kaspi session expired"})", 2);
    QCOMPARE(m_http->get(QStringLiteral("/invoices")).status, 503);
    HttpAnswer second = m_http->get(QStringLiteral("/invoices"));
    QCOMPARE(second.json().value(QStringLiteral("message")).toString(), QStringLiteral("Kaspi session expired"));
    QCOMPARE(m_http->get(QStringLiteral("/invoices")).status, 200);
    m_server->malformNext("GET", QStringLiteral("/invoices"));
    HttpAnswer broken = m_http->get(QStringLiteral("/invoices"));
    QCOMPARE(broken.status, 200);
    QJsonParseError error;
    QJsonDocument::fromJson(broken.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
    QCOMPARE(m_server->pendingFaults(), 0);
}

void TestSandboxControl::fault_controlRoute_matchesPathWildcard()
{
    startServer(Profile::V20);
    const qint64 id = m_http->createInvoice(100);
    HttpAnswer added = m_http->control("POST", QStringLiteral("/sandbox/faults"),
        QJsonObject { { QStringLiteral("kind"), QStringLiteral("status") },
            { QStringLiteral("path"), QStringLiteral("/invoices/*") }, { QStringLiteral("status"), 502 },
            { QStringLiteral("headers"), QJsonObject { { QStringLiteral("X-Test"), QStringLiteral("1") } } },
            { QStringLiteral("body"),
                QJsonObject { { QStringLiteral("message"), QStringLiteral("Kaspi API error") } } } });
    QCOMPARE(added.status, 200);
    QCOMPARE(m_http->get(QStringLiteral("/invoices")).status, 200); // not matched: "/invoices" has no second segment
    HttpAnswer failed = m_http->get(QStringLiteral("/invoices/%1").arg(id));
    QCOMPARE(failed.status, 502);
    QCOMPARE(failed.header("X-Test"), QByteArray("1"));
    QCOMPARE(m_http
                 ->control("POST", QStringLiteral("/sandbox/faults"),
                     QJsonObject { { QStringLiteral("kind"), QStringLiteral("x") } })
                 .status,
        400);
    m_http->control("POST", QStringLiteral("/sandbox/faults"),
        QJsonObject { { QStringLiteral("kind"), QStringLiteral("drop") }, { QStringLiteral("count"), 3 } });
    QCOMPARE(m_server->pendingFaults(), 1);
    QCOMPARE(m_http->control("DELETE", QStringLiteral("/sandbox/faults")).status, 200);
    QCOMPARE(m_server->pendingFaults(), 0);
}

void TestSandboxControl::control_profileResetClockAndSimulate()
{
    startServer(Profile::V20);
    QCOMPARE(m_http
                 ->control("POST", QStringLiteral("/sandbox/profile"),
                     QJsonObject { { QStringLiteral("profile"), QStringLiteral("v2.1") } })
                 .status,
        200);
    QCOMPARE(m_server->profile(), Profile::V21);
    QCOMPARE(m_http
                 ->control("POST", QStringLiteral("/sandbox/profile"),
                     QJsonObject { { QStringLiteral("profile"), QStringLiteral("v3") } })
                 .status,
        400);
    const qint64 id = m_http->createInvoice(100);
    const QDateTime before = m_server->now();
    HttpAnswer advanced = m_http->control(
        "POST", QStringLiteral("/sandbox/clock/advance"), QJsonObject { { QStringLiteral("seconds"), 3600 } });
    QCOMPARE(advanced.status, 200);
    QVERIFY(before.secsTo(m_server->now()) >= 3600);
    for (const double absurd : { 1e300, -5.0, 0.0 }) {
        QCOMPARE(m_http
                     ->control("POST", QStringLiteral("/sandbox/clock/advance"),
                         QJsonObject { { QStringLiteral("seconds"), absurd } })
                     .status,
            400);
    }
    QCOMPARE(m_http
                 ->control("POST", QStringLiteral("/sandbox/config"),
                     QJsonObject { { QStringLiteral("invoice_lifetime_seconds"), 1e300 } })
                 .status,
        400);
    QVERIFY(before.secsTo(m_server->now()) < 7200);
    QCOMPARE(m_http
                 ->control("POST", QStringLiteral("/sandbox/invoices/%1/simulate").arg(id),
                     QJsonObject { { QStringLiteral("status"), QStringLiteral("paid") } })
                 .status,
        200);
    QCOMPARE(m_http->statusOf(id), QStringLiteral("paid"));
    HttpAnswer config = m_http->control("POST", QStringLiteral("/sandbox/config"),
        QJsonObject { { QStringLiteral("processing_delay_ms"), 5 }, { QStringLiteral("async_cancel"), true },
            { QStringLiteral("rate_limit"), 50 } });
    QCOMPARE(config.json().value(QStringLiteral("processing_delay_ms")).toInt(), 5);
    QVERIFY(config.json().value(QStringLiteral("async_cancel")).toBool());
    QCOMPARE(m_http->control("POST", QStringLiteral("/sandbox/reset")).status, 200);
    QCOMPARE(m_server->invoiceCount(), 0);
    QCOMPARE(
        m_http->control("GET", QStringLiteral("/sandbox/state")).json().value(QStringLiteral("profile")).toString(),
        QStringLiteral("v2.1"));
}

void TestSandboxControl::clock_injected_drivesDatesAndTransitions()
{
    QDateTime fake(QDate(2026, 4, 8), QTime(10, 15), Qt::UTC);
    SandboxServer::Options options;
    options.demoData = false;
    options.processingDelayMs = 500;
    options.clock = [&fake] { return fake; };
    SandboxServer server(options);
    QVERIFY(server.start(0));
    SandboxHttpClient http(server);
    const qint64 id = http.createInvoice(100);
    QCOMPARE(http.get(QStringLiteral("/invoices/%1").arg(id)).json().value(QStringLiteral("created_at")).toString(),
        QStringLiteral("2026-04-08T10:15:00.000000Z"));
    QCOMPARE(http.statusOf(id), QStringLiteral("processing")); // the fake clock has not moved
    fake = fake.addMSecs(500);
    QCOMPARE(http.statusOf(id), QStringLiteral("pending"));
    server.advanceClock(24 * 3600 * 1000);
    QCOMPARE(http.statusOf(id), QStringLiteral("expired"));
    QCOMPARE(server.now(), fake.addDays(1));
}

void TestSandboxControl::demo_believableShop()
{
    startServer(Profile::V20, true);
    QVERIFY(m_server->catalogItemCount() >= 20);
    QVERIFY(m_server->invoiceCount() >= 200);
    QVERIFY(m_server->subscriptionCount() >= 5);
    QVERIFY(m_server->refundCount() >= 5);
    for (const char* status : { "pending", "paid", "cancelled", "expired", "error", "partially_refunded", "refunded",
             "processing", "cancelling" }) {
        QVERIFY2(
            m_http->get(QStringLiteral("/invoices?status[]=%1").arg(QLatin1String(status))).data().size() >= 1, status);
    }
    // Every catalog item has a real PNG picture.
    const QJsonArray catalog = m_http->get(QStringLiteral("/catalog?per_page=200")).data();
    for (const QJsonValue& v : catalog) {
        HttpAnswer image = m_http->getUrl(QUrl(v.toObject().value(QStringLiteral("image_url")).toString()));
        QImage decoded;
        QVERIFY(decoded.loadFromData(image.body, "PNG"));
        QVERIFY(decoded.width() >= 64);
    }
    // Every subscription has a history; at least one refund has items.
    for (int id = 1; id <= m_server->subscriptionCount(); ++id) {
        QVERIFY(!m_http->get(QStringLiteral("/subscriptions/%1/invoices").arg(id)).data().isEmpty());
    }
    bool itemRefund = false;
    for (const QJsonValue& r : m_http->get(QStringLiteral("/refunds?per_page=100")).data()) {
        itemRefund = itemRefund || !r.toObject().value(QStringLiteral("items")).toArray().isEmpty();
    }
    QVERIFY(itemRefund);
    QVERIFY(m_http->get(QStringLiteral("/invoices?per_page=100"))
                .data()
                .at(0)
                .toObject()
                .value(QStringLiteral("description"))
                .toString()
                .size()
        > 3);
    // Deterministic: a second sandbox has the same first invoices.
    SandboxServer other(SandboxServer::Options {});
    QCOMPARE(other.invoiceCount(), m_server->invoiceCount());
}

void TestSandboxControl::seed_manyInvoicesQuickly()
{
    startServer(Profile::V20);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(m_server->seedInvoices(50'000), 50'000);
    const qint64 ms = timer.elapsed();
    qInfo("seeded 50000 invoices in %lld ms", ms);
    QVERIFY(ms < 15'000);
    HttpAnswer page = m_http->get(QStringLiteral("/invoices?per_page=10&page=2&status[]=paid"));
    QCOMPARE(page.data().size(), 10);
    QVERIFY(page.json().value(QStringLiteral("meta")).toObject().value(QStringLiteral("total")).toInt() > 10'000);
}

QTEST_GUILESS_MAIN(TestSandboxControl)
#include "tst_sandboxcontrol.moc"
