// Raw HTTP tests of the sandbox's catalog and subscription rules (docs/api-contract.md) in both profiles.
#include "sandboxhttpclient.h"
#include "testsupport.h"

#include "sandbox/sandboxserver.h"

#include <QBuffer>
#include <QImage>
#include <QTest>

#include <memory>

using apipay::sandbox::Profile;
using apipay::sandbox::SandboxServer;
using apipay::test::HttpAnswer;
using apipay::test::SandboxHttpClient;

namespace {

QByteArray encodedImage(int width, int height, const char* format)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(200, 120, 40));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

QJsonObject item(const QString& name, double price, const QString& imageId = {})
{
    QJsonObject o { { QStringLiteral("name"), name }, { QStringLiteral("selling_price"), price },
        { QStringLiteral("unit_id"), 1 } };
    if (!imageId.isEmpty()) {
        o.insert(QStringLiteral("image_id"), imageId);
    }
    return o;
}

} // namespace

class TestSandboxCatalog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { apipay::test::initTestEnvironment(); }
    void cleanup();

    void units_listedWithKazakhNames();
    void upload_png_servedUnchangedOnImageRoute();
    void upload_rules_perProfile();
    void create_v20Pending202ThenActive();
    void create_v21Active201AndIdempotentReplay200();
    void create_invalidItems_422WithDottedPaths();
    void patchAndDelete_onlySentFieldsChange_hardDeleteKeepsInvoiceCopy();
    void list_searchBarcodePagingAndEnvelopes();
    void subscriptions_createPauseResumeCancel_data();
    void subscriptions_createPauseResumeCancel();
    void subscriptions_validationAndBillingOnClockAdvance();

private:
    void startServer(Profile profile);
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxHttpClient> m_http;
};

void TestSandboxCatalog::startServer(Profile profile)
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

void TestSandboxCatalog::cleanup()
{
    m_http.reset();
    m_server.reset();
}

void TestSandboxCatalog::units_listedWithKazakhNames()
{
    startServer(Profile::V20);
    const QJsonArray units = m_http->get(QStringLiteral("/catalog/units")).data();
    QVERIFY(units.size() >= 3);
    QCOMPARE(units.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("шт"));
    QCOMPARE(units.at(0).toObject().value(QStringLiteral("name_kaz")).toString(), QStringLiteral("дана"));
}

void TestSandboxCatalog::upload_png_servedUnchangedOnImageRoute()
{
    startServer(Profile::V20);
    const QByteArray png = encodedImage(120, 80, "PNG");
    HttpAnswer uploaded = m_http->upload(png, QStringLiteral("photo.png"), "image/png");
    QCOMPARE(uploaded.status, 200);
    const QString imageId = uploaded.json().value(QStringLiteral("image_id")).toString();
    QCOMPARE(imageId.size(), 36); // UUID
    QCOMPARE(
        m_http
            ->post(QStringLiteral("/catalog"),
                QJsonObject { { QStringLiteral("items"), QJsonArray { item(QStringLiteral("Нан"), 250, imageId) } } })
            .status,
        202);
    const QJsonObject listed = m_http->get(QStringLiteral("/catalog")).data().at(0).toObject();
    const QUrl imageUrl(listed.value(QStringLiteral("image_url")).toString());
    QVERIFY(!imageUrl.path().startsWith(QStringLiteral("/api/v1")));
    QCOMPARE(imageUrl.host(), QStringLiteral("127.0.0.1"));
    HttpAnswer image = m_http->getUrl(imageUrl);
    QCOMPARE(image.status, 200);
    QCOMPARE(image.body, png);
    QCOMPARE(image.header("Content-Type"), QByteArray("image/png"));
}

void TestSandboxCatalog::upload_rules_perProfile()
{
    startServer(Profile::V20);
    QCOMPARE(m_http->upload("plain text", QStringLiteral("a.txt"), "text/plain").status, 422);
    QCOMPARE(
        m_http
            ->upload(encodedImage(32, 32, "GIF").isEmpty() ? QByteArray("GIF89a....") : encodedImage(32, 32, "GIF"),
                QStringLiteral("a.gif"), "image/gif")
            .status,
        200); // v2.0 accepts gif (sniffed by content)
    m_server->setProfile(Profile::V21);
    HttpAnswer gif = m_http->upload(QByteArray("GIF89a") + QByteArray(100, '\0'), QStringLiteral("a.gif"), "image/gif");
    QCOMPARE(gif.status, 422);
    QCOMPARE(gif.json().value(QStringLiteral("error_code")).toString(), QStringLiteral("invalid_file_type"));
    HttpAnswer tiny = m_http->upload(encodedImage(32, 32, "PNG"), QStringLiteral("t.png"), "image/png");
    QCOMPARE(tiny.status, 422);
    QCOMPARE(tiny.json().value(QStringLiteral("error_code")).toString(), QStringLiteral("image_rejected"));
    QByteArray big = encodedImage(64, 64, "PNG");
    big.append(QByteArray(6 * 1024 * 1024, 'x'));
    HttpAnswer tooLarge = m_http->upload(big, QStringLiteral("big.png"), "image/png");
    QCOMPARE(tooLarge.status, 413);
    QCOMPARE(tooLarge.json().value(QStringLiteral("error_code")).toString(), QStringLiteral("file_too_large"));
    QCOMPARE(m_http->upload(encodedImage(100, 100, "JPEG"), QStringLiteral("p.jpg"), "image/jpeg").status, 200);
}

void TestSandboxCatalog::create_v20Pending202ThenActive()
{
    startServer(Profile::V20);
    HttpAnswer created = m_http->post(QStringLiteral("/catalog"),
        QJsonObject { { QStringLiteral("items"), QJsonArray { item(QStringLiteral("Айран"), 450) } } });
    QCOMPARE(created.status, 202);
    QCOMPARE(created.data().at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QCOMPARE(created.data().at(0).toObject().value(QStringLiteral("selling_price")).toDouble(), 450.0);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_http->get(QStringLiteral("/catalog")).data().at(0).toObject().value(QStringLiteral("status")).toString(),
        QStringLiteral("active"), 3000);
}

void TestSandboxCatalog::create_v21Active201AndIdempotentReplay200()
{
    startServer(Profile::V21);
    const QJsonObject body { { QStringLiteral("items"), QJsonArray { item(QStringLiteral("Қымыз"), 1200) } },
        { QStringLiteral("idempotency_key"), QStringLiteral("batch-1") } };
    HttpAnswer first = m_http->post(QStringLiteral("/catalog"), body);
    QCOMPARE(first.status, 201);
    QCOMPARE(first.data().at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    QVERIFY(first.json().value(QStringLiteral("rejected")).isArray());
    HttpAnswer replay = m_http->post(QStringLiteral("/catalog"), body);
    QCOMPARE(replay.status, 200);
    QCOMPARE(replay.data(), first.data());
    QCOMPARE(m_server->catalogItemCount(), 1);
}

void TestSandboxCatalog::create_invalidItems_422WithDottedPaths()
{
    startServer(Profile::V20);
    HttpAnswer answer = m_http->post(QStringLiteral("/catalog"),
        QJsonObject { { QStringLiteral("items"),
            QJsonArray { item(QStringLiteral("ok"), 10),
                QJsonObject { { QStringLiteral("name"), QString() }, { QStringLiteral("selling_price"), 0 },
                    { QStringLiteral("unit_id"), 99 }, { QStringLiteral("image_id"), QStringLiteral("nope") } } } } });
    QCOMPARE(answer.status, 422);
    const QJsonObject errors = answer.json().value(QStringLiteral("errors")).toObject();
    for (const char* key : { "items.1.name", "items.1.selling_price", "items.1.unit_id", "items.1.image_id" }) {
        QVERIFY2(errors.contains(QString::fromLatin1(key)), key);
    }
    QCOMPARE(m_server->catalogItemCount(), 0);
    QCOMPARE(m_http->post(QStringLiteral("/catalog"), QJsonObject { { QStringLiteral("items"), QJsonArray() } }).status,
        422);
}

void TestSandboxCatalog::patchAndDelete_onlySentFieldsChange_hardDeleteKeepsInvoiceCopy()
{
    startServer(Profile::V20);
    const QString imageId = m_http->upload(encodedImage(80, 80, "PNG"), QStringLiteral("x.png"), "image/png")
                                .json()
                                .value(QStringLiteral("image_id"))
                                .toString();
    m_http->post(QStringLiteral("/catalog"),
        QJsonObject { { QStringLiteral("items"), QJsonArray { item(QStringLiteral("Кофе"), 1500, imageId) } } });
    HttpAnswer patched = m_http->patch(QStringLiteral("/catalog/101"),
        QJsonObject { { QStringLiteral("selling_price"), 1600 }, { QStringLiteral("is_image_deleted"), true } });
    QCOMPARE(patched.status, 200);
    QCOMPARE(patched.json().value(QStringLiteral("catalog_item_id")).toInt(), 101);
    QJsonObject listed = m_http->get(QStringLiteral("/catalog")).data().at(0).toObject();
    QCOMPARE(listed.value(QStringLiteral("name")).toString(), QStringLiteral("Кофе"));
    QCOMPARE(listed.value(QStringLiteral("selling_price")).toDouble(), 1600.0);
    QVERIFY(listed.value(QStringLiteral("image_url")).isNull());
    QCOMPARE(
        m_http->patch(QStringLiteral("/catalog/101"), QJsonObject { { QStringLiteral("unit_id"), 77 } }).status, 422);
    QCOMPARE(
        m_http->patch(QStringLiteral("/catalog/999"), QJsonObject { { QStringLiteral("name"), QStringLiteral("x") } })
            .status,
        404);

    m_server->advanceClock(1000);
    const HttpAnswer invoice = m_http->post(QStringLiteral("/invoices"),
        QJsonObject { { QStringLiteral("phone_number"), QStringLiteral("87001234567") },
            { QStringLiteral("cart_items"),
                QJsonArray {
                    QJsonObject { { QStringLiteral("catalog_item_id"), 101 }, { QStringLiteral("count"), 1 } } } } });
    QCOMPARE(invoice.status, 201);
    QCOMPARE(m_http->del(QStringLiteral("/catalog/101")).status, 200);
    QCOMPARE(m_http->del(QStringLiteral("/catalog/101")).status, 404);
    QCOMPARE(m_http->get(QStringLiteral("/catalog")).data().size(), 0);
    const QJsonObject line
        = m_http->get(QStringLiteral("/invoices/%1").arg(invoice.json().value(QStringLiteral("id")).toInt()))
              .json()
              .value(QStringLiteral("items"))
              .toArray()
              .at(0)
              .toObject();
    QVERIFY(line.value(QStringLiteral("catalog_item_id")).isNull());
    QCOMPARE(line.value(QStringLiteral("name")).toString(), QStringLiteral("Кофе"));
}

void TestSandboxCatalog::list_searchBarcodePagingAndEnvelopes()
{
    startServer(Profile::V20);
    m_server->setProcessingDelay(60'000); // items stay pending until the clock is advanced
    QJsonArray items;
    for (int i = 0; i < 7; ++i) {
        QJsonObject o = item(QStringLiteral("Товар %1").arg(i), 100 + i);
        o.insert(QStringLiteral("barcode"), QStringLiteral("48700000000%1").arg(i));
        items.append(o);
    }
    items.append(item(QStringLiteral("Чак-чак"), 1800));
    m_http->post(QStringLiteral("/catalog"), QJsonObject { { QStringLiteral("items"), items } });
    QCOMPARE(m_http->get(QStringLiteral("/catalog?search=%D1%87%D0%B0%D0%BA")).data().size(), 1);
    QCOMPARE(m_http->get(QStringLiteral("/catalog?barcode=487000000003")).data().size(), 1);
    QCOMPARE(m_http->get(QStringLiteral("/catalog?first_char=%D0%A2")).data().size(), 7);
    HttpAnswer page = m_http->get(QStringLiteral("/catalog?per_page=3&page=3"));
    QCOMPARE(page.data().size(), 2);
    QCOMPARE(page.json().value(QStringLiteral("meta")).toObject().value(QStringLiteral("last_page")).toInt(), 3);
    QCOMPARE(m_http->get(QStringLiteral("/catalog?per_page=201")).status, 422);
    // v2.1: {data, links, meta} and only active items by default.
    m_server->setProfile(Profile::V21);
    QCOMPARE(m_http->get(QStringLiteral("/catalog")).data().size(), 0); // still pending
    m_server->advanceClock(61'000);
    HttpAnswer v21 = m_http->get(QStringLiteral("/catalog?per_page=3&page=2"));
    QVERIFY(v21.json().value(QStringLiteral("links")).isObject());
    const QJsonObject meta = v21.json().value(QStringLiteral("meta")).toObject();
    QCOMPARE(meta.value(QStringLiteral("from")).toInt(), 4);
    QCOMPARE(meta.value(QStringLiteral("to")).toInt(), 6);
    QCOMPARE(meta.value(QStringLiteral("total")).toInt(), 8);
}

void TestSandboxCatalog::subscriptions_createPauseResumeCancel_data()
{
    QTest::addColumn<Profile>("profile");
    QTest::newRow("v2.0") << Profile::V20;
    QTest::newRow("v2.1") << Profile::V21;
}

void TestSandboxCatalog::subscriptions_createPauseResumeCancel()
{
    QFETCH(Profile, profile);
    startServer(profile);
    HttpAnswer created = m_http->post(QStringLiteral("/subscriptions"),
        QJsonObject { { QStringLiteral("amount"), 5000 },
            { QStringLiteral("phone_number"), QStringLiteral("87001234567") },
            { QStringLiteral("billing_period"), QStringLiteral("monthly") },
            { QStringLiteral("subscriber_name"), QStringLiteral("Айгерим") },
            { QStringLiteral("bill_immediately"), true } });
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json().contains(QStringLiteral("message")), profile == Profile::V21);
    const QJsonObject sub = created.json().value(QStringLiteral("subscription")).toObject();
    QCOMPARE(sub.value(QStringLiteral("amount")).toString(), QStringLiteral("5000.00"));
    QCOMPARE(sub.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    const int id = sub.value(QStringLiteral("id")).toInt();
    // bill_immediately: the first invoice is in the history and in the invoice list as recurring.
    HttpAnswer history = m_http->get(QStringLiteral("/subscriptions/%1/invoices").arg(id));
    QCOMPARE(history.data().size(), 1);
    QVERIFY(!history.json().value(QStringLiteral("meta")).toObject().contains(QStringLiteral("last_page")));
    const int invoiceId = history.data().at(0).toObject().value(QStringLiteral("invoice_id")).toInt();
    QVERIFY(m_http->get(QStringLiteral("/invoices"))
                .data()
                .at(0)
                .toObject()
                .value(QStringLiteral("is_recurring"))
                .toBool());
    m_server->advanceClock(1000);
    QVERIFY(m_server->simulateInvoiceStatus(invoiceId, QStringLiteral("paid")));

    HttpAnswer detail = m_http->get(QStringLiteral("/subscriptions/%1").arg(id));
    const QJsonObject stats = detail.json().value(QStringLiteral("stats")).toObject();
    QCOMPARE(stats.value(QStringLiteral("successful_payments")).toInt(), 1);
    QCOMPARE(stats.value(QStringLiteral("total_collected")).toString(), QStringLiteral("5000.00"));
    QCOMPARE(detail.json().contains(QStringLiteral("subscription")), profile == Profile::V20); // v2.1 flat
    QCOMPARE(m_http->post(QStringLiteral("/subscriptions/%1/resume").arg(id)).status, 400);
    QCOMPARE(m_http->post(QStringLiteral("/subscriptions/%1/pause").arg(id))
                 .json()
                 .value(QStringLiteral("subscription"))
                 .toObject()
                 .value(QStringLiteral("status"))
                 .toString(),
        QStringLiteral("paused"));
    QCOMPARE(m_http->post(QStringLiteral("/subscriptions/%1/pause").arg(id)).status, 400);
    QCOMPARE(m_http->post(QStringLiteral("/subscriptions/%1/resume").arg(id)).status, 200);
    HttpAnswer updated
        = m_http->put(QStringLiteral("/subscriptions/%1").arg(id), QJsonObject { { QStringLiteral("amount"), 7500 } });
    QCOMPARE(updated.json().value(QStringLiteral("subscription")).toObject().value(QStringLiteral("amount")).toString(),
        QStringLiteral("7500.00"));
    QCOMPARE(m_http->post(QStringLiteral("/subscriptions/%1/cancel").arg(id)).status, 200);
    QCOMPARE(m_http->post(QStringLiteral("/subscriptions/%1/resume").arg(id)).status, 400);
    HttpAnswer list = m_http->get(QStringLiteral("/subscriptions?status=cancelled"));
    QCOMPARE(list.data().size(), 1);
    QCOMPARE(list.json().contains(QStringLiteral("links")), profile == Profile::V21);
    QCOMPARE(m_http->get(QStringLiteral("/subscriptions/99")).status, 404);
}

void TestSandboxCatalog::subscriptions_validationAndBillingOnClockAdvance()
{
    startServer(Profile::V20);
    HttpAnswer bad = m_http->post(QStringLiteral("/subscriptions"),
        QJsonObject { { QStringLiteral("amount"), 99 },
            { QStringLiteral("phone_number"), QStringLiteral("7001234567") },
            { QStringLiteral("billing_period"), QStringLiteral("hourly") }, { QStringLiteral("billing_day"), 31 } });
    QCOMPARE(bad.status, 422);
    const QJsonObject errors = bad.json().value(QStringLiteral("errors")).toObject();
    for (const char* key : { "amount", "phone_number", "billing_period", "billing_day" }) {
        QVERIFY2(errors.contains(QString::fromLatin1(key)), key);
    }
    HttpAnswer weekly = m_http->post(QStringLiteral("/subscriptions"),
        QJsonObject { { QStringLiteral("amount"), 2400 },
            { QStringLiteral("phone_number"), QStringLiteral("87017778899") },
            { QStringLiteral("billing_period"), QStringLiteral("weekly") } });
    QCOMPARE(weekly.status, 201);
    const int id = weekly.json().value(QStringLiteral("subscription")).toObject().value(QStringLiteral("id")).toInt();
    QCOMPARE(m_http->get(QStringLiteral("/subscriptions/%1/invoices").arg(id)).data().size(), 0);
    m_server->advanceClock(qint64(15) * 24 * 3600 * 1000); // two weekly periods pass
    QCOMPARE(m_http->get(QStringLiteral("/subscriptions/%1/invoices").arg(id)).data().size(), 2);
}

QTEST_GUILESS_MAIN(TestSandboxCatalog)
#include "tst_sandboxcatalog.moc"
