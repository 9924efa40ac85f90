#pragma once

// Session's private state, shared by its implementation files (session.cpp, sessionkeys.cpp). Not for pages.
#include "session/session.h"

#include "api/apiresult.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>
#include <optional>

class QNetworkAccessManager;
class QTimer;

namespace apipay {

class ApiClient;
class HistoryStore;
class HistorySync;
class ImageCache;
class InvoiceWatcher;
class LanguageManager;
class SandboxDemoControl;
namespace sandbox {
class SandboxServer;
}

struct Session::Private
{
    QNetworkAccessManager* network = nullptr;
    ApiClient* api = nullptr;
    InvoiceWatcher* watcher = nullptr;
    ImageCache* imageCache = nullptr;
    SecretStore* secrets = nullptr;
    sandbox::SandboxServer* sandbox = nullptr;
    std::unique_ptr<SandboxDemoControl> demoControl;
    LanguageManager* languages = nullptr;
    HistoryStore* history = nullptr;
    HistorySync* historySync = nullptr; // made and destroyed with the history store
    std::unique_ptr<QTemporaryDir> demoHistoryDir; // the demo shop's history lives here for one run
    std::optional<QString> historyPathOverride; // setHistoryPath()
    bool offline = false;
    QDateTime historyAsOf;
    QDateTime lastRefresh; // the last answer read and decoded (UTC)
    ApiError lastRefreshError; // Kind::None unless the exchanges since lastRefresh failed
    // While the server cannot be reached: GET /status now and then (recordExchange()), so that an answer is seen even
    // when nothing else asks the server (no history sync, nothing watched, the counter idle).
    static constexpr int kFirstReconnectProbeMs = 2'000;
    static constexpr int kMaxReconnectProbeMs = 30'000;
    QTimer* reconnectProbe = nullptr;
    int reconnectProbeDelayMs = kFirstReconnectProbeMs;
    RequestId reconnectProbeRequest = 0;

    Mode mode = Mode::Live;
    DemoApi demoApi = DemoApi::V21;
    QString shopName;
    QString accountId;
    QString connectingAccountId; // set by startSession() for the useServer() call that follows
    QUrl baseUrlOverride;
    bool useSystemZone = false;
    bool hasSession = false;
    SecretStore::Status keychainStatus = SecretStore::Status::Ok;
    int keychainRetryDelayMs = 4000;
    quint64 sessionGeneration = 0; // a newer startSession() makes older keychain answers stale
    QHash<QString, QString> knownKeys; // account id → key known in this run (never written to disk by us)
};

} // namespace apipay
