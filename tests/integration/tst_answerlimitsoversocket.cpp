// The answer size cap and the total deadline over a real socket (issue 8, defect 4): a tiny HTTP server in the test
// sends a 50 MB body (with and without Content-Length), an endless chunked body, or trickles a byte at a time. The
// client cuts each off with a clear error and never holds the whole body in memory.
#include "api/apiclient.h"
#include "apicallwaiter.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace apipay;
using apipay::test::awaitCall;

namespace {

// The process's peak resident memory so far (VmHWM), in bytes; 0 when unknown.
qint64 peakResidentBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return 0;
    }
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong() * 1024;
        }
    }
    return 0;
}

// Starts a new peak measurement: the kernel resets VmHWM to the current resident size.
void resetPeakResident()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly)) {
        clear.write("5");
    }
}

// One-behaviour HTTP/1.1 server: reads a request (headers and Content-Length body), then answers as told.
class MisbehavingServer : public QObject
{
public:
    enum class Mode { HugeWithLength, HugeWithoutLength, EndlessChunked, Trickle, Small };

    explicit MisbehavingServer(Mode mode)
        : m_mode(mode)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onRead(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1").arg(m_server.serverPort())); }

    int requests = 0;
    qint64 bodyBytesWritten = 0;

private:
    static constexpr qint64 kHuge = 50LL * 1024 * 1024;
    static constexpr int kChunk = 64 * 1024;

    void onRead(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            return;
        }
        qint64 length = 0;
        for (const QByteArray& line : buffer.left(headerEnd).split('\n')) {
            if (line.toLower().startsWith("content-length:")) {
                length = line.mid(15).trimmed().toLongLong();
            }
        }
        if (buffer.size() < headerEnd + 4 + length) {
            return;
        }
        buffer.clear();
        ++requests;
        answer(socket);
    }

    void answer(QTcpSocket* socket)
    {
        const QPointer<QTcpSocket> guard(socket);
        switch (m_mode) {
        case Mode::Small:
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}");
            return;
        case Mode::HugeWithLength:
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                + QByteArray::number(kHuge) + "\r\n\r\n");
            break;
        case Mode::HugeWithoutLength:
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n");
            break;
        case Mode::EndlessChunked:
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
            break;
        case Mode::Trickle: {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n[");
            auto* timer = new QTimer(socket);
            connect(timer, &QTimer::timeout, socket, [this, socket] {
                socket->write(" ");
                ++bodyBytesWritten;
            });
            timer->start(50);
            return;
        }
        }
        // Feed the body as the socket drains, so the server side never holds more than a few chunks.
        connect(socket, &QTcpSocket::bytesWritten, this, [this, guard] {
            if (guard) {
                feed(guard.data());
            }
        });
        feed(socket);
    }

    void feed(QTcpSocket* socket)
    {
        while (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < 4 * kChunk) {
            if (m_mode == Mode::EndlessChunked) {
                socket->write(QByteArray::number(kChunk, 16) + "\r\n" + QByteArray(kChunk, ' ') + "\r\n");
            } else if (bodyBytesWritten < kHuge) {
                socket->write(QByteArray(kChunk, ' '));
            } else {
                socket->disconnectFromHost();
                return;
            }
            bodyBytesWritten += kChunk;
        }
    }

    Mode m_mode;
    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

} // namespace

class TestAnswerLimitsOverSocket : public QObject
{
    Q_OBJECT
private:
    static constexpr qint64 kCap = 1024 * 1024;

    std::unique_ptr<ApiClient> client(QNetworkAccessManager* nam, const QUrl& baseUrl)
    {
        auto api = std::make_unique<ApiClient>(nam);
        ApiClient::Config config;
        config.baseUrl = baseUrl;
        config.apiKey = QStringLiteral("sk_test_limits");
        config.requestsPerMinute = 1000;
        config.timeoutMs = 1000;
        config.totalDeadlineMs = 1500;
        config.maxResponseBytes = kCap;
        api->setConfig(config);
        return api;
    }

    // GET /invoices against a server in `mode`; returns the error kind and checks the memory peak.
    ApiError listAgainst(MisbehavingServer::Mode mode, int* requests = nullptr)
    {
        MisbehavingServer server(mode);
        if (!server.listen()) {
            qWarning("cannot listen");
            return {};
        }
        QNetworkAccessManager nam;
        const auto api = client(&nam, server.baseUrl());
        resetPeakResident();
        const qint64 peakBefore = peakResidentBytes();
        const auto result = awaitCall<Page<Invoice>>(
            [&](QObject* ctx, ApiCallback<Page<Invoice>> cb) { return api->listInvoices(InvoiceQuery {}, ctx, cb); },
            10'000);
        const qint64 grown = peakResidentBytes() - peakBefore;
        // A 50 MB body held whole would raise the peak by 50 MB or more; the cap is 1 MB.
        if (grown > 24 * 1024 * 1024) {
            qWarning("peak memory grew by %lld bytes", grown);
            return {};
        }
        if (requests) {
            *requests = server.requests;
        }
        return result ? result->error : ApiError {};
    }

private Q_SLOTS:
    void initTestCase() { apipay::test::initTestEnvironment(); }

    void smallAnswer_read()
    {
        MisbehavingServer server(MisbehavingServer::Mode::Small);
        QVERIFY(server.listen());
        QNetworkAccessManager nam;
        const auto api = client(&nam, server.baseUrl());
        const auto result = awaitCall<CatalogWriteResult>(
            [&](QObject* ctx, ApiCallback<CatalogWriteResult> cb) { return api->deleteCatalogItem(3, ctx, cb); });
        QVERIFY(result);
        QCOMPARE(server.requests, 1);
        QVERIFY(result->error.kind != ApiError::Kind::ResponseTooLarge);
    }

    void fiftyMegabytesWithLength_refused()
    {
        const ApiError error = listAgainst(MisbehavingServer::Mode::HugeWithLength);
        QCOMPARE(error.kind, ApiError::Kind::ResponseTooLarge);
        QCOMPARE(error.sizeLimit, kCap);
        QVERIFY2(error.userText().contains(QStringLiteral("too large (over 1 MB)")), qPrintable(error.userText()));
    }

    void fiftyMegabytesWithoutLength_cutOffAtTheCap()
    {
        const ApiError error = listAgainst(MisbehavingServer::Mode::HugeWithoutLength);
        QCOMPARE(error.kind, ApiError::Kind::ResponseTooLarge);
    }

    void endlessChunkedBody_cutOffAtTheCap()
    {
        QElapsedTimer clock;
        clock.start();
        const ApiError error = listAgainst(MisbehavingServer::Mode::EndlessChunked);
        QCOMPARE(error.kind, ApiError::Kind::ResponseTooLarge);
        QVERIFY2(clock.elapsed() < 1500, "cut off by the cap, not by a timer");
    }

    void trickle_readCutOffByTheDeadline()
    {
        QElapsedTimer clock;
        clock.start();
        const ApiError error = listAgainst(MisbehavingServer::Mode::Trickle);
        QCOMPARE(error.kind, ApiError::Kind::Timeout);
        QVERIFY2(clock.elapsed() < 4000, qPrintable(QString::number(clock.elapsed())));
    }

    void trickle_writeCutOffByTheDeadline_outcomeUnknown_sentOnce()
    {
        MisbehavingServer server(MisbehavingServer::Mode::Trickle);
        QVERIFY(server.listen());
        QNetworkAccessManager nam;
        const auto api = client(&nam, server.baseUrl());
        SubscriptionPatch patch;
        patch.description = QStringLiteral("x");
        const auto result = awaitCall<Subscription>(
            [&](QObject* ctx, ApiCallback<Subscription> cb) { return api->updateSubscription(5, patch, ctx, cb); },
            10'000);
        QVERIFY(result);
        QCOMPARE(result->error.kind, ApiError::Kind::OutcomeUnknown);
        QCOMPARE(server.requests, 1);
        QVERIFY(server.bodyBytesWritten >= 3); // the idle timeout alone would never have ended it
    }
};

QTEST_GUILESS_MAIN(TestAnswerLimitsOverSocket)
#include "tst_answerlimitsoversocket.moc"
