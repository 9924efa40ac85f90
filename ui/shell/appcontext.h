#pragma once

#include "api/apierror.h"
#include "money/money.h"
#include "secrets/secretstore.h"

#include <QLocale>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimeZone>
#include <QUrl>

#include <memory>
#include <optional>

#include <functional>

class QNetworkAccessManager;

namespace apipay {

class ApiClient;
class ImageCache;
class InvoiceWatcher;
class SecretStore;
namespace sandbox {
class SandboxServer;
}

// The running session shared by every page: the API client of the current shop, the watcher, the image cache,
// the demo sandbox, the settings. Owned by main(); pages get a pointer and never own it.
class AppContext : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Demo, Sandbox, Live };
    Q_ENUM(Mode)

    // The product form: API keys in the OS keychain (QtKeychainSecretStore).
    explicit AppContext(QObject* parent = nullptr);
    // With another secret store (tests: InMemorySecretStore). Takes ownership.
    explicit AppContext(SecretStore* secretStore, QObject* parent = nullptr);
    ~AppContext() override;

    // ---- Session set-up (main(), settings dialog, tests) ----
    // Starts the embedded sandbox server on 127.0.0.1 (if not running yet) and connects to it with its demo key.
    // Mode Demo. Returns false with a translated reason when the server cannot listen.
    bool startDemo(QString* errorText = nullptr);
    // Loads the session the settings describe: demo when the user chose it, else the current account with its key
    // from the secret store (an Unavailable read is retried once after keychainRetryDelayMs()). Emits
    // sessionChanged when connected, firstRunNeeded when there is no account, apiKeyNeeded when the account has no
    // key, keychainProblem when the store cannot be used.
    void startSession();
    // Connects directly to a server (tests, --base-url with a key given for this run). Does not touch settings.
    bool useServer(const QUrl& baseUrl, const QString& apiKey, Mode mode, const QString& shopName,
                   QString* errorText = nullptr);
    // --base-url: every account session of this run goes to this server instead of the account's base URL.
    void setBaseUrlOverride(const QUrl& baseUrl);
    QUrl baseUrlOverride() const;
    // Whether the API client has a base URL and a key (pages may load).
    bool hasSession() const;
    // The account of the current session ("" in demo mode or with useServer()).
    QString accountId() const;
    QUrl baseUrl() const;

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
    // "" (system), "ru", "kk", "en": installs translators, changes locale(), emits languageChanged.
    void setLanguage(const QString& language);
    QString language() const;
    void setUseSystemTimeZone(bool useSystem);
    void setPollIntervals(int waitingMs, int onScreenMs);

    ApiClient* api() const;
    InvoiceWatcher* watcher() const;
    ImageCache* imageCache() const;
    SecretStore* secretStore() const;
    QNetworkAccessManager* network() const;
    // Only in demo mode (else nullptr): lets the UI simulate a payment ("Simulate payment" button in demo).
    sandbox::SandboxServer* sandbox() const;

    Mode mode() const;
    static QString modeLabel(Mode mode); // translated
    QString shopName() const;
    // The locale of the chosen UI language (money, dates).
    QLocale locale() const;
    // Dates are shown in Asia/Almaty unless the user chose the system zone.
    QTimeZone displayZone() const;
    QString formatDateTime(const QDateTime& utc) const;
    QString formatMoney(const std::optional<Money>& money) const; // "—" when absent

    // Any page reports a failed request here; the main window shows a non-modal banner with "Retry" (if retry set).
    void reportError(const ApiError& error, std::function<void()> retry = {});
    // Reports a successful action ("Invoice 124 created") in the status bar.
    void reportInfo(const QString& text);
    // An action in this app created an invoice (the counter): lists of invoices reload when they are next shown.
    void notifyInvoicesChanged();

Q_SIGNALS:
    // The shop, key or base URL changed: pages drop their data and reload.
    void sessionChanged();
    void errorReported(const apipay::ApiError& error, std::function<void()> retry);
    void infoReported(const QString& text);
    void invoicesChanged();
    // Navigation requests between pages, handled by the main window.
    void showInvoiceRequested(qint64 invoiceId);
    void showQrRequested(const QString& content, const QString& title, const std::optional<apipay::Money>& amount);
    // The payment link of an invoice: the QR page and the customer display then follow it ("Paid ✓").
    void showInvoiceQrRequested(qint64 invoiceId, const QString& content, const QString& title,
                                const std::optional<apipay::Money>& amount);
    void newInvoiceRequested();
    void languageChanged();
    // The display zone changed (times are re-rendered).
    void displayZoneChanged();
    // Session problems for the main window.
    void firstRunNeeded();
    void apiKeyNeeded();
    void keychainProblem(apipay::SecretStore::Status status, const QString& text);
    // The time of the last completed exchange with the server (status bar).
    void lastRefreshChanged(const QDateTime& when);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace apipay
