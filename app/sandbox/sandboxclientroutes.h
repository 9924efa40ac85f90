#pragma once

#include "sandboxratelimiter.h"
#include "sandboxroutecontext.h"

#include <QHash>
#include <QSet>

namespace apipay::sandbox {

// The counter's v2.1 look-ups (both answer 404 in the v2.0 profile, like a v2.0 server):
// - POST /clients/check: is this phone number in Kaspi. Accepts 77…, 87…, +77… with spaces or dashes; anything
//   that does not become 11 digits starting with 8 is 422. 87770000001 has Kaspi ("Иван И."), every other number
//   has not. Its own limit of 10 per minute per key (per cashier on the real server) answers 429 with Retry-After.
// - GET /invoices/{id}/receipt: the Kaspi receipt links of a paid or partially refunded invoice. The first call
//   for an invoice answers 202 {status: pending, poll_after} (pollAfterSeconds; 0 = ready at once), later calls
//   200 ready with links marked sandbox=1. Other statuses → 409 receipt_not_available_for_status.
// Unlike the other route classes this one keeps state (the limiter, the receipts asked for), so the server owns one.
class SandboxClientRoutes
{
public:
    static constexpr int kChecksPerMinute = 10;

    std::optional<SandboxResponse> handle(const SandboxRequest& request, RouteContext& context);
    void reset();

    void setReceiptPollAfterSeconds(int seconds) { m_receiptPollAfterSeconds = qMax(0, seconds); }
    int receiptPollAfterSeconds() const { return m_receiptPollAfterSeconds; }
    void setCheckLimit(int perMinute, int windowMs = 60'000);

    // The sandbox's phone with Kaspi, and its customer's short name.
    static QString knownPhone() { return QStringLiteral("87770000001"); }
    static QString knownClientName() { return QStringLiteral("Иван И."); }
    // "+7 777 000-00-01" → "87770000001"; empty when it cannot be normalised.
    static QString normalisePhone(const QString& text);

private:
    SandboxResponse checkClient(const SandboxRequest& request, RouteContext& context);
    SandboxResponse receipt(qint64 invoiceId, RouteContext& context);

    SandboxRateLimiter m_checkLimiter;
    bool m_limiterConfigured = false;
    QSet<qint64> m_receiptsAsked;
    int m_receiptPollAfterSeconds = 2;
};

} // namespace apipay::sandbox
