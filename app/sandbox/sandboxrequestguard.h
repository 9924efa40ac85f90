#pragma once

#include "sandbox/sandboxhttp.h"

#include <optional>

namespace apipay::sandbox {

// The rules every request must pass before any route sees it:
// - Host must name this computer's loopback (127.0.0.1, localhost or [::1]) with the server's port, and an Origin,
//   when sent, too — a web page that resolves its own name to 127.0.0.1 (DNS rebinding) is refused;
// - control routes (/sandbox/…) need the per-run token in X-Sandbox-Token and take only application/json bodies.
// Returns the refusal, or nullopt when the request may go on.
class SandboxRequestGuard
{
public:
    static std::optional<SandboxResponse> check(
        const SandboxRequest& request, quint16 port, const QByteArray& controlToken);
    static bool isLoopbackAuthority(const QByteArray& authority, quint16 port);
};

} // namespace apipay::sandbox
