#include "invoicewatcher.h"
#include "invoicewatcherprivate.h"

#include "api/apiclient.h"

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace apipay {

using namespace watchdetail;

void InvoiceWatcher::Private::dropIfUnused(qint64 id)
{
    const auto it = entries.constFind(id);
    if (it != entries.constEnd() && it->owners <= 0 && it->waitingSince < 0 && !it->inFlight && !it->rereadInFlight) {
        entries.erase(it);
    }
}

void InvoiceWatcher::Private::updateTimers()
{
    if (factor > 1 && now() >= backoffUntil) {
        factor = 1;
    }
    bool anyWaiting = false;
    bool anyOther = false;
    for (const Entry& e : std::as_const(entries)) {
        if (!polled(e)) {
            continue;
        }
        (waiting(e) ? anyWaiting : anyOther) = true;
    }
    const bool paused = resumeTimer.isActive();
    const auto arm = [&](QTimer& timer, bool needed, int intervalMs) {
        if (!needed || paused || intervalMs <= 0) {
            timer.stop();
            return;
        }
        // In 64 bits and clamped: a long configured interval times the back-off factor must not overflow int.
        const int effective
            = static_cast<int>(std::min<qint64>(qint64(intervalMs) * factor, std::numeric_limits<int>::max()));
        if (!timer.isActive() || timer.interval() != effective) {
            timer.start(effective);
        }
    };
    arm(fastTimer, anyWaiting, waitingMs);
    arm(slowTimer, anyOther, onScreenMs);
}

void InvoiceWatcher::Private::tick(bool fast)
{
    if (!api) {
        return;
    }
    if (!fast) {
        // Slower when the budget is tight: the on-screen cadence yields; the waiting customer does not.
        const int remaining = api->budgetRemaining();
        if (remaining >= 0 && remaining < kBudgetReserve) {
            updateTimers();
            return;
        }
    }
    QList<qint64> ids;
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        const Entry& e = it.value();
        if (polled(e) && !e.inFlight && waiting(e) == fast) {
            ids.append(it.key());
        }
    }
    std::sort(ids.begin(), ids.end());
    send(ids);
    updateTimers(); // a waiting window may have lapsed, a backoff may have ended
}

void InvoiceWatcher::Private::send(const QList<qint64>& ids)
{
    for (qsizetype start = 0; start < ids.size(); start += kBatchSize) {
        const QList<qint64> batch = ids.mid(start, kBatchSize);
        for (const qint64 id : batch) {
            entries[id].inFlight = true;
        }
        api->checkStatuses(
            batch, q, [this, batch](const ApiResult<StatusCheckResult>& result) { onChecked(batch, result); },
            Priority::Background);
    }
}

void InvoiceWatcher::Private::onChecked(const QList<qint64>& ids, const ApiResult<StatusCheckResult>& result)
{
    for (const qint64 id : ids) {
        const auto it = entries.find(id);
        if (it != entries.end()) {
            it->inFlight = false;
        }
    }
    if (!result.ok()) {
        if (result.error.kind == ApiError::Kind::RateLimited) {
            backOff(result.error.retryAfterSeconds);
        }
        // Any other failure: the next tick simply asks again.
        for (const qint64 id : ids) {
            dropIfUnused(id);
        }
        updateTimers();
        return;
    }
    if (result.value.dispatchedOnly) {
        // The March 2026 form carries no statuses: read each invoice once instead.
        for (const qint64 id : ids) {
            reread(id);
        }
        return;
    }
    QSet<qint64> answered;
    QList<InvoiceStatusUpdate> changes;
    for (const InvoiceStatusUpdate& update : result.value.invoices) {
        answered.insert(update.id);
        apply(update, &changes);
    }
    for (const qint64 id : ids) {
        if (!answered.contains(id)) {
            reread(id); // missing from the answer (unknown or foreign id): one GET /invoices/{id}
        }
    }
    publish(changes);
    for (const qint64 id : ids) {
        dropIfUnused(id); // a view may have let go of it while the request was running
    }
}

void InvoiceWatcher::Private::reread(qint64 id)
{
    const auto it = entries.find(id);
    if (it == entries.end() || it->rereadInFlight || it->gone || !api) {
        return;
    }
    it->rereadInFlight = true;
    api->invoice(
        id, q,
        [this, id](const ApiResult<Invoice>& result) {
            const auto entry = entries.find(id);
            if (entry == entries.end()) {
                return;
            }
            entry->rereadInFlight = false;
            if (!result.ok()) {
                if (result.error.kind == ApiError::Kind::NotFound) {
                    entry->gone = true; // 404: stop watching
                } else if (result.error.kind == ApiError::Kind::RateLimited) {
                    backOff(result.error.retryAfterSeconds);
                }
                dropIfUnused(id);
                updateTimers();
                return;
            }
            InvoiceStatusUpdate update;
            update.id = id;
            update.status = result.value.status;
            update.kaspiInvoiceId = result.value.kaspiInvoiceId;
            update.amount = result.value.amount;
            update.errorMessage = result.value.errorMessage;
            update.errorCode = result.value.errorCode;
            update.updatedAt = result.value.updatedAt;
            QList<InvoiceStatusUpdate> changes;
            apply(update, &changes);
            publish(changes);
            dropIfUnused(id);
        },
        Priority::Background);
}

bool InvoiceWatcher::Private::apply(const InvoiceStatusUpdate& update, QList<InvoiceStatusUpdate>* changes)
{
    const auto it = entries.find(update.id);
    if (it == entries.end() || it->gone || !hasStatus(update.status)) {
        return false;
    }
    // The first answer for an invoice is always reported: the views may show an older status than the server's
    // (a row loaded while the invoice was processing, an invoice whose creation answer said processing), and a
    // model that already shows this status simply keeps it. Afterwards only changes are reported.
    const bool baselineUnknown = !hasStatus(it->status);
    const bool changed = baselineUnknown || it->status != update.status;
    it->status = update.status;
    if (changed) {
        changes->append(update);
    }
    return changed;
}

void InvoiceWatcher::Private::publish(const QList<InvoiceStatusUpdate>& changes)
{
    // Final invoices nobody lists any more are dropped; the others stay (not polled) so that a view re-listing them
    // does not restart polling.
    for (const InvoiceStatusUpdate& update : changes) {
        if (update.status.isFinal()) {
            auto it = entries.find(update.id);
            if (it != entries.end()) {
                it->waitingSince = -1;
            }
            dropIfUnused(update.id);
        }
    }
    updateTimers();
    if (changes.isEmpty()) {
        return;
    }
    Q_EMIT q->statusesChanged(changes);
    for (const InvoiceStatusUpdate& update : changes) {
        if (update.status.value() == InvoiceStatus::Paid) {
            Q_EMIT q->invoicePaid(update);
        } else if (isEnded(update.status)) {
            Q_EMIT q->invoiceEnded(update);
        }
    }
}

void InvoiceWatcher::Private::backOff(int seconds)
{
    if (seconds <= 0) {
        seconds = kDefaultRateLimitWaitS;
    }
    if (!resumeTimer.isActive()) {
        factor = qMin(kMaxBackoffFactor, factor * 2);
    }
    const qint64 waitMs = qint64(seconds) * 1000;
    if (!resumeTimer.isActive() || resumeTimer.remainingTime() < waitMs) {
        resumeTimer.start(int(qMin<qint64>(waitMs, std::numeric_limits<int>::max())));
    }
    backoffUntil = now() + waitMs + backoffDurationMs;
    fastTimer.stop();
    slowTimer.stop();
    Q_EMIT q->backedOff(seconds);
}

InvoiceWatcher::InvoiceWatcher(ApiClient* api, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->api = api;
    d->clock.start();
    d->fastTimer.setTimerType(Qt::PreciseTimer);
    d->resumeTimer.setSingleShot(true);
    connect(&d->fastTimer, &QTimer::timeout, this, [this] { d->tick(true); });
    connect(&d->slowTimer, &QTimer::timeout, this, [this] { d->tick(false); });
    connect(&d->resumeTimer, &QTimer::timeout, this, [this] { d->updateTimers(); });
    if (api) {
        connect(api, &ApiClient::rateLimited, this, [this](int seconds) { d->backOff(seconds); });
    }
}

InvoiceWatcher::~InvoiceWatcher()
{
    for (const QMetaObject::Connection& connection : std::as_const(d->ownerConnections)) {
        disconnect(connection);
    }
}

void InvoiceWatcher::setIntervals(int waitingIntervalMs, int onScreenIntervalMs)
{
    d->waitingMs = qMax(0, waitingIntervalMs);
    d->onScreenMs = qMax(0, onScreenIntervalMs);
    d->updateTimers();
}

void InvoiceWatcher::watchCustomerWaiting(qint64 invoiceId, const InvoiceStatus& current)
{
    if (invoiceId <= 0) {
        return;
    }
    Private::Entry& e = d->entries[invoiceId];
    e.waitingSince = d->now();
    e.gone = false;
    if (hasStatus(current)) {
        e.status = current;
    }
    d->updateTimers();
}

void InvoiceWatcher::setOnScreen(QObject* owner, const QList<qint64>& invoiceIds)
{
    if (!owner) {
        return;
    }
    const QList<qint64> before = d->owners.value(owner);
    QList<qint64> after;
    for (const qint64 id : invoiceIds) {
        if (id > 0 && !after.contains(id)) {
            after.append(id);
        }
    }
    for (const qint64 id : before) {
        if (!after.contains(id)) {
            auto it = d->entries.find(id);
            if (it != d->entries.end()) {
                --it->owners;
                d->dropIfUnused(id);
            }
        }
    }
    for (const qint64 id : std::as_const(after)) {
        if (!before.contains(id)) {
            ++d->entries[id].owners;
        }
    }
    if (after.isEmpty()) {
        d->owners.remove(owner);
        disconnect(d->ownerConnections.take(owner));
    } else {
        d->owners.insert(owner, after);
        if (!d->ownerConnections.contains(owner)) {
            d->ownerConnections.insert(owner, connect(owner, &QObject::destroyed, this, [this, owner] {
                d->ownerConnections.remove(owner);
                const QList<qint64> ids = d->owners.take(owner);
                for (const qint64 id : ids) {
                    auto it = d->entries.find(id);
                    if (it != d->entries.end()) {
                        --it->owners;
                        d->dropIfUnused(id);
                    }
                }
                d->updateTimers();
            }));
        }
    }
    d->updateTimers();
}

void InvoiceWatcher::forget(qint64 invoiceId)
{
    auto it = d->entries.find(invoiceId);
    if (it == d->entries.end()) {
        return;
    }
    it->waitingSince = -1;
    if (it->owners > 0) {
        it->gone = true; // still listed by a view, but nobody wants it polled
    } else {
        d->dropIfUnused(invoiceId);
        if (d->entries.contains(invoiceId)) {
            d->entries[invoiceId].gone = true; // a request is in flight; its answer is ignored
        }
    }
    d->updateTimers();
}

int InvoiceWatcher::watchedCount() const
{
    int count = 0;
    for (const Private::Entry& e : std::as_const(d->entries)) {
        count += d->polled(e) ? 1 : 0;
    }
    return count;
}

bool InvoiceWatcher::isWatching(qint64 invoiceId) const
{
    const auto it = d->entries.constFind(invoiceId);
    return it != d->entries.constEnd() && d->polled(*it);
}

void InvoiceWatcher::setCustomerWaitingWindowMs(qint64 windowMs)
{
    d->waitingWindowMs = qMax<qint64>(0, windowMs);
    d->updateTimers();
}

void InvoiceWatcher::setBackoffDurationMs(qint64 durationMs)
{
    d->backoffDurationMs = qMax<qint64>(0, durationMs);
}

int InvoiceWatcher::backoffFactor() const
{
    return d->factor;
}

bool InvoiceWatcher::isPaused() const
{
    return d->resumeTimer.isActive();
}

int InvoiceWatcher::currentWaitingIntervalMs() const
{
    return d->fastTimer.isActive() ? d->fastTimer.interval() : 0;
}

int InvoiceWatcher::currentOnScreenIntervalMs() const
{
    return d->slowTimer.isActive() ? d->slowTimer.interval() : 0;
}

} // namespace apipay
