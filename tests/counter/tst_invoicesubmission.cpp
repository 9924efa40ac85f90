// InvoiceSubmission on the fake network: the guard against charging a customer twice. One POST /invoices per
// invoice; a lost answer is never re-sent but looked up by the order id, adopted and watched; a definite refusal
// lets the person fix the form and send again.
#include "apitesthelpers.h"
#include "testsupport.h"

#include "api/lostanswer.h"
#include "counter/invoicesubmission.h"
#include "watch/invoicewatcher.h"

#include <QSignalSpy>
#include <QTest>

using namespace apipay;
using namespace apipay::test;
using namespace Qt::StringLiterals;

namespace {

const QString kOrderId = u"apd-0badf00d-20260408T101500-7b2d"_s;

QByteArray invoiceJson(qint64 id, const QString& externalOrderId, const char* status, const QByteArray& extra = {})
{
    return u"{\"id\":%1,\"amount\":\"4200.00\",\"status\":\"%2\",\"external_order_id\":\"%3\",\"phone\":\"87001234567\""_s
               .arg(id)
               .arg(QString::fromLatin1(status), externalOrderId)
               .toUtf8()
        + extra + "}";
}

QByteArray listOf(const QList<QByteArray>& items)
{
    QByteArray joined;
    for (const QByteArray& item : items) {
        joined += (joined.isEmpty() ? "" : ",") + item;
    }
    return "{\"data\":[" + joined + "],\"meta\":{\"current_page\":1,\"last_page\":1,\"per_page\":100,\"total\":"
        + QByteArray::number(items.size()) + "}}";
}

InvoiceDraft draft()
{
    InvoiceDraft d;
    d.amount = Money::fromTenge(4200);
    d.phone = u"87001234567"_s;
    d.description = u"Coffee"_s;
    d.externalOrderId = kOrderId;
    return d;
}

bool isCreate(const FakeRequest& r)
{
    return r.verb == "POST" && r.path() == u"/api/v1/invoices"_s;
}

} // namespace

class TestInvoiceSubmission : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<FakeNam> m_nam;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<InvoiceWatcher> m_watcher;
    std::unique_ptr<InvoiceSubmission> m_submission;

    int creates() const
    {
        int count = 0;
        for (const FakeRequest& r : m_nam->requests()) {
            count += isCreate(r) ? 1 : 0;
        }
        return count;
    }

private Q_SLOTS:
    void initTestCase()
    {
        initTestEnvironment();
        qRegisterMetaType<Invoice>();
        qRegisterMetaType<ApiError>();
    }
    void init()
    {
        m_nam = std::make_unique<FakeNam>();
        m_client = std::make_unique<ApiClient>(m_nam.get());
        QVERIFY(m_client->setConfig(testConfig()));
        m_watcher = std::make_unique<InvoiceWatcher>(m_client.get());
        m_watcher->setIntervals(50, 10'000);
        m_submission = std::make_unique<InvoiceSubmission>(m_client.get(), m_watcher.get());
    }
    void cleanup()
    {
        LostAnswer::setSettleMs(test::kShortSettleMs);
        m_submission.reset();
        m_watcher.reset();
        m_client.reset();
        m_nam.reset();
    }

    void created_onePost_thenWatchedUntilPaid()
    {
        m_nam->setRoute([](const FakeRequest& r) {
            if (isCreate(r)) {
                return FakeResponse::json(201, invoiceJson(124, kOrderId, "processing"));
            }
            if (r.path().endsWith(u"/status/check"_s)) {
                return FakeResponse::json(200,
                    QByteArray(R"({"invoices":[{"id":124,"status":"paid","amount":"4200.00",)"
                               R"("kaspi_invoice_id":"13234689513"}]})"));
            }
            return FakeResponse::json(200,
                invoiceJson(124, kOrderId, "paid",
                    ",\"kaspi_invoice_id\":\"13234689513\",\"payment_url\":\"https://pay.kaspi.kz/pay/abc\","
                    "\"paid_at\":\"2026-04-08T10:20:00+00:00\""));
        });
        QSignalSpy created(m_submission.get(), &InvoiceSubmission::created);
        QSignalSpy statusChanged(m_submission.get(), &InvoiceSubmission::statusChanged);
        m_submission->submit(draft());
        QCOMPARE(m_submission->state(), InvoiceSubmission::State::Sending);
        QVERIFY(created.wait(5000));
        QCOMPARE(created.first().at(0).value<Invoice>().id, 124);
        QCOMPARE(created.first().at(1).toBool(), false); // the answer arrived: not found by a lookup
        QCOMPARE(m_submission->state(), InvoiceSubmission::State::Created);
        QVERIFY(m_watcher->isWatching(124));

        // What the server received: one POST with the draft's order id, amount and phone.
        QCOMPARE(creates(), 1);
        const QJsonObject body = m_nam->requests().first().json();
        QCOMPARE(body.value(u"external_order_id"_s).toString(), kOrderId);
        QCOMPARE(body.value(u"amount"_s).toInt(), 4200);
        QCOMPARE(body.value(u"phone_number"_s).toString(), u"87001234567"_s);

        // The watcher sees "paid"; the detail (paid_at, payment link) follows.
        QTRY_VERIFY_WITH_TIMEOUT(m_submission->invoice() && m_submission->invoice()->paidAt.isValid(), 5000);
        QCOMPARE(m_submission->invoice()->status.raw(), u"paid"_s);
        QCOMPARE(m_submission->invoice()->kaspiInvoiceId, u"13234689513"_s);
        QCOMPARE(m_submission->invoice()->paymentUrl, u"https://pay.kaspi.kz/pay/abc"_s);
        QVERIFY(statusChanged.size() >= 2);
        QCOMPARE(statusChanged.first().first().value<Invoice>().status.raw(), u"paid"_s);
        QCOMPARE(creates(), 1);
    }

    void enterTwiceWhileSending_andAfterCreation_stillOnePost()
    {
        m_nam->setRoute([](const FakeRequest& r) {
            if (isCreate(r)) {
                return FakeResponse::json(201, invoiceJson(124, kOrderId, "pending")).delayed(50);
            }
            return FakeResponse::hanging();
        });
        QSignalSpy created(m_submission.get(), &InvoiceSubmission::created);
        m_submission->submit(draft());
        m_submission->submit(draft());
        QVERIFY(created.wait(5000));
        m_submission->submit(draft());
        QCOMPARE(m_submission->state(), InvoiceSubmission::State::Created);
        QCOMPARE(created.size(), 1);
        QCOMPARE(creates(), 1);
    }

    void refused_failedAndIdle_sendAgainAfterTheFix()
    {
        bool refuse = true;
        m_nam->setRoute([&refuse](const FakeRequest& r) {
            if (isCreate(r) && refuse) {
                return FakeResponse::json(422,
                    QByteArray(R"({"message":"The phone number is invalid.",)"
                               R"("errors":{"phone_number":["The phone number is invalid."]}})"));
            }
            if (isCreate(r)) {
                return FakeResponse::json(201, invoiceJson(125, kOrderId, "pending"));
            }
            return FakeResponse::hanging();
        });
        QSignalSpy failed(m_submission.get(), &InvoiceSubmission::failed);
        QSignalSpy outcomeUnknown(m_submission.get(), &InvoiceSubmission::outcomeUnknown);
        m_submission->submit(draft());
        QVERIFY(failed.wait(5000));
        const ApiError error = failed.first().first().value<ApiError>();
        QCOMPARE(error.fieldErrors.value(u"phone_number"_s), QStringList { u"The phone number is invalid."_s });
        QCOMPARE(m_submission->state(), InvoiceSubmission::State::Idle);
        QVERIFY(!m_submission->invoice());
        QCOMPARE(outcomeUnknown.size(), 0);

        refuse = false;
        QSignalSpy created(m_submission.get(), &InvoiceSubmission::created);
        m_submission->submit(draft());
        QVERIFY(created.wait(5000));
        QCOMPARE(m_submission->invoice()->id, 125);
        QCOMPARE(creates(), 2);
    }

    void answerLost_neverResent_lookupAdoptsTheInvoice()
    {
        m_nam->setRoute([](const FakeRequest& r) {
            if (isCreate(r)) {
                return FakeResponse::networkError(QNetworkReply::RemoteHostClosedError);
            }
            if (r.path() == u"/api/v1/invoices"_s) {
                return FakeResponse::json(200,
                    listOf({ invoiceJson(300, kOrderId + u"-2"_s, "pending"), invoiceJson(124, kOrderId, "pending") }));
            }
            return FakeResponse::hanging();
        });
        QSignalSpy outcomeUnknown(m_submission.get(), &InvoiceSubmission::outcomeUnknown);
        QSignalSpy created(m_submission.get(), &InvoiceSubmission::created);
        m_submission->submit(draft());
        QVERIFY(outcomeUnknown.wait(5000));
        QCOMPARE(outcomeUnknown.first().first().value<ApiError>().kind, ApiError::Kind::OutcomeUnknown);
        QCOMPARE(m_submission->state(), InvoiceSubmission::State::OutcomeUnknown);
        QCOMPARE(m_submission->externalOrderId(), kOrderId);
        QCOMPARE(creates(), 1);

        m_submission->lookUp(m_submission->externalOrderId());
        QCOMPARE(m_submission->state(), InvoiceSubmission::State::LookingUp);
        QVERIFY(created.wait(5000));
        QCOMPARE(created.first().at(0).value<Invoice>().id, 124);
        QCOMPARE(created.first().at(1).toBool(), true); // found by the lookup
        QCOMPARE(m_submission->state(), InvoiceSubmission::State::Created);
        QVERIFY(m_watcher->isWatching(124));
        QCOMPARE(creates(), 1); // the lookup is a read: nothing was sent again
        QCOMPARE(m_nam->lastRequest().verb, QByteArray("GET"));
        QCOMPARE(m_nam->lastRequest().queryValue(u"search"_s), kOrderId);
    }

    void lookupFindsNothing_notFound_sendAgainWithTheSameOrderId()
    {
        int posts = 0;
        m_nam->setRoute([&posts](const FakeRequest& r) {
            if (isCreate(r)) {
                return ++posts == 1 ? FakeResponse::networkError(QNetworkReply::RemoteHostClosedError)
                                    : FakeResponse::json(201, invoiceJson(126, kOrderId, "pending"));
            }
            if (r.path() == u"/api/v1/invoices"_s) {
                return FakeResponse::json(200, listOf({}));
            }
            return FakeResponse::hanging();
        });
        QSignalSpy outcomeUnknown(m_submission.get(), &InvoiceSubmission::outcomeUnknown);
        QSignalSpy notFound(m_submission.get(), &InvoiceSubmission::notFound);
        m_submission->submit(draft());
        QVERIFY(outcomeUnknown.wait(5000));
        m_submission->lookUp(kOrderId);
        QVERIFY(notFound.wait(5000));
        QCOMPARE(notFound.first().first().toString(), kOrderId);
        QCOMPARE(m_submission->state(), InvoiceSubmission::State::NotFound);
        QCOMPARE(creates(), 1);

        // The person chose to send again: the same order id, so the server can tell it is the same order.
        QSignalSpy created(m_submission.get(), &InvoiceSubmission::created);
        m_submission->submit(draft());
        QVERIFY(created.wait(5000));
        QCOMPARE(creates(), 2);
        QCOMPARE(m_nam->requests().constLast().verb, QByteArray("POST"));
        for (const FakeRequest& r : m_nam->requests()) {
            if (isCreate(r)) {
                QCOMPARE(r.json().value(u"external_order_id"_s).toString(), kOrderId);
            }
        }
    }

    void lookupRightAfterTheLoss_findsNothing_asksOnceMoreBeforeNotFound()
    {
        // The server was slow: the lookup right after the lost answer finds nothing, the invoice is written a moment
        // later. The counter keeps checking and links it; "Create again" is never offered.
        int lookups = 0;
        m_nam->setRoute([&lookups](const FakeRequest& r) {
            if (isCreate(r)) {
                return FakeResponse::networkError(QNetworkReply::TimeoutError);
            }
            if (r.path() == u"/api/v1/invoices"_s) {
                ++lookups;
                return FakeResponse::json(
                    200, lookups <= 2 ? listOf({}) : listOf({ invoiceJson(127, kOrderId, "pending") }));
            }
            return FakeResponse::hanging();
        });
        LostAnswer::setSettleMs(400);
        QSignalSpy outcomeUnknown(m_submission.get(), &InvoiceSubmission::outcomeUnknown);
        QSignalSpy notFound(m_submission.get(), &InvoiceSubmission::notFound);
        QSignalSpy created(m_submission.get(), &InvoiceSubmission::created);
        m_submission->submit(draft());
        QVERIFY(outcomeUnknown.wait(5000));
        m_submission->lookUp(kOrderId);
        QTRY_COMPARE_WITH_TIMEOUT(lookups, 2, 5000); // by the order id, then today's invoices: nothing yet
        QCOMPARE(m_submission->state(), InvoiceSubmission::State::LookingUp);
        QVERIFY(created.wait(5000));
        QCOMPARE(created.first().at(0).value<Invoice>().id, 127);
        QCOMPARE(notFound.count(), 0);
        QCOMPARE(creates(), 1);
    }

    void lookupRightAfterTheLoss_stillNothing_notFoundAfterTheSecondLook()
    {
        int lookups = 0;
        m_nam->setRoute([&lookups](const FakeRequest& r) {
            if (isCreate(r)) {
                return FakeResponse::networkError(QNetworkReply::RemoteHostClosedError);
            }
            if (r.path() == u"/api/v1/invoices"_s) {
                ++lookups;
                return FakeResponse::json(200, listOf({}));
            }
            return FakeResponse::hanging();
        });
        LostAnswer::setSettleMs(300);
        QSignalSpy outcomeUnknown(m_submission.get(), &InvoiceSubmission::outcomeUnknown);
        QSignalSpy notFound(m_submission.get(), &InvoiceSubmission::notFound);
        m_submission->submit(draft());
        QVERIFY(outcomeUnknown.wait(5000));
        m_submission->lookUp(kOrderId);
        QVERIFY(notFound.wait(5000));
        QCOMPARE(lookups, 4); // two looks, each by the order id and through today's invoices
        QCOMPARE(m_submission->state(), InvoiceSubmission::State::NotFound);

        // A lookup long after the loss (a restored draft, "Check again") is believed at once.
        notFound.clear();
        m_submission->lookUp(kOrderId);
        QVERIFY(notFound.wait(5000));
        QCOMPARE(lookups, 6);
        QCOMPARE(creates(), 1);
    }

    void lookupFails_staysUnknown_askAgainLater()
    {
        bool answer = false;
        m_nam->setRoute([&answer](const FakeRequest& r) {
            if (isCreate(r)) {
                return FakeResponse::networkError(QNetworkReply::RemoteHostClosedError);
            }
            if (!answer) {
                return FakeResponse::networkError(QNetworkReply::HostNotFoundError);
            }
            return FakeResponse::json(200, listOf({ invoiceJson(124, kOrderId, "pending") }));
        });
        QSignalSpy outcomeUnknown(m_submission.get(), &InvoiceSubmission::outcomeUnknown);
        QSignalSpy lookupFailed(m_submission.get(), &InvoiceSubmission::lookupFailed);
        QSignalSpy created(m_submission.get(), &InvoiceSubmission::created);
        m_submission->submit(draft());
        QVERIFY(outcomeUnknown.wait(5000));
        m_submission->lookUp(kOrderId);
        QVERIFY(lookupFailed.wait(5000));
        QCOMPARE(lookupFailed.first().first().value<ApiError>().kind, ApiError::Kind::Offline);
        QCOMPARE(m_submission->state(), InvoiceSubmission::State::OutcomeUnknown);

        answer = true;
        m_submission->lookUp(kOrderId);
        QVERIFY(created.wait(5000));
        QCOMPARE(m_submission->invoice()->id, 124);
        QCOMPARE(creates(), 1);
    }

    void duplicateIdempotencyKey_linksToTheExistingInvoice()
    {
        m_nam->setRoute([](const FakeRequest& r) {
            if (isCreate(r)) {
                return FakeResponse::json(409,
                    QByteArray(R"({"error":"duplicate_idempotency_key",)"
                               R"("message":"Duplicate","invoice_id":77})"));
            }
            if (r.path() == u"/api/v1/invoices/77"_s) {
                return FakeResponse::json(200, invoiceJson(77, kOrderId, "pending"));
            }
            return FakeResponse::hanging();
        });
        QSignalSpy created(m_submission.get(), &InvoiceSubmission::created);
        m_submission->submit(draft());
        QVERIFY(created.wait(5000));
        QCOMPARE(created.first().at(0).value<Invoice>().id, 77);
        QCOMPARE(created.first().at(0).value<Invoice>().amount, std::optional<Money>(Money::fromTenge(4200)));
        QCOMPARE(created.first().at(1).toBool(), true);
        QCOMPARE(m_submission->state(), InvoiceSubmission::State::Created);
        QCOMPARE(creates(), 1);
    }

    void reset_whileSending_lateAnswerIgnored_notWatched()
    {
        m_nam->setRoute([](const FakeRequest& r) {
            if (isCreate(r)) {
                return FakeResponse::json(201, invoiceJson(124, kOrderId, "pending")).delayed(30);
            }
            return FakeResponse::hanging();
        });
        QSignalSpy created(m_submission.get(), &InvoiceSubmission::created);
        QSignalSpy busy(m_client.get(), &ApiClient::busyChanged);
        m_submission->submit(draft());
        QTRY_COMPARE(m_nam->requestCount(), 1);
        m_submission->reset();
        QCOMPARE(m_submission->state(), InvoiceSubmission::State::Idle);
        // The answer came (the client is idle again) and was ignored.
        QTRY_VERIFY(!busy.isEmpty() && !busy.constLast().first().toBool());
        QCOMPARE(created.size(), 0);
        QCOMPARE(m_submission->state(), InvoiceSubmission::State::Idle);
        QVERIFY(!m_watcher->isWatching(124));
    }

    void reset_afterCreation_stopsWatching()
    {
        m_nam->setRoute([](const FakeRequest& r) {
            if (isCreate(r)) {
                return FakeResponse::json(201, invoiceJson(124, kOrderId, "pending"));
            }
            return FakeResponse::hanging();
        });
        QSignalSpy created(m_submission.get(), &InvoiceSubmission::created);
        m_submission->submit(draft());
        QVERIFY(created.wait(5000));
        QVERIFY(m_watcher->isWatching(124));
        m_submission->reset();
        QVERIFY(!m_watcher->isWatching(124));
        QVERIFY(!m_submission->invoice());
        QVERIFY(m_submission->externalOrderId().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestInvoiceSubmission)
#include "tst_invoicesubmission.moc"
