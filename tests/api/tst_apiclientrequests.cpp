// ApiClient over FakeNam: request building (paths, verbs, query strings, bodies, multipart, headers), base URL rules
// and where the key goes.
#include "apitesthelpers.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace apipay;
using namespace apipay::test;
using namespace Qt::StringLiterals;

class TestApiClientRequests : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<FakeNam> m_nam;
    std::unique_ptr<ApiClient> m_client;

    // Answers everything with `body` and waits until one request was made.
    void answerAll(const QByteArray& body, int status = 200)
    {
        m_nam->setRoute([body, status](const FakeRequest&) { return FakeResponse::json(status, body); });
    }

private Q_SLOTS:
    void initTestCase() { initTestEnvironment(); }
    void init()
    {
        m_nam = std::make_unique<FakeNam>();
        m_client = std::make_unique<ApiClient>(m_nam.get());
        QVERIFY(m_client->setConfig(testConfig()));
    }
    void cleanup()
    {
        m_client.reset();
        m_nam.reset();
    }

    void headers_acceptAndKeyAndJson_onEveryAuthenticatedRequest()
    {
        answerAll(R"({"data":[],"meta":{"current_page":1,"last_page":1,"per_page":10,"total":0}})");
        QObject context;
        Received<Page<Invoice>> received;
        m_client->listInvoices(InvoiceQuery {}, &context, received.callback());
        QTRY_COMPARE(received.calls, 1);
        QVERIFY2(received.result.ok(), qPrintable(received.result.error.userText()));
        const FakeRequest& request = m_nam->lastRequest();
        QCOMPARE(request.verb, QByteArray("GET"));
        QCOMPARE(request.header("Accept"), QByteArray("application/json"));
        QCOMPARE(request.header("X-API-Key"), testApiKey().toUtf8());
        QCOMPARE(request.request.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
            int(QNetworkRequest::ManualRedirectPolicy));
    }

    void status_sentWithoutKey()
    {
        answerAll(R"({"status":"ok","timestamp":"2026-07-05T14:30:00+00:00"})");
        QObject context;
        Received<QString> received;
        m_client->status(&context, received.callback());
        QTRY_COMPARE(received.calls, 1);
        QVERIFY(received.result.ok());
        QCOMPARE(received.result.value, u"ok"_s);
        QCOMPARE(m_nam->lastRequest().url().toString(), u"https://api.example.test/api/v1/status"_s);
        QVERIFY(!m_nam->lastRequest().hasHeader("X-API-Key"));
        QCOMPARE(m_nam->lastRequest().header("Accept"), QByteArray("application/json"));
    }

    void listInvoices_queryString_allFiltersAndRepeatedStatus()
    {
        answerAll(R"({"data":[]})");
        InvoiceQuery q;
        q.page = 2;
        q.perPage = 25;
        q.search = u"order+1&x"_s;
        q.statuses = { u"paid"_s, u"pending"_s };
        q.dateFrom = QDate(2026, 4, 1);
        q.dateTo = QDate(2026, 4, 8);
        q.sortBy = u"created_at"_s;
        QObject context;
        Received<Page<Invoice>> received;
        m_client->listInvoices(q, &context, received.callback());
        QTRY_COMPARE(received.calls, 1);
        const FakeRequest& r = m_nam->lastRequest();
        QCOMPARE(r.path(), u"/api/v1/invoices"_s);
        QCOMPARE(r.queryValue(u"page"_s), u"2"_s);
        QCOMPARE(r.queryValue(u"per_page"_s), u"25"_s);
        QCOMPARE(r.queryValue(u"search"_s), u"order+1&x"_s);
        QCOMPARE(r.queryValues(u"status[]"_s), (QStringList { u"paid"_s, u"pending"_s }));
        QCOMPARE(r.queryValue(u"date_from"_s), u"2026-04-01"_s);
        QCOMPARE(r.queryValue(u"date_to"_s), u"2026-04-08"_s);
        QCOMPARE(r.queryValue(u"sort_by"_s), u"created_at"_s);
        QCOMPARE(r.queryValue(u"sort_order"_s), u"desc"_s);
        QVERIFY(r.url().toString(QUrl::FullyEncoded).contains(u"status[]=paid&status[]=pending"_s));
    }

    void everyEndpoint_verbPathAndBody_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body"); // compact JSON, empty = no body
        QTest::newRow("invoice detail") << 0 << QByteArray("GET") << u"/api/v1/invoices/42"_s << QByteArray();
        QTest::newRow("cancel invoice") << 1 << QByteArray("POST") << u"/api/v1/invoices/42/cancel"_s << QByteArray();
        QTest::newRow("status check") << 2 << QByteArray("POST") << u"/api/v1/invoices/status/check"_s
                                      << QByteArray(R"({"invoice_ids":[42,43]})");
        QTest::newRow("refund") << 3 << QByteArray("POST") << u"/api/v1/invoices/42/refund"_s
                                << QByteArray(R"({"amount":5000,"reason":"Partial return"})");
        QTest::newRow("invoice refunds") << 4 << QByteArray("GET") << u"/api/v1/invoices/42/refunds"_s << QByteArray();
        QTest::newRow("refunds list") << 5 << QByteArray("GET") << u"/api/v1/refunds"_s << QByteArray();
        QTest::newRow("units") << 6 << QByteArray("GET") << u"/api/v1/catalog/units"_s << QByteArray();
        QTest::newRow("catalog list") << 7 << QByteArray("GET") << u"/api/v1/catalog"_s << QByteArray();
        QTest::newRow("catalog create") << 8 << QByteArray("POST") << u"/api/v1/catalog"_s
                                        << QByteArray(
                                               R"({"items":[{"name":"Latte","selling_price":1500,"unit_id":1}]})");
        QTest::newRow("catalog update") << 9 << QByteArray("PATCH") << u"/api/v1/catalog/101"_s
                                        << QByteArray(R"({"name":"Flat white"})");
        QTest::newRow("catalog delete") << 10 << QByteArray("DELETE") << u"/api/v1/catalog/101"_s << QByteArray();
        QTest::newRow("subscription create")
            << 11 << QByteArray("POST") << u"/api/v1/subscriptions"_s
            << QByteArray(R"({"amount":5000,"billing_period":"monthly","phone_number":"87001234567"})");
        QTest::newRow("subscription list") << 12 << QByteArray("GET") << u"/api/v1/subscriptions"_s << QByteArray();
        QTest::newRow("subscription get") << 13 << QByteArray("GET") << u"/api/v1/subscriptions/10"_s << QByteArray();
        QTest::newRow("subscription update")
            << 14 << QByteArray("PUT") << u"/api/v1/subscriptions/10"_s << QByteArray(R"({"amount":7500})");
        QTest::newRow("pause") << 15 << QByteArray("POST") << u"/api/v1/subscriptions/10/pause"_s << QByteArray();
        QTest::newRow("resume") << 16 << QByteArray("POST") << u"/api/v1/subscriptions/10/resume"_s << QByteArray();
        QTest::newRow("cancel sub") << 17 << QByteArray("POST") << u"/api/v1/subscriptions/10/cancel"_s << QByteArray();
        QTest::newRow("billing history") << 18 << QByteArray("GET") << u"/api/v1/subscriptions/10/invoices"_s
                                         << QByteArray();
    }
    void everyEndpoint_verbPathAndBody()
    {
        QFETCH(int, which);
        QFETCH(QByteArray, verb);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        m_nam->setRoute([](const FakeRequest&) { return FakeResponse::json(500, QByteArray(R"({"message":"x"})")); });
        QObject context;
        int calls = 0;
        auto count = [&calls](const auto&) { ++calls; };
        switch (which) {
        case 0:
            m_client->invoice(42, &context, count);
            break;
        case 1:
            m_client->cancelInvoice(42, &context, count);
            break;
        case 2:
            m_client->checkStatuses({ 42, 43 }, &context, count);
            break;
        case 3: {
            RefundDraft draft;
            draft.amount = Money::fromTenge(5000);
            draft.reason = u"Partial return"_s;
            m_client->refundInvoice(42, draft, &context, count);
            break;
        }
        case 4:
            m_client->invoiceRefunds(42, &context, count);
            break;
        case 5:
            m_client->listRefunds(RefundQuery {}, &context, count);
            break;
        case 6:
            m_client->catalogUnits(&context, count);
            break;
        case 7:
            m_client->listCatalog(CatalogQuery {}, &context, count);
            break;
        case 8:
            m_client->createCatalogItems(
                { CatalogItemDraft { u"Latte"_s, Money::fromTenge(1500), 1, {}, {} } }, &context, count);
            break;
        case 9: {
            CatalogItemPatch patch;
            patch.name = u"Flat white"_s;
            m_client->updateCatalogItem(101, patch, &context, count);
            break;
        }
        case 10:
            m_client->deleteCatalogItem(101, &context, count);
            break;
        case 11: {
            SubscriptionDraft draft;
            draft.amount = Money::fromTenge(5000);
            draft.phone = u"87001234567"_s;
            draft.billingPeriod = u"monthly"_s;
            m_client->createSubscription(draft, &context, count);
            break;
        }
        case 12:
            m_client->listSubscriptions(SubscriptionQuery {}, &context, count);
            break;
        case 13:
            m_client->subscription(10, &context, count);
            break;
        case 14: {
            SubscriptionPatch patch;
            patch.amount = Money::fromTenge(7500);
            m_client->updateSubscription(10, patch, &context, count);
            break;
        }
        case 15:
            m_client->pauseSubscription(10, &context, count);
            break;
        case 16:
            m_client->resumeSubscription(10, &context, count);
            break;
        case 17:
            m_client->cancelSubscription(10, &context, count);
            break;
        case 18:
            m_client->subscriptionInvoices(10, 2, 20, &context, count);
            break;
        default:
            QFAIL("unknown row");
        }
        QTRY_COMPARE(calls, 1);
        QCOMPARE(m_nam->requestCount(), 1);
        const FakeRequest& r = m_nam->lastRequest();
        QCOMPARE(r.verb, verb);
        QCOMPARE(r.path(), path);
        QCOMPARE(r.body, body);
        QCOMPARE(r.header("X-API-Key"), testApiKey().toUtf8());
        QCOMPARE(r.header("Accept"), QByteArray("application/json"));
        if (verb == "GET" || verb == "DELETE") {
            QVERIFY(!r.request.header(QNetworkRequest::ContentTypeHeader).isValid());
        }
        if (!body.isEmpty()) {
            QCOMPARE(
                r.request.header(QNetworkRequest::ContentTypeHeader).toByteArray(), QByteArray("application/json"));
        }
        // Every write (not the status check, a read) goes out with a body Qt cannot rewind, so QNetworkAccessManager
        // never re-sends it by itself (D4).
        const bool oneShot = verb != "GET" && which != 2;
        QCOMPARE(r.request.attribute(QNetworkRequest::DoNotBufferUploadDataAttribute).toBool(), oneShot);
        if (oneShot) {
            QCOMPARE(r.request.header(QNetworkRequest::ContentLengthHeader).toLongLong(), qint64(body.size()));
            QCOMPARE(r.request.attribute(QNetworkRequest::Http2AllowedAttribute).toBool(), false);
        }
        if (which == 18) {
            QCOMPARE(r.queryValue(u"page"_s), u"2"_s);
            QCOMPARE(r.queryValue(u"per_page"_s), u"20"_s);
        }
    }

    void uploadImage_multipartWithOnePartNamedImage()
    {
        answerAll(R"({"image_id":"550e8400-e29b-41d4-a716-446655440000"})");
        const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(100, 'x');
        QObject context;
        Received<QString> received;
        m_client->uploadImage(png, u"photo \"1\".png"_s, u"image/png"_s, &context, received.callback());
        QTRY_COMPARE(received.calls, 1);
        QVERIFY2(received.result.ok(), qPrintable(received.result.error.userText()));
        QCOMPARE(received.result.value, u"550e8400-e29b-41d4-a716-446655440000"_s);
        const FakeRequest& r = m_nam->lastRequest();
        QCOMPARE(r.verb, QByteArray("POST"));
        QCOMPARE(r.path(), u"/api/v1/catalog/upload-image"_s);
        const QByteArray contentType = r.request.header(QNetworkRequest::ContentTypeHeader).toByteArray();
        QVERIFY2(contentType.startsWith("multipart/form-data; boundary="), contentType.constData());
        QVERIFY(r.body.contains(R"(Content-Disposition: form-data; name="image"; filename="photo _1_.png")"));
        QVERIFY(r.body.contains("content-type: image/png") || r.body.contains("Content-Type: image/png"));
        QVERIFY(r.body.contains(png));
        QCOMPARE(r.body.count("Content-Disposition"), 1);
        QCOMPARE(r.header("X-API-Key"), testApiKey().toUtf8());
    }

    void uploadImage_empty_refusedWithoutSending()
    {
        QObject context;
        Received<QString> received;
        m_client->uploadImage(QByteArray(), u"a.png"_s, u"image/png"_s, &context, received.callback());
        QCOMPARE(received.calls, 0); // never synchronously
        QTRY_COMPARE(received.calls, 1);
        QCOMPARE(received.result.error.kind, ApiError::Kind::InvalidRequest);
        QCOMPARE(m_nam->requestCount(), 0);
    }

    void checkStatuses_moreThan100_refusedWithoutSending()
    {
        QList<qint64> ids;
        for (qint64 i = 1; i <= 101; ++i) {
            ids.append(i);
        }
        QObject context;
        Received<StatusCheckResult> received;
        m_client->checkStatuses(ids, &context, received.callback());
        QTRY_COMPARE(received.calls, 1);
        QCOMPARE(received.result.error.kind, ApiError::Kind::InvalidRequest);
        QCOMPARE(m_nam->requestCount(), 0);
    }

    void setConfig_baseUrlRules_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("v2.0 https") << QString::fromLatin1(ApiClient::kV20BaseUrl) << true;
        QTest::newRow("v2.1 https") << QString::fromLatin1(ApiClient::kV21BaseUrl) << true;
        QTest::newRow("http remote") << u"http://bpapi.bazarbay.site/api/v1"_s << false;
        QTest::newRow("http 127.0.0.1") << u"http://127.0.0.1:8080/api/v1"_s << true;
        QTest::newRow("http 127.5.6.7") << u"http://127.5.6.7:8080/api/v1"_s << true;
        QTest::newRow("http ::1") << u"http://[::1]:8080/api/v1"_s << true;
        QTest::newRow("http localhost") << u"http://localhost:8080/api/v1"_s << true;
        QTest::newRow("http 128.0.0.1") << u"http://128.0.0.1/api/v1"_s << false;
        QTest::newRow("http localhost.evil") << u"http://localhost.evil.example/api/v1"_s << false;
        QTest::newRow("ftp") << u"ftp://127.0.0.1/api/v1"_s << false;
        QTest::newRow("relative") << u"/api/v1"_s << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("credentials") << u"https://user:pw@api.example.kz/api/v1"_s << false;
    }
    void setConfig_baseUrlRules()
    {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        ApiClient::Config config = testConfig();
        config.baseUrl = QUrl(url);
        QString reason;
        QCOMPARE(m_client->setConfig(config, &reason), accepted);
        QCOMPARE(reason.isEmpty(), accepted);
        // A refused configuration leaves the previous one in place.
        QCOMPARE(m_client->config().baseUrl, accepted ? QUrl(url) : testBaseUrl());
    }

    void setConfig_keyWithControlCharacters_refused_spacesAroundTrimmed()
    {
        ApiClient::Config config = testConfig();
        config.apiKey = u"abc\r\nX-Evil: 1"_s;
        QString reason;
        QVERIFY(!m_client->setConfig(config, &reason));
        QVERIFY(!reason.isEmpty());
        QVERIFY(!reason.contains(config.apiKey));
        QCOMPARE(m_client->config().apiKey, testApiKey());
        config.apiKey = u"  "_s + testApiKey() + u"\n"_s;
        QVERIFY(m_client->setConfig(config));
        QCOMPARE(m_client->config().apiKey, testApiKey());
    }

    void redirect_toForeignHost_notFollowed_keyNeverLeaves()
    {
        m_nam->setRoute([](const FakeRequest&) {
            return FakeResponse::text(302, QByteArray()).withHeader("Location", "https://evil.example/steal");
        });
        QObject context;
        Received<Invoice> received;
        m_client->invoice(1, &context, received.callback());
        QTRY_COMPARE(received.calls, 1);
        QCOMPARE(received.result.error.kind, ApiError::Kind::UnexpectedResponse);
        QCOMPARE(m_nam->requestCount(), 1);
        for (const FakeRequest& r : m_nam->requests()) {
            QCOMPARE(r.url().host(), u"api.example.test"_s);
        }
    }

    void keyOnlyForConfiguredBase_afterSwitchingBase()
    {
        answerAll(R"({"status":"ok"})");
        ApiClient::Config config = testConfig();
        config.baseUrl = QUrl(u"http://127.0.0.1:9/api/v1/"_s);
        QVERIFY(m_client->setConfig(config));
        QObject context;
        Received<Invoice> received;
        m_client->invoice(5, &context, received.callback());
        QTRY_COMPARE(received.calls, 1);
        QCOMPARE(m_nam->requestCount(), 1);
        QCOMPARE(m_nam->lastRequest().url().toString(), u"http://127.0.0.1:9/api/v1/invoices/5"_s);
        QCOMPARE(m_nam->lastRequest().header("X-API-Key"), testApiKey().toUtf8());
    }

    void noKey_refusedWithoutSending_statusStillWorks()
    {
        ApiClient::Config config = testConfig();
        config.apiKey.clear();
        QVERIFY(m_client->setConfig(config));
        answerAll(R"({"status":"ok"})");
        QObject context;
        Received<Page<Invoice>> list;
        Received<QString> health;
        m_client->listInvoices(InvoiceQuery {}, &context, list.callback());
        m_client->status(&context, health.callback());
        QTRY_COMPARE(list.calls, 1);
        QTRY_COMPARE(health.calls, 1);
        QCOMPARE(list.result.error.kind, ApiError::Kind::InvalidRequest);
        QVERIFY(health.result.ok());
        QCOMPARE(m_nam->requestCount(), 1);
    }

    void paginationEnvelopes_allAccepted_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("items");
        QTest::addColumn<int>("lastPage"); // -1 = unknown
        QTest::addColumn<bool>("hasMore");
        const QByteArray item = R"({"id":42,"amount":"15000.00","status":"pending","phone":"77001234567"})";
        QTest::newRow("data+meta") << QByteArray(
            R"({"data":[)" + item + R"(],"meta":{"current_page":1,"last_page":5,"per_page":10,"total":48}})")
                                   << 1 << 5 << true;
        QTest::newRow("flat v2.1") << QByteArray(R"({"current_page":2,"data":[)" + item + R"(],"total":11})") << 1 << 2
                                   << false;
        QTest::newRow("data+links+meta") << QByteArray(R"({"data":[)" + item + "," + item
            + R"(],"links":{"next":null},"meta":{"current_page":1,"from":1,"last_page":1,"path":"x","per_page":10,"to":2,"total":2}})")
                                         << 2 << 1 << false;
        QTest::newRow("no data") << QByteArray(R"({"meta":{"current_page":1,"total":0}})") << 0 << -2 << false;
    }
    void paginationEnvelopes_allAccepted()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, items);
        QFETCH(int, lastPage);
        QFETCH(bool, hasMore);
        answerAll(body);
        InvoiceQuery q;
        q.perPage = 10;
        QObject context;
        Received<Page<Invoice>> received;
        m_client->listInvoices(q, &context, received.callback());
        QTRY_COMPARE(received.calls, 1);
        QVERIFY2(received.result.ok(), qPrintable(received.result.error.field));
        QCOMPARE(received.result.value.items.size(), items);
        if (lastPage > 0) {
            QCOMPARE(received.result.value.lastPage.value_or(-1), lastPage);
        }
        QCOMPARE(received.result.value.hasMore(), hasMore);
        if (items > 0) {
            QCOMPARE(received.result.value.items.constFirst().id, 42);
            QCOMPARE(received.result.value.items.constFirst().phone, u"87001234567"_s);
        }
    }
};

QTEST_GUILESS_MAIN(TestApiClientRequests)
#include "tst_apiclientrequests.moc"
