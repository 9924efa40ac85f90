// Raw HTTP tests of the sandbox's v2.1 static QR sheets: create (validation), list, card, disable, and the simulated
// customer scan that creates QR invoices; v2.0 has no such routes.
#include "sandboxhttpclient.h"
#include "testsupport.h"

#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstore.h"

#include <QTest>

#include <memory>

using apipay::sandbox::Profile;
using apipay::sandbox::SandboxServer;
using apipay::test::HttpAnswer;
using apipay::test::SandboxHttpClient;

class TestSandboxStaticQr : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { apipay::test::initTestEnvironment(); }
    void cleanup();

    void v20_hasNoStaticQr();
    void create_amount_cardAsDocumented();
    void create_cart_amountIsTheCartTotal();
    void create_invalid_422_data();
    void create_invalid_422();
    void list_pagedNewestFirst();
    void card_unknownId_404();
    void scan_createsQrInvoice_paidMarksSheet();
    void scan_singleUse_reusesLiveInvoice();
    void scan_reusable_atMostFiveOpen();
    void disable_thenScansRefused();
    void scan_expiredSheetRefused();

private:
    void startServer(Profile profile);
    qint64 createSheet(const QJsonObject& body);
    HttpAnswer scan(qint64 sheetId);
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxHttpClient> m_http;
};

void TestSandboxStaticQr::startServer(Profile profile)
{
    SandboxServer::Options options;
    options.demoData = true; // the catalog of the demo shop
    options.processingDelayMs = 0;
    options.rateLimit = 100'000;
    options.profile = profile;
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY(m_server->start(0));
    m_http = std::make_unique<SandboxHttpClient>(*m_server);
}

void TestSandboxStaticQr::cleanup()
{
    m_http.reset();
    m_server.reset();
}

qint64 TestSandboxStaticQr::createSheet(const QJsonObject& body)
{
    const HttpAnswer a = m_http->post(QStringLiteral("/static-qr"), body);
    if (a.status != 201) {
        qWarning() << a.status << a.body;
        return 0;
    }
    return a.json().value(QStringLiteral("id")).toInteger();
}

HttpAnswer TestSandboxStaticQr::scan(qint64 sheetId)
{
    return m_http->control("POST", QStringLiteral("/sandbox/static-qr/%1/scan").arg(sheetId));
}

void TestSandboxStaticQr::v20_hasNoStaticQr()
{
    startServer(Profile::V20);
    QCOMPARE(m_http->post(QStringLiteral("/static-qr"), { { QStringLiteral("amount"), 5000 } }).status, 404);
    QCOMPARE(m_http->get(QStringLiteral("/static-qr")).status, 404);
    QCOMPARE(m_http->get(QStringLiteral("/static-qr/1")).status, 404);
    QCOMPARE(m_http->del(QStringLiteral("/static-qr/1")).status, 404);
}

void TestSandboxStaticQr::create_amount_cardAsDocumented()
{
    startServer(Profile::V21);
    const HttpAnswer a = m_http->post(QStringLiteral("/static-qr"),
        { { QStringLiteral("amount"), 5000 }, { QStringLiteral("description"), QStringLiteral("Coffee") } });
    QCOMPARE(a.status, 201);
    const QJsonObject card = a.json();
    QCOMPARE(card.value(QStringLiteral("amount")).toString(), QStringLiteral("5000.00"));
    QCOMPARE(card.value(QStringLiteral("description")).toString(), QStringLiteral("Coffee"));
    QCOMPARE(card.value(QStringLiteral("single_use")).toBool(), true); // the default
    QCOMPARE(card.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    QCOMPARE(card.value(QStringLiteral("scan_count")).toInt(), 0);
    QCOMPARE(card.value(QStringLiteral("paid")).toBool(), false);
    QVERIFY(card.value(QStringLiteral("paid_at")).isNull());
    QVERIFY(card.value(QStringLiteral("qr_image_url")).isNull());
    QVERIFY(card.value(QStringLiteral("external_order_id")).isNull());
    QCOMPARE(card.value(QStringLiteral("is_sandbox")).toBool(), true);
    const QString token = card.value(QStringLiteral("token")).toString();
    QVERIFY(!token.isEmpty());
    QCOMPARE(card.value(QStringLiteral("print_url")).toString(), QStringLiteral("https://qr.apipay.kz/") + token);
    QCOMPARE(card.value(QStringLiteral("manual_url")).toString(), QStringLiteral("https://qr.apipay.kz"));
    QCOMPARE(card.value(QStringLiteral("short_code")).toString().size(), 8);
    QVERIFY(card.value(QStringLiteral("created_at")).toString().endsWith(QStringLiteral("+05:00")));
    // The same card again from GET.
    const HttpAnswer again = m_http->get(QStringLiteral("/static-qr/%1").arg(card.value(QStringLiteral("id")).toInt()));
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json(), card);
}

void TestSandboxStaticQr::create_cart_amountIsTheCartTotal()
{
    startServer(Profile::V21);
    QVERIFY(!m_server->store().catalog().empty());
    const auto& item = m_server->store().catalog().begin()->second;
    QJsonObject line;
    line.insert(QStringLiteral("catalog_item_id"), item.id);
    line.insert(QStringLiteral("count"), 3);
    QJsonObject body;
    body.insert(QStringLiteral("cart_items"), QJsonArray { line });
    const HttpAnswer a = m_http->post(QStringLiteral("/static-qr"), body);
    QCOMPARE(a.status, 201);
    QCOMPARE(a.json().value(QStringLiteral("amount")).toString(),
        apipay::Money::checkedMul(item.sellingPrice, 3)->toPlainString());
    const qint64 sheet = a.json().value(QStringLiteral("id")).toInteger();
    const HttpAnswer s = scan(sheet);
    QCOMPARE(s.status, 200);
    const qint64 invoiceId = s.json().value(QStringLiteral("invoice_id")).toInteger();
    const QJsonObject inv = m_http->get(QStringLiteral("/invoices/%1").arg(invoiceId)).json();
    QCOMPARE(inv.value(QStringLiteral("items")).toArray().size(), 1);
    QCOMPARE(inv.value(QStringLiteral("items")).toArray().first().toObject().value(QStringLiteral("count")).toInt(), 3);
}

void TestSandboxStaticQr::create_invalid_422_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("nothing") << QJsonObject {} << QStringLiteral("amount");
    QTest::newRow("discount 0") << QJsonObject { { QStringLiteral("amount"), 100 },
        { QStringLiteral("discount_percentage"), 0 } }
                                << QStringLiteral("discount_percentage");
    QTest::newRow("discount 100") << QJsonObject { { QStringLiteral("amount"), 100 },
        { QStringLiteral("discount_percentage"), 100 } }
                                  << QStringLiteral("discount_percentage");
    QTest::newRow("description 101") << QJsonObject { { QStringLiteral("amount"), 100 },
        { QStringLiteral("description"), QString(101, u'x') } }
                                     << QStringLiteral("description");
    QTest::newRow("expires in the past") << QJsonObject { { QStringLiteral("amount"), 100 },
        { QStringLiteral("expires_at"), QStringLiteral("2020-01-01T00:00:00+05:00") } }
                                         << QStringLiteral("expires_at");
    QTest::newRow("unknown catalog item") << QJsonObject { { QStringLiteral("cart_items"),
        QJsonArray { QJsonObject { { QStringLiteral("catalog_item_id"), 999999 }, { QStringLiteral("count"), 1 } } } } }
                                          << QStringLiteral("cart_items.0.catalog_item_id");
    QTest::newRow("single_use text") << QJsonObject { { QStringLiteral("amount"), 100 },
        { QStringLiteral("single_use"), QStringLiteral("yes") } }
                                     << QStringLiteral("single_use");
}

void TestSandboxStaticQr::create_invalid_422()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    startServer(Profile::V21);
    const HttpAnswer a = m_http->post(QStringLiteral("/static-qr"), body);
    QCOMPARE(a.status, 422);
    QCOMPARE(a.json().value(QStringLiteral("message")).toString(), QStringLiteral("Validation failed"));
    QVERIFY2(a.json().value(QStringLiteral("errors")).toObject().contains(field), a.body.constData());
    QCOMPARE(m_http->get(QStringLiteral("/static-qr")).json().value(QStringLiteral("total")).toInt(), 0);
}

void TestSandboxStaticQr::list_pagedNewestFirst()
{
    startServer(Profile::V21);
    for (int i = 1; i <= 3; ++i) {
        QVERIFY(createSheet({ { QStringLiteral("amount"), 100 * i } }) == i);
    }
    const HttpAnswer a = m_http->get(QStringLiteral("/static-qr?per_page=2&page=1"));
    QCOMPARE(a.status, 200);
    const QJsonObject o = a.json();
    QCOMPARE(o.value(QStringLiteral("total")).toInt(), 3);
    QCOMPARE(o.value(QStringLiteral("per_page")).toInt(), 2);
    QCOMPARE(o.value(QStringLiteral("current_page")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("last_page")).toInt(), 2);
    QCOMPARE(a.data().size(), 2);
    QCOMPARE(a.data().at(0).toObject().value(QStringLiteral("id")).toInt(), 3);
    const HttpAnswer second = m_http->get(QStringLiteral("/static-qr?per_page=2&page=2"));
    QCOMPARE(second.data().size(), 1);
    QCOMPARE(second.data().at(0).toObject().value(QStringLiteral("id")).toInt(), 1);
    QCOMPARE(m_http->get(QStringLiteral("/static-qr?per_page=101")).status, 422);
    QCOMPARE(m_http->get(QStringLiteral("/static-qr?page=0")).status, 422);
}

void TestSandboxStaticQr::card_unknownId_404()
{
    startServer(Profile::V21);
    QCOMPARE(m_http->get(QStringLiteral("/static-qr/42")).status, 404);
    QCOMPARE(m_http->del(QStringLiteral("/static-qr/42")).status, 404);
    QCOMPARE(scan(42).status, 400);
}

void TestSandboxStaticQr::scan_createsQrInvoice_paidMarksSheet()
{
    startServer(Profile::V21);
    const qint64 sheet = createSheet({ { QStringLiteral("amount"), 2500 } });
    QVERIFY(sheet > 0);
    const HttpAnswer s = scan(sheet);
    QCOMPARE(s.status, 200);
    const qint64 invoiceId = s.json().value(QStringLiteral("invoice_id")).toInteger();
    const QJsonObject inv = m_http->get(QStringLiteral("/invoices/%1").arg(invoiceId)).json();
    QCOMPARE(inv.value(QStringLiteral("amount")).toString(), QStringLiteral("2500.00"));
    QCOMPARE(inv.value(QStringLiteral("is_qr_token")).toBool(), true);
    const QString orderId = inv.value(QStringLiteral("external_order_id")).toString();
    QVERIFY2(orderId.startsWith(QStringLiteral("static_qr_%1_").arg(sheet)), qPrintable(orderId));
    QCOMPARE(orderId.section(u'_', 3).toLongLong(), m_server->now().toSecsSinceEpoch());
    QJsonObject card = m_http->get(QStringLiteral("/static-qr/%1").arg(sheet)).json();
    QCOMPARE(card.value(QStringLiteral("scan_count")).toInt(), 1);
    QCOMPARE(card.value(QStringLiteral("paid")).toBool(), false);
    QTRY_COMPARE(m_http->statusOf(invoiceId), QStringLiteral("pending"));
    QCOMPARE(m_http
                 ->post(QStringLiteral("/invoices/%1/simulate-status").arg(invoiceId),
                     { { QStringLiteral("status"), QStringLiteral("paid") } })
                 .status,
        200);
    card = m_http->get(QStringLiteral("/static-qr/%1").arg(sheet)).json();
    QCOMPARE(card.value(QStringLiteral("paid")).toBool(), true);
    QCOMPARE(card.value(QStringLiteral("status")).toString(), QStringLiteral("paid"));
    QVERIFY(card.value(QStringLiteral("paid_at")).toString().endsWith(QStringLiteral("+05:00")));
    // A paid single-use sheet takes no more scans.
    QCOMPARE(scan(sheet).status, 400);
}

void TestSandboxStaticQr::scan_singleUse_reusesLiveInvoice()
{
    startServer(Profile::V21);
    const qint64 sheet = createSheet(
        { { QStringLiteral("amount"), 700 }, { QStringLiteral("external_order_id"), QStringLiteral("table-7") } });
    const qint64 first = scan(sheet).json().value(QStringLiteral("invoice_id")).toInteger();
    const qint64 second = scan(sheet).json().value(QStringLiteral("invoice_id")).toInteger();
    QVERIFY(first > 0);
    QCOMPARE(second, first);
    QCOMPARE(m_server->invoicesWithExternalOrderId(QStringLiteral("table-7")), QList<qint64> { first });
    QCOMPARE(
        m_http->get(QStringLiteral("/static-qr/%1").arg(sheet)).json().value(QStringLiteral("scan_count")).toInt(), 2);
}

void TestSandboxStaticQr::scan_reusable_atMostFiveOpen()
{
    startServer(Profile::V21);
    const qint64 sheet = createSheet({ { QStringLiteral("amount"), 300 }, { QStringLiteral("single_use"), false } });
    QSet<qint64> ids;
    for (int i = 0; i < 5; ++i) {
        const HttpAnswer s = scan(sheet);
        QCOMPARE(s.status, 200);
        ids.insert(s.json().value(QStringLiteral("invoice_id")).toInteger());
    }
    QCOMPARE(ids.size(), 5);
    QCOMPARE(scan(sheet).status, 400); // a sixth open invoice is refused
    const qint64 one = *ids.begin();
    QTRY_COMPARE(m_http->statusOf(one), QStringLiteral("pending"));
    QVERIFY(m_server->simulateInvoiceStatus(one, QStringLiteral("paid")));
    QCOMPARE(scan(sheet).status, 200); // one paid: room again
    const QJsonObject card = m_http->get(QStringLiteral("/static-qr/%1").arg(sheet)).json();
    QCOMPARE(card.value(QStringLiteral("status")).toString(), QStringLiteral("active")); // reusable stays active
    QCOMPARE(card.value(QStringLiteral("paid")).toBool(), true);
    QCOMPARE(card.value(QStringLiteral("scan_count")).toInt(), 6);
}

void TestSandboxStaticQr::disable_thenScansRefused()
{
    startServer(Profile::V21);
    const qint64 sheet = createSheet({ { QStringLiteral("amount"), 300 }, { QStringLiteral("single_use"), false } });
    const qint64 invoiceId = scan(sheet).json().value(QStringLiteral("invoice_id")).toInteger();
    const HttpAnswer d = m_http->del(QStringLiteral("/static-qr/%1").arg(sheet));
    QCOMPARE(d.status, 200);
    QCOMPARE(d.json().value(QStringLiteral("status")).toString(), QStringLiteral("disabled"));
    QCOMPARE(m_http->del(QStringLiteral("/static-qr/%1").arg(sheet)).status, 200); // again: the same card
    QCOMPARE(scan(sheet).status, 400);
    QVERIFY(m_server->invoiceStatus(invoiceId).has_value()); // the invoice made before stays
}

void TestSandboxStaticQr::scan_expiredSheetRefused()
{
    startServer(Profile::V21);
    const QString in1h = m_server->now().addSecs(3600).toString(Qt::ISODate);
    const qint64 sheet = createSheet({ { QStringLiteral("amount"), 300 }, { QStringLiteral("expires_at"), in1h } });
    QVERIFY(sheet > 0);
    QCOMPARE(scan(sheet).status, 200);
    m_server->advanceClock(2 * 3600 * 1000);
    const HttpAnswer late = scan(sheet);
    QCOMPARE(late.status, 400);
}

QTEST_GUILESS_MAIN(TestSandboxStaticQr)
#include "tst_sandboxstaticqr.moc"
