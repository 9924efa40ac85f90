// ApiClient over FakeNam: QR invoices (v2.1): the request body, both 201 forms, the failures a counter must tell
// apart (404 of a v2.0 server, 422, 429 qr_rate_limit, 503), the cancel refusal and the watch's own budget.
#include "apitesthelpers.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace apipay;
using namespace apipay::test;
using namespace Qt::StringLiterals;

namespace {

// The 201 example of the documentation, with the status given.
QByteArray created(const char* status)
{
    QJsonObject o { { u"id"_s, 63474 }, { u"amount"_s, u"100.00"_s }, { u"status"_s, QString::fromLatin1(status) },
        { u"paid_at"_s, QJsonValue() }, { u"phone"_s, QJsonValue() },
        { u"created_at"_s, u"2026-05-09T07:27:37+00:00"_s }, { u"is_qr_token"_s, true },
        { u"qr_token_url"_s, u"https://qr.kaspi.kz/0000000000000000000000000000000000000000"_s },
        { u"qr_image_url"_s, u"https://api.apipay.kz/storage/qr/00000000-0000-0000-0000-000000000000.png"_s },
        { u"qr_expires_at"_s, u"2026-05-09T07:32:38+00:00"_s } };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QrInvoiceDraft draft(qint64 tiyn)
{
    QrInvoiceDraft d;
    d.amount = Money::fromTiyn(tiyn);
    return d;
}

} // namespace

class TestApiClientQr : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<FakeNam> m_nam;
    std::unique_ptr<ApiClient> m_client;

    ApiResult<Invoice> createWith(const QrInvoiceDraft& d)
    {
        QObject context;
        Received<Invoice> received;
        m_client->createQrInvoice(d, &context, received.callback());
        [&] { QTRY_COMPARE(received.calls, 1); }();
        return received.result;
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

    void create_amountWithTiyn_bodyAndPath()
    {
        m_nam->setRoute([](const FakeRequest&) { return FakeResponse::json(201, created("pending")); });
        QrInvoiceDraft d = draft(150'050); // 1 500.50 ₸: tiyn are allowed on a QR invoice
        d.description = u"Coffee"_s;
        d.internalComment = u"table 4"_s;
        const ApiResult<Invoice> result = createWith(d);
        QVERIFY2(result.ok(), qPrintable(result.error.userText()));
        const FakeRequest& sent = m_nam->lastRequest();
        QCOMPARE(sent.verb, QByteArray("POST"));
        QCOMPARE(sent.path(), u"/api/v1/invoices/qr"_s);
        QVERIFY(sent.body.contains("\"amount\":1500.5"));
        const QJsonObject body = sent.json();
        QCOMPARE(body.value(u"description"_s).toString(), u"Coffee"_s);
        QCOMPARE(body.value(u"internal_comment"_s).toString(), u"table 4"_s);
        QVERIFY(!body.contains(u"phone_number"_s));
        QVERIFY(!body.contains(u"cart_items"_s));
        const QString id = body.value(u"external_order_id"_s).toString();
        QVERIFY2(
            QRegularExpression(u"^apd-[0-9a-f]{8}-\\d{8}T\\d{6}-[0-9a-f]{4}$"_s).match(id).hasMatch(), qPrintable(id));
        QCOMPARE(body.value(u"external_order_id_idempotency"_s).toString(), id);
    }

    void create_cart_sentWithoutAmount()
    {
        m_nam->setRoute([](const FakeRequest&) { return FakeResponse::json(201, created("pending")); });
        QrInvoiceDraft d;
        d.amount = Money::fromTenge(5); // ignored: a cart goes alone
        d.cartItems = { CartLine { 12, 2, std::nullopt } };
        d.externalOrderId = u"apd-0badf00d-20260408T101500-7b2d"_s;
        QVERIFY(createWith(d).ok());
        const QJsonObject body = m_nam->lastRequest().json();
        QVERIFY(!body.contains(u"amount"_s));
        const QJsonObject line = body.value(u"cart_items"_s).toArray().first().toObject();
        QCOMPARE(line.value(u"catalog_item_id"_s).toInt(), 12);
        QCOMPARE(line.value(u"count"_s).toInt(), 2);
        QCOMPARE(body.value(u"external_order_id"_s).toString(), u"apd-0badf00d-20260408T101500-7b2d"_s);
        QCOMPARE(body.value(u"external_order_id_idempotency"_s).toString(), u"apd-0badf00d-20260408T101500-7b2d"_s);
    }

    void create_201_pendingOrProcessing_data()
    {
        QTest::addColumn<QByteArray>("status");
        QTest::newRow("pending") << QByteArray("pending");
        QTest::newRow("processing") << QByteArray("processing");
    }
    void create_201_pendingOrProcessing()
    {
        QFETCH(QByteArray, status);
        m_nam->setRoute([status](const FakeRequest&) { return FakeResponse::json(201, created(status.constData())); });
        const ApiResult<Invoice> result = createWith(draft(10'000));
        QVERIFY(result.ok());
        const Invoice& invoice = result.value;
        QCOMPARE(invoice.id, 63474);
        QCOMPARE(invoice.status.raw(), QString::fromLatin1(status));
        QVERIFY(invoice.isQr());
        QCOMPARE(invoice.isQrToken, std::optional<bool>(true));
        QCOMPARE(invoice.qrTokenUrl, u"https://qr.kaspi.kz/0000000000000000000000000000000000000000"_s);
        QCOMPARE(invoice.qrImageUrl, u"https://api.apipay.kz/storage/qr/00000000-0000-0000-0000-000000000000.png"_s);
        QCOMPARE(invoice.qrExpiresAt, QDateTime(QDate(2026, 5, 9), QTime(7, 32, 38), Qt::UTC));
        QVERIFY(invoice.phone.isEmpty());
        QCOMPARE(invoice.amount, std::optional<Money>(Money::fromTenge(100)));
    }

    void detail_withoutQrKeys_isAnOrdinaryInvoice()
    {
        m_nam->setRoute([](const FakeRequest&) {
            return FakeResponse::json(200, QByteArray(R"({"id":5,"amount":"100.00","status":"paid"})"));
        });
        QObject context;
        Received<Invoice> received;
        m_client->invoice(5, &context, received.callback());
        QTRY_COMPARE(received.calls, 1);
        QVERIFY(received.result.ok());
        QVERIFY(!received.result.value.isQr());
        QVERIFY(!received.result.value.qrExpiresAt.isValid());
        QVERIFY(received.result.value.unreadableFields.isEmpty());
    }

    void detail_onlyTokenUrl_stillQr()
    {
        m_nam->setRoute([](const FakeRequest&) {
            return FakeResponse::json(200,
                QByteArray("{\"id\":5,\"amount\":\"100.00\",\"status\":\"pending\","
                           "\"qr_token_url\":\"https:\\/\\/qr.kaspi.kz\\/x\"}"));
        });
        QObject context;
        Received<Invoice> received;
        m_client->invoice(5, &context, received.callback());
        QTRY_COMPARE(received.calls, 1);
        QVERIFY(received.result.value.isQr());
    }

    void create_tooLongDescription_refusedUnsent()
    {
        QrInvoiceDraft d = draft(10'000);
        d.description = QString(101, u'x');
        const ApiResult<Invoice> result = createWith(d);
        QCOMPARE(result.error.kind, ApiError::Kind::InvalidRequest);
        QVERIFY(!result.error.messagesFor(u"description"_s).isEmpty());
        QCOMPARE(m_nam->requestCount(), 0);
        d.description = QString(100, u'x');
        d.internalComment = QString(256, u'n');
        const ApiResult<Invoice> second = createWith(d);
        QVERIFY(!second.error.messagesFor(u"internal_comment"_s).isEmpty());
        QCOMPARE(m_nam->requestCount(), 0);
        QCOMPARE(createWith(QrInvoiceDraft {}).error.kind, ApiError::Kind::InvalidRequest);
        QCOMPARE(m_nam->requestCount(), 0);
    }

    void create_v20Server_404()
    {
        m_nam->setRoute(
            [](const FakeRequest&) { return FakeResponse::json(404, QByteArray(R"({"message":"Not found"})")); });
        const ApiResult<Invoice> result = createWith(draft(10'000));
        QCOMPARE(result.error.kind, ApiError::Kind::NotFound);
        QVERIFY(!result.value.externalOrderId.isEmpty());
        QCOMPARE(m_nam->requestCount(), 1);
    }

    void create_422_fieldErrors()
    {
        m_nam->setRoute([](const FakeRequest&) {
            return FakeResponse::json(
                422, QByteArray(R"({"message":"Validation failed","errors":{"description":["Too long."]}})"));
        });
        const ApiResult<Invoice> result = createWith(draft(10'000));
        QCOMPARE(result.error.kind, ApiError::Kind::Validation);
        QCOMPARE(result.error.messagesFor(u"description"_s), QStringList { u"Too long."_s });
    }

    void create_429_qrRateLimit_notResent()
    {
        m_nam->setRoute([](const FakeRequest&) {
            return FakeResponse::json(429,
                QByteArray(R"({"error":"qr_rate_limit","error_code":"qr_rate_limit","message":"Too many QR invoices",)"
                           R"("retry_after_seconds":7})"));
        });
        const ApiResult<Invoice> result = createWith(draft(10'000));
        QCOMPARE(result.error.kind, ApiError::Kind::RateLimited);
        QCOMPARE(result.error.reason, u"qr_rate_limit"_s);
        QCOMPARE(result.error.retryAfterSeconds, 7);
        // The QR limit is the organisation's for QR invoices only: a phone invoice or a list goes out at once (a
        // general 429 would hold it for 7 s), and the QR invoice was not sent again.
        m_nam->setRoute([](const FakeRequest&) {
            return FakeResponse::json(200, QByteArray(R"({"data":[],"meta":{"current_page":1,"last_page":1}})"));
        });
        m_client->listInvoices(InvoiceQuery {}, this, [](const ApiResult<Page<Invoice>>&) {});
        QTRY_COMPARE_WITH_TIMEOUT(m_nam->requestCount(), 2, 2000);
        QCOMPARE(m_nam->lastRequest().path(), u"/api/v1/invoices"_s);
    }

    void create_503_invoicesDisabled()
    {
        m_nam->setRoute([](const FakeRequest&) {
            return FakeResponse::json(503,
                QByteArray(R"({"error":"invoices_disabled","error_code":"invoices_disabled","message":"Invoice )"
                           R"(creation is temporarily unavailable due to maintenance. Please retry later."})"));
        });
        const ApiResult<Invoice> result = createWith(draft(10'000));
        QCOMPARE(result.error.kind, ApiError::Kind::Server);
        QCOMPARE(result.error.reason, u"invoices_disabled"_s);
        QCOMPARE(m_nam->requestCount(), 1);
    }

    void create_lostAnswer_outcomeUnknownKeepsTheId()
    {
        m_nam->setRoute(
            [](const FakeRequest&) { return FakeResponse::networkError(QNetworkReply::RemoteHostClosedError); });
        QrInvoiceDraft d = draft(10'000);
        d.externalOrderId = u"apd-0badf00d-20260408T101500-7b2d"_s;
        const ApiResult<Invoice> result = createWith(d);
        QCOMPARE(result.error.kind, ApiError::Kind::OutcomeUnknown);
        QCOMPARE(result.value.externalOrderId, u"apd-0badf00d-20260408T101500-7b2d"_s);
        QCOMPARE(m_nam->requestCount(), 1);
    }

    void cancel_qrRefused_withExpiresAt()
    {
        m_nam->setRoute([](const FakeRequest&) {
            return FakeResponse::json(409,
                QByteArray(R"({"error":"qr_cancel_unsupported","message":"QR invoices cannot be cancelled",)"
                           R"("expires_at":"2026-05-09T11:52:00+00:00"})"));
        });
        QObject context;
        Received<CancelResult> received;
        m_client->cancelInvoice(63474, &context, received.callback());
        QTRY_COMPARE(received.calls, 1);
        QCOMPARE(received.result.error.kind, ApiError::Kind::Conflict);
        QVERIFY(received.result.value.qrCancelUnsupported);
        QCOMPARE(received.result.value.qrStopsAt, QDateTime(QDate(2026, 5, 9), QTime(11, 52), Qt::UTC));
    }

    void cancel_qrRefused_withoutExpiresAt()
    {
        m_nam->setRoute([](const FakeRequest&) {
            return FakeResponse::json(
                409, QByteArray(R"({"error_code":"qr_cancel_unsupported","message":"Cannot cancel"})"));
        });
        QObject context;
        Received<CancelResult> received;
        m_client->cancelInvoice(63474, &context, received.callback());
        QTRY_COMPARE(received.calls, 1);
        QVERIFY(received.result.value.qrCancelUnsupported);
        QVERIFY(!received.result.value.qrStopsAt.isValid());
    }

    void cancel_otherConflict_notQr()
    {
        m_nam->setRoute([](const FakeRequest&) {
            return FakeResponse::json(409, QByteArray(R"({"error_code":"kaspi_session_expired","message":"x"})"));
        });
        QObject context;
        Received<CancelResult> received;
        m_client->cancelInvoice(1, &context, received.callback());
        QTRY_COMPARE(received.calls, 1);
        QCOMPARE(received.result.error.kind, ApiError::Kind::Conflict);
        QVERIFY(!received.result.value.qrCancelUnsupported);
    }

    void watch_hasItsOwnBudget()
    {
        ApiClient::Config config = testConfig();
        config.requestsPerMinute = 2;
        config.qrWatchRequestsPerMinute = 5;
        config.budgetWindowMs = 60'000;
        QVERIFY(m_client->setConfig(config));
        m_nam->setRoute([](const FakeRequest&) {
            return FakeResponse::json(200, QByteArray(R"({"id":9,"amount":"1.00","status":"pending"})"));
        });
        QObject context;
        Received<Invoice> general;
        m_client->invoice(9, &context, general.callback());
        m_client->invoice(9, &context, general.callback());
        QTRY_COMPARE(general.calls, 2);
        QCOMPARE(m_client->budgetRemaining(), 0); // the general budget is spent …
        Received<Invoice> watched;
        for (int i = 0; i < 5; ++i) {
            m_client->watchQrInvoice(9, &context, watched.callback());
        }
        QTRY_COMPARE(watched.calls, 5); // … and the watch still goes, inside its own
        QVERIFY(watched.result.ok());
        QCOMPARE(m_nam->requestCount(), 7);
        QSignalSpy sent(m_nam.get(), &FakeNam::requestStarted);
        m_client->watchQrInvoice(9, &context, watched.callback()); // its own budget is spent too: this one waits
        QVERIFY(!sent.wait(100)); // the over-budget watch must not go out
        QCOMPARE(m_nam->requestCount(), 7);
        QCOMPARE(m_client->queuedCount(), 1);
    }

    void probe_v21_v20()
    {
        int status = 200;
        m_nam->setRoute([&status](const FakeRequest&) {
            return FakeResponse::json(status,
                status == 200 ? QByteArray(R"({"total_invoices":0})") : QByteArray(R"({"message":"Not found"})"));
        });
        QObject context;
        Received<bool> v21;
        m_client->probeQrInvoices(&context, v21.callback());
        QTRY_COMPARE(v21.calls, 1);
        QVERIFY(v21.result.ok());
        QVERIFY(v21.result.value);
        QCOMPARE(m_nam->lastRequest().path(), u"/api/v1/invoices/stats"_s);
        QCOMPARE(m_nam->lastRequest().queryValue(u"period"_s), u"today"_s);
        status = 404;
        Received<bool> v20;
        m_client->probeQrInvoices(&context, v20.callback());
        QTRY_COMPARE(v20.calls, 1);
        QVERIFY(v20.result.ok());
        QVERIFY(!v20.result.value);
        status = 500;
        Received<bool> failed;
        m_client->probeQrInvoices(&context, failed.callback());
        QTRY_COMPARE(failed.calls, 1);
        QVERIFY(!failed.result.ok());
    }
};

QTEST_GUILESS_MAIN(TestApiClientQr)
#include "tst_apiclientqr.moc"
