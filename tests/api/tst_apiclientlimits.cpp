// ApiClient over FakeNam: the answer size cap and the total deadline (issue 8, defect 4). A long, endless or trickled
// body is cut off; what the client kept never grows far past the cap.
#include "apitesthelpers.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QTest>

using namespace apipay;
using namespace apipay::test;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kCap = 256 * 1024;
constexpr int kChunk = 16 * 1024;

template <typename T, typename Call> ApiResult<T> run(Call call, int waitMs = 5000)
{
    QObject context;
    Received<T> received;
    call(&context, received.callback());
    if (!QTest::qWaitFor([&received] { return received.calls > 0; }, waitMs)) {
        qWarning("callback not called in time");
    }
    return received.result;
}

} // namespace

class TestApiClientLimits : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<FakeNam> m_nam;
    std::unique_ptr<ApiClient> m_client;

    ApiResult<Page<Invoice>> listInvoices()
    {
        return run<Page<Invoice>>(
            [this](QObject* c, ApiCallback<Page<Invoice>> cb) { m_client->listInvoices(InvoiceQuery {}, c, cb); });
    }
    ApiResult<CatalogWriteResult> deleteItem()
    {
        return run<CatalogWriteResult>(
            [this](QObject* c, ApiCallback<CatalogWriteResult> cb) { m_client->deleteCatalogItem(7, c, cb); });
    }

private Q_SLOTS:
    void initTestCase() { initTestEnvironment(); }
    void init()
    {
        m_nam = std::make_unique<FakeNam>();
        m_client = std::make_unique<ApiClient>(m_nam.get());
        ApiClient::Config config = testConfig();
        config.maxResponseBytes = kCap;
        config.timeoutMs = 400;
        config.totalDeadlineMs = 1000;
        QVERIFY(m_client->setConfig(config));
    }
    void cleanup()
    {
        m_client.reset();
        m_nam.reset();
    }

    void defaults_aFewMegabytesAndAMinute()
    {
        const ApiClient::Config defaults;
        QCOMPARE(defaults.maxResponseBytes, qint64(8 * 1024 * 1024));
        QCOMPARE(defaults.totalDeadlineMs, 60'000);
    }

    void announcedLengthAboveCap_refusedBeforeAnyBody()
    {
        auto streamed = std::make_shared<qint64>(0);
        m_nam->setRoute([streamed](const FakeRequest&) {
            FakeResponse response = FakeResponse::stream(200, 50 * 1024 * 1024, kChunk, 0, true);
            response.streamed = streamed;
            return response;
        });
        const auto result = listInvoices();
        QCOMPARE(result.error.kind, ApiError::Kind::ResponseTooLarge);
        QCOMPARE(*streamed, qint64(0));
        QCOMPARE(result.error.sizeLimit, kCap);
        QVERIFY2(result.error.userText().contains(u"too large"_s), qPrintable(result.error.userText()));
        QCOMPARE(ApiError::kindTitle(ApiError::Kind::ResponseTooLarge), u"Answer too large"_s);
    }

    void endlessBody_cutOffAtTheCap()
    {
        auto streamed = std::make_shared<qint64>(0);
        m_nam->setRoute([streamed](const FakeRequest&) {
            FakeResponse response = FakeResponse::stream(200, -1, kChunk, 0, false);
            response.streamed = streamed;
            return response;
        });
        const auto result = listInvoices();
        QCOMPARE(result.error.kind, ApiError::Kind::ResponseTooLarge);
        // Cut off by the first chunk past the cap, not by a timer.
        QVERIFY2(*streamed <= kCap + kChunk, qPrintable(QString::number(*streamed)));
        QVERIFY(*streamed > kCap);
        QVERIFY(m_nam->openReplies().isEmpty());
    }

    void longBodyWithoutLength_cutOffAtTheCap_writeIsOutcomeUnknown()
    {
        auto streamed = std::make_shared<qint64>(0);
        m_nam->setRoute([streamed](const FakeRequest&) {
            FakeResponse response = FakeResponse::stream(200, 50 * 1024 * 1024, kChunk, 0, false);
            response.streamed = streamed;
            return response;
        });
        const auto result = deleteItem();
        // The server may have deleted the item: a write cut off is "outcome unknown", with the reason said.
        QCOMPARE(result.error.kind, ApiError::Kind::OutcomeUnknown);
        QCOMPARE(result.error.sizeLimit, kCap);
        QVERIFY2(result.error.userText().contains(u"too large"_s), qPrintable(result.error.userText()));
        QVERIFY(*streamed <= kCap + kChunk);
        QCOMPARE(m_nam->requestCount(), 1);
    }

    void bodyJustBelowCap_read()
    {
        // A valid answer padded with spaces to just below the cap is read whole.
        QByteArray body = R"({"data":[],"meta":{"current_page":1,"last_page":1,"per_page":20,"total":0}})";
        body += QByteArray(kCap - body.size(), ' ');
        m_nam->setRoute([body](const FakeRequest&) { return FakeResponse::json(200, body); });
        const auto result = listInvoices();
        QVERIFY2(result.ok(), qPrintable(result.error.userText()));
    }

    void trickle_readCutOffByTheDeadline_asTimeout()
    {
        // One small chunk every 100 ms: the idle timeout (400 ms) never fires, the total deadline (1 s) does.
        auto streamed = std::make_shared<qint64>(0);
        m_nam->setRoute([streamed](const FakeRequest&) {
            FakeResponse response = FakeResponse::stream(200, -1, 1, 100, false);
            response.streamed = streamed;
            return response;
        });
        QElapsedTimer clock;
        clock.start();
        const auto result = listInvoices();
        QCOMPARE(result.error.kind, ApiError::Kind::Timeout);
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(*streamed >= 3); // bytes did keep coming
    }

    void trickle_writeCutOffByTheDeadline_outcomeUnknown_sentOnce()
    {
        m_nam->setRoute([](const FakeRequest&) { return FakeResponse::stream(200, -1, 1, 100, false); });
        const auto result = deleteItem();
        QCOMPARE(result.error.kind, ApiError::Kind::OutcomeUnknown);
        QCOMPARE(result.error.sizeLimit, qint64(0));
        QCOMPARE(m_nam->requestCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestApiClientLimits)
#include "tst_apiclientlimits.moc"
