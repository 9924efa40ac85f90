// Raw HTTP tests of the sandbox's QR invoices (v2.1): POST /invoices/qr with `simulate`, the QR keys in list and
// detail, the refused cancel, qr_scanned, the server-side expiry, and 404 in the v2.0 profile.
#include "sandboxhttpclient.h"
#include "testsupport.h"

#include "sandbox/sandboxserver.h"

#include <QRegularExpression>
#include <QTest>

#include <memory>

using apipay::sandbox::Profile;
using apipay::sandbox::SandboxServer;
using apipay::test::HttpAnswer;
using apipay::test::SandboxHttpClient;
using namespace Qt::StringLiterals;

class TestSandboxQr : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { apipay::test::initTestEnvironment(); }
    void cleanup()
    {
        m_http.reset();
        m_server.reset();
    }

    void create_pendingWithTokenAndFiveMinutes()
    {
        startServer(Profile::V21);
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const HttpAnswer created = m_http->post(u"/invoices/qr"_s,
            QJsonObject { { u"amount"_s, 1500.5 }, { u"description"_s, u"Coffee"_s },
                { u"external_order_id"_s, u"o-1"_s }, { u"external_order_id_idempotency"_s, u"o-1"_s } });
        QCOMPARE(created.status, 201);
        const QJsonObject o = created.json();
        QCOMPARE(o.value(u"status"_s).toString(), u"pending"_s);
        QCOMPARE(o.value(u"amount"_s).toString(), u"1500.50"_s);
        QCOMPARE(o.value(u"is_qr_token"_s).toBool(), true);
        QVERIFY(QRegularExpression(u"^https://qr\\.kaspi\\.kz/sandbox/[0-9a-f-]{36}$"_s)
                    .match(o.value(u"qr_token_url"_s).toString())
                    .hasMatch());
        const QDateTime expires = QDateTime::fromString(o.value(u"qr_expires_at"_s).toString(), Qt::ISODate);
        QVERIFY(qAbs(before.secsTo(expires) - 300) <= 2);
        const qint64 id = o.value(u"id"_s).toInteger();
        const QJsonObject detail = m_http->get(u"/invoices/%1"_s.arg(id)).json();
        QCOMPARE(detail.value(u"is_qr_token"_s).toBool(), true);
        QCOMPARE(detail.value(u"qr_token_url"_s), o.value(u"qr_token_url"_s));
        const QJsonObject listed = m_http->get(u"/invoices"_s).data().first().toObject();
        QCOMPARE(listed.value(u"is_qr_token"_s).toBool(), true);
        // The same idempotency key again: 409.
        QCOMPARE(m_http
                     ->post(u"/invoices/qr"_s,
                         QJsonObject { { u"amount"_s, 10 }, { u"external_order_id_idempotency"_s, u"o-1"_s } })
                     .status,
            409);
    }

    void create_simulate_data()
    {
        QTest::addColumn<QString>("simulate");
        QTest::addColumn<QString>("status");
        QTest::newRow("paid") << u"paid"_s << u"paid"_s;
        QTest::newRow("cancelled") << u"cancelled"_s << u"cancelled"_s;
        QTest::newRow("expired") << u"expired"_s << u"expired"_s;
    }
    void create_simulate()
    {
        QFETCH(QString, simulate);
        QFETCH(QString, status);
        startServer(Profile::V21);
        const HttpAnswer created
            = m_http->post(u"/invoices/qr"_s, QJsonObject { { u"amount"_s, 100 }, { u"simulate"_s, simulate } });
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json().value(u"status"_s).toString(), status);
        if (simulate == u"expired") {
            const QDateTime expires
                = QDateTime::fromString(created.json().value(u"qr_expires_at"_s).toString(), Qt::ISODate);
            QVERIFY(expires < QDateTime::currentDateTimeUtc());
        }
        if (simulate == u"paid") {
            QVERIFY(!created.json().value(u"paid_at"_s).isNull());
        }
    }

    void create_invalid_422()
    {
        startServer(Profile::V21);
        const HttpAnswer unknown
            = m_http->post(u"/invoices/qr"_s, QJsonObject { { u"amount"_s, 100 }, { u"simulate"_s, u"later"_s } });
        QCOMPARE(unknown.status, 422);
        QVERIFY(unknown.json().value(u"errors"_s).toObject().contains(u"simulate"_s));
        const HttpAnswer longText = m_http->post(
            u"/invoices/qr"_s, QJsonObject { { u"amount"_s, 100 }, { u"description"_s, QString(101, u'x') } });
        QCOMPARE(longText.status, 422);
        QVERIFY(longText.json().value(u"errors"_s).toObject().contains(u"description"_s));
        QCOMPARE(m_http->post(u"/invoices/qr"_s, QJsonObject {}).status, 422);
    }

    void cancel_refused409WithExpiresAt()
    {
        startServer(Profile::V21);
        const QJsonObject created = m_http->post(u"/invoices/qr"_s, QJsonObject { { u"amount"_s, 100 } }).json();
        const qint64 id = created.value(u"id"_s).toInteger();
        const HttpAnswer refused = m_http->post(u"/invoices/%1/cancel"_s.arg(id));
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.json().value(u"error"_s).toString(), u"qr_cancel_unsupported"_s);
        QCOMPARE(refused.json().value(u"expires_at"_s), created.value(u"qr_expires_at"_s));
        QCOMPARE(m_http->statusOf(id), u"pending"_s);
        // A phone invoice still cancels.
        const qint64 phone = m_http->createInvoice(100);
        QTRY_COMPARE(m_http->statusOf(phone), u"pending"_s);
        QCOMPARE(m_http->post(u"/invoices/%1/cancel"_s.arg(phone)).status, 200);
    }

    void expiry_byServerClock_unlessScanned()
    {
        startServer(Profile::V21);
        const qint64 plain
            = m_http->post(u"/invoices/qr"_s, QJsonObject { { u"amount"_s, 100 } }).json().value(u"id"_s).toInteger();
        const qint64 scanned
            = m_http->post(u"/invoices/qr"_s, QJsonObject { { u"amount"_s, 200 } }).json().value(u"id"_s).toInteger();
        const HttpAnswer scan = m_http->post(
            u"/invoices/%1/simulate-status"_s.arg(scanned), QJsonObject { { u"status"_s, u"qr_scanned"_s } });
        QCOMPARE(scan.status, 200);
        QCOMPARE(scan.json().value(u"invoice"_s).toObject().value(u"status"_s).toString(), u"pending"_s);
        QCOMPARE(
            m_http
                ->post(u"/invoices/%1/simulate-status"_s.arg(scanned), QJsonObject { { u"status"_s, u"qr_scanned"_s } })
                .json()
                .value(u"error"_s)
                .toString(),
            u"already_scanned"_s);
        m_server->advanceClock(301'000);
        QCOMPARE(m_http->statusOf(plain), u"expired"_s);
        QCOMPARE(m_http->statusOf(scanned), u"pending"_s); // a payment started: it may still finish
        QCOMPARE(
            m_http->post(u"/invoices/%1/simulate-status"_s.arg(scanned), QJsonObject { { u"status"_s, u"paid"_s } })
                .status,
            200);
        QCOMPARE(m_http->statusOf(scanned), u"paid"_s);
    }

    void qrScanned_onPhoneInvoice_400()
    {
        startServer(Profile::V21);
        const qint64 phone = m_http->createInvoice(100);
        QTRY_COMPARE(m_http->statusOf(phone), u"pending"_s);
        const HttpAnswer answer = m_http->post(
            u"/invoices/%1/simulate-status"_s.arg(phone), QJsonObject { { u"status"_s, u"qr_scanned"_s } });
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.json().value(u"error"_s).toString(), u"not_qr_invoice"_s);
    }

    void detailRoute_hasItsOwnLimit()
    {
        startServer(Profile::V21, 3);
        const qint64 id
            = m_http->post(u"/invoices/qr"_s, QJsonObject { { u"amount"_s, 100 } }).json().value(u"id"_s).toInteger();
        for (int i = 0; i < 10; ++i) {
            QCOMPARE(m_http->get(u"/invoices/%1"_s.arg(id)).status, 200);
        }
        QCOMPARE(m_http->get(u"/invoices"_s).status, 200);
        QCOMPARE(m_http->get(u"/invoices"_s).status, 200);
        QCOMPARE(m_http->get(u"/invoices"_s).status, 429);
    }

    void v20_qrRoute404()
    {
        startServer(Profile::V20);
        QCOMPARE(m_http->post(u"/invoices/qr"_s, QJsonObject { { u"amount"_s, 100 } }).status, 404);
        const qint64 phone = m_http->createInvoice(100);
        QVERIFY(!m_http->get(u"/invoices/%1"_s.arg(phone)).json().contains(u"is_qr_token"_s));
    }

private:
    void startServer(Profile profile, int rateLimit = 100'000)
    {
        SandboxServer::Options options;
        options.demoData = false;
        options.processingDelayMs = 20;
        options.rateLimit = rateLimit;
        options.profile = profile;
        m_server = std::make_unique<SandboxServer>(options);
        QVERIFY(m_server->start(0));
        m_http = std::make_unique<SandboxHttpClient>(*m_server);
    }

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxHttpClient> m_http;
};

QTEST_GUILESS_MAIN(TestSandboxQr)
#include "tst_sandboxqr.moc"
