#pragma once

#include "sandboxroutecontext.h"

class QJsonObject;

namespace apipay::sandbox {

// POST/GET /invoices, GET /invoices/{id}, POST /invoices/{id}/cancel, POST /invoices/status/check,
// POST /invoices/{id}/simulate-status (docs/api-contract.md).
class SandboxInvoiceRoutes
{
public:
    // nullopt when the request is not an invoice route.
    static std::optional<SandboxResponse> handle(const SandboxRequest& request, RouteContext& context);
    // The amount of a new invoice, QR invoice or static QR sheet: cart_items (they win) or amount (tiyn allowed),
    // discount_percentage 1–99, and — when nothing was wrong so far — the total within the invoice limits.
    static void readAmountAndCart(
        const QJsonObject& body, RouteContext& context, SandboxInvoice& invoice, FieldErrors& errors);

private:
    // Reads cart_items into invoice items; field errors when a line is wrong.
    static void readCart(const QJsonArray& cart, RouteContext& context, SandboxInvoice& invoice, FieldErrors& errors);
    static SandboxResponse create(const SandboxRequest& request, RouteContext& context);
    static SandboxResponse list(const SandboxRequest& request, RouteContext& context);
    static SandboxResponse detail(qint64 id, RouteContext& context);
    static SandboxResponse cancel(qint64 id, RouteContext& context);
    static SandboxResponse statusCheck(const SandboxRequest& request, RouteContext& context);
    static SandboxResponse simulateStatus(qint64 id, const SandboxRequest& request, RouteContext& context);
};

} // namespace apipay::sandbox
