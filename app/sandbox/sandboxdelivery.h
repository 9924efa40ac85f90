#pragma once

#include "sandbox/sandboxhttp.h"

#include <functional>

class QTcpSocket;

namespace apipay::sandbox {

// Writes one answer on its connection the way SandboxResponse asks: whole (maybe later), not at all (drop, stall),
// or broken on purpose (reset in mid-body, one byte at a time, endless).
class SandboxDelivery
{
public:
    // onCutOff runs when an endless answer reached its limitBytes (the client never stopped reading).
    static void send(QTcpSocket* socket, const SandboxResponse& response, std::function<void()> onCutOff = {});

private:
    static void sendWhole(QTcpSocket* socket, const SandboxResponse& response);
    static void resetMidBody(QTcpSocket* socket, const SandboxResponse& response);
    static void trickle(QTcpSocket* socket, const SandboxResponse& response);
    static void endless(QTcpSocket* socket, const SandboxResponse& response, std::function<void()> onCutOff);
};

} // namespace apipay::sandbox
