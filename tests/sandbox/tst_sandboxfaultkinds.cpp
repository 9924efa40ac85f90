// The fault kinds that break an answer half-way (reset, huge, endless, trickle, stall, wrong types), seen on the
// wire with a raw socket, and the request log.
#include "testsupport.h"

#include "sandbox/sandboxfaultanswers.h"
#include "sandbox/sandboxserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using apipay::sandbox::SandboxFault;
using apipay::sandbox::SandboxServer;

namespace {

struct Wire
{
    QByteArray bytes;
    bool closedByServer = false;
    qint64 elapsedMs = 0;

    QByteArray body() const { return bytes.mid(bytes.indexOf("\r\n\r\n") + 4); }
    int status() const { return bytes.startsWith("HTTP/1.1 ") ? bytes.mid(9, 3).toInt() : 0; }
};

// Sends one request and reads until the server closes, maxBytes arrived, or timeoutMs passed.
Wire exchange(SandboxServer& server,
    const QByteArray& method,
    const QByteArray& path,
    const QByteArray& body,
    int timeoutMs,
    qint64 maxBytes = 1 << 30,
    bool stopAtFullAnswer = true)
{
    Wire wire;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server.port());
    if (!socket.waitForConnected(5000)) {
        return wire;
    }
    socket.write(method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(server.port())
        + "\r\nX-API-Key: demo-key\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QElapsedTimer timer;
    timer.start();
    qint64 total = 0;
    while (timer.elapsed() < timeoutMs && total < maxBytes) {
        if (socket.bytesAvailable() == 0) {
            if (socket.state() != QAbstractSocket::ConnectedState) {
                wire.closedByServer = true;
                break;
            }
            QSignalSpy ready(&socket, &QIODevice::readyRead);
            ready.wait(50);
            continue;
        }
        const QByteArray piece = socket.readAll();
        total += piece.size();
        if (wire.bytes.size() < 4096) {
            wire.bytes += piece.left(4096);
        }
        const qsizetype headerEnd = wire.bytes.indexOf("\r\n\r\n");
        if (stopAtFullAnswer && headerEnd > 0) {
            const qsizetype lengthAt = wire.bytes.indexOf("Content-Length: ");
            if (lengthAt > 0 && lengthAt < headerEnd) {
                const qint64 length
                    = wire.bytes.mid(lengthAt + 16, wire.bytes.indexOf("\r\n", lengthAt) - lengthAt - 16).toLongLong();
                if (total >= headerEnd + 4 + length) {
                    break;
                }
            }
        }
    }
    wire.elapsedMs = timer.elapsed();
    return wire;
}

const QByteArray kCreate = R"({"amount": 100, "phone_number": "87001234567", "external_order_id": "fault-1"})";

} // namespace

class TestSandboxFaultKinds : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { apipay::test::initTestEnvironment(); }
    void init();
    void cleanup() { m_server.reset(); }

    void resetMidBody_serverActed_halfTheAnswerThenClosed();
    void hugeBody_validJsonOfTheAskedSize();
    void endlessBody_keepsWritingUntilTheClientGoes();
    void trickle_oneByteAtATime();
    void stall_neverAnswers_othersStillServed();
    void wrongTypes_serverActed_validJsonWithWrongValueTypes();
    void requestLog_methodPathQueryBodyAndFault();
    void faultKinds_parsedFromControlJson();

private:
    void add(SandboxFault::Kind kind, const QByteArray& method, const QString& path, int delayMs = 0, int sizeMb = 50);
    std::unique_ptr<SandboxServer> m_server;
};

void TestSandboxFaultKinds::init()
{
    SandboxServer::Options options;
    options.demoData = false;
    options.processingDelayMs = 10;
    options.rateLimit = 100'000;
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY(m_server->start(0));
}

void TestSandboxFaultKinds::add(
    SandboxFault::Kind kind, const QByteArray& method, const QString& path, int delayMs, int sizeMb)
{
    SandboxFault fault = SandboxFault::make(kind, method, path, 1, delayMs);
    fault.sizeMb = sizeMb;
    m_server->addFault(fault);
}

void TestSandboxFaultKinds::resetMidBody_serverActed_halfTheAnswerThenClosed()
{
    add(SandboxFault::Kind::ResetMidBody, "POST", QStringLiteral("/invoices"));
    const Wire wire = exchange(*m_server, "POST", "/api/v1/invoices", kCreate, 5000);
    QCOMPARE(wire.status(), 201);
    QVERIFY(wire.closedByServer);
    const qsizetype lengthAt = wire.bytes.indexOf("Content-Length: ") + 16;
    const qint64 announced = wire.bytes.mid(lengthAt, wire.bytes.indexOf("\r\n", lengthAt) - lengthAt).toLongLong();
    QVERIFY(announced > 0);
    QCOMPARE(wire.body().size(), announced / 2);
    QCOMPARE(m_server->invoicesWithExternalOrderId(QStringLiteral("fault-1")).size(), 1);
}

void TestSandboxFaultKinds::hugeBody_validJsonOfTheAskedSize()
{
    m_server->seedInvoices(3);
    add(SandboxFault::Kind::HugeBody, "GET", QStringLiteral("/invoices"), 0, 3);
    const Wire head = exchange(*m_server, "GET", "/api/v1/invoices", {}, 10'000, 1 << 30);
    QCOMPARE(head.status(), 200);
    const qsizetype lengthAt = head.bytes.indexOf("Content-Length: ") + 16;
    QCOMPARE(head.bytes.mid(lengthAt, head.bytes.indexOf("\r\n", lengthAt) - lengthAt).toLongLong(), 3 * 1024 * 1024);
    // The padding keeps it the route's own valid JSON.
    const QByteArray padded = apipay::sandbox::SandboxFaultAnswers::padded(R"({"data":[{"id":1}]})", 1);
    QCOMPARE(padded.size(), 1024 * 1024);
    QCOMPARE(QJsonDocument::fromJson(padded).object().value(QStringLiteral("data")).toArray().size(), 1);
}

void TestSandboxFaultKinds::endlessBody_keepsWritingUntilTheClientGoes()
{
    add(SandboxFault::Kind::EndlessBody, "GET", QStringLiteral("/invoices"), 0, 1024);
    const Wire wire = exchange(*m_server, "GET", "/api/v1/invoices", {}, 20'000, 20 * 1024 * 1024, false);
    QCOMPARE(wire.status(), 200);
    QVERIFY(wire.bytes.contains("Transfer-Encoding: chunked"));
    QVERIFY(!wire.bytes.contains("Content-Length"));
    QVERIFY(!wire.closedByServer); // 20 MB read and it still goes on
    QCOMPARE(m_server->endlessCutOffs(), 0);
    // The safety net: a client that never stops is cut off after sizeMb.
    add(SandboxFault::Kind::EndlessBody, "GET", QStringLiteral("/invoices"), 0, 2);
    const Wire cut = exchange(*m_server, "GET", "/api/v1/invoices", {}, 20'000, 1 << 30, false);
    QVERIFY(cut.closedByServer);
    QTRY_COMPARE(m_server->endlessCutOffs(), 1);
}

void TestSandboxFaultKinds::trickle_oneByteAtATime()
{
    add(SandboxFault::Kind::Trickle, "GET", QStringLiteral("/invoices"), 2); // 2 ms per byte
    const Wire wire = exchange(*m_server, "GET", "/api/v1/invoices", {}, 20'000);
    QCOMPARE(wire.status(), 200);
    QVERIFY(QJsonDocument::fromJson(wire.body()).isObject());
    QVERIFY2(wire.elapsedMs >= wire.bytes.size(), qPrintable(QString::number(wire.elapsedMs)));
}

void TestSandboxFaultKinds::stall_neverAnswers_othersStillServed()
{
    add(SandboxFault::Kind::Stall, "POST", QStringLiteral("/invoices"));
    QTcpSocket stalled;
    stalled.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(stalled.waitForConnected(5000));
    stalled.write("POST /api/v1/invoices HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_server->port())
        + "\r\nX-API-Key: demo-key\r\nContent-Length: " + QByteArray::number(kCreate.size()) + "\r\n\r\n" + kCreate);
    const Wire other = exchange(*m_server, "GET", "/api/v1/invoices", {}, 5000);
    QCOMPARE(other.status(), 200);
    QSignalSpy answered(&stalled, &QTcpSocket::readyRead);
    QVERIFY(!answered.wait(300)); // the stalled request must get no answer, not even a late one
    QCOMPARE(stalled.bytesAvailable(), 0);
    QCOMPARE(stalled.state(), QAbstractSocket::ConnectedState);
    QCOMPARE(m_server->invoiceCount(), 0); // not handled
}

void TestSandboxFaultKinds::wrongTypes_serverActed_validJsonWithWrongValueTypes()
{
    add(SandboxFault::Kind::WrongTypes, "GET", QStringLiteral("/invoices"));
    const Wire wire = exchange(*m_server, "GET", "/api/v1/invoices", {}, 5000);
    QCOMPARE(wire.status(), 200);
    const QJsonObject o = QJsonDocument::fromJson(wire.body()).object();
    QVERIFY(o.value(QStringLiteral("data")).isString());
    QVERIFY(o.value(QStringLiteral("amount")).isObject());
    QVERIFY(o.value(QStringLiteral("id")).isObject());
    add(SandboxFault::Kind::WrongTypes, "POST", QStringLiteral("/invoices"));
    const Wire created = exchange(*m_server, "POST", "/api/v1/invoices", kCreate, 5000);
    QCOMPARE(created.status(), 200);
    QVERIFY(QJsonDocument::fromJson(created.body()).object().value(QStringLiteral("data")).isString());
    QCOMPARE(m_server->invoicesWithExternalOrderId(QStringLiteral("fault-1")).size(), 1); // the server acted
}

void TestSandboxFaultKinds::requestLog_methodPathQueryBodyAndFault()
{
    add(SandboxFault::Kind::Drop, "POST", QStringLiteral("/invoices"));
    exchange(*m_server, "POST", "/api/v1/invoices", kCreate, 5000);
    exchange(*m_server, "GET", "/api/v1/invoices?status%5B%5D=paid&page=2", {}, 5000);
    exchange(*m_server, "GET", "/images/1.png", {}, 5000); // not an API route: not logged
    const auto& log = m_server->requestLog();
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.at(0).method, QByteArray("POST"));
    QCOMPARE(log.at(0).path, QStringLiteral("/invoices"));
    QCOMPARE(log.at(0).body, kCreate);
    QCOMPARE(log.at(0).fault, std::optional<SandboxFault::Kind>(SandboxFault::Kind::Drop));
    QCOMPARE(log.at(1).method, QByteArray("GET"));
    QCOMPARE(log.at(1).fault, std::nullopt);
    QCOMPARE(log.at(1).query.size(), 2);
    QCOMPARE(log.at(1).query.at(0).first, QStringLiteral("status[]"));
    QCOMPARE(log.at(1).query.at(0).second, QStringLiteral("paid"));
    QCOMPARE(m_server->loggedRequests("POST", QStringLiteral("/invoices")), 1);
    QCOMPARE(m_server->loggedRequests({}, QStringLiteral("*")), 2);
    m_server->reset();
    QVERIFY(m_server->requestLog().isEmpty());
}

void TestSandboxFaultKinds::faultKinds_parsedFromControlJson()
{
    for (const char* name : { "reset_mid_body", "huge_body", "endless_body", "trickle", "stall", "wrong_types" }) {
        QString error;
        const auto fault = SandboxFault::fromJson(
            QJsonObject { { QStringLiteral("kind"), QString::fromLatin1(name) }, { QStringLiteral("size_mb"), 5 } },
            &error);
        QVERIFY2(fault.has_value(), qPrintable(error));
        QCOMPARE(SandboxFault::kindName(fault->kind), QString::fromLatin1(name));
        QCOMPARE(fault->sizeMb, 5);
    }
    QString error;
    QVERIFY(!SandboxFault::fromJson(QJsonObject { { QStringLiteral("kind"), QStringLiteral("bogus") } }, &error));
    QVERIFY(error.contains(QStringLiteral("wrong_types")));
}

QTEST_GUILESS_MAIN(TestSandboxFaultKinds)
#include "tst_sandboxfaultkinds.moc"
