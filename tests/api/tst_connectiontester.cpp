// ConnectionTester ("Test connection" in the settings): GET /status without the key, then one authenticated
// GET /invoices?per_page=1, on a client of its own. Told to the person in one sentence. On the fake network and
// against the embedded sandbox.
#include "apitesthelpers.h"
#include "sandboxapifixture.h"
#include "testsupport.h"

#include "api/connectiontester.h"

#include <QSignalSpy>
#include <QTest>

using namespace apipay;
using namespace apipay::test;
using namespace Qt::StringLiterals;

namespace {

const QString kServerOk = u"The server answers (status “ok”)."_s;

QByteArray invoicesTotal(int total)
{
    return "{\"data\":[],\"meta\":{\"current_page\":1,\"last_page\":1,\"per_page\":1,\"total\":"
        + QByteArray::number(total) + "}}";
}

} // namespace

class TestConnectionTester : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<FakeNam> m_nam;
    std::unique_ptr<ConnectionTester> m_tester;

    void routeStatusAnd(FakeResponse invoices)
    {
        m_nam->setRoute([invoices](const FakeRequest& r) {
            if (r.path().endsWith(u"/status"_s)) {
                return FakeResponse::json(
                    200, QByteArray(R"({"status":"ok","timestamp":"2026-07-05T14:30:00+00:00"})"));
            }
            return invoices;
        });
    }

private Q_SLOTS:
    void initTestCase() { initTestEnvironment(); }
    void init()
    {
        m_nam = std::make_unique<FakeNam>();
        m_tester = std::make_unique<ConnectionTester>(m_nam.get());
    }
    void cleanup()
    {
        m_tester.reset();
        m_nam.reset();
    }

    void serverAndKeyGood_saysSo_withTheInvoiceCount()
    {
        routeStatusAnd(FakeResponse::json(200, invoicesTotal(3)));
        QSignalSpy finished(m_tester.get(), &ConnectionTester::finished);
        m_tester->start(testBaseUrl(), testApiKey());
        QVERIFY(m_tester->isRunning());
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QCOMPARE(
            finished.first().at(1).toString(), kServerOk + u" The API key is accepted. The shop has 3 invoice(s)."_s);
        QVERIFY(!m_tester->isRunning());

        // What the server received: the health check without the key, then one invoice with it.
        QCOMPARE(m_nam->requestCount(), 2);
        const FakeRequest& status = m_nam->requests().at(0);
        QCOMPARE(status.path(), u"/api/v1/status"_s);
        QVERIFY(!status.hasHeader("X-API-Key"));
        const FakeRequest& invoices = m_nam->requests().at(1);
        QCOMPARE(invoices.path(), u"/api/v1/invoices"_s);
        QCOMPARE(invoices.queryValue(u"per_page"_s), u"1"_s);
        QCOMPARE(invoices.header("X-API-Key"), testApiKey().toUtf8());
    }

    void noKeyYet_onlyTheServerChecked()
    {
        routeStatusAnd(FakeResponse::json(200, invoicesTotal(3)));
        QSignalSpy finished(m_tester.get(), &ConnectionTester::finished);
        m_tester->start(testBaseUrl(), QString());
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QCOMPARE(finished.first().at(1).toString(), kServerOk + u" Enter the API key to check it too."_s);
        QCOMPARE(m_nam->requestCount(), 1);
    }

    void keyRefused_serverPartStillSaid()
    {
        routeStatusAnd(FakeResponse::json(401, QByteArray(R"({"message":"Invalid API key"})")));
        QSignalSpy finished(m_tester.get(), &ConnectionTester::finished);
        m_tester->start(testBaseUrl(), u"sk_test_wrong"_s);
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        const QString text = finished.first().at(1).toString();
        QVERIFY2(text.startsWith(kServerOk + u' '), qPrintable(text));
        QVERIFY2(!text.contains(u"accepted"_s), qPrintable(text));
        QCOMPARE(m_nam->requestCount(), 2);
    }

    void serverUnreachable_saysTheHealthCheckFailed()
    {
        m_nam->setRoute(
            [](const FakeRequest&) { return FakeResponse::networkError(QNetworkReply::HostNotFoundError); });
        QSignalSpy finished(m_tester.get(), &ConnectionTester::finished);
        m_tester->start(testBaseUrl(), testApiKey());
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        const QString text = finished.first().at(1).toString();
        QVERIFY2(text.startsWith(u"The server did not answer the health check: "_s), qPrintable(text));
        QCOMPARE(m_nam->requestCount(), 1);
    }

    void plainHttpToAnotherComputer_refusedAtOnce_nothingSent()
    {
        routeStatusAnd(FakeResponse::json(200, invoicesTotal(3)));
        QSignalSpy finished(m_tester.get(), &ConnectionTester::finished);
        m_tester->start(QUrl(u"http://api.example.test/api/v1"_s), testApiKey());
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY2(
            finished.first().at(1).toString().contains(u"https://"_s), qPrintable(finished.first().at(1).toString()));
        QVERIFY(!m_tester->isRunning());
        QCOMPARE(m_nam->requestCount(), 0);
    }

    void cancelled_abortedAndSilent_thenANewTestRuns()
    {
        m_nam->setRoute([](const FakeRequest&) { return FakeResponse::hanging(); });
        QSignalSpy finished(m_tester.get(), &ConnectionTester::finished);
        m_tester->start(testBaseUrl(), testApiKey());
        QTRY_COMPARE(m_nam->requestCount(), 1);
        m_tester->cancel();
        QVERIFY(!m_tester->isRunning());
        QTRY_VERIFY(m_nam->openReplies().isEmpty());
        QCOMPARE(finished.size(), 0);

        routeStatusAnd(FakeResponse::json(200, invoicesTotal(0)));
        m_tester->start(testBaseUrl(), testApiKey());
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toBool(), true);
    }

    void againstTheSandbox_rightKeyAccepted_wrongKeyNot_data() { SandboxApiFixture::addProfileRows(); }
    void againstTheSandbox_rightKeyAccepted_wrongKeyNot()
    {
        QFETCH(sandbox::Profile, profile);
        SandboxApiFixture fx;
        QVERIFY(fx.start(profile));
        QVERIFY(fx.createPaidInvoice(1500) > 0);
        ConnectionTester tester(fx.nam.get());
        QSignalSpy finished(&tester, &ConnectionTester::finished);

        tester.start(fx.server->baseUrl(), sandbox::SandboxServer::demoKey());
        QVERIFY(finished.wait(10'000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QVERIFY2(finished.at(0).at(1).toString().endsWith(u"The API key is accepted. The shop has 1 invoice(s)."_s),
            qPrintable(finished.at(0).at(1).toString()));

        tester.start(fx.server->baseUrl(), u"sk_test_not_this_shop"_s);
        QVERIFY(finished.wait(10'000));
        QCOMPARE(finished.at(1).at(0).toBool(), false);
        QVERIFY(finished.at(1).at(1).toString().startsWith(u"The server answers"_s));
        QVERIFY(!finished.at(1).at(1).toString().contains(u"accepted"_s));
        fx.stop();
    }
};

QTEST_GUILESS_MAIN(TestConnectionTester)
#include "tst_connectiontester.moc"
