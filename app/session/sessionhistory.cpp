// The session's history store and connectivity: which file a session keeps its history in, and whether the server
// is answering (session.h).
#include "session/session.h"
#include "session/sessionprivate.h"

#include "store/historystore.h"
#include "sync/historysync.h"

#include <QDir>
#include <QLoggingCategory>
#include <QTimer>

#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcSession)

namespace apipay {

HistoryStore* Session::history() const
{
    return d->history;
}

HistorySync* Session::historySync() const
{
    return d->historySync;
}

void Session::setHistoryPath(const QString& filePath)
{
    d->historyPathOverride = filePath;
}

bool Session::isOffline() const
{
    return d->offline;
}

QDateTime Session::historyAsOf() const
{
    return d->historyAsOf;
}

void Session::reportConnectivity(bool offline, const QDateTime& historyAsOf)
{
    if (d->offline == offline && d->historyAsOf == historyAsOf) {
        return;
    }
    d->offline = offline;
    d->historyAsOf = historyAsOf;
    Q_EMIT connectivityChanged();
}

QDateTime Session::lastRefresh() const
{
    return d->lastRefresh;
}

ApiError Session::lastRefreshError() const
{
    return d->lastRefreshError;
}

void Session::recordExchange(const ApiError& delivered)
{
    if (!delivered.isError()) {
        d->reconnectProbe->stop();
        d->reconnectProbeDelayMs = Private::kFirstReconnectProbeMs;
        d->lastRefresh = QDateTime::currentDateTimeUtc();
        d->lastRefreshError = ApiError();
        Q_EMIT lastRefreshChanged(d->lastRefresh);
        Q_EMIT refreshStateChanged();
        return;
    }
    if (!delivered.isRefreshFailure()) {
        return; // the server answered (404, 422, a refusal with a reason): it works, but nothing was refreshed
    }
    d->lastRefreshError = delivered;
    const bool unreachable = delivered.isUnreachable();
    if (unreachable && d->hasSession && !d->reconnectProbe->isActive()) {
        // The banner, the status bar and the pages wait for an answer to say the server is back; when nothing else
        // asks the server any more, the probe does (2 s, 4 s, … at most every 30 s, until one answer is read).
        d->reconnectProbe->start(d->reconnectProbeDelayMs);
        d->reconnectProbeDelayMs = std::min(Private::kMaxReconnectProbeMs, d->reconnectProbeDelayMs * 2);
    }
    Q_EMIT refreshStateChanged();
}

void Session::resetRefreshState()
{
    d->reconnectProbe->stop();
    d->reconnectProbeDelayMs = Private::kFirstReconnectProbeMs;
    if (!d->lastRefresh.isValid() && !d->lastRefreshError.isError()) {
        return;
    }
    d->lastRefresh = {};
    d->lastRefreshError = ApiError();
    Q_EMIT refreshStateChanged();
}

void Session::requestHistoryUpdate()
{
    Q_EMIT historyUpdateRequested();
}

Session::HistoryPlace Session::historyPlace() const
{
    if (d->historyPathOverride) {
        return d->historyPathOverride->isEmpty() ? HistoryPlace::None : HistoryPlace::Named;
    }
    if (d->mode == Mode::Demo) {
        return HistoryPlace::DemoRun;
    }
    return d->accountId.isEmpty() ? HistoryPlace::None : HistoryPlace::Account;
}

bool Session::keepsHistory() const
{
    return d->hasSession && historyPlace() != HistoryPlace::None;
}

void Session::openHistory()
{
    QString path;
    switch (historyPlace()) {
    case HistoryPlace::None:
        break;
    case HistoryPlace::Named:
        path = *d->historyPathOverride;
        break;
    case HistoryPlace::DemoRun:
        // The demo server makes up its shop again on every start (new ids, dates relative to today): its history is
        // kept for this run only.
        if (!d->demoHistoryDir) {
            d->demoHistoryDir
                = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/apipay-demo-XXXXXX"));
        }
        if (d->demoHistoryDir->isValid()) {
            path = d->demoHistoryDir->filePath(QStringLiteral("demo.sqlite"));
        }
        break;
    case HistoryPlace::Account:
        path = HistoryStore::defaultPath(d->accountId);
        break;
    }

    if (d->history && d->history->filePath() == path && d->history->isOpen()) {
        return; // the same shop again (a new key, a language change): its history stays
    }
    delete d->historySync; // before its store
    d->historySync = nullptr;
    if (d->history) {
        d->history->close();
        d->history->deleteLater();
        d->history = nullptr;
    }
    d->offline = false;
    d->historyAsOf = {};
    if (!path.isEmpty()) {
        auto* store = new HistoryStore(this);
        const StoreStatus opened = store->open(path);
        if (opened.ok()) {
            d->history = store;
            startHistorySync();
            if (store->wasRebuilt()) {
                Q_EMIT notice(store->rebuildReason());
            }
        } else {
            qCWarning(lcSession) << "history store not opened:" << opened.error();
            Q_EMIT notice(tr("The history on this computer cannot be used: %1").arg(opened.error()));
            delete store;
        }
    }
    Q_EMIT historyChanged();
    Q_EMIT connectivityChanged();
}

void Session::startHistorySync()
{
    auto* sync = new HistorySync(d->api, d->history, d->watcher, this);
    d->historySync = sync;
    d->historyAsOf = sync->historyAsOf(); // an offline start says "as of" the last run
    connect(sync, &HistorySync::connectivityChanged, this, &Session::reportConnectivity);
    connect(sync, &HistorySync::failed, this, [this](const QString& reason) {
        Q_EMIT notice(tr("The history on this computer is no longer brought up to date: %1").arg(reason));
    });
    connect(this, &Session::historyUpdateRequested, sync, &HistorySync::requestUpdate);
    connect(this, &Session::invoicesChanged, sync, &HistorySync::fetchNewest);
    sync->start();
}

} // namespace apipay
