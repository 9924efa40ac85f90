// Raw HTTP tests of the sandbox's v2.1 counter look-ups: POST /clients/check and GET /invoices/{id}/receipt.
#include "sandboxhttpclient.h"
#include "testsupport.h"

#include "sandbox/sandboxclientroutes.h"
#include "sandbox/sandboxserver.h"

#include <QRegularExpression>
#include <QTest>

#include <memory>

using apipay::sandbox::Profile;
using apipay::sandbox::SandboxServer;
using apipay::test::HttpAnswer;
using apipay::test::SandboxHttpClient;
using namespace Qt::StringLiterals;

class TestSandboxCounterChecks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { apipay::test::initTestEnvironment(); }
    void cleanup()
    {
        m_http.reset();
        m_server.reset();
    }

    void check_acceptedForms_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("normalised");
        QTest::addColumn<bool>("hasKaspi");
        QTest::newRow("87…") << u"87770000001"_s << u"87770000001"_s << true;
        QTest::newRow("77…") << u"77770000001"_s << u"87770000001"_s << true;
        QTest::newRow("+77… spaces dashes") << u"+7 777 000-00-01"_s << u"87770000001"_s << true;
        QTest::newRow("no Kaspi") << u"87770000002"_s << u"87770000002"_s << false;
        QTest::newRow("any other") << u"8 701 555 12 34"_s << u"87015551234"_s << false;
    }
    void check_acceptedForms()
    {
        QFETCH(QString, typed);
        QFETCH(QString, normalised);
        QFETCH(bool, hasKaspi);
        start(Profile::V21);
        const HttpAnswer a = m_http->post(u"/clients/check"_s, QJsonObject { { u"phone"_s, typed } });
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json().value(u"phone"_s).toString(), normalised);
        QCOMPARE(a.json().value(u"has_kaspi"_s).toBool(), hasKaspi);
        if (hasKaspi) {
            QCOMPARE(a.json().value(u"client_name"_s).toString(), u"Иван И."_s);
        } else {
            QVERIFY(a.json().value(u"client_name"_s).isNull());
        }
    }

    void check_notElevenDigits_422WithDocumentedBody_data()
    {
        QTest::addColumn<QJsonValue>("phone");
        QTest::newRow("ten digits") << QJsonValue(u"8777000000"_s);
        QTest::newRow("twelve digits") << QJsonValue(u"877700000011"_s);
        QTest::newRow("letters") << QJsonValue(u"8777abc0001"_s);
        QTest::newRow("starts with 9") << QJsonValue(u"97770000001"_s);
        QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("number") << QJsonValue(87770000001.0);
    }
    void check_notElevenDigits_422WithDocumentedBody()
    {
        QFETCH(QJsonValue, phone);
        start(Profile::V21);
        QJsonObject body;
        if (!phone.isUndefined()) {
            body.insert(u"phone"_s, phone);
        }
        const HttpAnswer a = m_http->post(u"/clients/check"_s, body);
        QCOMPARE(a.status, 422);
        QCOMPARE(a.json().value(u"error"_s).toString(), u"Validation failed"_s);
        QCOMPARE(a.json().value(u"field"_s).toString(), u"phone"_s);
        QCOMPARE(a.json().value(u"message"_s).toString(), u"Phone must be normalizable to 8XXXXXXXXXX (11 digits)."_s);
    }

    void check_eleventhInAMinute_429WithRetryAfter()
    {
        start(Profile::V21);
        for (int i = 0; i < 10; ++i) {
            QCOMPARE(m_http->post(u"/clients/check"_s, QJsonObject { { u"phone"_s, u"87770000002"_s } }).status, 200);
        }
        const HttpAnswer refused = m_http->post(u"/clients/check"_s, QJsonObject { { u"phone"_s, u"87770000002"_s } });
        QCOMPARE(refused.status, 429);
        QVERIFY(refused.header("Retry-After").toInt() >= 1);
        QCOMPARE(refused.json().value(u"error_code"_s).toString(), u"request_rate_limited"_s);
        QVERIFY(refused.json().value(u"retry_after_seconds"_s).toInt() >= 1);
        m_server->advanceClock(60'000);
        QCOMPARE(m_http->post(u"/clients/check"_s, QJsonObject { { u"phone"_s, u"87770000002"_s } }).status, 200);
    }

    void v20_bothRoutes404()
    {
        start(Profile::V20);
        QCOMPARE(m_http->post(u"/clients/check"_s, QJsonObject { { u"phone"_s, u"87770000001"_s } }).status, 404);
        const qint64 id = paidInvoice();
        QCOMPARE(m_http->get(u"/invoices/%1/receipt"_s.arg(id)).status, 404);
    }

    // The customer the number check names is the one Kaspi names as the payer: the demo never says "Иван И." at the
    // counter and someone else on the paid invoice.
    void paidInvoice_ofTheCheckedNumber_namesTheCheckedCustomer_data()
    {
        QTest::addColumn<Profile>("profile");
        QTest::newRow("v2.0") << Profile::V20;
        QTest::newRow("v2.1") << Profile::V21;
    }
    void paidInvoice_ofTheCheckedNumber_namesTheCheckedCustomer()
    {
        QFETCH(Profile, profile);
        start(profile);
        const qint64 id = m_http->createInvoice(1500, apipay::sandbox::SandboxClientRoutes::knownPhone());
        QVERIFY(id > 0);
        m_server->advanceClock(1000);
        QVERIFY(m_server->simulateInvoiceStatus(id, u"paid"_s));
        const QJsonObject invoice = m_http->get(u"/invoices/%1"_s.arg(id)).json();
        QCOMPARE(invoice.value(u"client_name"_s).toString(), u"Иван И."_s);
        // Another number is paid by someone else.
        const qint64 other = m_http->createInvoice(1500, u"87001234567"_s);
        m_server->advanceClock(1000);
        QVERIFY(m_server->simulateInvoiceStatus(other, u"paid"_s));
        const QString otherName = m_http->get(u"/invoices/%1"_s.arg(other)).json().value(u"client_name"_s).toString();
        QVERIFY(!otherName.isEmpty());
        QVERIFY(otherName != u"Иван И."_s);
    }

    void receipt_pendingThenReadyWithSandboxLinks()
    {
        start(Profile::V21);
        const qint64 id = paidInvoice();
        const HttpAnswer first = m_http->get(u"/invoices/%1/receipt"_s.arg(id));
        QCOMPARE(first.status, 202);
        QCOMPARE(first.json().value(u"status"_s).toString(), u"pending"_s);
        QCOMPARE(first.json().value(u"poll_after"_s).toInt(), 2);
        const HttpAnswer second = m_http->get(u"/invoices/%1/receipt"_s.arg(id));
        QCOMPARE(second.status, 200);
        const QJsonObject r = second.json();
        QCOMPARE(r.value(u"status"_s).toString(), u"ready"_s);
        for (const QString& key : { u"receipt_link"_s, u"download_link"_s, u"share_link"_s }) {
            QVERIFY2(r.value(key).toString().startsWith(u"https://"_s), qPrintable(key));
            QVERIFY2(r.value(key).toString().contains(u"sandbox=1"_s), qPrintable(key));
        }
        QVERIFY(r.value(u"share_link"_s).toString().contains(u"hash="_s));
        QVERIFY(!r.value(u"receipt_link"_s).toString().contains(u"hash="_s));
        QVERIFY(QRegularExpression(u"^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{6}$"_s)
                    .match(r.value(u"sale_date"_s).toString())
                    .hasMatch());
        // The same links again (the receipt is cached once ready).
        QCOMPARE(
            m_http->get(u"/invoices/%1/receipt"_s.arg(id)).json().value(u"share_link"_s), r.value(u"share_link"_s));
    }

    void receipt_pollAfterZero_readyAtOnce()
    {
        start(Profile::V21);
        m_server->clientRoutes().setReceiptPollAfterSeconds(0);
        QCOMPARE(m_http->get(u"/invoices/%1/receipt"_s.arg(paidInvoice())).status, 200);
    }

    void receipt_unpaid409_unknown404()
    {
        start(Profile::V21);
        const qint64 id = m_http->createInvoice(500);
        const HttpAnswer a = m_http->get(u"/invoices/%1/receipt"_s.arg(id));
        QCOMPARE(a.status, 409);
        QCOMPARE(a.json().value(u"error_code"_s).toString(), u"receipt_not_available_for_status"_s);
        QCOMPARE(m_http->get(u"/invoices/999999/receipt"_s).status, 404);
    }

private:
    void start(Profile profile)
    {
        SandboxServer::Options options;
        options.demoData = false;
        options.processingDelayMs = 20;
        options.rateLimit = 100'000;
        options.profile = profile;
        m_server = std::make_unique<SandboxServer>(options);
        QVERIFY(m_server->start(0));
        m_http = std::make_unique<SandboxHttpClient>(*m_server);
    }

    qint64 paidInvoice()
    {
        const qint64 id = m_http->createInvoice(1500);
        m_server->advanceClock(1000);
        QString reason;
        if (!m_server->simulateInvoiceStatus(id, u"paid"_s, &reason)) {
            qWarning() << reason;
            return 0;
        }
        return id;
    }

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxHttpClient> m_http;
};

QTEST_GUILESS_MAIN(TestSandboxCounterChecks)
#include "tst_sandboxcounterchecks.moc"
