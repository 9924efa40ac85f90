#pragma once

#include "api/apicall.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>

namespace apipay {

class RequestBudget;

// The queue in front of the request budget (docs/api-contract.md D3). Requests wait here (on a QTimer, never sleeping)
// until the budget has a slot; Priority::User requests always go before Priority::Background ones, FIFO within a
// priority.
class RequestScheduler : public QObject
{
    Q_OBJECT
public:
    using Sender = std::function<void(const ApiCallPtr&)>;

    RequestScheduler(RequestBudget* budget, Sender sender, QObject* parent = nullptr);

    // Queues a request and sends what the budget allows. `atFront` puts it before its priority's queue (a re-send
    // after a 429 keeps its place).
    void enqueue(const ApiCallPtr& call, bool atFront = false);
    // Removes a queued request; null if it is not queued.
    ApiCallPtr take(RequestId id);
    QList<ApiCallPtr> takeAll();
    // Queued requests (reads whose context was destroyed are dropped at the next pump()).
    int size() const { return static_cast<int>(m_user.size() + m_background.size()); }
    bool isWaiting() const { return m_timer.isActive(); }

    // Sends queued requests while the budget allows; otherwise arms the timer for when it will.
    void pump();

Q_SIGNALS:
    // After every pump(): the queue, the budget or both may have changed.
    void pumped();

private:
    static void dropAbandonedReads(QList<ApiCallPtr>& queue);

    RequestBudget* m_budget;
    Sender m_sender;
    QList<ApiCallPtr> m_user;
    QList<ApiCallPtr> m_background;
    QTimer m_timer;
    bool m_pumping = false;
};

} // namespace apipay
