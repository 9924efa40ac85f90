#pragma once

#include "sandboxroutecontext.h"

class QJsonObject;

namespace apipay::sandbox {

// The QR invoices of the v2.1 profile: POST /invoices/qr (with `simulate`), the refusal of POST /invoices/{id}/cancel
// for a QR invoice (409 qr_cancel_unsupported with expires_at), and the QR rules of simulate-status (qr_scanned only
// for a QR invoice, once). The v2.0 profile has none of it: POST /invoices/qr answers 404 there.
//
// Expiry: a QR invoice expires on the server's own clock when qr_expires_at passes. One the customer has scanned
// (qr_scanned) gets kPaymentGraceSeconds more, because a payment started before the deadline may finish after it.
class SandboxQrRoutes
{
public:
    static constexpr int kLifetimeSeconds = 5 * 60;
    static constexpr int kPaymentGraceSeconds = 2 * 60;

    // nullopt when the request is not (or not only) a QR route: the ordinary invoice routes answer it.
    static std::optional<SandboxResponse> handle(const SandboxRequest& request, RouteContext& context);
    // The QR keys of an invoice object (v2.1 only): is_qr_token always, the qr_* keys for a QR invoice.
    static void addInvoiceKeys(QJsonObject& object, const SandboxInvoice& invoice, const SandboxProfile& profile);
    // Makes `invoice` a QR invoice with a new synthetic Kaspi token URL that can be scanned until `now` + the
    // lifetime (also used when a customer scans a static QR sheet). No picture URL.
    static void giveQrToken(SandboxInvoice& invoice, const QDateTime& now);

private:
    static SandboxResponse create(const SandboxRequest& request, RouteContext& context);
    static SandboxResponse refuseCancel(const SandboxInvoice& invoice, RouteContext& context);
    static std::optional<SandboxResponse> simulate(
        SandboxInvoice& invoice, const SandboxRequest& request, RouteContext& context);
};

} // namespace apipay::sandbox
