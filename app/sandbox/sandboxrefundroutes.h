#pragma once

#include "sandboxroutecontext.h"

namespace apipay::sandbox {

// POST /invoices/{id}/refund, GET /invoices/{id}/refunds, GET /refunds (docs/api-contract.md).
class SandboxRefundRoutes
{
public:
    static std::optional<SandboxResponse> handle(const SandboxRequest& request, RouteContext& context);

private:
    static SandboxResponse refund(qint64 invoiceId, const SandboxRequest& request, RouteContext& context);
    static SandboxResponse invoiceRefunds(qint64 invoiceId, RouteContext& context);
    static SandboxResponse list(const SandboxRequest& request, RouteContext& context);
};

} // namespace apipay::sandbox
