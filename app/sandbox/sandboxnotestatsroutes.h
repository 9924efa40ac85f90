#pragma once

#include "sandboxroutecontext.h"

#include <vector>

namespace apipay::sandbox {

// v2.1 only (a v2.0 profile leaves them to the 404 of unknown routes):
//   PATCH /invoices/{id}   the internal note: body {"internal_comment": string|null}, the key required, ≤ 255;
//                          "" or null erases; any status; 200 with the whole invoice.
//   GET /invoices/stats    counts and sums by created_at: period=today|week|month|year or start_date + end_date
//                          (Asia/Almaty; a bare date is the whole day, end inclusive); amounts as JSON numbers.
// and the `summary` object of GET /invoices?with_summary=1 (amounts as strings), which the invoice list adds.
class SandboxNoteStatsRoutes
{
public:
    // nullopt when the request is not one of these routes (or the profile is v2.0).
    static std::optional<SandboxResponse> handle(const SandboxRequest& request, RouteContext& context);

    // The summary of the invoices a list selected. `window` and `field` are the list's date filter (created_at or
    // paid_at); refunds are the completed ones created inside the window.
    static QJsonObject listSummary(const std::vector<const SandboxInvoice*>& matches,
        const DateWindow& window,
        const QString& dateFrom,
        const QString& dateTo,
        const QString& field,
        RouteContext& context);

private:
    static SandboxResponse updateNote(qint64 id, const SandboxRequest& request, RouteContext& context);
    static SandboxResponse stats(const SandboxRequest& request, RouteContext& context);
};

} // namespace apipay::sandbox
