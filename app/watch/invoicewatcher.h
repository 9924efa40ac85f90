#pragma once

#include "domain/invoice.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <memory>

class QTimer;

namespace apipay {

class ApiClient;

// Keeps fresh the status of every invoice the counter cares about with POST /invoices/status/check
// (≤ 100 ids per request), on the cadence of docs/api-contract.md D9:
//   every `waitingIntervalMs` (3 s) while a customer is waiting (created here in the last 15 min, non-final);
//   every `onScreenIntervalMs` (30 s) for other non-final invoices shown on screen; none when nothing is non-final.
// Background priority (user actions first); backs off on 429 (pause for the server's wait, then doubled intervals for
// a while); the on-screen cadence also yields when fewer than 5 requests are left in the budget.
// Answers without statuses ({"message": "Status check jobs dispatched"}) and ids missing from an answer are read once
// with GET /invoices/{id}; a 404 there stops watching that id. Final invoices are no longer polled.
class InvoiceWatcher : public QObject
{
    Q_OBJECT
public:
    explicit InvoiceWatcher(ApiClient* api, QObject* parent = nullptr);
    ~InvoiceWatcher() override;

    void setIntervals(int waitingIntervalMs, int onScreenIntervalMs);
    // An invoice created at this counter: watched at the fast cadence for 15 minutes or until final (afterwards at
    // the on-screen cadence until final). `current` is the status the caller already knows (baseline for changes);
    // without it the first answer is reported whatever it is, and becomes the baseline.
    void watchCustomerWaiting(qint64 invoiceId, const apipay::InvoiceStatus& current = apipay::InvoiceStatus());
    // The non-final invoices a view shows (replaces what `owner` set before; cleared when owner is destroyed).
    void setOnScreen(QObject* owner, const QList<qint64>& invoiceIds);
    // Stop watching one invoice (e.g. the counter form was reset).
    void forget(qint64 invoiceId);
    // Number of invoices currently watched (for tests and the status bar).
    int watchedCount() const;
    // Whether this invoice is polled now (known, not final, not gone).
    bool isWatching(qint64 invoiceId) const;

    // Tuning (tests use short values). Default 15 minutes.
    void setCustomerWaitingWindowMs(qint64 windowMs);
    // After a 429, polling pauses for the server's wait and then runs at double (then 4×, at most 8×) intervals for
    // this long. Default 2 minutes.
    void setBackoffDurationMs(qint64 durationMs);
    // The current multiplier of both intervals (1 normally, 2/4/8 after 429s) and whether polling is paused.
    int backoffFactor() const;
    bool isPaused() const;
    // The intervals in effect now (0 = that cadence is idle).
    int currentWaitingIntervalMs() const;
    int currentOnScreenIntervalMs() const;

Q_SIGNALS:
    // One or more statuses changed. Reported: the first answer for an invoice whose status the watcher did not know
    // (it may differ from what a view shows), then only changes. Every model applies them.
    void statusesChanged(const QList<apipay::InvoiceStatusUpdate>& updates);
    // Convenience signals for notifications.
    void invoicePaid(const apipay::InvoiceStatusUpdate& update);
    void invoiceEnded(const apipay::InvoiceStatusUpdate& update); // expired, cancelled, error
    // Polling paused after a 429 for this many seconds (for the status bar).
    void backedOff(int seconds);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace apipay
