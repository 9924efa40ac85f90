// Raw HTTP tests of the sandbox's invoice rules (docs/api-contract.md) with a plain QNetworkAccessManager.
#include "sandboxhttpclient.h"
#include "testsupport.h"

#include "sandbox/sandboxserver.h"

#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

#include <memory>

using apipay::sandbox::Profile;
using apipay::sandbox::SandboxServer;
using apipay::test::HttpAnswer;
using apipay::test::SandboxHttpClient;

class TestSandboxInvoices : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { apipay::test::initTestEnvironment(); }
    void init();
    void cleanup();

    void create_processingThenPendingWithElevenDigitKaspiId_data();
    void create_processingThenPendingWithElevenDigitKaspiId();
    void create_errorPhone_goesToError();
    void create_invalidFields_422WithDottedPaths();
    void create_neitherAmountNorCart_422OnAmount();
    void create_cartWithDiscount_exactHalfUpTotals();
    void create_v21Idempotency_409ThenNewAfterCancel();
    void list_filtersSearchDatesAndPaging();
    void list_outOfRangePerPage_422();
    void list_v20NestedMetaAndSevenPhone_v21FlatAndEightPhone();
    void simulate_onlyFromPending_else400InvalidTransition_data();
    void simulate_onlyFromPending_else400InvalidTransition();
    void cancel_pending200_thenNotCancellable400();
    void cancel_asyncSwitch_202CancellingThenCancelled();
    void pending_expiresAfterLifetime_whenClockAdvances();
    void statusCheck_omitsUnknown_rejectsOver100();
    void detail_unknown_404PerProfile_data();
    void detail_unknown_404PerProfile();

private:
    void startServer(Profile profile = Profile::V20);
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxHttpClient> m_http;
};

void TestSandboxInvoices::startServer(Profile profile)
{
    SandboxServer::Options options;
    options.demoData = false;
    options.processingDelayMs = 20;
    options.rateLimit = 100'000;
    options.profile = profile;
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY(m_server->start(0));
    m_http = std::make_unique<SandboxHttpClient>(*m_server);
    // Two catalog items for cart tests (ids 101, 102).
    QCOMPARE(
        m_http
            ->post(QStringLiteral("/catalog"),
                QJsonObject { { QStringLiteral("items"),
                    QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("Кофе латте") },
                                     { QStringLiteral("selling_price"), 333.33 }, { QStringLiteral("unit_id"), 1 } },
                        QJsonObject { { QStringLiteral("name"), QStringLiteral("Нан") },
                            { QStringLiteral("selling_price"), 250 }, { QStringLiteral("unit_id"), 1 } } } } })
            .status,
        profile == Profile::V21 ? 201 : 202);
}

void TestSandboxInvoices::init()
{
    startServer();
}

void TestSandboxInvoices::cleanup()
{
    m_http.reset();
    m_server.reset();
}

void TestSandboxInvoices::create_processingThenPendingWithElevenDigitKaspiId_data()
{
    QTest::addColumn<Profile>("profile");
    QTest::newRow("v2.0") << Profile::V20;
    QTest::newRow("v2.1") << Profile::V21;
}

void TestSandboxInvoices::create_processingThenPendingWithElevenDigitKaspiId()
{
    QFETCH(Profile, profile);
    startServer(profile);
    const HttpAnswer created = m_http->post(QStringLiteral("/invoices"),
        QJsonObject { { QStringLiteral("amount"), 15000 },
            { QStringLiteral("phone_number"), QStringLiteral("87001234567") },
            { QStringLiteral("description"), QStringLiteral("Заказ №1") } });
    QCOMPARE(created.status, 201);
    const QJsonObject o = created.json();
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("processing"));
    QCOMPARE(o.value(QStringLiteral("amount")).toString(), QStringLiteral("15000.00"));
    const QString phoneKey = profile == Profile::V21 ? QStringLiteral("phone") : QStringLiteral("phone_number");
    QCOMPARE(o.value(phoneKey).toString(), QStringLiteral("87001234567"));
    QVERIFY(!o.contains(QStringLiteral("subtotal"))); // conditional keys are absent without a discount
    const qint64 id = qint64(o.value(QStringLiteral("id")).toDouble());
    QTRY_COMPARE_WITH_TIMEOUT(m_http->statusOf(id), QStringLiteral("pending"), 3000);
    const QString kaspiId = m_http->get(QStringLiteral("/invoices/%1").arg(id))
                                .json()
                                .value(QStringLiteral("kaspi_invoice_id"))
                                .toString();
    QCOMPARE(kaspiId.size(), 11);
    QVERIFY(kaspiId.toLongLong() > 0);
}

void TestSandboxInvoices::create_errorPhone_goesToError()
{
    const qint64 id = m_http->createInvoice(500, QStringLiteral("87770000002"));
    QVERIFY(id > 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_http->statusOf(id), QStringLiteral("error"), 3000);
    const QJsonObject detail = m_http->get(QStringLiteral("/invoices/%1").arg(id)).json();
    QCOMPARE(detail.value(QStringLiteral("error_message")).toString(), QStringLiteral("Client not found in Kaspi"));
    QVERIFY(detail.value(QStringLiteral("kaspi_invoice_id")).isNull());
}

void TestSandboxInvoices::create_invalidFields_422WithDottedPaths()
{
    const HttpAnswer answer = m_http->post(QStringLiteral("/invoices"),
        QJsonObject { { QStringLiteral("phone_number"), QStringLiteral("+7 700 123 45 67") },
            { QStringLiteral("discount_percentage"), 100 }, { QStringLiteral("description"), QString(501, u'x') },
            { QStringLiteral("cart_items"),
                QJsonArray { QJsonObject { { QStringLiteral("catalog_item_id"), 101 }, { QStringLiteral("count"), 0 } },
                    QJsonObject { { QStringLiteral("catalog_item_id"), 999 }, { QStringLiteral("count"), 1 } },
                    QJsonObject { { QStringLiteral("count"), 1 } } } } });
    QCOMPARE(answer.status, 422);
    const QJsonObject errors = answer.json().value(QStringLiteral("errors")).toObject();
    for (const char* key : { "phone_number", "discount_percentage", "description", "cart_items.0.count",
             "cart_items.1.catalog_item_id", "cart_items.2.catalog_item_id" }) {
        QVERIFY2(errors.value(QString::fromLatin1(key)).toArray().size() >= 1, key);
    }
    QCOMPARE(answer.json().value(QStringLiteral("message")).toString(), QStringLiteral("Validation failed"));
    QCOMPARE(m_server->invoiceCount(), 0);
}

void TestSandboxInvoices::create_neitherAmountNorCart_422OnAmount()
{
    HttpAnswer answer = m_http->post(
        QStringLiteral("/invoices"), QJsonObject { { QStringLiteral("phone_number"), QStringLiteral("87001234567") } });
    QCOMPARE(answer.status, 422);
    QVERIFY(answer.json().value(QStringLiteral("errors")).toObject().contains(QStringLiteral("amount")));
    answer = m_http->post(QStringLiteral("/invoices"),
        QJsonObject { { QStringLiteral("phone_number"), QStringLiteral("87001234567") },
            { QStringLiteral("amount"), 100000000 } });
    QCOMPARE(answer.status, 422);
    answer = m_http->post(QStringLiteral("/invoices"),
        QJsonObject {
            { QStringLiteral("phone_number"), QStringLiteral("87001234567") }, { QStringLiteral("amount"), 10.005 } });
    QCOMPARE(answer.status, 422);
    answer = m_http->postRaw(QStringLiteral("/invoices"), "{\"amount\": ");
    QCOMPARE(answer.status, 400);
}

void TestSandboxInvoices::create_cartWithDiscount_exactHalfUpTotals()
{
    // 3 × 333.33 + 2 × 250.00 (override 260.00) = 999.99 + 520.00 = 1519.99; 15 % = 227.9985 → 228.00 (half up).
    const HttpAnswer answer = m_http->post(QStringLiteral("/invoices"),
        QJsonObject { { QStringLiteral("phone_number"), QStringLiteral("87001234567") },
            { QStringLiteral("amount"), 5 }, // the cart wins over the amount
            { QStringLiteral("discount_percentage"), 15 },
            { QStringLiteral("cart_items"),
                QJsonArray { QJsonObject { { QStringLiteral("catalog_item_id"), 101 }, { QStringLiteral("count"), 3 } },
                    QJsonObject { { QStringLiteral("catalog_item_id"), 102 }, { QStringLiteral("count"), 2 },
                        { QStringLiteral("price"), 260 } } } } });
    QCOMPARE(answer.status, 201);
    const QJsonObject o = answer.json();
    QCOMPARE(o.value(QStringLiteral("subtotal")).toString(), QStringLiteral("1519.99"));
    QCOMPARE(o.value(QStringLiteral("discount_sum")).toString(), QStringLiteral("228.00"));
    QCOMPARE(o.value(QStringLiteral("amount")).toString(), QStringLiteral("1291.99"));
    QCOMPARE(o.value(QStringLiteral("discount_percentage")).toString(), QStringLiteral("15"));
    const QJsonObject detail
        = m_http->get(QStringLiteral("/invoices/%1").arg(o.value(QStringLiteral("id")).toInt())).json();
    const QJsonArray items = detail.value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(1).toObject().value(QStringLiteral("price")).toString(), QStringLiteral("260.00"));
    QCOMPARE(items.at(1).toObject().value(QStringLiteral("original_price")).toString(), QStringLiteral("250.00"));
    QCOMPARE(items.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Кофе латте"));
}

void TestSandboxInvoices::create_v21Idempotency_409ThenNewAfterCancel()
{
    startServer(Profile::V21);
    const QJsonObject body { { QStringLiteral("external_order_id_idempotency"), QStringLiteral("apd-1-x") } };
    const qint64 first = m_http->createInvoice(1000, QStringLiteral("87001234567"), body);
    QVERIFY(first > 0);
    HttpAnswer again = m_http->post(QStringLiteral("/invoices"),
        QJsonObject { { QStringLiteral("amount"), 1000 },
            { QStringLiteral("phone_number"), QStringLiteral("87001234567") },
            { QStringLiteral("external_order_id_idempotency"), QStringLiteral("apd-1-x") } });
    QCOMPARE(again.status, 409);
    QCOMPARE(again.json().value(QStringLiteral("error_code")).toString(), QStringLiteral("duplicate_idempotency_key"));
    QCOMPARE(qint64(again.json().value(QStringLiteral("invoice_id")).toDouble()), first);
    QCOMPARE(m_http->post(QStringLiteral("/invoices/%1/cancel").arg(first)).status, 200);
    QVERIFY(m_http->createInvoice(1000, QStringLiteral("87001234567"), body) > first);
    // v2.0 ignores the key: two invoices.
    startServer(Profile::V20);
    QVERIFY(m_http->createInvoice(1000, QStringLiteral("87001234567"), body) > 0);
    QVERIFY(m_http->createInvoice(1000, QStringLiteral("87001234567"), body) > 0);
    QCOMPARE(m_server->invoiceCount(), 2);
}

void TestSandboxInvoices::list_filtersSearchDatesAndPaging()
{
    for (int i = 0; i < 12; ++i) {
        m_http->createInvoice(100 + i, QStringLiteral("87001234567"),
            QJsonObject { { QStringLiteral("description"),
                              i % 3 == 0 ? QStringLiteral("Доставка воды") : QStringLiteral("Обед") },
                { QStringLiteral("external_order_id"), QStringLiteral("ord-%1").arg(i) } });
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_http->statusOf(12), QStringLiteral("pending"), 3000);
    QVERIFY(m_server->simulateInvoiceStatus(3, QStringLiteral("paid")));
    QVERIFY(m_server->simulateInvoiceStatus(4, QStringLiteral("expired")));

    HttpAnswer page = m_http->get(QStringLiteral("/invoices?per_page=5&page=3"));
    QCOMPARE(page.data().size(), 2);
    QCOMPARE(page.json().value(QStringLiteral("meta")).toObject().value(QStringLiteral("last_page")).toInt(), 3);
    QCOMPARE(m_http->get(QStringLiteral("/invoices?per_page=5&page=9")).data().size(), 0);
    QCOMPARE(m_http->get(QStringLiteral("/invoices?per_page=100&status[]=paid&status[]=expired")).data().size(), 2);
    QCOMPARE(
        m_http->get(QStringLiteral("/invoices?search=%D0%B4%D0%9E%D0%A1%D1%82%D0%B0%D0%B2%D0%BA%D0%B0")).data().size(),
        4);
    QCOMPARE(m_http->get(QStringLiteral("/invoices?search=ord-11")).data().size(), 1);
    const QJsonArray byId = m_http->get(QStringLiteral("/invoices?search=7")).data();
    QVERIFY(byId.size() >= 1);
    QCOMPARE(byId.last().toObject().value(QStringLiteral("id")).toInt(), 7);
    const QString today = m_server->now().toTimeZone(QTimeZone(5 * 3600)).date().toString(Qt::ISODate);
    QCOMPARE(
        m_http->get(QStringLiteral("/invoices?per_page=100&date_from=%1&date_to=%1").arg(today)).data().size(), 12);
    const QString tomorrow = m_server->now().toTimeZone(QTimeZone(5 * 3600)).date().addDays(1).toString(Qt::ISODate);
    QCOMPARE(m_http->get(QStringLiteral("/invoices?date_from=%1").arg(tomorrow)).data().size(), 0);
    const QJsonArray asc = m_http->get(QStringLiteral("/invoices?sort_by=amount&sort_order=asc&per_page=3")).data();
    QCOMPARE(asc.at(0).toObject().value(QStringLiteral("amount")).toString(), QStringLiteral("100.00"));
    QCOMPARE(asc.at(2).toObject().value(QStringLiteral("amount")).toString(), QStringLiteral("102.00"));
    const QJsonArray desc = m_http->get(QStringLiteral("/invoices?per_page=1")).data();
    QCOMPARE(desc.at(0).toObject().value(QStringLiteral("id")).toInt(), 12); // newest first
}

void TestSandboxInvoices::list_outOfRangePerPage_422()
{
    QCOMPARE(m_http->get(QStringLiteral("/invoices?per_page=101")).status, 422);
    QCOMPARE(m_http->get(QStringLiteral("/invoices?per_page=0")).status, 422);
    QCOMPARE(m_http->get(QStringLiteral("/invoices?status[]=nonsense")).status, 422);
    QCOMPARE(m_http->get(QStringLiteral("/invoices?date_from=2026-05-02&date_to=2026-05-01")).status, 422);
    QCOMPARE(m_http->get(QStringLiteral("/invoices?sort_by=phone")).status, 422);
}

void TestSandboxInvoices::list_v20NestedMetaAndSevenPhone_v21FlatAndEightPhone()
{
    m_http->createInvoice(100);
    HttpAnswer v20 = m_http->get(QStringLiteral("/invoices"));
    QVERIFY(v20.json().contains(QStringLiteral("meta")));
    QCOMPARE(v20.data().at(0).toObject().value(QStringLiteral("phone")).toString(), QStringLiteral("77001234567"));
    QVERIFY(v20.data().at(0).toObject().contains(QStringLiteral("expires_at")));
    m_server->setProfile(Profile::V21);
    HttpAnswer v21 = m_http->get(QStringLiteral("/invoices"));
    QVERIFY(!v21.json().contains(QStringLiteral("meta")));
    QCOMPARE(v21.json().value(QStringLiteral("current_page")).toInt(), 1);
    QCOMPARE(v21.json().value(QStringLiteral("total")).toInt(), 1);
    QCOMPARE(v21.data().at(0).toObject().value(QStringLiteral("phone")).toString(), QStringLiteral("87001234567"));
    QVERIFY(v21.data().at(0).toObject().contains(QStringLiteral("is_fully_refunded")));
    QVERIFY(!v21.data().at(0).toObject().contains(QStringLiteral("expires_at")));
    // v2.1 date_field=paid_at: the window applies to the payment time; unpaid invoices drop out.
    const QString today = m_server->now().toTimeZone(QTimeZone(5 * 3600)).date().toString(Qt::ISODate);
    QCOMPARE(m_http->get(QStringLiteral("/invoices?date_field=paid_at&date_from=%1").arg(today)).data().size(), 0);
    m_server->advanceClock(1000);
    QVERIFY(m_server->simulateInvoiceStatus(1, QStringLiteral("paid")));
    QCOMPARE(m_http->get(QStringLiteral("/invoices?date_field=paid_at&date_from=%1").arg(today)).data().size(), 1);
    QCOMPARE(m_http->get(QStringLiteral("/invoices?date_field=updated_at")).status, 422);
}

void TestSandboxInvoices::simulate_onlyFromPending_else400InvalidTransition_data()
{
    QTest::addColumn<Profile>("profile");
    QTest::newRow("v2.0") << Profile::V20;
    QTest::newRow("v2.1") << Profile::V21;
}

void TestSandboxInvoices::simulate_onlyFromPending_else400InvalidTransition()
{
    QFETCH(Profile, profile);
    startServer(profile);
    m_server->setProcessingDelay(60'000); // stays processing until the clock is advanced
    const qint64 id = m_http->createInvoice(100);
    HttpAnswer early = m_http->post(QStringLiteral("/invoices/%1/simulate-status").arg(id),
        QJsonObject { { QStringLiteral("status"), QStringLiteral("paid") } });
    QCOMPARE(early.status, 400); // still processing
    QCOMPARE(early.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_status_transition"));
    QCOMPARE(early.json().value(QStringLiteral("current_status")).toString(), QStringLiteral("processing"));
    QCOMPARE(early.json().value(QStringLiteral("allowed_from")).toArray(), QJsonArray { QStringLiteral("pending") });
    QCOMPARE(early.json().contains(QStringLiteral("error_code")), profile == Profile::V21);
    m_server->advanceClock(60'000);
    QCOMPARE(m_http->statusOf(id), QStringLiteral("pending"));
    HttpAnswer paid = m_http->post(QStringLiteral("/invoices/%1/simulate-status").arg(id),
        QJsonObject { { QStringLiteral("status"), QStringLiteral("paid") } });
    QCOMPARE(paid.status, 200);
    QCOMPARE(m_http->statusOf(id), QStringLiteral("paid"));
    QVERIFY(!m_http->get(QStringLiteral("/invoices/%1").arg(id)).json().value(QStringLiteral("paid_at")).isNull());
    QCOMPARE(m_http
                 ->post(QStringLiteral("/invoices/%1/simulate-status").arg(id),
                     QJsonObject { { QStringLiteral("status"), QStringLiteral("expired") } })
                 .status,
        400);
    QCOMPARE(m_http
                 ->post(QStringLiteral("/invoices/%1/simulate-status").arg(id),
                     QJsonObject { { QStringLiteral("status"), QStringLiteral("refunded") } })
                 .status,
        422);
}

void TestSandboxInvoices::cancel_pending200_thenNotCancellable400()
{
    const qint64 id = m_http->createInvoice(100);
    QTRY_COMPARE_WITH_TIMEOUT(m_http->statusOf(id), QStringLiteral("pending"), 3000);
    HttpAnswer cancel = m_http->post(QStringLiteral("/invoices/%1/cancel").arg(id));
    QCOMPARE(cancel.status, 200);
    QCOMPARE(cancel.json().value(QStringLiteral("invoice")).toObject().value(QStringLiteral("status")).toString(),
        QStringLiteral("cancelled"));
    HttpAnswer again = m_http->post(QStringLiteral("/invoices/%1/cancel").arg(id));
    QCOMPARE(again.status, 400);
    QVERIFY(again.json().contains(QStringLiteral("message")));
    QCOMPARE(m_http->post(QStringLiteral("/invoices/999/cancel")).status, 404);
    // processing invoices may be cancelled too
    const qint64 second = m_http->createInvoice(100);
    QCOMPARE(m_http->post(QStringLiteral("/invoices/%1/cancel").arg(second)).status, 200);
}

void TestSandboxInvoices::cancel_asyncSwitch_202CancellingThenCancelled()
{
    m_server->setAsyncCancel(true);
    const qint64 id = m_http->createInvoice(100);
    QTRY_COMPARE_WITH_TIMEOUT(m_http->statusOf(id), QStringLiteral("pending"), 3000);
    HttpAnswer cancel = m_http->post(QStringLiteral("/invoices/%1/cancel").arg(id));
    QCOMPARE(cancel.status, 202);
    QCOMPARE(cancel.json().value(QStringLiteral("invoice_id")).toInt(), int(id));
    QCOMPARE(m_http->statusOf(id), QStringLiteral("cancelling"));
    QTRY_COMPARE_WITH_TIMEOUT(m_http->statusOf(id), QStringLiteral("cancelled"), 3000);
}

void TestSandboxInvoices::pending_expiresAfterLifetime_whenClockAdvances()
{
    m_server->setInvoiceLifetime(3600);
    const qint64 id = m_http->createInvoice(100);
    QTRY_COMPARE_WITH_TIMEOUT(m_http->statusOf(id), QStringLiteral("pending"), 3000);
    m_server->advanceClock(3500'000);
    QCOMPARE(m_http->statusOf(id), QStringLiteral("pending"));
    QCOMPARE(m_http
                 ->control("POST", QStringLiteral("/sandbox/clock/advance"),
                     QJsonObject { { QStringLiteral("seconds"), 101 } })
                 .status,
        200);
    QCOMPARE(m_http->statusOf(id), QStringLiteral("expired"));
}

void TestSandboxInvoices::statusCheck_omitsUnknown_rejectsOver100()
{
    const qint64 a = m_http->createInvoice(100);
    const qint64 b = m_http->createInvoice(200);
    HttpAnswer check = m_http->post(QStringLiteral("/invoices/status/check"),
        QJsonObject { { QStringLiteral("invoice_ids"), QJsonArray { a, 424242, b } } });
    QCOMPARE(check.status, 200);
    const QJsonArray invoices = check.json().value(QStringLiteral("invoices")).toArray();
    QCOMPARE(invoices.size(), 2);
    QCOMPARE(invoices.at(1).toObject().value(QStringLiteral("amount")).toString(), QStringLiteral("200.00"));
    QVERIFY(invoices.at(0).toObject().contains(QStringLiteral("updated_at")));
    QJsonArray many;
    for (int i = 1; i <= 101; ++i) {
        many.append(i);
    }
    QCOMPARE(
        m_http->post(QStringLiteral("/invoices/status/check"), QJsonObject { { QStringLiteral("invoice_ids"), many } })
            .status,
        422);
    HttpAnswer bad = m_http->post(QStringLiteral("/invoices/status/check"),
        QJsonObject { { QStringLiteral("invoice_ids"), QJsonArray { 1, QStringLiteral("x") } } });
    QCOMPARE(bad.status, 422);
    QVERIFY(bad.json().value(QStringLiteral("errors")).toObject().contains(QStringLiteral("invoice_ids.1")));
    // Out of qint64 range: a validation error, not an undefined conversion.
    HttpAnswer huge = m_http->post(QStringLiteral("/invoices/status/check"),
        QJsonObject { { QStringLiteral("invoice_ids"), QJsonArray { 1e300, -1e300, 1.5 } } });
    QCOMPARE(huge.status, 422);
    QVERIFY(huge.json().value(QStringLiteral("errors")).toObject().contains(QStringLiteral("invoice_ids.0")));
}

void TestSandboxInvoices::detail_unknown_404PerProfile_data()
{
    QTest::addColumn<Profile>("profile");
    QTest::addColumn<QString>("key");
    QTest::newRow("v2.0 message") << Profile::V20 << QStringLiteral("message");
    QTest::newRow("v2.1 error") << Profile::V21 << QStringLiteral("error");
}

void TestSandboxInvoices::detail_unknown_404PerProfile()
{
    QFETCH(Profile, profile);
    QFETCH(QString, key);
    m_server->setProfile(profile);
    HttpAnswer answer = m_http->get(QStringLiteral("/invoices/777"));
    QCOMPARE(answer.status, 404);
    QCOMPARE(answer.json().value(key).toString(), QStringLiteral("Invoice not found"));
}

QTEST_GUILESS_MAIN(TestSandboxInvoices)
#include "tst_sandboxinvoices.moc"
