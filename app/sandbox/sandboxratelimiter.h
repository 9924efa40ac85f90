#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

#include <deque>

namespace apipay::sandbox {

// Per-key rolling-window request budget (docs/api-contract.md): at most limit requests in any windowMs.
class SandboxRateLimiter
{
public:
    struct Decision
    {
        bool allowed = true;
        int remaining = 0; // requests left in the window after this one
        int retryAfterSeconds = 0; // when refused: until the oldest request leaves the window (≥ 1)
    };

    void configure(int limit, int windowMs);
    int limit() const { return m_limit; }
    int windowMs() const { return m_windowMs; }
    // Counts one request of key at now (refused requests are not counted).
    Decision consume(const QString& key, const QDateTime& now);
    void reset() { m_requests.clear(); }

private:
    int m_limit = 60;
    int m_windowMs = 60'000;
    QHash<QString, std::deque<qint64>> m_requests; // ms since epoch, oldest first
};

} // namespace apipay::sandbox
