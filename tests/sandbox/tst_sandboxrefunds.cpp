// Raw HTTP tests of the sandbox's refund rules (docs/api-contract.md) in both profiles.
#include "sandboxhttpclient.h"
#include "testsupport.h"

#include "sandbox/sandboxserver.h"

#include <QTest>

#include <memory>

using apipay::sandbox::Profile;
using apipay::sandbox::SandboxServer;
using apipay::test::HttpAnswer;
using apipay::test::SandboxHttpClient;

class TestSandboxRefunds : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { apipay::test::initTestEnvironment(); }
    void cleanup();

    void partialThenRemainder_totalsAndFinalStatus_data();
    void partialThenRemainder_totalsAndFinalStatus();
    void refund_overAvailable_400AndNotRefundable_400();
    void refund_returnItems_discountedAmountAndCountLimit();
    void refundsList_filtersNewestFirstWithInvoice();
    void refund_validation_422();

private:
    void startServer(Profile profile);
    qint64 paidCartInvoice();
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxHttpClient> m_http;
};

void TestSandboxRefunds::startServer(Profile profile)
{
    SandboxServer::Options options;
    options.demoData = false;
    options.processingDelayMs = 10;
    options.rateLimit = 100'000;
    options.profile = profile;
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY(m_server->start(0));
    m_http = std::make_unique<SandboxHttpClient>(*m_server);
}

void TestSandboxRefunds::cleanup()
{
    m_http.reset();
    m_server.reset();
}

qint64 TestSandboxRefunds::paidCartInvoice()
{
    m_http->post(QStringLiteral("/catalog"),
        QJsonObject { { QStringLiteral("items"),
            QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("Самса") },
                { QStringLiteral("selling_price"), 650 }, { QStringLiteral("unit_id"), 1 } } } } });
    const HttpAnswer created = m_http->post(QStringLiteral("/invoices"),
        QJsonObject { { QStringLiteral("phone_number"), QStringLiteral("87001234567") },
            { QStringLiteral("discount_percentage"), 10 },
            { QStringLiteral("cart_items"),
                QJsonArray {
                    QJsonObject { { QStringLiteral("catalog_item_id"), 101 }, { QStringLiteral("count"), 3 } } } } });
    const qint64 id = qint64(created.json().value(QStringLiteral("id")).toDouble());
    m_server->advanceClock(1000); // past the processing delay: pending
    if (!m_server->simulateInvoiceStatus(id, QStringLiteral("paid"))) {
        return 0;
    }
    return id;
}

void TestSandboxRefunds::partialThenRemainder_totalsAndFinalStatus_data()
{
    QTest::addColumn<Profile>("profile");
    QTest::addColumn<QString>("afterPartial");
    QTest::addColumn<QString>("afterFull");
    QTest::newRow("v2.0") << Profile::V20 << QStringLiteral("partially_refunded") << QStringLiteral("refunded");
    QTest::newRow("v2.1") << Profile::V21 << QStringLiteral("partially_refunded") << QStringLiteral("paid");
}

void TestSandboxRefunds::partialThenRemainder_totalsAndFinalStatus()
{
    QFETCH(Profile, profile);
    QFETCH(QString, afterPartial);
    QFETCH(QString, afterFull);
    startServer(profile);
    const qint64 id = m_http->createInvoice(10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_http->statusOf(id), QStringLiteral("pending"), 3000);
    QVERIFY(m_server->simulateInvoiceStatus(id, QStringLiteral("paid")));

    HttpAnswer partial = m_http->post(QStringLiteral("/invoices/%1/refund").arg(id),
        QJsonObject {
            { QStringLiteral("amount"), 4000 }, { QStringLiteral("reason"), QStringLiteral("Возврат товара") } });
    QCOMPARE(partial.status, 201);
    const QJsonObject refund = partial.json().value(QStringLiteral("refund")).toObject();
    QCOMPARE(refund.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QCOMPARE(refund.value(QStringLiteral("amount")).toString(), QStringLiteral("4000.00"));
    const QJsonObject invoice = partial.json().value(QStringLiteral("invoice")).toObject();
    QCOMPARE(invoice.value(QStringLiteral("available_for_refund")).toDouble(), 6000.0);
    if (profile == Profile::V20) { // totals change at once
        QCOMPARE(invoice.value(QStringLiteral("status")).toString(), QStringLiteral("partially_refunded"));
        QCOMPARE(invoice.value(QStringLiteral("total_refunded")).toString(), QStringLiteral("4000.00"));
    } else { // unchanged until completion
        QCOMPARE(invoice.value(QStringLiteral("status")).toString(), QStringLiteral("paid"));
        QCOMPARE(invoice.value(QStringLiteral("total_refunded")).toString(), QStringLiteral("0.00"));
    }
    const QString refundsPath = QStringLiteral("/invoices/%1/refunds").arg(id);
    QTRY_COMPARE_WITH_TIMEOUT(m_http->get(refundsPath)
                                  .json()
                                  .value(QStringLiteral("refunds"))
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(QStringLiteral("status"))
                                  .toString(),
        QStringLiteral("completed"), 3000);
    QCOMPARE(m_http->statusOf(id), afterPartial);

    HttpAnswer rest = m_http->post(QStringLiteral("/invoices/%1/refund").arg(id)); // no amount = the remainder
    QCOMPARE(rest.status, 201);
    QCOMPARE(rest.json().value(QStringLiteral("refund")).toObject().value(QStringLiteral("amount")).toString(),
        QStringLiteral("6000.00"));
    QTRY_COMPARE_WITH_TIMEOUT(m_http->get(refundsPath)
                                  .json()
                                  .value(QStringLiteral("refunds"))
                                  .toArray()
                                  .at(1)
                                  .toObject()
                                  .value(QStringLiteral("status"))
                                  .toString(),
        QStringLiteral("completed"), 3000);
    QCOMPARE(m_http->statusOf(id), afterFull);
    const QJsonObject summary = m_http->get(refundsPath).json();
    QCOMPARE(summary.value(QStringLiteral("total")).toInt(), 2);
    QCOMPARE(summary.value(QStringLiteral("invoice")).toObject().value(QStringLiteral("total_refunded")).toString(),
        QStringLiteral("10000.00"));
    QVERIFY(summary.value(QStringLiteral("invoice")).toObject().value(QStringLiteral("is_fully_refunded")).toBool());
    QCOMPARE(m_http->post(QStringLiteral("/invoices/%1/refund").arg(id)).status, 400);
}

void TestSandboxRefunds::refund_overAvailable_400AndNotRefundable_400()
{
    startServer(Profile::V21);
    const qint64 id = m_http->createInvoice(1000);
    HttpAnswer notYet = m_http->post(QStringLiteral("/invoices/%1/refund").arg(id));
    QCOMPARE(notYet.status, 400);
    QCOMPARE(notYet.json().value(QStringLiteral("error_code")).toString(), QStringLiteral("invoice_not_refundable"));
    QTRY_COMPARE_WITH_TIMEOUT(m_http->statusOf(id), QStringLiteral("pending"), 3000);
    QVERIFY(m_server->simulateInvoiceStatus(id, QStringLiteral("paid")));
    HttpAnswer tooMuch = m_http->post(
        QStringLiteral("/invoices/%1/refund").arg(id), QJsonObject { { QStringLiteral("amount"), 1000.01 } });
    QCOMPARE(tooMuch.status, 400);
    QCOMPARE(tooMuch.json().value(QStringLiteral("error_code")).toString(),
        QStringLiteral("refund_amount_exceeds_available"));
    QCOMPARE(m_http->post(QStringLiteral("/invoices/4242/refund")).status, 404);
}

void TestSandboxRefunds::refund_returnItems_discountedAmountAndCountLimit()
{
    startServer(Profile::V20);
    const qint64 id = paidCartInvoice();
    QVERIFY(id > 0); // 3 × 650 = 1950 − 10 % = 1755
    HttpAnswer byItems = m_http->post(QStringLiteral("/invoices/%1/refund").arg(id),
        QJsonObject { { QStringLiteral("return_items"),
            QJsonArray {
                QJsonObject { { QStringLiteral("catalog_item_id"), 101 }, { QStringLiteral("count"), 2 } } } } });
    QCOMPARE(byItems.status, 201);
    const QJsonObject refund = byItems.json().value(QStringLiteral("refund")).toObject();
    QCOMPARE(refund.value(QStringLiteral("amount")).toString(), QStringLiteral("1170.00")); // 1300 − 130
    const QJsonObject item = refund.value(QStringLiteral("items")).toArray().at(0).toObject();
    QCOMPARE(item.value(QStringLiteral("count")).toInt(), 2);
    QCOMPARE(item.value(QStringLiteral("catalog_item_id")).toInt(), 101);
    HttpAnswer tooMany = m_http->post(QStringLiteral("/invoices/%1/refund").arg(id),
        QJsonObject { { QStringLiteral("return_items"),
            QJsonArray {
                QJsonObject { { QStringLiteral("catalog_item_id"), 101 }, { QStringLiteral("count"), 2 } } } } });
    QCOMPARE(tooMany.status, 422);
    QVERIFY(tooMany.json().value(QStringLiteral("errors")).toObject().contains(QStringLiteral("return_items.0.count")));
    HttpAnswer foreign = m_http->post(QStringLiteral("/invoices/%1/refund").arg(id),
        QJsonObject { { QStringLiteral("return_items"),
            QJsonArray {
                QJsonObject { { QStringLiteral("catalog_item_id"), 555 }, { QStringLiteral("count"), 1 } } } } });
    QCOMPARE(foreign.status, 422);
    QVERIFY(foreign.json()
                .value(QStringLiteral("errors"))
                .toObject()
                .contains(QStringLiteral("return_items.0.catalog_item_id")));
}

void TestSandboxRefunds::refundsList_filtersNewestFirstWithInvoice()
{
    startServer(Profile::V20);
    const qint64 a = m_http->createInvoice(1000, QStringLiteral("87001234567"),
        QJsonObject { { QStringLiteral("external_order_id"), QStringLiteral("A-1") } });
    const qint64 b = m_http->createInvoice(2000);
    QTRY_COMPARE_WITH_TIMEOUT(m_http->statusOf(b), QStringLiteral("pending"), 3000);
    m_server->simulateInvoiceStatus(a, QStringLiteral("paid"));
    m_server->simulateInvoiceStatus(b, QStringLiteral("paid"));
    QCOMPARE(
        m_http->post(QStringLiteral("/invoices/%1/refund").arg(a), QJsonObject { { QStringLiteral("amount"), 100 } })
            .status,
        201);
    m_server->advanceClock(1000);
    QCOMPARE(
        m_http->post(QStringLiteral("/invoices/%1/refund").arg(b), QJsonObject { { QStringLiteral("amount"), 200 } })
            .status,
        201);
    HttpAnswer all = m_http->get(QStringLiteral("/refunds"));
    QCOMPARE(all.data().size(), 2);
    QCOMPARE(all.data().at(0).toObject().value(QStringLiteral("invoice_id")).toInt(), int(b));
    QCOMPARE(all.json().value(QStringLiteral("meta")).toObject().value(QStringLiteral("total")).toInt(), 2);
    HttpAnswer onlyA = m_http->get(QStringLiteral("/refunds?invoice_id=%1").arg(a));
    QCOMPARE(onlyA.data().size(), 1);
    const QJsonObject inv = onlyA.data().at(0).toObject().value(QStringLiteral("invoice")).toObject();
    QCOMPARE(inv.value(QStringLiteral("external_order_id")).toString(), QStringLiteral("A-1"));
    QCOMPARE(m_http->get(QStringLiteral("/refunds?status[]=failed")).data().size(), 0);
    QCOMPARE(m_http->get(QStringLiteral("/refunds?status[]=bogus")).status, 422);
    m_server->setProfile(Profile::V21);
    HttpAnswer flat = m_http->get(QStringLiteral("/refunds"));
    QCOMPARE(flat.json().value(QStringLiteral("total")).toInt(), 2);
    QVERIFY(!flat.json().contains(QStringLiteral("meta")));
}

void TestSandboxRefunds::refund_validation_422()
{
    startServer(Profile::V21);
    const qint64 id = paidCartInvoice();
    QVERIFY(id > 0);
    HttpAnswer both = m_http->post(QStringLiteral("/invoices/%1/refund").arg(id),
        QJsonObject { { QStringLiteral("reason"), QString(501, u'r') },
            { QStringLiteral("return_items"),
                QJsonArray { QJsonObject { { QStringLiteral("catalog_item_id"), 101 }, { QStringLiteral("count"), 1 },
                    { QStringLiteral("amount"), 100 } } } } });
    QCOMPARE(both.status, 422);
    const QJsonObject errors = both.json().value(QStringLiteral("errors")).toObject();
    QVERIFY(errors.contains(QStringLiteral("reason")));
    QVERIFY(errors.contains(QStringLiteral("return_items.0")));
    HttpAnswer byAmount = m_http->post(QStringLiteral("/invoices/%1/refund").arg(id),
        QJsonObject { { QStringLiteral("return_items"),
            QJsonArray {
                QJsonObject { { QStringLiteral("catalog_item_id"), 101 }, { QStringLiteral("amount"), 99.5 } } } } });
    QCOMPARE(byAmount.status, 201);
    QCOMPARE(byAmount.json().value(QStringLiteral("refund")).toObject().value(QStringLiteral("amount")).toString(),
        QStringLiteral("99.50"));
}

QTEST_GUILESS_MAIN(TestSandboxRefunds)
#include "tst_sandboxrefunds.moc"
