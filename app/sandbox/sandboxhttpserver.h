#pragma once

#include "sandbox/sandboxconnections.h"

#include <QAbstractHttpServer>
#include <QHostAddress>

namespace apipay::sandbox {

class SandboxServer;

// The QtHttpServer front end: parses HTTP with QAbstractHttpServer on its own SandboxTcpServer (connection limits,
// idle timeout, body caps), refuses what SandboxRequestGuard refuses, hands each request to SandboxServer::dispatch()
// and writes the answer itself (SandboxDelivery), so that an answer can be delayed, broken or never come (faults).
class SandboxHttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit SandboxHttpServer(SandboxServer* owner);
    // Listens on address:port (0 = chosen by the OS) with these limits; the port, or 0 when it cannot listen.
    quint16 listenOn(const QHostAddress& address, quint16 port, const SandboxConnectionLimits& limits);
    int openConnections() const;

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    SandboxServer* m_owner;
    SandboxTcpServer* m_tcp = nullptr;
};

} // namespace apipay::sandbox
