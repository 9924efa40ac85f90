#pragma once

// Internal to app/watch: the state behind InvoiceWatcher (its own file to keep invoicewatcher.cpp short).

#include "api/apiclient.h"
#include "watch/invoicewatcher.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QTimer>

namespace apipay {

namespace watchdetail {

constexpr int kBatchSize = 100; // POST /invoices/status/check takes at most 100 ids (docs/api-contract.md)
constexpr int kDefaultWaitingMs = 3'000; // D9
constexpr int kDefaultOnScreenMs = 30'000;
constexpr qint64 kDefaultWaitingWindowMs = 15 * 60 * 1000;
constexpr qint64 kDefaultBackoffMs = 2 * 60 * 1000;
constexpr int kDefaultRateLimitWaitS = 60; // docs/api-contract.md §3 (D3): no wait given → 60 s
constexpr int kMaxBackoffFactor = 8;
constexpr int kBudgetReserve = 5; // on-screen polling yields when fewer requests than this are left

inline bool hasStatus(const InvoiceStatus& status)
{
    return status.isKnown() || !status.raw().isEmpty();
}

inline bool isEnded(const InvoiceStatus& status)
{
    return status.value() == InvoiceStatus::Expired || status.value() == InvoiceStatus::Cancelled
        || status.value() == InvoiceStatus::Error;
}

} // namespace watchdetail

struct InvoiceWatcher::Private
{
    struct Entry
    {
        InvoiceStatus status; // last known; no status yet = baseline unknown
        qint64 waitingSince = -1; // monotonic ms of watchCustomerWaiting, -1 when not a waiting invoice
        int owners = 0; // on-screen owners listing it
        bool inFlight = false; // in a status check now
        bool rereadInFlight = false;
        bool gone = false; // 404: never polled again
    };

    InvoiceWatcher* q = nullptr;
    QPointer<ApiClient> api;
    QHash<qint64, Entry> entries;
    QHash<QObject*, QList<qint64>> owners;
    QHash<QObject*, QMetaObject::Connection> ownerConnections;
    QTimer fastTimer;
    QTimer slowTimer;
    QTimer resumeTimer;
    QElapsedTimer clock;
    int waitingMs = watchdetail::kDefaultWaitingMs;
    int onScreenMs = watchdetail::kDefaultOnScreenMs;
    qint64 waitingWindowMs = watchdetail::kDefaultWaitingWindowMs;
    qint64 backoffDurationMs = watchdetail::kDefaultBackoffMs;
    int factor = 1;
    qint64 backoffUntil = 0;

    qint64 now() const { return clock.elapsed(); }
    bool wanted(const Entry& e) const { return e.owners > 0 || e.waitingSince >= 0; }
    bool polled(const Entry& e) const
    {
        return wanted(e) && !e.gone && !(watchdetail::hasStatus(e.status) && e.status.isFinal());
    }
    bool waiting(const Entry& e) const { return e.waitingSince >= 0 && now() - e.waitingSince < waitingWindowMs; }
    void dropIfUnused(qint64 id);
    void updateTimers();
    void tick(bool fast);
    void send(const QList<qint64>& ids);
    void onChecked(const QList<qint64>& ids, const ApiResult<StatusCheckResult>& result);
    void reread(qint64 id);
    bool apply(const InvoiceStatusUpdate& update, QList<InvoiceStatusUpdate>* changes);
    void publish(const QList<InvoiceStatusUpdate>& changes);
    void backOff(int seconds);
};

} // namespace apipay
