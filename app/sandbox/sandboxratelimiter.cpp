#include "sandboxratelimiter.h"

namespace apipay::sandbox {

void SandboxRateLimiter::configure(int limit, int windowMs)
{
    m_limit = qMax(1, limit);
    m_windowMs = qMax(1, windowMs);
    m_requests.clear();
}

SandboxRateLimiter::Decision SandboxRateLimiter::consume(const QString& key, const QDateTime& now)
{
    const qint64 t = now.toMSecsSinceEpoch();
    std::deque<qint64>& times = m_requests[key];
    while (!times.empty() && times.front() <= t - m_windowMs) {
        times.pop_front();
    }
    Decision decision;
    if (qsizetype(times.size()) >= m_limit) {
        decision.allowed = false;
        const qint64 waitMs = times.front() + m_windowMs - t;
        decision.retryAfterSeconds = int(qMax<qint64>(1, (waitMs + 999) / 1000));
        return decision;
    }
    times.push_back(t);
    decision.remaining = m_limit - int(times.size());
    return decision;
}

} // namespace apipay::sandbox
