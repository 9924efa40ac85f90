#include "api/requestscheduler.h"

#include "api/requestbudget.h"

#include <limits>

namespace apipay {

RequestScheduler::RequestScheduler(RequestBudget* budget, Sender sender, QObject* parent)
    : QObject(parent)
    , m_budget(budget)
    , m_sender(std::move(sender))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RequestScheduler::pump);
}

void RequestScheduler::enqueue(const ApiCallPtr& call, bool atFront)
{
    QList<ApiCallPtr>& queue = call->priority == Priority::User ? m_user : m_background;
    if (atFront) {
        queue.prepend(call);
    } else {
        queue.append(call);
    }
    pump();
}

ApiCallPtr RequestScheduler::take(RequestId id)
{
    for (QList<ApiCallPtr>* queue : { &m_user, &m_background }) {
        for (qsizetype i = 0; i < queue->size(); ++i) {
            if (queue->at(i)->id == id) {
                return queue->takeAt(i);
            }
        }
    }
    return {};
}

QList<ApiCallPtr> RequestScheduler::takeAll()
{
    QList<ApiCallPtr> all = m_user + m_background;
    m_user.clear();
    m_background.clear();
    m_timer.stop();
    return all;
}

void RequestScheduler::dropAbandonedReads(QList<ApiCallPtr>& queue)
{
    // Nobody would see the answer; writes still go (the user asked for them).
    queue.removeIf([](const ApiCallPtr& call) {
        if (call->safeToResend && call->contextGone()) {
            call->finished = true;
            return true;
        }
        return false;
    });
}

void RequestScheduler::pump()
{
    if (m_pumping) {
        return;
    }
    m_pumping = true;
    while (!m_user.isEmpty() || !m_background.isEmpty()) {
        dropAbandonedReads(m_user);
        dropAbandonedReads(m_background);
        if (m_user.isEmpty() && m_background.isEmpty()) {
            break;
        }
        const qint64 wait = m_budget->msUntilAvailable();
        if (wait > 0) {
            const int ms = static_cast<int>(std::min<qint64>(wait, std::numeric_limits<int>::max()));
            if (!m_timer.isActive() || m_timer.remainingTime() > ms) {
                m_timer.start(ms);
            }
            break;
        }
        m_timer.stop();
        const ApiCallPtr call = !m_user.isEmpty() ? m_user.takeFirst() : m_background.takeFirst();
        m_budget->consume();
        m_sender(call);
    }
    if (m_user.isEmpty() && m_background.isEmpty()) {
        m_timer.stop();
    }
    m_pumping = false;
    Q_EMIT pumped();
}

} // namespace apipay
