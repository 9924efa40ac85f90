#include "sandboxconnections.h"

#include "sandboxhttp.h"

#include <QJsonObject>
#include <QTcpSocket>

#include <algorithm>

namespace apipay::sandbox {

namespace {

// The path of the request line "POST /api/v1/catalog/upload-image HTTP/1.1".
QByteArray requestPath(const QByteArray& head)
{
    const qsizetype lineEnd = head.indexOf("\r\n");
    const QList<QByteArray> parts = head.left(lineEnd).split(' ');
    return parts.size() >= 2 ? parts.at(1) : QByteArray();
}

// The Content-Length header's value; -1 when absent, -2 when unreadable.
qint64 contentLength(const QByteArray& head)
{
    const QList<QByteArray> lines = head.split('\n');
    for (const QByteArray& line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare("content-length", Qt::CaseInsensitive) == 0) {
            bool ok = false;
            const qint64 value = line.mid(colon + 1).trimmed().toLongLong(&ok);
            return ok && value >= 0 ? value : -2;
        }
    }
    return -1;
}

} // namespace

SandboxConnection::SandboxConnection(
    QTcpSocket* socket, QObject* httpParser, const SandboxConnectionLimits& limits, quint64 serial)
    : QObject(socket)
    , m_socket(socket)
    , m_httpParser(httpParser)
    , m_limits(limits)
    , m_serial(serial)
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(limits.idleMs);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        if (!m_busy) {
            m_socket->abort();
        }
    });
    // Connected before the HTTP parser's own readyRead connection, so the sizes are checked first.
    connect(socket, &QIODevice::readyRead, this, &SandboxConnection::onReadyRead);
    connect(socket, &QIODevice::bytesWritten, this, &SandboxConnection::onActivity);
    m_idle.start();
}

SandboxConnection* SandboxConnection::of(QTcpSocket* socket)
{
    return socket ? socket->findChild<SandboxConnection*>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

void SandboxConnection::requestComplete()
{
    m_head.clear();
    m_headerBytes = -1;
    m_received = 0;
    m_busy = true;
    m_idle.stop();
}

void SandboxConnection::answerDone()
{
    m_busy = false;
    m_idle.start();
}

void SandboxConnection::onActivity()
{
    if (!m_busy) {
        m_idle.start();
    }
}

void SandboxConnection::onReadyRead()
{
    if (m_rejected) {
        m_socket->readAll(); // discarded until the connection closes
        return;
    }
    onActivity();
    const QByteArray fresh = m_socket->peek(m_socket->bytesAvailable());
    m_received += fresh.size();
    if (m_headerBytes < 0) {
        m_head.append(fresh.left(m_limits.maxHeaderBytes + 4));
        const qsizetype end = m_head.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_head.size() > m_limits.maxHeaderBytes) {
                reject(431, "The request headers are too large.");
            }
            return;
        }
        m_headerBytes = end + 4;
        m_head.truncate(end + 2);
        m_maxBody = requestPath(m_head).startsWith("/api/v1/catalog/upload-image") ? m_limits.maxUploadBodyBytes
                                                                                   : m_limits.maxBodyBytes;
        if (contentLength(m_head) > m_maxBody) {
            reject(413, "The request body is too large.");
            return;
        }
    }
    if (m_received - m_headerBytes > m_maxBody) {
        reject(413, "The request body is too large.");
    }
}

void SandboxConnection::reject(int status, const QByteArray& message)
{
    m_rejected = true;
    m_busy = true;
    // The HTTP parser stops here: it neither sees nor keeps the rest of this request.
    QObject::disconnect(m_socket, &QIODevice::readyRead, m_httpParser, nullptr);
    if (m_socket->isTransactionStarted()) {
        m_socket->commitTransaction();
    }
    m_socket->readAll();
    SandboxResponse response
        = SandboxResponse::json(status, QJsonObject { { QStringLiteral("message"), QString::fromUtf8(message) } });
    response.setHeader("Connection", "close");
    m_socket->write(response.toWire());
    // The client may still be sending; what it sends is read and dropped for a moment so that it can read the
    // answer, then the connection is closed.
    QTimer::singleShot(1000, m_socket, [socket = m_socket] { socket->abort(); });
}

SandboxTcpServer::SandboxTcpServer(QObject* httpParser, const SandboxConnectionLimits& limits, QObject* parent)
    : QTcpServer(parent)
    , m_httpParser(httpParser)
    , m_limits(limits)
{
    setMaxPendingConnections(qMax(30, limits.maxConnections));
}

int SandboxTcpServer::openConnections() const
{
    return int(std::count_if(m_open.cbegin(), m_open.cend(), [](const auto& c) { return !c.isNull(); }));
}

void SandboxTcpServer::incomingConnection(qintptr handle)
{
    m_open.removeIf([](const QPointer<SandboxConnection>& c) { return c.isNull(); });
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    if (m_open.size() >= m_limits.maxConnections) {
        // The oldest connection that owes no answer makes room (m_open is in arrival order).
        const auto idle = std::find_if(m_open.begin(), m_open.end(), [](const auto& c) { return !c->isBusy(); });
        if (idle == m_open.end()) {
            socket->abort();
            socket->deleteLater();
            return;
        }
        QPointer<SandboxConnection> victim = *idle;
        m_open.erase(idle);
        if (auto* victimSocket = qobject_cast<QTcpSocket*>(victim->parent())) {
            victimSocket->abort();
        }
    }
    m_open.append(new SandboxConnection(socket, m_httpParser, m_limits, ++m_serial));
    addPendingConnection(socket);
}

} // namespace apipay::sandbox
