// AppContext now forwards to the Session of app/session (state, keys, preferences, display format) and keeps only
// the error and navigation signals the main window listens to.
#include "appcontext.h"
#include "appcontextprivate.h"

#include "secrets/qtkeychainsecretstore.h"
#include "session/session.h"

#include <utility>

namespace apipay {

namespace {
Session::Mode toSession(AppContext::Mode mode)
{
    switch (mode) {
    case AppContext::Mode::Demo:
        return Session::Mode::Demo;
    case AppContext::Mode::Sandbox:
        return Session::Mode::Sandbox;
    case AppContext::Mode::Live:
        break;
    }
    return Session::Mode::Live;
}
} // namespace

AppContext::AppContext(QObject* parent)
    : AppContext(new QtKeychainSecretStore, parent)
{
}

AppContext::AppContext(SecretStore* secretStore, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->session = new Session(secretStore, this);
    Session* s = d->session;
    connect(s, &Session::sessionChanged, this, &AppContext::sessionChanged);
    connect(s, &Session::invoicesChanged, this, &AppContext::invoicesChanged);
    connect(s, &Session::languageChanged, this, &AppContext::languageChanged);
    connect(s, &Session::firstRunNeeded, this, &AppContext::firstRunNeeded);
    connect(s, &Session::apiKeyNeeded, this, &AppContext::apiKeyNeeded);
    connect(s, &Session::keychainProblem, this, &AppContext::keychainProblem);
    connect(s, &Session::notice, this, &AppContext::infoReported);
    connect(s, &Session::lastRefreshChanged, this, &AppContext::lastRefreshChanged);
}

AppContext::~AppContext() = default;

bool AppContext::startDemo(QString* errorText)
{
    return d->session->startDemo(errorText);
}

void AppContext::startSession()
{
    d->session->startSession();
}

bool AppContext::useServer(const QUrl& baseUrl, const QString& apiKey, Mode mode, const QString& shopName,
                           QString* errorText)
{
    return d->session->useServer(baseUrl, apiKey, toSession(mode), shopName, errorText);
}

void AppContext::setBaseUrlOverride(const QUrl& baseUrl)
{
    d->session->setBaseUrlOverride(baseUrl);
}

QUrl AppContext::baseUrlOverride() const
{
    return d->session->baseUrlOverride();
}

bool AppContext::hasSession() const
{
    return d->session->hasSession();
}

QString AppContext::accountId() const
{
    return d->session->accountId();
}

QUrl AppContext::baseUrl() const
{
    return d->session->baseUrl();
}

void AppContext::storeApiKey(const QString& accountId, const QString& apiKey,
                             std::function<void(SecretStore::Status)> done)
{
    d->session->storeApiKey(accountId, apiKey, std::move(done));
}

void AppContext::forgetApiKey(const QString& accountId, std::function<void(SecretStore::Status)> done)
{
    d->session->forgetApiKey(accountId, std::move(done));
}

QString AppContext::knownApiKey(const QString& accountId) const
{
    return d->session->knownApiKey(accountId);
}

SecretStore::Status AppContext::keychainStatus() const
{
    return d->session->keychainStatus();
}

void AppContext::setKeychainRetryDelayMs(int ms)
{
    d->session->setKeychainRetryDelayMs(ms);
}

int AppContext::keychainRetryDelayMs() const
{
    return d->session->keychainRetryDelayMs();
}

void AppContext::setLanguage(const QString& language)
{
    d->session->setLanguage(language);
}

QString AppContext::language() const
{
    return d->session->language();
}

void AppContext::setUseSystemTimeZone(bool useSystem)
{
    if (d->session->useSystemTimeZone() != useSystem) {
        d->session->setUseSystemTimeZone(useSystem);
        Q_EMIT displayZoneChanged();
    }
}

void AppContext::setPollIntervals(int waitingMs, int onScreenMs)
{
    d->session->setPollIntervals(waitingMs, onScreenMs);
}

ApiClient* AppContext::api() const
{
    return d->session->api();
}

InvoiceWatcher* AppContext::watcher() const
{
    return d->session->watcher();
}

ImageCache* AppContext::imageCache() const
{
    return d->session->imageCache();
}

SecretStore* AppContext::secretStore() const
{
    return d->session->secretStore();
}

QNetworkAccessManager* AppContext::network() const
{
    return d->session->network();
}

sandbox::SandboxServer* AppContext::sandbox() const
{
    return d->session->demoServer();
}

AppContext::Mode AppContext::mode() const
{
    switch (d->session->mode()) {
    case Session::Mode::Demo:
        return Mode::Demo;
    case Session::Mode::Sandbox:
        return Mode::Sandbox;
    case Session::Mode::Live:
        break;
    }
    return Mode::Live;
}

QString AppContext::modeLabel(Mode mode)
{
    return Session::modeLabel(toSession(mode));
}

QString AppContext::shopName() const
{
    return d->session->shopName();
}

QLocale AppContext::locale() const
{
    return d->session->displayFormat().locale();
}

QTimeZone AppContext::displayZone() const
{
    return d->session->displayFormat().zone();
}

QString AppContext::formatDateTime(const QDateTime& utc) const
{
    return d->session->displayFormat().dateTime(utc);
}

QString AppContext::formatMoney(const std::optional<Money>& money) const
{
    return d->session->displayFormat().money(money);
}

void AppContext::reportError(const ApiError& error, std::function<void()> retry)
{
    if (d->session->isWorthReporting(error)) {
        Q_EMIT errorReported(error, std::move(retry));
    }
}

void AppContext::notifyInvoicesChanged()
{
    d->session->notifyInvoicesChanged();
}

void AppContext::reportInfo(const QString& text)
{
    Q_EMIT infoReported(text);
}

} // namespace apipay
