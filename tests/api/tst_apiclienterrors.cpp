// ApiClient over FakeNam: every error kind, timeouts, network failures, malformed answers, and that the API key
// never shows up in logs or error texts.
#include "apitesthelpers.h"
#include "testsupport.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QTest>

using namespace apipay;
using namespace apipay::test;
using namespace Qt::StringLiterals;

namespace {

QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureMessages(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log.append(QString::fromLatin1(context.category ? context.category : "") + u' ' + message);
    }
    if (g_previousHandler) {
        g_previousHandler(type, context, message);
    }
}

} // namespace

// Runs one call and waits for its callback.
template <typename T, typename Call> ApiResult<T> run(Call call)
{
    QObject context;
    Received<T> received;
    call(&context, received.callback());
    if (!QTest::qWaitFor([&received] { return received.calls > 0; }, 5000)) {
        qWarning("callback not called within 5 s");
    }
    return received.result;
}

class TestApiClientErrors : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<FakeNam> m_nam;
    std::unique_ptr<ApiClient> m_client;

    ApiResult<Invoice> getInvoice()
    {
        return run<Invoice>([this](QObject* c, ApiCallback<Invoice> cb) { m_client->invoice(42, c, cb); });
    }
    ApiResult<Invoice> createInvoice()
    {
        InvoiceDraft draft;
        draft.amount = Money::fromTenge(15000);
        draft.phone = u"87001234567"_s;
        draft.externalOrderId = u"apd-0badf00d-20260408T101500-7b2d"_s;
        return run<Invoice>(
            [this, draft](QObject* c, ApiCallback<Invoice> cb) { m_client->createInvoice(draft, c, cb); });
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

    void httpErrors_mappedToKinds_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("message");
        using K = ApiError::Kind;
        QTest::newRow("401 E4") << 401 << QByteArray(R"({"message":"Invalid API key"})") << int(K::Unauthorized)
                                << QString() << u"Invalid API key"_s;
        QTest::newRow("401 E5") << 401
                                << QByteArray(R"({"error":"Invalid API key","message":"The provided API key is )"
                                              R"(invalid or inactive"})")
                                << int(K::Unauthorized) << QString()
                                << u"The provided API key is invalid or inactive"_s;
        QTest::newRow("403 E6") << 403 << QByteArray(R"({"message":"Organization not verified"})") << int(K::Forbidden)
                                << QString() << u"Organization not verified"_s;
        QTest::newRow("403 tariff") << 403
                                    << QByteArray(R"({"error":"tariff_inactive","error_code":"tariff_inactive",)"
                                                  R"("message":"Tariff is not active"})")
                                    << int(K::Forbidden) << u"tariff_inactive"_s << u"Tariff is not active"_s;
        QTest::newRow("404 v2.0") << 404 << QByteArray(R"({"message":"Invoice not found"})") << int(K::NotFound)
                                  << QString() << u"Invoice not found"_s;
        QTest::newRow("404 v2.1") << 404 << QByteArray(R"({"error":"Invoice not found"})") << int(K::NotFound)
                                  << QString() << u"Invoice not found"_s;
        QTest::newRow("409") << 409
                             << QByteArray(R"({"error":"kaspi_session_expired","message":"Kaspi session expired"})")
                             << int(K::Conflict) << u"kaspi_session_expired"_s << u"Kaspi session expired"_s;
        QTest::newRow("400 E8") << 400
                                << QByteArray(R"({"error":"kaspi_session_not_configured","message":"Kaspi session )"
                                              R"(is not configured. Please contact support."})")
                                << int(K::Server) << u"kaspi_session_not_configured"_s
                                << u"Kaspi session is not configured. Please contact support."_s;
        QTest::newRow("400 phrase in error")
            << 400 << QByteArray(R"({"error":"Organization not found or not verified"})") << int(K::Server) << QString()
            << u"Organization not found or not verified"_s;
        QTest::newRow("502 JSON E9") << 502 << QByteArray(R"({"message":"Kaspi API error"})") << int(K::Server)
                                     << QString() << u"Kaspi API error"_s;
        QTest::newRow("503 JSON") << 503 << QByteArray(R"({"message":"Kaspi session expired"})") << int(K::Server)
                                  << QString() << u"Kaspi session expired"_s;
        QTest::newRow("500 non-JSON GET")
            << 500 << QByteArray("<html>Server Error</html>") << int(K::Server) << QString() << QString();
    }
    void httpErrors_mappedToKinds()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, reason);
        QFETCH(QString, message);
        m_nam->setRoute([status, body](const FakeRequest&) { return FakeResponse::json(status, body); });
        QSignalSpy unauthorized(m_client.get(), &ApiClient::unauthorized);
        const ApiResult<Invoice> result = getInvoice();
        QCOMPARE(int(result.error.kind), kind);
        QCOMPARE(result.error.httpStatus, status);
        QCOMPARE(result.error.reason, reason);
        if (!message.isNull()) {
            QCOMPARE(result.error.message, message);
        }
        QVERIFY(!result.error.userText().isEmpty());
        QCOMPARE(unauthorized.count(), status == 401 ? 1 : 0);
        QCOMPARE(m_nam->requestCount(), 1); // errors other than 429 are never re-sent
    }

    void validation422_dottedFieldMessages()
    {
        m_nam->setRoute([](const FakeRequest&) {
            return FakeResponse::json(422,
                QByteArray(R"({"message":"Validation failed","errors":{)"
                           R"("phone_number":["Phone number must be in format 8XXXXXXXXXX"],)"
                           R"("cart_items.0.catalog_item_id":["Unknown catalog item"]}})"));
        });
        const ApiResult<Invoice> result = createInvoice();
        QCOMPARE(result.error.kind, ApiError::Kind::Validation);
        QCOMPARE(result.error.messagesFor(u"phone_number"_s),
            QStringList { u"Phone number must be in format 8XXXXXXXXXX"_s });
        QCOMPARE(
            result.error.messagesFor(u"cart_items.0.catalog_item_id"_s), QStringList { u"Unknown catalog item"_s });
        QCOMPARE(result.error.message, u"Validation failed"_s);
        QVERIFY(result.error.userText().contains(u"cart_items.0.catalog_item_id"_s));
    }

    void duplicateIdempotencyKey409_conflictWithRelatedInvoice()
    {
        m_nam->setRoute([](const FakeRequest&) {
            return FakeResponse::json(409,
                QByteArray(R"({"error":"duplicate_idempotency_key","message":"Duplicate",)"
                           R"("invoice_id":124,"status":"pending"})"));
        });
        const ApiResult<Invoice> result = createInvoice();
        QCOMPARE(result.error.kind, ApiError::Kind::Conflict);
        QCOMPARE(result.error.reason, u"duplicate_idempotency_key"_s);
        QCOMPARE(result.error.relatedInvoiceId, 124);
        QVERIFY(result.error.userText().contains(u"124"_s));
    }

    void serverErrorWithoutJson_onCreate_outcomeUnknown()
    {
        m_nam->setRoute([](const FakeRequest&) { return FakeResponse::text(502, "<html>Bad Gateway</html>"); });
        const ApiResult<Invoice> result = createInvoice();
        QCOMPARE(result.error.kind, ApiError::Kind::OutcomeUnknown);
        QCOMPARE(result.error.httpStatus, 502);
        QCOMPARE(result.value.externalOrderId, u"apd-0badf00d-20260408T101500-7b2d"_s);
        QCOMPARE(m_nam->requestCount(), 1);
    }

    void serverErrorWithJson_onCreate_definiteServerError()
    {
        m_nam->setRoute([](const FakeRequest&) {
            return FakeResponse::json(503,
                QByteArray(R"({"error":"kaspi_session_invalid","message":"Kaspi )"
                           R"(connection is invalid"})"));
        });
        const ApiResult<Invoice> result = createInvoice();
        QCOMPARE(result.error.kind, ApiError::Kind::Server);
        QCOMPARE(result.error.reason, u"kaspi_session_invalid"_s);
    }

    void timeout_get_timeout_create_outcomeUnknown()
    {
        ApiClient::Config config = testConfig();
        config.timeoutMs = 100;
        QVERIFY(m_client->setConfig(config));
        m_nam->setRoute([](const FakeRequest&) { return FakeResponse::hanging(); });
        QCOMPARE(getInvoice().error.kind, ApiError::Kind::Timeout);
        QCOMPARE(createInvoice().error.kind, ApiError::Kind::OutcomeUnknown);
        QCOMPARE(m_nam->requestCount(), 2); // no blind re-send
        QVERIFY(m_nam->openReplies().isEmpty()); // the hanging replies were aborted
    }

    void slowButProgressing_answerWithinTimeout_ok()
    {
        ApiClient::Config config = testConfig();
        config.timeoutMs = 300;
        QVERIFY(m_client->setConfig(config));
        m_nam->setRoute([](const FakeRequest&) {
            return FakeResponse::json(200, QByteArray(R"({"id":42,"status":"paid","amount":"10.00"})")).delayed(100);
        });
        const ApiResult<Invoice> result = getInvoice();
        QVERIFY2(result.ok(), qPrintable(result.error.userText()));
        QCOMPARE(result.value.id, 42);
    }

    void networkFailures_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("getKind");
        QTest::addColumn<int>("createKind");
        using K = ApiError::Kind;
        QTest::newRow("connection refused")
            << int(QNetworkReply::ConnectionRefusedError) << int(K::Offline) << int(K::Offline);
        QTest::newRow("host not found") << int(QNetworkReply::HostNotFoundError) << int(K::Offline) << int(K::Offline);
        QTest::newRow("tls") << int(QNetworkReply::SslHandshakeFailedError) << int(K::Tls) << int(K::Tls);
        QTest::newRow("closed after send")
            << int(QNetworkReply::RemoteHostClosedError) << int(K::Offline) << int(K::OutcomeUnknown);
        QTest::newRow("qt timeout") << int(QNetworkReply::TimeoutError) << int(K::Timeout) << int(K::OutcomeUnknown);
    }
    void networkFailures()
    {
        QFETCH(int, code);
        QFETCH(int, getKind);
        QFETCH(int, createKind);
        m_nam->setRoute([code](const FakeRequest&) {
            return FakeResponse::networkError(static_cast<QNetworkReply::NetworkError>(code));
        });
        QCOMPARE(int(getInvoice().error.kind), getKind);
        QCOMPARE(int(createInvoice().error.kind), createKind);
        QCOMPARE(m_nam->requestCount(), 2);
    }

    void malformedJson_get_unexpected_create_outcomeUnknown()
    {
        m_nam->setRoute([](const FakeRequest&) { return FakeResponse::json(200, QByteArray(R"({"id": 42, "sta)")); });
        const ApiResult<Invoice> get = getInvoice();
        QCOMPARE(get.error.kind, ApiError::Kind::UnexpectedResponse);
        QVERIFY(!get.error.field.isEmpty());
        const ApiResult<Invoice> create = createInvoice();
        QCOMPARE(create.error.kind, ApiError::Kind::OutcomeUnknown);
    }

    void wrongShape_namesTheField()
    {
        m_nam->setRoute([](const FakeRequest&) {
            return FakeResponse::json(200, QByteArray(R"({"data":[{"id":"not-a-number"}],"meta":{"total":1}})"));
        });
        const auto result = run<Page<Invoice>>(
            [this](QObject* c, ApiCallback<Page<Invoice>> cb) { m_client->listInvoices(InvoiceQuery {}, c, cb); });
        QCOMPARE(result.error.kind, ApiError::Kind::UnexpectedResponse);
        QVERIFY2(result.error.field.contains(u"id"_s), qPrintable(result.error.field));
    }

    void apiKey_neverInLogsOrErrorTexts()
    {
        QLoggingCategory::setFilterRules(u"apipay.*=true"_s);
        {
            QMutexLocker lock(&g_logMutex);
            g_log.clear();
        }
        g_previousHandler = qInstallMessageHandler(captureMessages);
        const QByteArray key = testApiKey().toUtf8();
        int step = 0;
        m_nam->setRoute([&step, key](const FakeRequest&) {
            switch (step++) {
            case 0:
                return FakeResponse::json(401, "{\"message\":\"Invalid API key " + key + "\"}");
            case 1:
                return FakeResponse::json(422, "{\"message\":\"bad\",\"errors\":{\"key\":[\"" + key + "\"]}}");
            case 2:
                return FakeResponse::networkError(QNetworkReply::SslHandshakeFailedError, QString::fromUtf8(key));
            case 3:
                return FakeResponse::text(500, "oops " + key);
            default:
                return FakeResponse::json(200, QByteArray(R"({"id":1,"status":"paid"})"));
            }
        });
        QList<ApiError> errors;
        for (int i = 0; i < 5; ++i) {
            errors.append(i % 2 ? createInvoice().error : getInvoice().error);
        }
        qInstallMessageHandler(g_previousHandler);
        QLoggingCategory::setFilterRules(QString());

        QCOMPARE(m_nam->requestCount(), 5);
        for (const FakeRequest& r : m_nam->requests()) {
            QCOMPARE(r.header("X-API-Key"), key); // it is sent, as a header only
            QVERIFY(!r.url().toString().contains(testApiKey()));
            QVERIFY(!r.body.contains(key));
        }
        QMutexLocker lock(&g_logMutex);
        QVERIFY2(!g_log.isEmpty(), "the apipay.api category should have logged the requests");
        QVERIFY(g_log.join(u'\n').contains(u"X-API-Key: ****"_s));
        for (const QString& line : std::as_const(g_log)) {
            QVERIFY2(!line.contains(testApiKey()), qPrintable(line));
        }
        for (const ApiError& error : errors) {
            QVERIFY(!error.message.contains(testApiKey()));
            QVERIFY(!error.userText().contains(testApiKey()));
            for (const QStringList& messages : error.fieldErrors) {
                QVERIFY(!messages.join(u' ').contains(testApiKey()));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestApiClientErrors)
#include "tst_apiclienterrors.moc"
