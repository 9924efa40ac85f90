#include "api/requestbudget.h"

#include <QCryptographicHash>

#include <algorithm>

namespace apipay {

RequestBudget::RequestBudget(Clock clock)
    : m_clock(std::move(clock))
{
    m_elapsed.start();
    m_current = hashKey(QString());
}

QByteArray RequestBudget::hashKey(const QString& apiKey)
{
    return QCryptographicHash::hash(apiKey.toUtf8(), QCryptographicHash::Sha256).toHex();
}

void RequestBudget::configure(const QByteArray& keyHash, int limit, int windowMs)
{
    m_current = keyHash;
    m_limit = std::max(1, limit);
    m_windowMs = std::max(1, windowMs);
}

qint64 RequestBudget::now() const
{
    return m_clock ? m_clock() : m_elapsed.elapsed();
}

int RequestBudget::usedIn(const Window& window, qint64 at) const
{
    const qint64 since = at - m_windowMs;
    return static_cast<int>(
        std::count_if(window.sentAt.cbegin(), window.sentAt.cend(), [since](qint64 t) { return t > since; }));
}

void RequestBudget::prune(Window& window, qint64 at) const
{
    const qint64 since = at - m_windowMs;
    while (!window.sentAt.isEmpty() && window.sentAt.constFirst() <= since) {
        window.sentAt.removeFirst();
    }
}

int RequestBudget::remaining() const
{
    const auto it = m_windows.constFind(m_current);
    if (it == m_windows.cend()) {
        return m_limit;
    }
    const qint64 at = now();
    if (it->pausedUntil > at) {
        return 0;
    }
    return std::max(0, m_limit - usedIn(*it, at));
}

bool RequestBudget::isPaused() const
{
    const auto it = m_windows.constFind(m_current);
    return it != m_windows.cend() && it->pausedUntil > now();
}

qint64 RequestBudget::msUntilAvailable() const
{
    const auto it = m_windows.constFind(m_current);
    if (it == m_windows.cend()) {
        return 0;
    }
    const qint64 at = now();
    qint64 wait = std::max<qint64>(0, it->pausedUntil - at);
    const int used = usedIn(*it, at);
    if (used >= m_limit) {
        // The (used - limit + 1)-th oldest send inside the window has to leave it.
        const qint64 since = at - m_windowMs;
        QList<qint64> inWindow;
        for (const qint64 t : it->sentAt) {
            if (t > since) {
                inWindow.append(t);
            }
        }
        const qint64 leaves = inWindow.at(used - m_limit) + m_windowMs;
        wait = std::max(wait, leaves - at + 1);
    }
    return wait;
}

qint64 RequestBudget::msUntilNextSlotFrees() const
{
    const auto it = m_windows.constFind(m_current);
    if (it == m_windows.cend()) {
        return -1;
    }
    const qint64 at = now();
    const qint64 since = at - m_windowMs;
    for (const qint64 t : it->sentAt) {
        if (t > since) {
            return t + m_windowMs - at + 1;
        }
    }
    return -1;
}

void RequestBudget::consume()
{
    Window& window = m_windows[m_current];
    const qint64 at = now();
    prune(window, at);
    window.sentAt.append(at);
}

bool RequestBudget::syncRemaining(int serverRemaining)
{
    Window& window = m_windows[m_current];
    const qint64 at = now();
    prune(window, at);
    const int ours = std::max(0, m_limit - static_cast<int>(window.sentAt.size()));
    const int server = std::max(0, serverRemaining);
    for (int i = server; i < ours; ++i) {
        window.sentAt.append(at); // the slots the server says are gone count as used now
    }
    return server == 0;
}

void RequestBudget::pauseFor(qint64 ms)
{
    Window& window = m_windows[m_current];
    window.pausedUntil = std::max(window.pausedUntil, now() + std::max<qint64>(0, ms));
}

} // namespace apipay
