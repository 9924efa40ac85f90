#pragma once

#include <QAbstractHttpServer>

namespace apipay::sandbox {

class SandboxServer;

// The QtHttpServer front end: parses HTTP with QAbstractHttpServer, hands each request to SandboxServer::dispatch()
// and writes the answer itself, so that an answer can be delayed or the connection closed without one
// (fault injection).
class SandboxHttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit SandboxHttpServer(SandboxServer* owner);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    SandboxServer* m_owner;
};

} // namespace apipay::sandbox
