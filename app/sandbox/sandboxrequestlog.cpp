#include "sandboxrequestlog.h"

namespace apipay::sandbox {

void SandboxRequestLog::append(SandboxLoggedRequest entry)
{
    if (entry.body.size() > SandboxLoggedRequest::kMaxBody) {
        entry.body.truncate(SandboxLoggedRequest::kMaxBody);
        entry.bodyTruncated = true;
    }
    if (m_entries.size() >= kMaxEntries) {
        m_entries.removeFirst();
    }
    m_entries.append(std::move(entry));
}

int SandboxRequestLog::count(const QByteArray& method, const QString& pathPattern) const
{
    int n = 0;
    for (const SandboxLoggedRequest& entry : m_entries) {
        if ((method.isEmpty() || entry.method == method) && SandboxFaults::matches(pathPattern, entry.path)) {
            ++n;
        }
    }
    return n;
}

} // namespace apipay::sandbox
