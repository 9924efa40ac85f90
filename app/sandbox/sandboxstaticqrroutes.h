#pragma once

#include "sandboxroutecontext.h"
#include "sandboxstaticqr.h"

namespace apipay::sandbox {

// v2.1 static QR sheets: POST /static-qr, GET /static-qr (paged), GET /static-qr/{id}, DELETE /static-qr/{id}.
// The v2.0 profile has none of them (404, like a v2.0 server). scan() is the customer's scan, reached through the
// control route POST /sandbox/static-qr/{id}/scan.
class SandboxStaticQrRoutes
{
public:
    // nullopt when the request is not a static QR route (or the profile is v2.0).
    static std::optional<SandboxResponse> handle(const SandboxRequest& request, RouteContext& context);

    // A customer scans the sheet: a new QR invoice (is_qr_token), or for a single-use sheet the live one again.
    // Refused (nullopt with a reason) for an unknown, disabled, expired or already paid single-use sheet, and when
    // a reusable sheet already has five open invoices.
    static std::optional<qint64> scan(SandboxStore& store, qint64 sheetId, QString* error);

    // The card as GET/POST/DELETE return it.
    static QJsonObject card(const SandboxStaticQr& sheet, SandboxStore& store);

private:
    static SandboxResponse create(const SandboxRequest& request, RouteContext& context);
    static SandboxResponse list(const SandboxRequest& request, RouteContext& context);
};

} // namespace apipay::sandbox
