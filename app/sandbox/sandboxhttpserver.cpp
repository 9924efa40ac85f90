#include "sandboxhttpserver.h"

#include "sandboxdelivery.h"
#include "sandboxhttp.h"
#include "sandboxrequestguard.h"
#include "sandboxserver.h"

#include <QHttpServerRequest>
#include <QPointer>
#include <QTcpSocket>
#include <QUrlQuery>

namespace apipay::sandbox {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

} // namespace

SandboxHttpServer::SandboxHttpServer(SandboxServer* owner)
    : QAbstractHttpServer(owner)
    , m_owner(owner)
{
}

quint16 SandboxHttpServer::listenOn(const QHostAddress& address, quint16 port, const SandboxConnectionLimits& limits)
{
    auto* tcp = new SandboxTcpServer(this, limits, this);
    if (!tcp->listen(address, port)) {
        delete tcp;
        return 0;
    }
    bind(tcp);
    m_tcp = tcp;
    return tcp->serverPort();
}

int SandboxHttpServer::openConnections() const
{
    return m_tcp ? m_tcp->openConnections() : 0;
}

bool SandboxHttpServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    if (SandboxConnection* connection = SandboxConnection::of(socket)) {
        connection->requestComplete();
    }
    SandboxRequest r;
    r.method = methodName(request.method());
    r.path = request.url().path();
    r.segments = r.path.split(u'/', Qt::SkipEmptyParts);
    r.query = request.query().queryItems(QUrl::FullyDecoded);
    r.headers = request.headers();
    r.body = request.body();

    if (const auto refusal = SandboxRequestGuard::check(r, m_owner->port(), m_owner->controlToken())) {
        SandboxDelivery::send(socket, *refusal);
        return true;
    }
    SandboxDelivery::send(socket, m_owner->dispatch(r), [owner = QPointer<SandboxServer>(m_owner)] {
        if (owner) {
            ++owner->m_endlessCutOffs;
        }
    });
    return true;
}

void SandboxHttpServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    Q_UNUSED(request)
    SandboxDelivery::send(
        socket, SandboxResponse::json(404, QJsonObject { { QStringLiteral("message"), QStringLiteral("Not found") } }));
}

} // namespace apipay::sandbox
