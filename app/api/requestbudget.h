#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>

namespace apipay {

// The client-side request budget of docs/api-contract.md D3: at most `limit` requests per rolling window per API key.
// Windows are kept per key, keyed by a SHA-256 hash of the key (the key itself is never stored here), so switching
// between two keys does not reset either budget. A pause (429, X-RateLimit-Remaining: 0) blocks the current key.
class RequestBudget
{
public:
    // Monotonic milliseconds; injectable for tests.
    using Clock = std::function<qint64()>;

    explicit RequestBudget(Clock clock = {});

    // Selects the key (by its hash) and the limits. The window of a key survives switching away and back.
    void configure(const QByteArray& keyHash, int limit, int windowMs);
    static QByteArray hashKey(const QString& apiKey);

    int limit() const { return m_limit; }
    int windowMs() const { return m_windowMs; }
    QByteArray currentKeyHash() const { return m_current; }

    // Requests still allowed now (0 while paused).
    int remaining() const;
    // 0 when a request may be sent now, else the milliseconds until one may.
    qint64 msUntilAvailable() const;
    // Milliseconds until the oldest send leaves the window (for refreshing the status bar), -1 if none.
    qint64 msUntilNextSlotFrees() const;
    // Records one request sent now.
    void consume();
    // The server reported how many requests are left; a smaller number than ours fills our window, so that sending
    // resumes when our own window frees a slot. Returns true when this exhausted the budget.
    bool syncRemaining(int serverRemaining);
    // Blocks sending for `ms` from now (longest pause wins).
    void pauseFor(qint64 ms);
    bool isPaused() const;

private:
    struct Window
    {
        QList<qint64> sentAt; // ascending
        qint64 pausedUntil = 0;
    };
    qint64 now() const;
    int usedIn(const Window& window, qint64 at) const;
    void prune(Window& window, qint64 at) const;

    Clock m_clock;
    QElapsedTimer m_elapsed;
    QHash<QByteArray, Window> m_windows;
    QByteArray m_current;
    int m_limit = 60;
    int m_windowMs = 60'000;
};

} // namespace apipay
