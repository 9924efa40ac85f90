// ApiClient's counter look-ups on the fake network: what POST /clients/check sends, both documented 429 bodies (never
// re-sent), tolerant answers; the receipt's 202 pending and 200 ready (sale_date kept as Kaspi's text).
#include "apitesthelpers.h"

#include "money/phonenumber.h"

#include <QTest>
#include <QTimeZone>

using namespace apipay;
using namespace apipay::test;
using namespace Qt::StringLiterals;

namespace {

template <typename T, typename Call> ApiResult<T> run(Call&& call)
{
    QObject context;
    Received<T> received;
    call(&context, received.callback());
    if (!QTest::qWaitFor([&received] { return received.calls > 0; }, 5000)) {
        qWarning("callback not called within 5 s");
    }
    return received.result;
}

} // namespace

class TestApiClientReceiptCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
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

    void checkClient_sendsTheNormalisedPhone_readsTheAnswer()
    {
        m_nam->setRoute([](const FakeRequest&) {
            return FakeResponse::json(
                200, QByteArray(R"({"phone":"87770000001","has_kaspi":"1","client_name":"Ivan I."})"));
        });
        const auto result = check(u"+7 777 000-00-01"_s);
        QVERIFY2(result.ok(), qPrintable(result.error.userText()));
        QCOMPARE(m_nam->requestCount(), 1);
        QCOMPARE(m_nam->lastRequest().verb, QByteArray("POST"));
        QCOMPARE(m_nam->lastRequest().path(), u"/api/v1/clients/check"_s);
        QCOMPARE(m_nam->lastRequest().json(), (QJsonObject { { u"phone"_s, u"87770000001"_s } }));
        QVERIFY(result.value.hasKaspi);
        QCOMPARE(result.value.clientName, u"Ivan I."_s);
        QCOMPARE(result.value.phone, u"87770000001"_s);
    }

    void checkClient_noKaspi_nameEmpty()
    {
        m_nam->setRoute([](const FakeRequest&) {
            return FakeResponse::json(
                200, QByteArray(R"({"phone":"87770000002","has_kaspi":false,"client_name":null})"));
        });
        const auto result = check(u"87770000002"_s);
        QVERIFY(result.ok());
        QVERIFY(!result.value.hasKaspi);
        QVERIFY(result.value.clientName.isEmpty());
    }

    void checkClient_withoutHasKaspi_isUnreadable()
    {
        m_nam->setRoute([](const FakeRequest&) { return FakeResponse::json(200, QByteArray(R"({"phone":"8"})")); });
        const auto result = check(u"87770000002"_s);
        QCOMPARE(result.error.kind, ApiError::Kind::UnexpectedResponse);
        QCOMPARE(result.error.field, u"has_kaspi"_s);
    }

    void checkClient_429_bothBodies_rateLimitedNotResent_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("retryAfterHeader");
        QTest::addColumn<int>("seconds");
        QTest::newRow("scope=minute / kaspi_throttle")
            << QByteArray(R"({"message":"Too Many Requests","retry_after":7})") << QByteArray("7") << 7;
        QTest::newRow("request_rate_limited")
            << QByteArray(R"({"message":"Too Many Attempts.","error":"request_rate_limited",)"
                          R"("error_code":"request_rate_limited","limit":10,"remaining":0,"retry_after_seconds":17})")
            << QByteArray() << 17;
    }
    void checkClient_429_bothBodies_rateLimitedNotResent()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, retryAfterHeader);
        QFETCH(int, seconds);
        m_nam->setRoute([body, retryAfterHeader](const FakeRequest&) {
            FakeResponse response = FakeResponse::json(429, body);
            if (!retryAfterHeader.isEmpty()) {
                response.headers.append({ QByteArray("Retry-After"), retryAfterHeader });
            }
            return response;
        });
        const auto result = check(u"87770000002"_s);
        QCOMPARE(result.error.kind, ApiError::Kind::RateLimited);
        QCOMPARE(result.error.retryAfterSeconds, seconds);
        // The check's own limit says nothing about the others: the cashier's next request goes out at once (a
        // general 429 would hold it for the whole wait), and the check itself was not sent again.
        m_nam->setRoute([](const FakeRequest&) {
            return FakeResponse::json(200, QByteArray(R"({"data":[],"meta":{"current_page":1,"last_page":1}})"));
        });
        m_client->listInvoices(InvoiceQuery {}, this, [](const ApiResult<Page<Invoice>>&) {});
        QTRY_COMPARE_WITH_TIMEOUT(m_nam->requestCount(), 2, 2000);
        QCOMPARE(m_nam->lastRequest().path(), u"/api/v1/invoices"_s);
    }

    void receipt_202Pending_thenReady()
    {
        m_nam->setRoute([](const FakeRequest&) {
            return FakeResponse::json(202, QByteArray(R"({"status":"pending","poll_after":3})"));
        });
        auto result = receipt(77);
        QVERIFY(result.ok());
        QCOMPARE(m_nam->lastRequest().path(), u"/api/v1/invoices/77/receipt"_s);
        QVERIFY(!result.value.ready);
        QCOMPARE(result.value.pollAfterSeconds, 3);

        m_nam->setRoute([](const FakeRequest&) {
            return FakeResponse::json(200,
                QByteArray(
                    R"({"status":"ready","receipt_link":"https://kaspi.kz/r?id=1",)"
                    R"("download_link":"https://kaspi.kz/r?id=1&hash=abc","share_link":"https://kaspi.kz/s?id=1&hash=abc",)"
                    R"("sale_date":"2026-08-10 09:14:00.123456","fetched_at":"2026-08-10T09:15:02+00:00"})"));
        });
        result = receipt(77);
        QVERIFY(result.ok());
        QVERIFY(result.value.ready);
        QCOMPARE(result.value.receipt.shareLink, QUrl(u"https://kaspi.kz/s?id=1&hash=abc"_s));
        QCOMPARE(result.value.receipt.downloadLink, QUrl(u"https://kaspi.kz/r?id=1&hash=abc"_s));
        QCOMPARE(result.value.receipt.receiptLink, QUrl(u"https://kaspi.kz/r?id=1"_s));
        QCOMPARE(result.value.receipt.saleDate, u"2026-08-10 09:14:00.123456"_s);
        QCOMPARE(result.value.receipt.fetchedAt, QDateTime(QDate(2026, 8, 10), QTime(9, 15, 2), QTimeZone::utc()));
    }

    void receipt_202WithoutPollAfter_twoSeconds()
    {
        m_nam->setRoute(
            [](const FakeRequest&) { return FakeResponse::json(202, QByteArray(R"({"status":"pending"})")); });
        const auto result = receipt(5);
        QVERIFY(result.ok());
        QCOMPARE(result.value.pollAfterSeconds, 2);
    }

    void receipt_readyWithoutLinks_isUnreadable()
    {
        m_nam->setRoute([](const FakeRequest&) {
            return FakeResponse::json(200, QByteArray(R"({"status":"ready","share_link":"not a link"})"));
        });
        QCOMPARE(receipt(5).error.kind, ApiError::Kind::UnexpectedResponse);
    }

    void receipt_409Slug()
    {
        m_nam->setRoute([](const FakeRequest&) {
            return FakeResponse::json(
                409, QByteArray(R"({"error":"receipt_not_available_for_status","message":"no"})"));
        });
        const auto result = receipt(5);
        QCOMPARE(result.error.kind, ApiError::Kind::Conflict);
        QCOMPARE(result.error.reason, u"receipt_not_available_for_status"_s);
    }

private:
    ApiResult<ClientCheck> check(const QString& typed)
    {
        const auto phone = PhoneNumber::parse(typed).value;
        if (!phone) {
            qWarning("not a phone: %s", qPrintable(typed));
            return {};
        }
        return run<ClientCheck>([&](QObject* c, ApiCallback<ClientCheck> cb) { m_client->checkClient(*phone, c, cb); });
    }
    ApiResult<ReceiptAnswer> receipt(qint64 id)
    {
        return run<ReceiptAnswer>(
            [&](QObject* c, ApiCallback<ReceiptAnswer> cb) { m_client->invoiceReceipt(id, c, cb); });
    }

    std::unique_ptr<FakeNam> m_nam;
    std::unique_ptr<ApiClient> m_client;
};

QTEST_GUILESS_MAIN(TestApiClientReceiptCheck)
#include "tst_apiclientreceiptcheck.moc"
