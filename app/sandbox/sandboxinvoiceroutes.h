#pragma once

#include "sandboxroutecontext.h"

namespace apipay::sandbox {

// POST/GET /invoices, GET /invoices/{id}, POST /invoices/{id}/cancel, POST /invoices/status/check,
// POST /invoices/{id}/simulate-status (docs/api-contract.md).
class SandboxInvoiceRoutes
{
public:
    // nullopt when the request is not an invoice route.
    static std::optional<SandboxResponse> handle(const SandboxRequest& request, RouteContext& context);
    // Reads cart_items into invoice items; false with field errors (also used by the static QR sheets).
    static void readCart(const QJsonArray& cart, RouteContext& context, SandboxInvoice& invoice, FieldErrors& errors);

private:
    friend class SandboxQrRoutes; // shares readCart
    static SandboxResponse create(const SandboxRequest& request, RouteContext& context);
    static SandboxResponse list(const SandboxRequest& request, RouteContext& context);
    static SandboxResponse detail(qint64 id, RouteContext& context);
    static SandboxResponse cancel(qint64 id, RouteContext& context);
    static SandboxResponse statusCheck(const SandboxRequest& request, RouteContext& context);
    static SandboxResponse simulateStatus(qint64 id, const SandboxRequest& request, RouteContext& context);
};

} // namespace apipay::sandbox
