// ApiClient over FakeNam: invoice creation without blind re-sends (D4), the lookup after an ambiguous failure,
// cancellation and the callback contract (context alive, exactly once).
#include "apitesthelpers.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimeZone>

#include <atomic>

using namespace apipay;
using namespace apipay::test;
using namespace Qt::StringLiterals;

namespace {

QByteArray invoiceJson(qint64 id, const QString& externalOrderId, const char* status = "pending")
{
    return QStringLiteral(R"({"id":%1,"amount":"100.00","status":"%2","external_order_id":"%3","phone":"77001234567"})")
        .arg(id)
        .arg(QString::fromLatin1(status), externalOrderId)
        .toUtf8();
}

QByteArray page(const QList<QByteArray>& items, int lastPage = 1)
{
    QByteArray joined;
    for (const QByteArray& item : items) {
        joined += (joined.isEmpty() ? "" : ",") + item;
    }
    return "{\"data\":[" + joined + "],\"meta\":{\"current_page\":1,\"last_page\":" + QByteArray::number(lastPage)
        + ",\"per_page\":100,\"total\":" + QByteArray::number(items.size()) + "}}";
}

InvoiceDraft draft(const QString& externalOrderId = {})
{
    InvoiceDraft d;
    d.amount = Money::fromTenge(100);
    d.phone = u"87001234567"_s;
    d.description = u"Coffee"_s;
    d.externalOrderId = externalOrderId;
    return d;
}

} // namespace

class TestApiClientCreate : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<FakeNam> m_nam;
    std::unique_ptr<ApiClient> m_client;

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

    void generateExternalOrderId_format()
    {
        const QString id = ApiClient::generateExternalOrderId(u"3f9a1c2e"_s);
        static const QRegularExpression format(u"^apd-3f9a1c2e-\\d{8}T\\d{6}-[0-9a-f]{4}$"_s);
        QVERIFY2(format.match(id).hasMatch(), qPrintable(id));
        const QString stamp = id.section(u'-', 2, 2);
        const QDateTime when = QDateTime::fromString(stamp, u"yyyyMMdd'T'HHmmss"_s);
        QVERIFY(when.isValid());
        QVERIFY(qAbs(QDateTime(when.date(), when.time(), Qt::UTC).secsTo(QDateTime::currentDateTimeUtc())) < 5);
        QVERIFY(ApiClient::generateExternalOrderId(u"3f9a1c2e"_s) != id
            || ApiClient::generateExternalOrderId(u"3f9a1c2e"_s) != id); // random part differs
    }

    void installId_stableEightHex()
    {
        const QString first = ApiClient::installId();
        QVERIFY(QRegularExpression(u"^[0-9a-f]{8}$"_s).match(first).hasMatch());
        QCOMPARE(ApiClient::installId(), first);
    }

    void create_withoutId_generatesOneAndSendsItTwice()
    {
        QByteArray sentId;
        m_nam->setRoute([&sentId](const FakeRequest& r) {
            sentId = r.json().value(u"external_order_id"_s).toString().toUtf8();
            return FakeResponse::json(201, invoiceJson(124, QString::fromUtf8(sentId), "processing"));
        });
        QObject context;
        Received<Invoice> received;
        m_client->createInvoice(draft(), &context, received.callback());
        QTRY_COMPARE(received.calls, 1);
        QVERIFY2(received.result.ok(), qPrintable(received.result.error.userText()));
        const QJsonObject body = m_nam->lastRequest().json();
        const QString id = body.value(u"external_order_id"_s).toString();
        QVERIFY2(QRegularExpression(u"^apd-"_s + ApiClient::installId() + u"-\\d{8}T\\d{6}-[0-9a-f]{4}$"_s)
                     .match(id)
                     .hasMatch(),
            qPrintable(id));
        QCOMPARE(body.value(u"external_order_id_idempotency"_s).toString(), id);
        QCOMPARE(body.value(u"amount"_s).toInt(), 100);
        QCOMPARE(body.value(u"phone_number"_s).toString(), u"87001234567"_s);
        QCOMPARE(body.value(u"description"_s).toString(), u"Coffee"_s);
        QVERIFY(!body.contains(u"cart_items"_s));
        QCOMPARE(received.result.value.id, 124);
        QCOMPARE(received.result.value.status.raw(), u"processing"_s);
    }

    void create_withId_usesTheDraftsId()
    {
        m_nam->setRoute([](const FakeRequest&) {
            return FakeResponse::json(201,
                QByteArray(R"({"id":7,"amount":"100.00","status":"pending","created_at":)"
                           R"("2026-04-08T10:15:00Z"})"));
        });
        QObject context;
        Received<Invoice> received;
        m_client->createInvoice(draft(u"apd-0badf00d-20260408T101500-7b2d"_s), &context, received.callback());
        QTRY_COMPARE(received.calls, 1);
        QVERIFY(received.result.ok());
        const QJsonObject body = m_nam->lastRequest().json();
        QCOMPARE(body.value(u"external_order_id"_s).toString(), u"apd-0badf00d-20260408T101500-7b2d"_s);
        QCOMPARE(body.value(u"external_order_id_idempotency"_s).toString(), u"apd-0badf00d-20260408T101500-7b2d"_s);
    }

    void create_invalidDraft_refusedWithFieldErrors()
    {
        QObject context;
        Received<Invoice> received;
        m_client->createInvoice(InvoiceDraft {}, &context, received.callback());
        QTRY_COMPARE(received.calls, 1);
        QCOMPARE(received.result.error.kind, ApiError::Kind::InvalidRequest);
        QVERIFY(!received.result.error.messagesFor(u"amount"_s).isEmpty());
        QVERIFY(!received.result.error.messagesFor(u"phone_number"_s).isEmpty());
        QCOMPARE(m_nam->requestCount(), 0);
    }

    void ambiguousCreate_thenLookup_foundBySearch()
    {
        const QString id = u"apd-0badf00d-20260408T101500-7b2d"_s;
        m_nam->setRoute([id](const FakeRequest& r) {
            if (r.verb == "POST") {
                return FakeResponse::networkError(QNetworkReply::RemoteHostClosedError);
            }
            // The search also matches a longer order ID; only the exact one counts.
            return FakeResponse::json(200, page({ invoiceJson(300, id + u"-2"_s), invoiceJson(124, id) }));
        });
        QObject context;
        Received<Invoice> created;
        m_client->createInvoice(draft(id), &context, created.callback());
        QTRY_COMPARE(created.calls, 1);
        QCOMPARE(created.result.error.kind, ApiError::Kind::OutcomeUnknown);
        QCOMPARE(created.result.value.externalOrderId, id);
        QCOMPARE(m_nam->requestCount(), 1); // never re-sent blindly

        Received<std::optional<Invoice>> found;
        m_client->lookupInvoiceByExternalId(created.result.value.externalOrderId, &context, found.callback());
        QTRY_COMPARE(found.calls, 1);
        QVERIFY(found.result.ok());
        QVERIFY(found.result.value.has_value());
        QCOMPARE(found.result.value->id, 124);
        QCOMPARE(m_nam->requestCount(), 2);
        const FakeRequest& search = m_nam->lastRequest();
        QCOMPARE(search.verb, QByteArray("GET"));
        QCOMPARE(search.path(), u"/api/v1/invoices"_s);
        QCOMPARE(search.queryValue(u"search"_s), id);
    }

    void ambiguousCreate_thenLookup_foundInTodaysInvoices()
    {
        const QString id = u"apd-0badf00d-20260408T101500-aaaa"_s;
        m_nam->setRoute([id](const FakeRequest& r) {
            if (!r.queryValue(u"search"_s).isNull()) {
                return FakeResponse::json(200, page({}));
            }
            return FakeResponse::json(200, page({ invoiceJson(1, u"other"_s), invoiceJson(55, id) }));
        });
        QObject context;
        Received<std::optional<Invoice>> found;
        m_client->lookupInvoiceByExternalId(id, &context, found.callback());
        QTRY_COMPARE(found.calls, 1);
        QVERIFY(found.result.ok());
        QCOMPARE(found.result.value.value_or(Invoice {}).id, 55);
        QCOMPARE(m_nam->requestCount(), 2);
        const FakeRequest& today = m_nam->lastRequest();
        const QDate almatyToday = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Almaty")).date();
        QCOMPARE(today.queryValue(u"date_from"_s), almatyToday.toString(u"yyyy-MM-dd"_s));
        QCOMPARE(today.queryValue(u"per_page"_s), u"100"_s);
        QVERIFY(today.queryValue(u"search"_s).isNull());
    }

    void lookup_notFound_nullopt()
    {
        m_nam->setRoute([](const FakeRequest&) { return FakeResponse::json(200, page({ invoiceJson(1, u"x"_s) })); });
        QObject context;
        Received<std::optional<Invoice>> found;
        m_client->lookupInvoiceByExternalId(u"apd-missing"_s, &context, found.callback());
        QTRY_COMPARE(found.calls, 1);
        QVERIFY(found.result.ok());
        QVERIFY(!found.result.value.has_value());
        QCOMPARE(m_nam->requestCount(), 2);
    }

    void lookup_errorIsPassedOn()
    {
        m_nam->setRoute(
            [](const FakeRequest&) { return FakeResponse::json(401, QByteArray(R"({"message":"Invalid API key"})")); });
        QObject context;
        Received<std::optional<Invoice>> found;
        m_client->lookupInvoiceByExternalId(u"apd-1"_s, &context, found.callback());
        QTRY_COMPARE(found.calls, 1);
        QCOMPARE(found.result.error.kind, ApiError::Kind::Unauthorized);
    }

    void lookup_cancel_reportsCancelledOnce()
    {
        m_nam->setRoute([](const FakeRequest&) { return FakeResponse::hanging(); });
        QObject context;
        Received<std::optional<Invoice>> found;
        const RequestId id = m_client->lookupInvoiceByExternalId(u"apd-1"_s, &context, found.callback());
        QTRY_COMPARE(m_nam->requestCount(), 1);
        m_client->cancel(id);
        QTRY_COMPARE(found.calls, 1);
        QCOMPARE(found.result.error.kind, ApiError::Kind::Cancelled);
        QVERIFY(queuedEventsDelivered()); // a second report or a follow-up request would have come by now
        QCOMPARE(found.calls, 1);
        QCOMPARE(m_nam->requestCount(), 1);
    }

    void cancel_inFlight_abortsAndReportsCancelled()
    {
        m_nam->setRoute([](const FakeRequest&) { return FakeResponse::hanging(); });
        QObject context;
        Received<Invoice> received;
        const RequestId id = m_client->invoice(1, &context, received.callback());
        QCOMPARE(m_nam->openReplies().size(), 1);
        m_client->cancel(id);
        QTRY_COMPARE(received.calls, 1);
        QCOMPARE(received.result.error.kind, ApiError::Kind::Cancelled);
        QVERIFY(m_nam->openReplies().isEmpty());
        m_client->cancel(id); // unknown by now: nothing happens
        QVERIFY(queuedEventsDelivered()); // a report of this cancel would come from the event loop
        QCOMPARE(received.calls, 1);
    }

    void cancel_inFlight_nothingRunsInsideCancel()
    {
        // A model's destructor cancels its requests: neither its callback nor busyChanged may run inside cancel().
        m_nam->setRoute([](const FakeRequest&) { return FakeResponse::hanging(); });
        auto* context = new QObject;
        int calls = 0;
        m_client->invoice(1, context, [&calls](const ApiResult<Invoice>&) { ++calls; });
        const RequestId second = m_client->invoice(2, context, [&calls](const ApiResult<Invoice>&) { ++calls; });
        QCOMPARE(m_nam->openReplies().size(), 2);
        QSignalSpy busy(m_client.get(), &ApiClient::busyChanged);
        QSignalSpy budget(m_client.get(), &ApiClient::budgetChanged);
        m_client->cancel(second);
        m_client->cancelAll();
        QCOMPARE(calls, 0);
        QCOMPARE(busy.count(), 0);
        QCOMPARE(budget.count(), 0);
        delete context;
        QTRY_COMPARE(busy.count(), 1);
        QCOMPARE(busy.first().first().toBool(), false);
        QCOMPARE(calls, 0); // the context died before the event loop ran: dropped
        QVERIFY(m_nam->openReplies().isEmpty());
    }

    void cancelAll_inFlight_reportsCancelledFromTheEventLoop()
    {
        m_nam->setRoute([](const FakeRequest&) { return FakeResponse::hanging(); });
        QObject context;
        Received<Invoice> received;
        m_client->invoice(1, &context, received.callback());
        m_client->cancelAll();
        QCOMPARE(received.calls, 0);
        QTRY_COMPARE(received.calls, 1);
        QCOMPARE(received.result.error.kind, ApiError::Kind::Cancelled);
        QCOMPARE(m_client->inFlightCount(), 0);
    }

    void callback_destroysTheClient_noUseAfterFree()
    {
        // E.g. a 401 answer closes the session and deletes the client from inside the callback.
        m_nam->setRoute([](const FakeRequest& r) {
            return r.path().endsWith(u"/1"_s) ? FakeResponse::json(401, QByteArray(R"({"message":"Invalid API key"})"))
                                              : FakeResponse::json(200, QByteArray(R"({"id":2,"status":"paid"})"));
        });
        QObject context;
        int calls = 0;
        m_client->invoice(1, &context, [this, &calls](const ApiResult<Invoice>&) {
            ++calls;
            m_client.reset();
        });
        m_client->invoice(2, &context, [&calls](const ApiResult<Invoice>&) { ++calls; });
        QTRY_VERIFY(!m_client);
        // Every reply is closed and what they queued is delivered: no callback may follow the client's end.
        QTRY_VERIFY(m_nam->openReplies().isEmpty());
        QVERIFY(queuedEventsDelivered());
        QCOMPARE(calls, 1);

        // The same from a Cancelled callback delivered by the event loop.
        m_client = std::make_unique<ApiClient>(m_nam.get());
        QVERIFY(m_client->setConfig(testConfig()));
        m_nam->setRoute([](const FakeRequest&) { return FakeResponse::hanging(); });
        calls = 0;
        m_client->invoice(3, &context, [this, &calls](const ApiResult<Invoice>&) {
            ++calls;
            m_client.reset();
        });
        m_client->cancelAll();
        QTRY_VERIFY(!m_client);
        // Every reply is closed and what they queued is delivered: no callback may follow the client's end.
        QTRY_VERIFY(m_nam->openReplies().isEmpty());
        QVERIFY(queuedEventsDelivered());
        QCOMPARE(calls, 1);
    }

    void networkManagerDestroyed_inFlightCallsFinish()
    {
        m_nam->setRoute([](const FakeRequest&) { return FakeResponse::hanging(); });
        QObject context;
        Received<Invoice> read;
        Received<Invoice> created;
        m_client->invoice(1, &context, read.callback());
        m_client->createInvoice(draft(u"apd-1"_s), &context, created.callback());
        QCOMPARE(m_client->inFlightCount(), 2);
        QSignalSpy busy(m_client.get(), &ApiClient::busyChanged);
        m_nam.reset(); // deletes its replies without finishing them
        QTRY_COMPARE(read.calls, 1);
        QTRY_COMPARE(created.calls, 1);
        QCOMPARE(read.result.error.kind, ApiError::Kind::Offline);
        QCOMPARE(created.result.error.kind, ApiError::Kind::OutcomeUnknown); // a write: look it up (D4)
        QTRY_COMPARE(busy.count(), 1);
        QCOMPARE(m_client->inFlightCount(), 0);
    }

    void cancel_queued_dequeuedNeverSent()
    {
        ApiClient::Config config = testConfig();
        config.requestsPerMinute = 1;
        config.budgetWindowMs = 10'000;
        QVERIFY(m_client->setConfig(config));
        m_nam->setRoute([](const FakeRequest&) { return FakeResponse::hanging(); });
        QObject context;
        Received<Invoice> first;
        Received<Invoice> second;
        m_client->invoice(1, &context, first.callback());
        const RequestId queued = m_client->invoice(2, &context, second.callback());
        QCOMPARE(m_client->queuedCount(), 1);
        m_client->cancel(queued);
        QCOMPARE(m_client->queuedCount(), 0);
        QCOMPARE(second.calls, 0); // reported from the event loop, not inside cancel()
        QTRY_COMPARE(second.calls, 1);
        QCOMPARE(second.result.error.kind, ApiError::Kind::Cancelled);
        QCOMPARE(m_nam->requestCount(), 1);
        m_client->cancelAll();
        QTRY_COMPARE(first.calls, 1);
        QCOMPARE(first.result.error.kind, ApiError::Kind::Cancelled);
    }

    void contextDestroyed_callbackNeverRuns()
    {
        m_nam->setRoute([](const FakeRequest&) {
            return FakeResponse::json(200, QByteArray(R"({"id":1,"status":"paid"})")).delayed(20);
        });
        int calls = 0;
        auto* context = new QObject;
        m_client->invoice(1, context, [&calls](const ApiResult<Invoice>&) { ++calls; });
        delete context;
        QObject alive;
        Received<Invoice> other;
        m_client->invoice(2, &alive, other.callback());
        QTRY_COMPARE(other.calls, 1);
        QTRY_COMPARE(m_nam->openReplies().size(), 0);
        QCOMPARE(calls, 0);
    }

    void contextDestroyed_queuedReadDropped_writeStillSent()
    {
        ApiClient::Config config = testConfig();
        config.requestsPerMinute = 1;
        config.budgetWindowMs = 150;
        QVERIFY(m_client->setConfig(config));
        m_nam->setRoute([](const FakeRequest&) { return FakeResponse::json(200, QByteArray(R"({"status":"ok"})")); });
        QObject keeper;
        Received<QString> first;
        m_client->status(&keeper, first.callback()); // takes the only slot
        auto* page = new QObject;
        int pageCalls = 0;
        m_client->invoice(1, page, [&pageCalls](const ApiResult<Invoice>&) { ++pageCalls; });
        m_client->cancelInvoice(2, page, [&pageCalls](const ApiResult<CancelResult>&) { ++pageCalls; });
        QCOMPARE(m_client->queuedCount(), 2);
        delete page;
        Received<QString> last;
        m_client->status(&keeper, last.callback());
        QTRY_COMPARE_WITH_TIMEOUT(last.calls, 1, 3000);
        QStringList paths;
        for (const FakeRequest& r : m_nam->requests()) {
            paths.append(QString::fromLatin1(r.verb) + u' ' + r.path());
        }
        // The read for the closed page never went out; the cancel (a write the user asked for) did.
        QCOMPARE(paths,
            (QStringList { u"GET /api/v1/status"_s, u"POST /api/v1/invoices/2/cancel"_s, u"GET /api/v1/status"_s }));
        QCOMPARE(pageCalls, 0);
    }

    void callback_runsOnTheContextsThread()
    {
        m_nam->setRoute([](const FakeRequest&) { return FakeResponse::json(200, QByteArray(R"({"status":"ok"})")); });
        QThread worker;
        worker.start();
        auto* context = new QObject;
        context->moveToThread(&worker);
        connect(&worker, &QThread::finished, context, &QObject::deleteLater);
        std::atomic<QThread*> ranOn { nullptr };
        std::atomic<int> calls { 0 };
        m_client->status(context, [&ranOn, &calls](const ApiResult<QString>& result) {
            if (result.ok()) {
                ranOn = QThread::currentThread();
            }
            ++calls;
        });
        QTRY_COMPARE(calls.load(), 1);
        QCOMPARE(ranOn.load(), &worker);
        worker.quit();
        QVERIFY(worker.wait(5000));
    }

    void busyChanged_coversQueuedAndInFlight()
    {
        m_nam->setRoute([](const FakeRequest&) { return FakeResponse::json(200, QByteArray(R"({"status":"ok"})")); });
        QSignalSpy busy(m_client.get(), &ApiClient::busyChanged);
        QObject context;
        Received<QString> received;
        m_client->status(&context, received.callback());
        QCOMPARE(busy.count(), 1);
        QCOMPARE(busy.at(0).at(0).toBool(), true);
        QTRY_COMPARE(received.calls, 1);
        QTRY_COMPARE(busy.count(), 2);
        QCOMPARE(busy.at(1).at(0).toBool(), false);
    }
};

QTEST_GUILESS_MAIN(TestApiClientCreate)
#include "tst_apiclientcreate.moc"
