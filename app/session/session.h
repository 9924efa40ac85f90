#pragma once

#include "api/apierror.h"
#include "format/displayformat.h"
#include "secrets/secretstore.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace apipay {

class ApiClient;
class DemoControl;
class HistoryStore;
class HistorySync;
class ImageCache;
class InvoiceWatcher;
namespace sandbox {
class SandboxServer;
}

// The running session shared by every page: the shop (account) and its API key, the mode (demo, sandbox, live),
// the API client, the invoice watcher, the image cache, the embedded demo server, and the preferences that shape
// what is shown (language, display zone, poll intervals). Owned by main(); pages get a pointer and never own it.
// QtCore and QtNetwork only: no widgets.
class Session : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Demo, Sandbox, Live };
    Q_ENUM(Mode)

    // Keys are kept in `secretStore` (the product: QtKeychainSecretStore; tests: InMemorySecretStore). Takes
    // ownership.
    explicit Session(SecretStore* secretStore, QObject* parent = nullptr);
    ~Session() override;

    // ---- Session set-up (main(), settings dialog, tests) ----
    // Starts the embedded demo server on 127.0.0.1 (if not running yet) and connects to it with its demo key.
    // Mode Demo. Returns false with a translated reason when the server cannot listen.
    bool startDemo(QString* errorText = nullptr);
    // Which API version the demo server speaks: v2.1 (the current API, with QR invoices) unless the person chose
    // v2.0 (`--demo-api 2.0`). Takes effect when the demo server starts (before the first startDemo()).
    enum class DemoApi { V20, V21 };
    void setDemoApi(DemoApi api);
    DemoApi demoApi() const;
    // Loads the session the settings describe: demo when the person chose it, else the current account with its
    // key from the secret store (an Unavailable read is retried once after keychainRetryDelayMs()). Emits
    // sessionChanged when connected, firstRunNeeded when there is no account, apiKeyNeeded when the account has no
    // key, keychainProblem when the store cannot be used, notice when the session could not start.
    void startSession();
    // Connects directly to a server (tests, --base-url with a key given for this run). Does not touch settings.
    bool useServer(
        const QUrl& baseUrl, const QString& apiKey, Mode mode, const QString& shopName, QString* errorText = nullptr);
    // --base-url: every account session of this run goes to this server instead of the account's base URL.
    void setBaseUrlOverride(const QUrl& baseUrl);
    QUrl baseUrlOverride() const;
    // Whether the API client has a base URL and a key (pages may load).
    bool hasSession() const;
    // The account of the current session ("" in demo mode or with useServer()).
    QString accountId() const;
    QUrl baseUrl() const;

    // ---- API keys ----
    // Saves the API key of an account in the secret store (skipped when unchanged) and records its key NAME in the
    // settings. When the store is unavailable the key is kept in memory for this run only; `done` gets the status.
    void storeApiKey(const QString& accountId, const QString& apiKey, std::function<void(SecretStore::Status)> done);
    // Removes every saved key of an account (and its name from the settings).
    void forgetApiKey(const QString& accountId, std::function<void(SecretStore::Status)> done);
    // A key known in this run for the account (read from or written to the store, or kept in memory).
    QString knownApiKey(const QString& accountId) const;
    // Status of the last secret-store access (Ok until a problem happened).
    SecretStore::Status keychainStatus() const;
    void setKeychainRetryDelayMs(int ms);
    int keychainRetryDelayMs() const;

    // ---- Preferences ----
    // "" (system), "ru", "kk", "en": installs the translators, changes displayFormat(), emits languageChanged and
    // displayFormatChanged.
    void setLanguage(const QString& language);
    QString language() const;
    // Times in the computer's zone instead of Asia/Almaty; emits displayFormatChanged when it changes.
    void setUseSystemTimeZone(bool useSystem);
    bool useSystemTimeZone() const;
    void setPollIntervals(int waitingMs, int onScreenMs);
    // How times, amounts and phone numbers are shown: the locale of the chosen language in the chosen zone
    // (Asia/Almaty unless the person chose the computer's zone).
    DisplayFormat displayFormat() const;

    // ---- Services of the session ----
    ApiClient* api() const;
    InvoiceWatcher* watcher() const;
    ImageCache* imageCache() const;
    SecretStore* secretStore() const;
    QNetworkAccessManager* network() const;
    // The shop's history on this computer (docs/history-store.md), or nullptr when this session keeps none. Opened by
    // useServer(): a shop account keeps its history in HistoryStore::defaultPath(account id); the demo shop in a
    // temporary file of this run (its server makes up new history every run); a server given directly (tests,
    // --base-url with a key for this run) keeps none unless setHistoryPath() named a file. A damaged file is moved
    // aside and started again (notice() says so). historyChanged() tells pages to bind to the new store.
    HistoryStore* history() const;
    // The sync that keeps history() up to date with the server (app/sync), or nullptr when there is no history.
    // Made, started and destroyed with the store.
    HistorySync* historySync() const;
    // Whether the rule above gives this session a history file: true for a shop account, the demo and a file named by
    // setHistoryPath(); false before any session and for a server given directly for this run, which never keeps one
    // (pages say so instead of "no history yet"). A file that could not be opened still counts as kept.
    bool keepsHistory() const;
    // The file the next useServer() opens for its history ("" = none), instead of the rule above. Tests.
    void setHistoryPath(const QString& filePath);
    // Whether the server has stopped answering: views keep showing the history on this computer, writes are refused
    // with the reason. Reported by whoever notices first (the history sync) through reportConnectivity().
    bool isOffline() const;
    // When the history on this computer was last brought up to date with the server (UTC); invalid before that.
    QDateTime historyAsOf() const;
    void reportConnectivity(bool offline, const QDateTime& historyAsOf);
    // When an answer of this session's server was last read and decoded (UTC); invalid before the first one. Failed
    // exchanges do not move it.
    QDateTime lastRefresh() const;
    // Why the exchanges since lastRefresh() failed to bring fresh data (ApiError::isRefreshFailure()), or
    // Kind::None when the last exchange that could tell succeeded. A business answer (404, 422, …) changes nothing.
    ApiError lastRefreshError() const;
    // A person asked for fresh data (F5, Retry): the history sync asks the server for what changed first.
    void requestHistoryUpdate();

    // Only in demo mode (else nullptr): what the app may do with the demo shop ("Simulate payment").
    DemoControl* demoControl() const;
    // Only in demo mode (else nullptr): the embedded demo server itself. For tests that inspect its data; the
    // app uses demoControl().
    sandbox::SandboxServer* demoServer() const;

    Mode mode() const;
    static QString modeLabel(Mode mode); // translated
    QString shopName() const;
    // Which shop's data this session reaches: "demo", "account:<id>" or "server:<base URL>" (a server given on the
    // command line). A record made for one shop (e.g. an unconfirmed invoice) is only settled in the same shop.
    QString shopKey() const;

    // Whether a failed request is worth telling the person: never a cancelled request, and not an invalid request
    // made before a shop is connected (the first-run dialog or the "No API key" notice already says what to do; a
    // second, technical banner would only confuse). Notifier implementations follow it.
    bool isWorthReporting(const ApiError& error) const;
    // An action in this app created an invoice (the counter): lists of invoices reload when they are next shown.
    void notifyInvoicesChanged();
    // A refund was made in this app: the refund history reloads when next shown, and so do the invoice lists (the
    // invoice's refunded total changed). A new invoice alone leaves the refund history as it is.
    void notifyRefundMade();

Q_SIGNALS:
    // The shop, key or base URL changed: pages drop their data and reload.
    void sessionChanged();
    void invoicesChanged();
    void refundsChanged();
    void languageChanged();
    // The language or the display zone changed: times and amounts are shown again.
    void displayFormatChanged();
    // Session problems for the main window.
    void firstRunNeeded();
    void apiKeyNeeded();
    void keychainProblem(apipay::SecretStore::Status status, const QString& text);
    // A translated message about the session for the status bar ("The demo server could not start …").
    void notice(const QString& text);
    // The session's history store was opened, replaced or closed (history() changed).
    void historyChanged();
    // requestHistoryUpdate() was called.
    void historyUpdateRequested();
    // isOffline() or historyAsOf() changed.
    void connectivityChanged();
    // The time of the last completed exchange with the server (status bar).
    void lastRefreshChanged(const QDateTime& when);
    // lastRefresh() or lastRefreshError() changed.
    void refreshStateChanged();

private:
    // Opens the history store of the session useServer() has just connected (sessionhistory.cpp).
    void openHistory();
    // Which kind of history file the rule of history() gives the current session.
    enum class HistoryPlace { None, Named, DemoRun, Account };
    HistoryPlace historyPlace() const;
    // Makes and starts the sync of the history just opened (sessionhistory.cpp).
    void startHistorySync();
    // One exchange with the server ended (ApiClient::exchangeFinished): moves lastRefresh() or sets
    // lastRefreshError() (sessionhistory.cpp).
    void recordExchange(const ApiError& delivered);
    // A new server: no refresh yet.
    void resetRefreshState();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace apipay
