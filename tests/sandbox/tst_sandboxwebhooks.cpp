// Signed webhooks of the sandbox (docs/api-contract.md, project choice) received by a loopback HTTP server.
#include "sandboxhttpclient.h"
#include "testsupport.h"

#include "sandbox/sandboxserver.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QMessageAuthenticationCode>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using apipay::sandbox::Profile;
using apipay::sandbox::SandboxServer;
using apipay::test::SandboxHttpClient;

// Receives webhook POSTs on 127.0.0.1 and keeps their bodies and signatures.
class HookReceiver : public QAbstractHttpServer
{
    Q_OBJECT
public:
    QList<QByteArray> bodies;
    QList<QByteArray> signatures;
Q_SIGNALS:
    void received();

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override
    {
        bodies.append(request.body());
        signatures.append(request.value("X-Webhook-Signature"));
        socket->write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
        Q_EMIT received();
        return true;
    }
    void missingHandler(const QHttpServerRequest&, QTcpSocket*) override { }
};

class TestSandboxWebhooks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { apipay::test::initTestEnvironment(); }
    void webhook_signedEventsPerProfile_data();
    void webhook_signedEventsPerProfile();
};

void TestSandboxWebhooks::webhook_signedEventsPerProfile_data()
{
    QTest::addColumn<Profile>("profile");
    QTest::newRow("v2.0") << Profile::V20;
    QTest::newRow("v2.1") << Profile::V21;
}

void TestSandboxWebhooks::webhook_signedEventsPerProfile()
{
    QFETCH(Profile, profile);
    SandboxServer::Options options;
    options.demoData = false;
    options.processingDelayMs = 10;
    options.profile = profile;
    auto server = std::make_unique<SandboxServer>(options);
    QVERIFY(server->start(0));
    auto http = std::make_unique<SandboxHttpClient>(*server);
    HookReceiver receiver;
    const quint16 port = receiver.listen(QHostAddress::LocalHost, 0);
    QVERIFY(port != 0);
    QVERIFY(!server->setWebhook(QUrl(QStringLiteral("http://192.0.2.10/hook")), "s3cret")); // not this computer
    QCOMPARE(http->control("POST", QStringLiteral("/sandbox/webhook"),
                     QJsonObject { { QStringLiteral("url"), QStringLiteral("http://127.0.0.1:%1/hook").arg(port) },
                         { QStringLiteral("secret"), QStringLiteral("s3cret") } })
                 .status,
        200);
    QSignalSpy received(&receiver, &HookReceiver::received);
    const qint64 id = http->createInvoice(10000);
    QTRY_VERIFY_WITH_TIMEOUT(!receiver.bodies.isEmpty(), 5000); // processing → pending
    QVERIFY(server->simulateInvoiceStatus(id, QStringLiteral("paid")));
    QTRY_COMPARE_WITH_TIMEOUT(receiver.bodies.size(), 2, 5000);
    for (qsizetype i = 0; i < receiver.bodies.size(); ++i) {
        const QByteArray expected = "sha256="
            + QMessageAuthenticationCode::hash(receiver.bodies.at(i), "s3cret", QCryptographicHash::Sha256).toHex();
        QCOMPARE(receiver.signatures.at(i), expected);
    }
    const QJsonObject paid = QJsonDocument::fromJson(receiver.bodies.at(1)).object();
    QCOMPARE(paid.value(QStringLiteral("event")).toString(), QStringLiteral("invoice.status_changed"));
    const QJsonObject invoice = paid.value(QStringLiteral("invoice")).toObject();
    QCOMPARE(invoice.value(QStringLiteral("status")).toString(), QStringLiteral("paid"));
    QCOMPARE(invoice.value(QStringLiteral("client_phone")).toString(), QStringLiteral("87001234567"));
    QCOMPARE(
        paid.value(QStringLiteral("timestamp")).toString().endsWith(QStringLiteral("+00:00")), profile == Profile::V21);
    QCOMPARE(
        http->post(QStringLiteral("/invoices/%1/refund").arg(id), QJsonObject { { QStringLiteral("amount"), 2500 } })
            .status,
        201);
    server->advanceClock(1000); // the refund completes
    // partially_refunded is announced (v2.0 at once, v2.1 on completion); the refund event follows the completion.
    QTRY_VERIFY_WITH_TIMEOUT(receiver.bodies.last().contains("\"invoice.refunded\""), 5000);
    QCOMPARE(receiver.bodies.size(), 4);
    QCOMPARE(QJsonDocument::fromJson(receiver.bodies.at(2))
                 .object()
                 .value(QStringLiteral("invoice"))
                 .toObject()
                 .value(QStringLiteral("status"))
                 .toString(),
        QStringLiteral("partially_refunded"));
    const QJsonObject refunded = QJsonDocument::fromJson(receiver.bodies.last()).object();
    QCOMPARE(refunded.contains(QStringLiteral("refund")), profile == Profile::V21);
    QCOMPARE(refunded.value(QStringLiteral("invoice")).toObject().value(QStringLiteral("total_refunded")).toString(),
        QStringLiteral("2500.00"));
}

QTEST_GUILESS_MAIN(TestSandboxWebhooks)
#include "tst_sandboxwebhooks.moc"
