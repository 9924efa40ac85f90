#include "sync/syncpacer.h"

#include "api/apiclient.h"
#include "api/requestbudget.h"

#include <QDateTime>

#include <algorithm>

namespace apipay {

SyncPacer::SyncPacer(ApiClient* api)
    : m_api(api)
{
    m_clock.start();
}

qint64 SyncPacer::windowMs() const
{
    return std::max(1, m_api->config().budgetWindowMs);
}

SharedBackoff SyncPacer::backoff() const
{
    return SharedBackoff(m_sharedDirectory, RequestBudget::hashKey(m_api->config().apiKey));
}

bool SyncPacer::someoneWorking() const
{
    const qint64 since = m_api->msSinceUserRequest();
    return since >= 0 && since < m_workingWindowMs;
}

int SyncPacer::headroom() const
{
    return std::max(1, m_api->config().requestsPerMinute / 6);
}

int SyncPacer::share() const
{
    const int limit = m_api->config().requestsPerMinute;
    if (someoneWorking()) {
        return std::max(1, limit / 2);
    }
    return std::max(1, limit - headroom());
}

QDateTime SyncPacer::sharedPauseUntil() const
{
    return backoff().pausedUntil();
}

qint64 SyncPacer::msUntilNextRequest()
{
    const QDateTime pausedUntil = sharedPauseUntil();
    if (pausedUntil.isValid()) {
        return std::max<qint64>(1, QDateTime::currentDateTimeUtc().msecsTo(pausedUntil));
    }
    const qint64 now = m_clock.elapsed();
    const qint64 window = windowMs();
    while (!m_sent.isEmpty() && m_sent.first() <= now - window) {
        m_sent.removeFirst();
    }
    const int allowed = share();
    if (m_sent.size() >= allowed) {
        return std::max<qint64>(1, m_sent.first() + window - now);
    }
    // Spread over the window rather than in a burst at its start: a page opened a moment later still finds most of
    // the budget, and the server is never flooded.
    if (!m_sent.isEmpty()) {
        const qint64 gap = std::max<qint64>(m_minIntervalMs, window / allowed);
        if (now - m_sent.last() < gap) {
            return std::max<qint64>(1, m_sent.last() + gap - now);
        }
    }
    if (m_api->budgetRemaining() <= headroom()) {
        // Someone else is using the budget: look again when a slot may have come back.
        return std::max<qint64>(50, window / 60);
    }
    return 0;
}

void SyncPacer::recordSent()
{
    m_sent.append(m_clock.elapsed());
}

void SyncPacer::pauseAllInstances(qint64 ms)
{
    backoff().pauseUntil(QDateTime::currentDateTimeUtc().addMSecs(std::max<qint64>(ms, 1)));
}

} // namespace apipay
