#pragma once

#include "sync/sharedbackoff.h"

#include <QElapsedTimer>
#include <QList>
#include <QString>

namespace apipay {

class ApiClient;

// How fast the history sync may send, so that the cashier's requests always have room:
//  - while someone is working (a Priority::User request in the last `workingWindowMs`, 2 minutes), the sync uses at
//    most half of the per-window budget;
//  - when nobody is, all but a headroom of a sixth (at least one request) kept for the counter;
//  - evenly spread over the window (one request every window ÷ share), never in a burst, and never more often than
//    every `minIntervalMs` (500 ms) however large the budget: the server, this computer's disk and the pages share
//    the same machine as the counter;
//  - never while the client's own budget is down to that headroom (other background work, a second page);
//  - never while a pause written by any instance on this computer after a 429 is in force (SharedBackoff).
class SyncPacer
{
public:
    explicit SyncPacer(ApiClient* api);

    void setWorkingWindowMs(qint64 ms) { m_workingWindowMs = ms; }
    void setMinIntervalMs(qint64 ms) { m_minIntervalMs = ms; }
    // The folder of the shared pause file (tests use their own).
    void setSharedDirectory(const QString& directory) { m_sharedDirectory = directory; }

    // 0 when a background request may go now, else the milliseconds to wait before asking again.
    qint64 msUntilNextRequest();
    // Counts one request sent by the sync now.
    void recordSent();
    // A 429: every instance on this computer with the same key pauses its background work for `ms`.
    void pauseAllInstances(qint64 ms);

    // Whether a person has sent a request within the working window.
    bool someoneWorking() const;
    // Requests the sync may send per budget window now.
    int share() const;
    // Requests kept for the counter however idle the computer is.
    int headroom() const;
    // The shared pause in force now (invalid when none).
    QDateTime sharedPauseUntil() const;

private:
    SharedBackoff backoff() const;
    qint64 windowMs() const;

    ApiClient* m_api;
    qint64 m_workingWindowMs = 120'000;
    qint64 m_minIntervalMs = 500;
    QString m_sharedDirectory = SharedBackoff::defaultDirectory();
    QElapsedTimer m_clock;
    QList<qint64> m_sent; // m_clock times of the sync's requests in the current window, oldest first
};

} // namespace apipay
