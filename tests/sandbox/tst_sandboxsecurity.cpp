// Raw HTTP tests of the sandbox's own defences: the per-run control token, loopback Host and Origin, JSON-only
// control bodies, request size caps, the idle timeout and the connection limit.
#include "sandboxhttpclient.h"
#include "testsupport.h"

#include "sandbox/sandboxserver.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <vector>

#include <sys/resource.h>

using apipay::sandbox::SandboxServer;
using apipay::test::HttpAnswer;
using apipay::test::SandboxHttpClient;

namespace {

// One request written on a fresh TCP connection; returns the status of the answer (0 = none: closed or timeout).
int rawStatus(quint16 port, const QByteArray& request, int timeoutMs = 5000)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(timeoutMs)) {
        return 0;
    }
    socket.write(request);
    QByteArray answer;
    QElapsedTimer timer;
    timer.start();
    while (!answer.contains("\r\n") && timer.elapsed() < timeoutMs) {
        QSignalSpy ready(&socket, &QIODevice::readyRead);
        if (socket.bytesAvailable() == 0 && !ready.wait(int(qMax<qint64>(1, timeoutMs - timer.elapsed())))) {
            break;
        }
        answer += socket.readAll();
    }
    const QList<QByteArray> statusLine = answer.left(answer.indexOf("\r\n")).split(' ');
    return statusLine.size() >= 2 && statusLine.at(0).startsWith("HTTP/1.") ? statusLine.at(1).toInt() : 0;
}

QByteArray get(const QByteArray& path, const QByteArray& host, const QByteArray& extraHeaders = {})
{
    return "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nX-API-Key: demo-key\r\n" + extraHeaders + "\r\n";
}

} // namespace

class TestSandboxSecurity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { apipay::test::initTestEnvironment(); }
    void cleanup();

    void token_randomPerRun();
    void control_withoutOrWrongToken_refused_data();
    void control_withoutOrWrongToken_refused();
    void control_nonJsonBody_415();
    void host_mustBeLoopbackWithPort_data();
    void host_mustBeLoopbackWithPort();
    void origin_foreignPage_refused();
    void body_overCap_413_data();
    void body_overCap_413();
    void body_chunkedOverCap_413();
    void idle_connectionClosed();
    void thousandIdleConnections_normalRequestStillAnswered();

private:
    void startServer(const apipay::sandbox::SandboxConnectionLimits& limits = {});
    QByteArray host() const { return "127.0.0.1:" + QByteArray::number(m_server->port()); }
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxHttpClient> m_http;
};

void TestSandboxSecurity::startServer(const apipay::sandbox::SandboxConnectionLimits& limits)
{
    SandboxServer::Options options;
    options.demoData = false;
    options.rateLimit = 100'000;
    options.connectionLimits = limits;
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY(m_server->start(0));
    m_http = std::make_unique<SandboxHttpClient>(*m_server);
}

void TestSandboxSecurity::cleanup()
{
    m_http.reset();
    m_server.reset();
}

void TestSandboxSecurity::token_randomPerRun()
{
    SandboxServer a;
    SandboxServer b;
    QVERIFY(a.controlToken().size() >= 32);
    QVERIFY(a.controlToken() != b.controlToken());
}

void TestSandboxSecurity::control_withoutOrWrongToken_refused_data()
{
    QTest::addColumn<QByteArray>("tokenHeader");
    QTest::addColumn<int>("status");
    QTest::newRow("no token") << QByteArray() << 401;
    QTest::newRow("wrong token") << QByteArray("X-Sandbox-Token: 0123456789abcdef0123456789abcdef\r\n") << 403;
    QTest::newRow("right token") << QByteArray("X-Sandbox-Token: %TOKEN%\r\n") << 200;
}

void TestSandboxSecurity::control_withoutOrWrongToken_refused()
{
    QFETCH(QByteArray, tokenHeader);
    QFETCH(int, status);
    startServer();
    tokenHeader.replace("%TOKEN%", m_server->controlToken());
    const qint64 before = m_server->invoiceCount();
    const QByteArray body = R"({"invoices": 3})";
    const QByteArray request = "POST /sandbox/seed HTTP/1.1\r\nHost: " + host() + "\r\n" + tokenHeader
        + "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    QCOMPARE(rawStatus(m_server->port(), request), status);
    QCOMPARE(m_server->invoiceCount(), before + (status == 200 ? 3 : 0));
}

void TestSandboxSecurity::control_nonJsonBody_415()
{
    startServer();
    const QByteArray body = "invoices=3";
    const QByteArray request = "POST /sandbox/seed HTTP/1.1\r\nHost: " + host()
        + "\r\nX-Sandbox-Token: " + m_server->controlToken()
        + "\r\nContent-Type: text/plain\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    QCOMPARE(rawStatus(m_server->port(), request), 415);
    QCOMPARE(m_server->invoiceCount(), 0);
}

void TestSandboxSecurity::host_mustBeLoopbackWithPort_data()
{
    QTest::addColumn<QByteArray>("hostTemplate");
    QTest::addColumn<int>("status");
    QTest::newRow("127.0.0.1:port") << QByteArray("127.0.0.1:%PORT%") << 200;
    QTest::newRow("localhost:port") << QByteArray("LocalHost:%PORT%") << 200;
    QTest::newRow("[::1]:port") << QByteArray("[::1]:%PORT%") << 200;
    QTest::newRow("rebound name") << QByteArray("attacker.example:%PORT%") << 421;
    QTest::newRow("loopback without port") << QByteArray("127.0.0.1") << 421;
    QTest::newRow("other port") << QByteArray("127.0.0.1:1") << 421;
    QTest::newRow("empty") << QByteArray() << 421;
}

void TestSandboxSecurity::host_mustBeLoopbackWithPort()
{
    QFETCH(QByteArray, hostTemplate);
    QFETCH(int, status);
    startServer();
    const QByteArray hostValue = hostTemplate.replace("%PORT%", QByteArray::number(m_server->port()));
    QCOMPARE(rawStatus(m_server->port(), get("/api/v1/invoices", hostValue)), status);
    QCOMPARE(m_server->requestLog().size(), status == 200 ? 1 : 0);
}

void TestSandboxSecurity::origin_foreignPage_refused()
{
    startServer();
    QCOMPARE(rawStatus(m_server->port(), get("/api/v1/invoices", host(), "Origin: http://attacker.example\r\n")), 403);
    QCOMPARE(rawStatus(m_server->port(), get("/api/v1/invoices", host(), "Origin: http://" + host() + "\r\n")), 200);
}

void TestSandboxSecurity::body_overCap_413_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<int>("bodyBytes");
    QTest::addColumn<int>("status");
    QTest::newRow("API body at 1 MiB: route answers") << QByteArray("/api/v1/invoices") << (1 << 20) << 422;
    QTest::newRow("API body over 2 MiB") << QByteArray("/api/v1/invoices") << (3 << 20) << 413;
    QTest::newRow("upload of 7 MiB: route answers") << QByteArray("/api/v1/catalog/upload-image") << (7 << 20) << 422;
    QTest::newRow("upload over 8 MiB") << QByteArray("/api/v1/catalog/upload-image") << (9 << 20) << 413;
    QTest::newRow("control body over 2 MiB") << QByteArray("/sandbox/seed") << (3 << 20) << 413;
}

void TestSandboxSecurity::body_overCap_413()
{
    QFETCH(QByteArray, path);
    QFETCH(int, bodyBytes);
    QFETCH(int, status);
    startServer();
    const bool upload = path.endsWith("upload-image");
    const QByteArray type = upload ? "multipart/form-data; boundary=b" : "application/json";
    const QByteArray request = "POST " + path + " HTTP/1.1\r\nHost: " + host() + "\r\nX-API-Key: demo-key\r\n"
        + "X-Sandbox-Token: " + m_server->controlToken() + "\r\nContent-Type: " + type
        + "\r\nContent-Length: " + QByteArray::number(bodyBytes) + "\r\n\r\n" + QByteArray(bodyBytes, ' ');
    QCOMPARE(rawStatus(m_server->port(), request, 15'000), status);
    QCOMPARE(m_server->invoiceCount(), 0);
}

void TestSandboxSecurity::body_chunkedOverCap_413()
{
    startServer();
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("POST /api/v1/invoices HTTP/1.1\r\nHost: " + host()
        + "\r\nX-API-Key: demo-key\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
    const QByteArray piece(64 * 1024, ' ');
    const QByteArray chunk = QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
    for (int i = 0; i < 48; ++i) { // 3 MiB without any length announced
        socket.write(chunk);
    }
    QByteArray answer;
    QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll()).contains("\r\n"), 10'000);
    QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.left(40).constData());
}

void TestSandboxSecurity::idle_connectionClosed()
{
    apipay::sandbox::SandboxConnectionLimits limits;
    limits.idleMs = 300;
    startServer(limits);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET /api/v1/inv"); // a request that never ends
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
    QTRY_COMPARE(m_server->openConnections(), 0);
}

void TestSandboxSecurity::thousandIdleConnections_normalRequestStillAnswered()
{
    startServer(); // the default limits, as in demo mode
    // A process limit of open files like a desktop session's: 1,000 connections held by the server as well as by
    // these clients would exhaust it, and the sandbox could no longer accept anyone.
    rlimit saved {};
    QVERIFY(getrlimit(RLIMIT_NOFILE, &saved) == 0);
    rlimit lowered = saved;
    lowered.rlim_cur = qMin<rlim_t>(saved.rlim_cur, 1250);
    QVERIFY(setrlimit(RLIMIT_NOFILE, &lowered) == 0);
    const auto restore = qScopeGuard([&saved] { setrlimit(RLIMIT_NOFILE, &saved); });
    std::vector<std::unique_ptr<QTcpSocket>> idle;
    for (int i = 0; i < 1000; ++i) {
        idle.push_back(std::make_unique<QTcpSocket>());
        idle.back()->connectToHost(QHostAddress::LocalHost, m_server->port());
        if (i % 2 == 0) {
            idle.back()->write("GET /api/v1/invoices HTTP/1.1\r\nHost: "); // half a request, never finished
        }
    }
    // Every connection attempt has settled (accepted, or already closed by the server to make room).
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(idle.cbegin(), idle.cend(),
                                 [](const auto& s) {
                                     return s->state() == QAbstractSocket::ConnectedState
                                         || s->state() == QAbstractSocket::UnconnectedState;
                                 }),
        30'000);
    QVERIFY(m_server->openConnections() <= 64);
    const HttpAnswer answer = m_http->get(QStringLiteral("/status"));
    QCOMPARE(answer.status, 200);
    QVERIFY2(answer.elapsedMs < 3000, QByteArray::number(answer.elapsedMs).constData());
}

QTEST_GUILESS_MAIN(TestSandboxSecurity)
#include "tst_sandboxsecurity.moc"
