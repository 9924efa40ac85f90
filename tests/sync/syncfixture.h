#pragma once

// A sandbox server, and "instances" of ApiPay Desk's background side on it (client, history store, history sync),
// for the sync tests and the sync benchmark.
#include "api/apiclient.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstore.h"
#include "store/historystore.h"
#include "sync/historysync.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <memory>

namespace apipay::test {

struct SyncInstance
{
    std::unique_ptr<QNetworkAccessManager> nam;
    std::unique_ptr<ApiClient> api;
    std::unique_ptr<HistoryStore> store;
    std::unique_ptr<HistorySync> sync;

    // Closes the sync and the store as quitting the app does (a request in flight is cancelled).
    void close()
    {
        sync.reset();
        store.reset();
    }
};

struct ClientLimits
{
    int requestsPerMinute = 100'000;
    int windowMs = 60'000;
    int msPerRetryAfterSecond = 10;
};

inline std::unique_ptr<sandbox::SandboxServer> makeServer(sandbox::Profile profile, int seed, bool demoData = false)
{
    sandbox::SandboxServer::Options options;
    options.profile = profile;
    options.demoData = demoData;
    options.processingDelayMs = 20;
    options.rateLimit = 1'000'000;
    auto server = std::make_unique<sandbox::SandboxServer>(options);
    if (seed > 0) {
        server->seedInvoices(seed);
    }
    return server;
}

inline HistorySync::Timing quickTiming(const QString& sharedDirectory)
{
    HistorySync::Timing timing;
    timing.updateIntervalMs = 600'000; // only when a test asks
    timing.listsIntervalMs = 600'000;
    timing.reReadIntervalMs = 600'000;
    timing.workingWindowMs = 500;
    timing.minIntervalMs = 0;
    timing.retryMinMs = 50;
    timing.retryMaxMs = 400;
    timing.sharedDirectory = sharedDirectory;
    return timing;
}

// A client on the server, a store in `storePath` and a sync (not started).
inline std::unique_ptr<SyncInstance> makeInstance(
    const QUrl& baseUrl, const QString& storePath, const HistorySync::Timing& timing, const ClientLimits& limits = {})
{
    auto instance = std::make_unique<SyncInstance>();
    instance->nam = std::make_unique<QNetworkAccessManager>();
    instance->api = std::make_unique<ApiClient>(instance->nam.get());
    ApiClient::Config config;
    config.baseUrl = baseUrl;
    config.apiKey = sandbox::SandboxServer::demoKey();
    config.requestsPerMinute = limits.requestsPerMinute;
    config.budgetWindowMs = limits.windowMs;
    config.msPerRetryAfterSecond = limits.msPerRetryAfterSecond;
    config.timeoutMs = 5'000;
    instance->api->setConfig(config);
    instance->store = std::make_unique<HistoryStore>();
    instance->store->open(storePath);
    instance->sync = std::make_unique<HistorySync>(instance->api.get(), instance->store.get(), nullptr);
    instance->sync->setTiming(timing);
    return instance;
}

} // namespace apipay::test
