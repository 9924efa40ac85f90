#pragma once

#include "sandbox/sandboxfaults.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace apipay::sandbox {

// One request that reached the API routes (below /api/v1), in arrival order.
struct SandboxLoggedRequest
{
    QByteArray method;
    QString path; // below /api/v1, e.g. "/invoices/42/refund"
    QList<QPair<QString, QString>> query; // fully decoded, in order
    QByteArray body; // the first kMaxBody bytes
    bool bodyTruncated = false;
    std::optional<SandboxFault::Kind> fault; // the injected fault that applied, if any

    static constexpr qsizetype kMaxBody = 64 * 1024;
};

// What the API routes received, so that tests can say "this write reached the server at most once".
class SandboxRequestLog
{
public:
    void append(SandboxLoggedRequest entry);
    void clear() { m_entries.clear(); }
    const QList<SandboxLoggedRequest>& entries() const { return m_entries; }
    // Requests of method (empty = any) whose path matches pattern ('*' = one segment, as for faults).
    int count(const QByteArray& method, const QString& pathPattern) const;

private:
    static constexpr qsizetype kMaxEntries = 10'000; // the oldest go first
    QList<SandboxLoggedRequest> m_entries;
};

} // namespace apipay::sandbox
