#include "sandboxhttpserver.h"

#include "sandboxhttp.h"
#include "sandboxserver.h"

#include <QHttpServerRequest>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace apipay::sandbox {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    default: return "UNKNOWN";
    }
}

} // namespace

SandboxHttpServer::SandboxHttpServer(SandboxServer* owner)
    : QAbstractHttpServer(owner)
    , m_owner(owner)
{
}

bool SandboxHttpServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    SandboxRequest r;
    r.method = methodName(request.method());
    r.path = request.url().path();
    r.segments = r.path.split(u'/', Qt::SkipEmptyParts);
    r.query = request.query().queryItems(QUrl::FullyDecoded);
    r.headers = request.headers();
    r.body = request.body();

    const SandboxResponse response = m_owner->dispatch(r);
    QPointer<QTcpSocket> guard(socket);
    if (response.drop) {
        // Close without answering. Deferred: the server still uses the socket while this handler runs.
        QTimer::singleShot(response.delayMs, socket, [guard] {
            if (guard) {
                guard->abort();
            }
        });
        return true;
    }
    const QByteArray wire = response.toWire();
    if (response.delayMs > 0) {
        QTimer::singleShot(response.delayMs, socket, [guard, wire] {
            if (guard && guard->state() == QAbstractSocket::ConnectedState) {
                guard->write(wire);
            }
        });
        return true;
    }
    socket->write(wire);
    return true;
}

void SandboxHttpServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    Q_UNUSED(request)
    socket->write(SandboxResponse::json(404, QJsonObject{{QStringLiteral("message"), QStringLiteral("Not found")}})
                      .toWire());
}

} // namespace apipay::sandbox
