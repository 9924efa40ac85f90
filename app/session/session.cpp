#include "session/session.h"
#include "session/sessionprivate.h"

#include "api/apiclient.h"
#include "images/imagecache.h"
#include "sandbox/sandboxserver.h"
#include "session/appsettings.h"
#include "session/languagemanager.h"
#include "session/sandboxdemocontrol.h"
#include "sync/historysync.h"
#include "watch/invoicewatcher.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTimeZone>
#include <QTimer>

#include <utility>

Q_LOGGING_CATEGORY(lcSession, "apipay.session")

namespace apipay {

Session::Session(SecretStore* secretStore, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->secrets = secretStore;
    d->secrets->setParent(this);
    d->network = new QNetworkAccessManager(this);
    d->api = new ApiClient(d->network, this);
    d->watcher = new InvoiceWatcher(d->api, this);
    d->watcher->setIntervals(AppSettings::waitingPollMs(), AppSettings::onScreenPollMs());
    d->imageCache = new ImageCache(d->network, 64 * 1024 * 1024, this);
    d->languages = new LanguageManager(this);
    d->useSystemZone = AppSettings::useSystemTimeZone();

    connect(d->api, &ApiClient::exchangeFinished, this, &Session::recordExchange);
    d->reconnectProbe = new QTimer(this);
    d->reconnectProbe->setSingleShot(true);
    connect(d->reconnectProbe, &QTimer::timeout, this, [this] {
        if (!d->hasSession || d->reconnectProbeRequest != 0) {
            return; // a probe still out ends in recordExchange(), which arms the next one
        }
        d->reconnectProbeRequest = d->api->status(
            this, [this](const ApiResult<QString>&) { d->reconnectProbeRequest = 0; }, Priority::Background);
    });
}

Session::~Session()
{
    // The history sync goes before its store (both are children made after the client).
    delete d->historySync;
    d->historySync = nullptr;
    // Pages may still hold requests: cancel them before the client goes (callbacks are context-guarded).
    d->api->cancelAll();
}

ApiClient* Session::api() const
{
    return d->api;
}

InvoiceWatcher* Session::watcher() const
{
    return d->watcher;
}

ImageCache* Session::imageCache() const
{
    return d->imageCache;
}

SecretStore* Session::secretStore() const
{
    return d->secrets;
}

QNetworkAccessManager* Session::network() const
{
    return d->network;
}

DemoControl* Session::demoControl() const
{
    return d->mode == Mode::Demo ? d->demoControl.get() : nullptr;
}

sandbox::SandboxServer* Session::demoServer() const
{
    return d->mode == Mode::Demo ? d->sandbox : nullptr;
}

Session::Mode Session::mode() const
{
    return d->mode;
}

QString Session::modeLabel(Mode mode)
{
    switch (mode) {
    case Mode::Demo:
        return tr("Demo");
    case Mode::Sandbox:
        return tr("Sandbox");
    case Mode::Live:
        return tr("Live");
    }
    return {};
}

QString Session::shopKey() const
{
    if (d->mode == Mode::Demo) {
        return QStringLiteral("demo");
    }
    if (!d->accountId.isEmpty()) {
        return QStringLiteral("account:") + d->accountId;
    }
    return QStringLiteral("server:") + baseUrl().toString();
}

QString Session::shopName() const
{
    if (d->mode == Mode::Demo) {
        return tr("Demo shop");
    }
    return d->shopName;
}

bool Session::isWorthReporting(const ApiError& error) const
{
    if (error.kind == ApiError::Kind::Cancelled || !error.isError()) {
        return false;
    }
    return d->hasSession || error.kind != ApiError::Kind::InvalidRequest;
}

void Session::notifyInvoicesChanged()
{
    Q_EMIT invoicesChanged();
}

void Session::notifyRefundMade()
{
    Q_EMIT refundsChanged();
    Q_EMIT invoicesChanged();
}

// ---- Session ----------------------------------------------------------------------------------------------------

bool Session::startDemo(QString* errorText)
{
    if (!d->sandbox) {
        sandbox::SandboxServer::Options options;
        options.profile = d->demoApi == DemoApi::V20 ? sandbox::Profile::V20 : sandbox::Profile::V21;
        auto* server = new sandbox::SandboxServer(options, this);
        if (!server->start()) {
            if (errorText) {
                *errorText = tr("The demo server could not start on this computer.");
            }
            delete server;
            return false;
        }
        d->sandbox = server;
        d->demoControl = std::make_unique<SandboxDemoControl>(server);
    }
    ++d->sessionGeneration;
    return useServer(d->sandbox->baseUrl(), sandbox::SandboxServer::demoKey(), Mode::Demo, QString(), errorText);
}

void Session::setDemoApi(DemoApi api)
{
    d->demoApi = api;
}

Session::DemoApi Session::demoApi() const
{
    return d->demoApi;
}

bool Session::useServer(
    const QUrl& baseUrl, const QString& apiKey, Mode mode, const QString& shopName, QString* errorText)
{
    ApiClient::Config config = d->api->config();
    config.baseUrl = baseUrl;
    config.apiKey = apiKey;
    if (mode == Mode::Demo) {
        config.requestsPerMinute = 60;
    }
    d->api->cancelAll();
    if (!d->api->setConfig(config, errorText)) {
        d->hasSession = false;
        return false;
    }
    d->mode = mode;
    d->shopName = shopName;
    d->accountId = std::exchange(d->connectingAccountId, QString());
    d->hasSession = !apiKey.isEmpty();
    qCInfo(lcSession) << "session:" << mode << baseUrl.toDisplayString();
    resetRefreshState();
    openHistory();
    Q_EMIT sessionChanged();
    return true;
}

void Session::setBaseUrlOverride(const QUrl& baseUrl)
{
    d->baseUrlOverride = baseUrl;
}

QUrl Session::baseUrlOverride() const
{
    return d->baseUrlOverride;
}

bool Session::hasSession() const
{
    return d->hasSession;
}

QString Session::accountId() const
{
    return d->accountId;
}

QUrl Session::baseUrl() const
{
    return d->api->config().baseUrl;
}

void Session::startSession()
{
    const quint64 generation = ++d->sessionGeneration;
    if (AppSettings::demoChosen()) {
        QString error;
        if (!startDemo(&error)) {
            Q_EMIT notice(error);
            Q_EMIT firstRunNeeded();
        }
        return;
    }
    const QList<Account> accounts = AppSettings::accounts();
    if (accounts.isEmpty()) {
        if (d->hasSession && d->mode != Mode::Demo) {
            // The last shop was removed: forget its key and stop talking to its server.
            ApiClient::Config config = d->api->config();
            config.apiKey.clear();
            d->api->cancelAll();
            d->api->setConfig(config);
            d->hasSession = false;
            d->accountId.clear();
            d->shopName.clear();
            Q_EMIT sessionChanged();
        }
        Q_EMIT firstRunNeeded();
        return;
    }
    Account account = accounts.constFirst();
    const QString currentId = AppSettings::currentAccountId();
    for (const Account& candidate : accounts) {
        if (candidate.id == currentId) {
            account = candidate;
        }
    }
    const QUrl baseUrl
        = d->baseUrlOverride.isValid() && !d->baseUrlOverride.isEmpty() ? d->baseUrlOverride : account.baseUrl;
    const bool loopback = baseUrl.host() == u"127.0.0.1" || baseUrl.host() == u"localhost" || baseUrl.host() == u"::1";
    const Mode mode = account.sandboxKey || loopback ? Mode::Sandbox : Mode::Live;

    auto connectWith = [this, account, baseUrl, mode](const QString& key) {
        ApiClient::Config config = d->api->config();
        config.requestsPerMinute = account.requestsPerMinute;
        d->api->setConfig(config);
        QString error;
        d->connectingAccountId = account.id;
        if (!useServer(baseUrl, key, mode, account.name, &error)) {
            d->connectingAccountId.clear();
            Q_EMIT notice(error);
        }
        if (key.isEmpty()) {
            Q_EMIT apiKeyNeeded();
        }
    };

    if (d->knownKeys.contains(account.id)) {
        connectWith(d->knownKeys.value(account.id));
        return;
    }
    // Read the key; an Unavailable answer at start-up is retried once after a few seconds (the keyring daemon
    // may still be starting with the session).
    auto readKey = std::make_shared<std::function<void(bool)>>();
    *readKey = [this, account, generation, connectWith, readKey](bool isRetry) {
        d->secrets->read(SecretStore::apiKeyName(account.id), this,
            [this, account, generation, connectWith, readKey, isRetry](const SecretStore::Result& r) {
                if (generation != d->sessionGeneration) {
                    return; // another session started meanwhile
                }
                if (r.status == SecretStore::Status::Unavailable && !isRetry) {
                    qCInfo(lcSession) << "keychain unavailable, retrying once";
                    QTimer::singleShot(d->keychainRetryDelayMs, this, [readKey] { (*readKey)(true); });
                    return;
                }
                d->keychainStatus = r.status == SecretStore::Status::NotFound ? SecretStore::Status::Ok : r.status;
                if (r.status == SecretStore::Status::Ok) {
                    d->knownKeys.insert(account.id, r.value);
                    connectWith(r.value);
                } else {
                    if (r.status != SecretStore::Status::NotFound) {
                        Q_EMIT keychainProblem(r.status, SecretStore::statusText(r.status));
                    }
                    connectWith(QString());
                }
                *readKey = nullptr; // break the self-reference
            });
    };
    (*readKey)(false);
}

// ---- Preferences --------------------------------------------------------------------------------------------

void Session::setLanguage(const QString& language)
{
    const DisplayFormat before = displayFormat();
    d->languages->apply(language);
    Q_EMIT languageChanged();
    if (displayFormat() != before) {
        Q_EMIT displayFormatChanged();
    }
}

QString Session::language() const
{
    return d->languages->language();
}

void Session::setUseSystemTimeZone(bool useSystem)
{
    if (d->useSystemZone != useSystem) {
        const DisplayFormat before = displayFormat();
        d->useSystemZone = useSystem;
        if (displayFormat() != before) {
            Q_EMIT displayFormatChanged();
        }
    }
}

bool Session::useSystemTimeZone() const
{
    return d->useSystemZone;
}

void Session::setPollIntervals(int waitingMs, int onScreenMs)
{
    d->watcher->setIntervals(waitingMs, onScreenMs);
}

DisplayFormat Session::displayFormat() const
{
    return DisplayFormat(
        d->languages->locale(), d->useSystemZone ? QTimeZone::systemTimeZone() : DisplayFormat::almaty());
}

} // namespace apipay
