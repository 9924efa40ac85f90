#pragma once

#include "api/apierror.h"
#include "money/money.h"

#include <QLocale>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimeZone>

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

    explicit AppContext(QObject* parent = nullptr);
    ~AppContext() override;

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

Q_SIGNALS:
    // The shop, key or base URL changed: pages drop their data and reload.
    void sessionChanged();
    void errorReported(const apipay::ApiError& error, std::function<void()> retry);
    void infoReported(const QString& text);
    // Navigation requests between pages, handled by the main window.
    void showInvoiceRequested(qint64 invoiceId);
    void showQrRequested(const QString& content, const QString& title, const std::optional<apipay::Money>& amount);
    void newInvoiceRequested();
    void languageChanged();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace apipay
