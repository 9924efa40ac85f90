// ApiClient over FakeNam: the request budget (D3) — queueing instead of failing, User before Background,
// X-RateLimit-Remaining, every 429 form, automatic re-sends only for GET and the status check.
#include "apitesthelpers.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace apipay;
using namespace apipay::test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kInvoice = R"({"id":42,"amount":"100.00","status":"pending"})";

} // namespace

class TestApiClientBudget : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<FakeNam> m_nam;
    std::unique_ptr<ApiClient> m_client;

    void configure(int perWindow, int windowMs)
    {
        ApiClient::Config config = testConfig();
        config.requestsPerMinute = perWindow;
        config.budgetWindowMs = windowMs;
        QVERIFY(m_client->setConfig(config));
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

    void defaults_sixtyPerMinute()
    {
        const ApiClient::Config config;
        QCOMPARE(config.requestsPerMinute, 60);
        QCOMPARE(config.budgetWindowMs, 60'000);
        QCOMPARE(config.timeoutMs, 30'000);
        QCOMPARE(config.maxRateLimitRetries, 3);
    }

    void overBudget_requestsWaitThenGo()
    {
        configure(2, 300);
        m_nam->setRoute([](const FakeRequest&) { return FakeResponse::json(200, kInvoice); });
        QSignalSpy budget(m_client.get(), &ApiClient::budgetChanged);
        QSignalSpy busy(m_client.get(), &ApiClient::busyChanged);
        QObject context;
        int done = 0;
        int failures = 0;
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < 5; ++i) {
            m_client->invoice(i + 1, &context, [&](const ApiResult<Invoice>& r) {
                ++done;
                failures += r.ok() ? 0 : 1;
            });
        }
        QCOMPARE(m_nam->requestCount(), 2); // the budget allowed two; three wait in the queue
        QCOMPARE(m_client->queuedCount(), 3);
        QCOMPARE(m_client->budgetRemaining(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(done, 5, 5000);
        QCOMPARE(failures, 0);
        QCOMPARE(m_nam->requestCount(), 5);
        QVERIFY2(clock.elapsed() >= 550, "five requests at two per 300 ms need two full windows");
        QVERIFY(!budget.isEmpty());
        QCOMPARE(budget.first().first().toInt(), 1); // after the first send
        QVERIFY(busy.count() >= 2);
        QCOMPARE(busy.first().first().toBool(), true);
        QCOMPARE(busy.last().first().toBool(), false);
        QTRY_COMPARE_WITH_TIMEOUT(m_client->budgetRemaining(), 2, 2000); // the window empties again
    }

    void userRequests_goBeforeBackground()
    {
        configure(1, 200);
        m_nam->setRoute([](const FakeRequest&) { return FakeResponse::json(200, kInvoice); });
        QObject context;
        QList<qint64> finished;
        auto record
            = [&finished](qint64 id) { return [&finished, id](const ApiResult<Invoice>&) { finished.append(id); }; };
        m_client->invoice(1, &context, record(1), Priority::Background); // takes the only slot
        m_client->invoice(2, &context, record(2), Priority::Background);
        m_client->invoice(3, &context, record(3), Priority::Background);
        m_client->invoice(4, &context, record(4), Priority::User);
        m_client->invoice(5, &context, record(5), Priority::User);
        QCOMPARE(m_nam->requestCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 5, 5000);
        QStringList order;
        for (const FakeRequest& r : m_nam->requests()) {
            order.append(r.path().section(u'/', -1));
        }
        QCOMPARE(order, (QStringList { u"1"_s, u"4"_s, u"5"_s, u"2"_s, u"3"_s }));
    }

    void rateLimitRemainingZero_pausesUntilWindowFreesSlot()
    {
        configure(50, 800);
        int served = 0;
        m_nam->setRoute([&served](const FakeRequest&) {
            ++served;
            return FakeResponse::json(200, kInvoice).withHeader("X-RateLimit-Remaining", "0");
        });
        QSignalSpy limited(m_client.get(), &ApiClient::rateLimited);
        QObject context;
        int done = 0;
        m_client->invoice(1, &context, [&done](const ApiResult<Invoice>&) { ++done; });
        QTRY_COMPARE(done, 1);
        QCOMPARE(limited.count(), 1);
        QCOMPARE(m_client->budgetRemaining(), 0);
        QElapsedTimer clock;
        clock.start();
        m_client->invoice(2, &context, [&done](const ApiResult<Invoice>&) { ++done; });
        QCOMPARE(m_nam->requestCount(), 1); // waits although 49 of our own slots are left
        QTRY_COMPARE_WITH_TIMEOUT(done, 2, 3000);
        QCOMPARE(m_nam->requestCount(), 2);
        QVERIFY(clock.elapsed() >= 400);
    }

    void rateLimit429_everyForm_writeNotResent_data()
    {
        QTest::addColumn<QByteArray>("retryAfterHeader");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("expectedSeconds");
        QTest::newRow("v2.0 body") << QByteArray()
                                   << QByteArray(R"({"message":"Too many requests. Please retry after 60 )"
                                                 R"(seconds.","retry_after":60})")
                                   << 60;
        QTest::newRow("header seconds") << QByteArray("7") << QByteArray(R"({"message":"Too Many Requests"})") << 7;
        QTest::newRow("header HTTP-date")
            << QDateTime::currentDateTimeUtc().addSecs(30).toString(u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1()
            << QByteArray(R"({"message":"Too Many Requests"})") << 30;
        QTest::newRow("v2.1 cap") << QByteArray("20")
                                  << QByteArray(R"({"error":"outstanding_recipient_limit","error_code":)"
                                                R"("outstanding_recipient_limit","message":"Limit",)"
                                                R"("retry_after_seconds":45})")
                                  << 45;
        QTest::newRow("nothing → 60") << QByteArray() << QByteArray() << 60;
    }
    void rateLimit429_everyForm_writeNotResent()
    {
        QFETCH(QByteArray, retryAfterHeader);
        QFETCH(QByteArray, body);
        QFETCH(int, expectedSeconds);
        ApiClient::Config config = testConfig();
        config.msPerRetryAfterSecond = 1; // 60 "seconds" = 60 ms
        QVERIFY(m_client->setConfig(config));
        m_nam->setRoute([retryAfterHeader, body](const FakeRequest&) {
            FakeResponse response = FakeResponse::json(429, body);
            if (!retryAfterHeader.isEmpty()) {
                response.withHeader("Retry-After", retryAfterHeader);
            }
            return response;
        });
        QSignalSpy limited(m_client.get(), &ApiClient::rateLimited);
        QObject context;
        Received<RefundResult> received;
        m_client->refundInvoice(42, RefundDraft {}, &context, received.callback());
        QTRY_COMPARE(received.calls, 1);
        QCOMPARE(received.result.error.kind, ApiError::Kind::RateLimited);
        const int seconds = received.result.error.retryAfterSeconds;
        QVERIFY2(qAbs(seconds - expectedSeconds) <= 1, qPrintable(QString::number(seconds)));
        QCOMPARE(limited.count(), 1);
        QCOMPARE(limited.first().first().toInt(), seconds);
        QVERIFY(received.result.error.userText().contains(QString::number(seconds)));
        // A write is never re-sent: no second request within the pause (1 ms per "second") and a margin.
        QSignalSpy resent(m_nam.get(), &FakeNam::requestStarted);
        QVERIFY(!resent.wait(seconds + 100));
        QCOMPARE(m_nam->requestCount(), 1);
    }

    void rateLimit429_get_resentAfterPause_atMostThreeTimes()
    {
        m_nam->setRoute([](const FakeRequest&) {
            return FakeResponse::json(429, QByteArray(R"({"message":"slow"})")).withHeader("Retry-After", "2");
        });
        QSignalSpy limited(m_client.get(), &ApiClient::rateLimited);
        QObject context;
        Received<Invoice> received;
        m_client->invoice(42, &context, received.callback());
        QTRY_COMPARE_WITH_TIMEOUT(received.calls, 1, 5000);
        QCOMPARE(received.result.error.kind, ApiError::Kind::RateLimited);
        QCOMPARE(received.result.error.retryAfterSeconds, 2);
        QCOMPARE(m_nam->requestCount(), 4); // the first try and three re-sends
        QCOMPARE(limited.count(), 4);
    }

    void rateLimit429_get_thenSuccess_callbackOnceWithValue()
    {
        int served = 0;
        m_nam->setRoute([&served](const FakeRequest&) {
            return served++ == 0 ? FakeResponse::json(429, QByteArray(R"({"retry_after":3})"))
                                 : FakeResponse::json(200, kInvoice);
        });
        QObject context;
        Received<Invoice> received;
        QElapsedTimer clock;
        clock.start();
        m_client->invoice(42, &context, received.callback());
        QTRY_COMPARE(received.calls, 1);
        QVERIFY(received.result.ok());
        QCOMPARE(received.result.value.id, 42);
        QCOMPARE(m_nam->requestCount(), 2);
        QVERIFY(clock.elapsed() >= 25); // 3 "seconds" at 10 ms each
        // Both answers are handled, and no further try follows within another pause: the callback stays at one.
        QVERIFY(m_nam->openReplies().isEmpty());
        QSignalSpy again(m_nam.get(), &FakeNam::requestStarted);
        QVERIFY(!again.wait(50));
        QCOMPARE(received.calls, 1);
    }

    void rateLimit429_statusCheck_resent()
    {
        int served = 0;
        m_nam->setRoute([&served](const FakeRequest&) {
            return served++ == 0 ? FakeResponse::json(429, QByteArray(R"({"retry_after":1})"))
                                 : FakeResponse::json(200, QByteArray(R"({"invoices":[{"id":42,"status":"paid"}]})"));
        });
        QObject context;
        Received<StatusCheckResult> received;
        m_client->checkStatuses({ 42 }, &context, received.callback());
        QTRY_COMPARE(received.calls, 1);
        QVERIFY2(received.result.ok(), qPrintable(received.result.error.userText()));
        QCOMPARE(received.result.value.invoices.size(), 1);
        QCOMPARE(m_nam->requestCount(), 2);
        QCOMPARE(m_nam->requests().at(1).body, QByteArray(R"({"invoice_ids":[42]})"));
    }

    void rateLimit429_writes_neverResent_data()
    {
        QTest::addColumn<int>("which");
        for (int i = 0; i < 11; ++i) {
            static const char* names[]
                = { "create invoice", "refund", "cancel invoice", "catalog create", "catalog update", "catalog delete",
                      "upload image", "subscription create", "subscription update", "pause", "cancel subscription" };
            QTest::newRow(names[i]) << i;
        }
    }
    void rateLimit429_writes_neverResent()
    {
        QFETCH(int, which);
        m_nam->setRoute([](const FakeRequest&) { return FakeResponse::json(429, QByteArray(R"({"retry_after":1})")); });
        QObject context;
        ApiError error;
        int calls = 0;
        auto keep = [&](const auto& result) {
            ++calls;
            error = result.error;
        };
        InvoiceDraft invoice;
        invoice.amount = Money::fromTenge(100);
        invoice.phone = u"87001234567"_s;
        SubscriptionDraft sub;
        sub.amount = Money::fromTenge(1000);
        sub.phone = u"87001234567"_s;
        sub.billingPeriod = u"monthly"_s;
        switch (which) {
        case 0:
            m_client->createInvoice(invoice, &context, keep);
            break;
        case 1:
            m_client->refundInvoice(42, RefundDraft {}, &context, keep);
            break;
        case 2:
            m_client->cancelInvoice(42, &context, keep);
            break;
        case 3:
            m_client->createCatalogItems(
                { CatalogItemDraft { u"A"_s, Money::fromTenge(1), 1, {}, {} } }, &context, keep);
            break;
        case 4:
            m_client->updateCatalogItem(1, CatalogItemPatch {}, &context, keep);
            break;
        case 5:
            m_client->deleteCatalogItem(1, &context, keep);
            break;
        case 6:
            m_client->uploadImage("png", u"a.png"_s, u"image/png"_s, &context, keep);
            break;
        case 7:
            m_client->createSubscription(sub, &context, keep);
            break;
        case 8:
            m_client->updateSubscription(1, SubscriptionPatch {}, &context, keep);
            break;
        case 9:
            m_client->pauseSubscription(1, &context, keep);
            break;
        case 10:
            m_client->cancelSubscription(1, &context, keep);
            break;
        default:
            QFAIL("unknown row");
        }
        QTRY_COMPARE(calls, 1);
        QCOMPARE(error.kind, ApiError::Kind::RateLimited);
        QCOMPARE(error.retryAfterSeconds, 1);
        // No re-send may follow within a span longer than the (shortened) pause of 10 ms.
        QSignalSpy resent(m_nam.get(), &FakeNam::requestStarted);
        QVERIFY(!resent.wait(40));
        QCOMPARE(m_nam->requestCount(), 1);
        QCOMPARE(calls, 1);
    }

    void rateLimit429_pausesWholeBudget()
    {
        int served = 0;
        m_nam->setRoute([&served](const FakeRequest&) {
            return served++ == 0 ? FakeResponse::json(429, QByteArray(R"({"retry_after":50})"))
                                 : FakeResponse::json(200, kInvoice);
        });
        QObject context;
        Received<RefundResult> refund;
        m_client->refundInvoice(1, RefundDraft {}, &context, refund.callback());
        QTRY_COMPARE(refund.calls, 1);
        QCOMPARE(refund.result.error.kind, ApiError::Kind::RateLimited);
        QCOMPARE(m_client->budgetRemaining(), 0);
        Received<Invoice> later;
        m_client->invoice(2, &context, later.callback());
        QCOMPARE(m_client->queuedCount(), 1); // held back by the pause (500 ms here)
        QCOMPARE(m_nam->requestCount(), 1);
        QTRY_COMPARE(later.calls, 1);
        QVERIFY(later.result.ok());
    }
};

QTEST_GUILESS_MAIN(TestApiClientBudget)
#include "tst_apiclientbudget.moc"
