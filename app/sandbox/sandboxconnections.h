#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTimer>

class QTcpSocket;

namespace apipay::sandbox {

// How much one client may take from the sandbox.
struct SandboxConnectionLimits
{
    int maxConnections = 64; // beyond it the oldest idle connection is closed
    int idleMs = 5000; // a connection with nothing to read or write for so long is closed
    qint64 maxHeaderBytes = 16 * 1024; // request line and headers
    qint64 maxBodyBytes = 2 * 1024 * 1024; // any request body …
    qint64 maxUploadBodyBytes = 8 * 1024 * 1024; // … except the image upload (images up to 6 MB, plus the form)
};

// The state the sandbox keeps for one TCP connection (a child of its socket): the idle clock, and the size of the
// request being received. It reads ahead of the HTTP parser (its readyRead connection comes first) and answers 413
// or 431 itself — and stops the parser — as soon as a request is too large, so a body never grows without limit.
class SandboxConnection : public QObject
{
    Q_OBJECT
public:
    SandboxConnection(QTcpSocket* socket, QObject* httpParser, const SandboxConnectionLimits& limits, quint64 serial);
    static SandboxConnection* of(QTcpSocket* socket);

    quint64 serial() const { return m_serial; }
    // Busy = an answer is due (being computed, delayed or written): the idle clock does not run.
    bool isBusy() const { return m_busy; }
    // The parser handed over a whole request: the next bytes start the next request.
    void requestComplete();
    // The answer is on its way (or deliberately never comes): the idle clock runs again.
    void answerDone();

private:
    void onReadyRead();
    void onActivity();
    void reject(int status, const QByteArray& message);

    QTcpSocket* m_socket;
    QObject* m_httpParser;
    SandboxConnectionLimits m_limits;
    quint64 m_serial;
    QTimer m_idle;
    QByteArray m_head; // the start of the current request, until its headers are complete
    qint64 m_headerBytes = -1; // length of the request line and headers, once known
    qint64 m_received = 0; // bytes of the current request so far
    qint64 m_maxBody = 0;
    bool m_busy = false;
    bool m_rejected = false;
};

// The listening socket of the sandbox: accepts connections on loopback, gives each a SandboxConnection and keeps at
// most limits.maxConnections open (closing the oldest idle one first), so that many half-open connections cannot
// make the sandbox unreachable.
class SandboxTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    SandboxTcpServer(QObject* httpParser, const SandboxConnectionLimits& limits, QObject* parent = nullptr);
    int openConnections() const;

protected:
    void incomingConnection(qintptr handle) override;

private:
    QObject* m_httpParser;
    SandboxConnectionLimits m_limits;
    QList<QPointer<SandboxConnection>> m_open;
    quint64 m_serial = 0;
};

} // namespace apipay::sandbox
