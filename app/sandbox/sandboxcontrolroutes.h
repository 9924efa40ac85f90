#pragma once

#include "sandboxhttp.h"

namespace apipay::sandbox {

class SandboxServer;

// Control routes outside /api/v1 (no API key; the server listens on loopback only). Before they run,
// SandboxRequestGuard demands this run's token in X-Sandbox-Token, a loopback Host and JSON bodies:
//   GET    /sandbox/state                         profile, clock, counts, settings
//   POST   /sandbox/reset                         back to the start-up data
//   POST   /sandbox/profile        {"profile": "v2.1"}
//   POST   /sandbox/clock/advance  {"seconds": 90000} or {"ms": 1500}
//   POST   /sandbox/config         {"processing_delay_ms", "invoice_lifetime_seconds", "async_cancel",
//                                   "rate_limit", "rate_window_ms"} (any subset)
//   POST   /sandbox/faults         {"kind": "delay|drop|drop_before_handling|status|malformed_json|reset_mid_body|
//                                   huge_body|endless_body|trickle|stall|wrong_types", "method", "path", "count",
//                                   "delay_ms", "status", "body", "headers", "size_mb"}
//   DELETE /sandbox/faults
//   POST   /sandbox/invoices/{id}/simulate {"status": "paid|expired|error|cancelled", "error_message"}
//   POST   /sandbox/static-qr/{id}/scan → {"invoice_id"}  (v2.1: a customer scans a static QR sheet)
//   POST   /sandbox/seed           {"invoices": 5000}
//   POST   /sandbox/webhook        {"url": "http://127.0.0.1:9000/hook", "secret": "…"} (empty url = off)
class SandboxControlRoutes
{
public:
    static SandboxResponse handle(const SandboxRequest& request, SandboxServer& server);
};

} // namespace apipay::sandbox
