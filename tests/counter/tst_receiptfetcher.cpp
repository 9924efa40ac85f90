// ReceiptFetcher against the embedded sandbox (v2.1 receipt: 202 pending, then 200 ready) and its failures.
#include "sandboxapifixture.h"
#include "testsupport.h"

#include "counter/receiptfetcher.h"
#include "sandbox/sandboxclientroutes.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>

using namespace apipay;
using apipay::sandbox::Profile;
using namespace Qt::StringLiterals;

class TestReceiptFetcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { apipay::test::initTestEnvironment(); }
    void cleanup()
    {
        m_fetcher.reset();
        m_fx.stop();
    }

    void pendingThenReady_linksAsTheServerSentThem_thenFromMemory()
    {
        QVERIFY(start(Profile::V21));
        const qint64 id = m_fx.createPaidInvoice(2500);
        QVERIFY(id > 0);
        QSignalSpy ready(m_fetcher.get(), &ReceiptFetcher::ready);
        QSignalSpy waiting(m_fetcher.get(), &ReceiptFetcher::waiting);
        QSignalSpy failed(m_fetcher.get(), &ReceiptFetcher::failed);
        m_fetcher->fetch(id);
        QVERIFY(ready.wait(5000));
        QCOMPARE(failed.size(), 0);
        QCOMPARE(waiting.size(), 1); // the 202, then poll_after
        QCOMPARE(ready.first().at(0).toLongLong(), id);
        const KaspiReceipt receipt = ready.first().at(1).value<KaspiReceipt>();
        QCOMPARE(m_fx.server->loggedRequests("GET", u"/invoices/*/receipt"_s), 2);

        // What the server sends for this invoice now (raw), compared with what the fetcher gave.
        const auto raw = serverReceipt(id);
        QCOMPARE(receipt.shareLink.toString(), raw.value(u"share_link"_s).toString());
        QCOMPARE(receipt.downloadLink.toString(), raw.value(u"download_link"_s).toString());
        QCOMPARE(receipt.receiptLink.toString(), raw.value(u"receipt_link"_s).toString());
        QCOMPARE(receipt.saleDate, raw.value(u"sale_date"_s).toString());
        QVERIFY2(QRegularExpression(u"^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{6}$"_s)
                     .match(receipt.saleDate)
                     .hasMatch(),
            qPrintable(receipt.saleDate)); // Kaspi's raw text, microseconds kept
        QCOMPARE(receipt.customerLink(), receipt.shareLink);

        const int asked = m_fx.server->loggedRequests("GET", u"/invoices/*/receipt"_s);
        m_fetcher->fetch(id);
        QVERIFY(ready.wait(5000));
        QCOMPARE(m_fx.server->loggedRequests("GET", u"/invoices/*/receipt"_s), asked);
        QVERIFY(m_fetcher->cached(id).has_value());
    }

    void unpaid_failsWithTheReason()
    {
        QVERIFY(start(Profile::V21));
        InvoiceDraft draft;
        draft.amount = Money::fromTenge(900);
        draft.phone = u"87001234567"_s;
        AWAIT_OK(Invoice, created, m_fx.api->createInvoice(draft, ctx, cb));
        QSignalSpy failed(m_fetcher.get(), &ReceiptFetcher::failed);
        m_fetcher->fetch(created.id);
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().at(1).toString(), u"The Kaspi receipt is available only for paid invoices."_s);
    }

    void v20Server_fails404()
    {
        QVERIFY(start(Profile::V20));
        const qint64 id = m_fx.createPaidInvoice(2500);
        QSignalSpy failed(m_fetcher.get(), &ReceiptFetcher::failed);
        m_fetcher->fetch(id);
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().at(1).toString(), u"This ApiPay server gives no Kaspi receipt for this invoice."_s);
    }

    void sessionExpired_failsWithReconnect()
    {
        QVERIFY(start(Profile::V21));
        const qint64 id = m_fx.createPaidInvoice(2500);
        m_fx.server->failNext("GET", u"/invoices/*/receipt"_s, 409,
            R"({"error_code":"kaspi_session_expired","message":"Kaspi session expired"})");
        QSignalSpy failed(m_fetcher.get(), &ReceiptFetcher::failed);
        m_fetcher->fetch(id);
        QVERIFY(failed.wait(5000));
        QVERIFY2(failed.first().at(1).toString().contains(u"reconnect the cashier"_s),
            qPrintable(failed.first().at(1).toString()));
    }

    void unavailable503_asksAgainAfterAMinute_thenReady()
    {
        QVERIFY(start(Profile::V21));
        const qint64 id = m_fx.createPaidInvoice(2500);
        m_fx.server->failNext("GET", u"/invoices/*/receipt"_s, 503,
            R"({"error":"receipt_unavailable","error_code":"receipt_unavailable","message":"Kaspi did not answer"})");
        QSignalSpy ready(m_fetcher.get(), &ReceiptFetcher::ready);
        QSignalSpy waiting(m_fetcher.get(), &ReceiptFetcher::waiting);
        QElapsedTimer clock;
        clock.start();
        m_fetcher->fetch(id);
        QVERIFY(ready.wait(10'000));
        // 60 "seconds" of 10 ms, then poll_after 2 of 10 ms.
        QVERIFY(clock.elapsed() >= 550); // a coarse timer may fire up to 5 % early
        QCOMPARE(waiting.size(), 2);
        QCOMPARE(waiting.first().at(1).toString(), u"Kaspi did not return the receipt: asking again in a minute."_s);
    }

    void neverReady_givesUpWithAMessage()
    {
        QVERIFY(start(Profile::V21));
        const qint64 id = m_fx.createPaidInvoice(2500);
        m_fetcher->setGiveUpAfterMs(15); // shorter than one poll_after of 2 × 10 ms
        QSignalSpy failed(m_fetcher.get(), &ReceiptFetcher::failed);
        QSignalSpy ready(m_fetcher.get(), &ReceiptFetcher::ready);
        m_fetcher->fetch(id);
        QVERIFY(failed.wait(5000));
        QCOMPARE(ready.size(), 0);
        QCOMPARE(failed.first().at(1).toString(),
            u"The Kaspi receipt is still not ready after 1 minute(s). Try again later."_s);
        QVERIFY(!m_fetcher->isFetching(id));
    }

private:
    bool start(Profile profile)
    {
        if (!m_fx.start(profile)) {
            return false;
        }
        m_fetcher = std::make_unique<ReceiptFetcher>(m_fx.api.get());
        m_fetcher->setMsPerSecond(10);
        return true;
    }

    QJsonObject serverReceipt(qint64 id)
    {
        // The raw body, straight from the server (not through the client's decoder).
        QJsonObject raw;
        QNetworkRequest request(QUrl(m_fx.server->baseUrl().toString() + u"/invoices/%1/receipt"_s.arg(id)));
        request.setRawHeader("X-API-Key", sandbox::SandboxServer::demoKey().toUtf8());
        QNetworkReply* reply = m_fx.nam->get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (finished.wait(5000)) {
            raw = QJsonDocument::fromJson(reply->readAll()).object();
        }
        reply->deleteLater();
        return raw;
    }

    apipay::test::SandboxApiFixture m_fx;
    std::unique_ptr<ReceiptFetcher> m_fetcher;
};

QTEST_GUILESS_MAIN(TestReceiptFetcher)
#include "tst_receiptfetcher.moc"
