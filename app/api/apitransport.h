#pragma once

#include "api/apicall.h"
#include "api/apiclient.h"
#include "api/requestbudget.h"
#include "api/requestscheduler.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace apipay {

// Sends ApiCalls over the injected QNetworkAccessManager: budget and queue (D3), headers and key handling (D10),
// idle timeout and total deadline, the answer size cap, 429 pauses and re-sends, cancellation, and the mapping of every
// ending to an ApiError. Each call's `finish` runs exactly once (never after the transport is destroyed).
class ApiTransport : public QObject
{
    Q_OBJECT
public:
    explicit ApiTransport(QNetworkAccessManager* nam, QObject* parent = nullptr);
    ~ApiTransport() override;

    void setConfig(const ApiClient::Config& config);
    const ApiClient::Config& config() const { return m_config; }

    RequestId nextId() { return ++m_lastId; }
    // Queues the call (its id must be set), or finishes it soon with InvalidRequest when the configuration cannot
    // send it (no base URL, no key).
    void submit(const ApiCallPtr& call);
    // Finishes the call from the event loop with `error` (never synchronously inside the caller).
    void finishLater(const ApiCallPtr& call, const ApiError& error);
    // Dequeues or aborts; the call finishes with Kind::Cancelled from the event loop (nothing is emitted or called
    // back inside cancel(), so it is safe from destructors). False if the id is unknown or already finished.
    bool cancel(RequestId id);
    void cancelAll();

    int budgetRemaining() const { return m_budget.remaining(); }
    int queuedCount() const { return m_scheduler.size() + m_qrWatchScheduler.size(); }
    int inFlightCount() const { return static_cast<int>(m_inFlight.size()); }

Q_SIGNALS:
    void budgetChanged(int remaining);
    void rateLimited(int seconds);
    void unauthorized();
    void busyChanged(bool busy);
    // An exchange with the server ended (not a request cancelled or refused before sending): `delivered` is what its
    // caller was given — Kind::None when the answer was read and decoded.
    void exchangeFinished(const apipay::ApiError& delivered);

private:
    struct InFlight
    {
        ApiCallPtr call;
        QPointer<QNetworkReply> reply;
        bool timedOut = false;
        qint64 tooLargeLimit = 0; // > 0: cut off because the answer passed this cap
        QByteArray body; // read as it arrives, so that the cap is checked before anything more is kept
    };

    void send(const ApiCallPtr& call);
    QNetworkReply* start(const ApiCall& call, const QNetworkRequest& request);
    // apitransportwire.cpp: sending, timeouts, deadline, size cap.
    qint64 maxResponseBytes() const;
    void watchReply(QNetworkReply* reply);
    // Reads what has arrived into the entry's body; aborts the reply (finishing the call) when it passes the cap.
    void readArrived(QNetworkReply* reply);
    void cutOff(QNetworkReply* reply, bool tooLarge);
    void onReplyFinished(QNetworkReply* reply);
    // Returns what the caller was given (ApiCall::finish).
    ApiError finish(const ApiCallPtr& call, const ApiError& error, const RawResponse& response);
    // Detaches and aborts an in-flight reply (already removed from m_inFlight); the call finishes later, Cancelled.
    void abandon(const InFlight& entry);
    void updateState();
    RequestScheduler& schedulerFor(const ApiCall& call)
    {
        return call.qrWatchBudget ? m_qrWatchScheduler : m_scheduler;
    }
    RequestBudget& budgetFor(const ApiCall& call) { return call.qrWatchBudget ? m_qrWatchBudget : m_budget; }

    QPointer<QNetworkAccessManager> m_nam;
    ApiClient::Config m_config;
    RequestBudget m_budget;
    RequestScheduler m_scheduler;
    // GET /invoices/{id} of a QR invoice on the customer display: its own budget and queue (ApiCall::qrWatchBudget).
    RequestBudget m_qrWatchBudget;
    RequestScheduler m_qrWatchScheduler;
    QHash<QNetworkReply*, InFlight> m_inFlight;
    QTimer m_slotTimer; // refreshes budgetChanged when the rolling window frees a slot
    RequestId m_lastId = 0;
    int m_pendingFinishes = 0;
    int m_lastRemaining = -1;
    bool m_lastBusy = false;
};

} // namespace apipay
