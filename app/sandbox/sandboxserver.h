#pragma once

#include "sandbox/sandboxconnections.h"
#include "sandbox/sandboxfaults.h"
#include "sandbox/sandboxrequestlog.h"
#include "sandbox/sandboxtypes.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QTimer;

namespace apipay::sandbox {

class SandboxClientRoutes;
class SandboxHttpServer;
class SandboxRateLimiter;
class SandboxStore;
class SandboxWebhooks;
struct SandboxRequest;
struct SandboxResponse;

// The embedded offline ApiPay: a stateful, in-memory imitation of the v2.0 (default) or v2.1 contract served by
// QtHttpServer on 127.0.0.1 only (docs/api-contract.md. Used by demo mode and by the integration tests.
//
// HTTP: the API lives under baseUrl() = http://127.0.0.1:<port>/api/v1; images under /images/<id>.<ext>; control
// routes under /sandbox/ (listed in sandboxcontrolroutes.h): reset, profile, clock, config, faults, simulate, seed,
// state — over HTTP only with controlToken(). Every control route has a C++ twin below (no token needed).
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        Profile profile = Profile::V20;
        QStringList apiKeys = { QString::fromLatin1(kDemoKey) };
        int processingDelayMs = 1000; // processing → pending, refunds, catalog items, async cancel
        qint64 invoiceLifetimeSeconds = 24 * 3600;
        int rateLimit = 60; // requests per key per window
        int rateWindowMs = 60'000;
        bool asyncCancel = false;
        bool demoData = true; // the Almaty shop of SandboxDemoData
        std::function<QDateTime()> clock; // empty = QDateTime::currentDateTimeUtc
        SandboxConnectionLimits connectionLimits; // open connections, idle timeout, request sizes
    };

    static constexpr const char* kDemoKey = "demo-key";
    static QString demoKey() { return QString::fromLatin1(kDemoKey); }

    explicit SandboxServer(QObject* parent = nullptr);
    explicit SandboxServer(const Options& options, QObject* parent = nullptr);
    ~SandboxServer() override;

    // Listens on 127.0.0.1 (never another interface); port 0 = chosen by the OS. False when it cannot listen.
    bool start(quint16 port = 0);
    bool isListening() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    // http://127.0.0.1:<port>/api/v1
    QUrl baseUrl() const;
    // http://127.0.0.1:<port>
    QUrl rootUrl() const;

    // ---- Control (same as the control routes) ----
    Profile profile() const;
    void setProfile(Profile profile);
    // Back to the start-up state: data (demo data when enabled), budget, faults; the profile and settings stay.
    void reset();
    void advanceClock(qint64 ms);
    void setClock(std::function<QDateTime()> clock);
    QDateTime now() const;
    void setProcessingDelay(int ms);
    void setInvoiceLifetime(qint64 seconds);
    void setAsyncCancel(bool on);
    void setRateLimit(int requests, int windowMs);
    void setApiKeys(const QStringList& keys);
    QStringList apiKeys() const { return m_options.apiKeys; }

    // Signed webhooks (docs/api-contract.md) to a loopback URL on every status change and completed refund; an empty
    // URL switches them off. False when the URL is not on this computer.
    bool setWebhook(const QUrl& url, const QByteArray& secret);
    SandboxWebhooks* webhooks() const { return m_webhooks; }

    // ---- Faults ----
    void addFault(const SandboxFault& fault);
    // Shorthands: the next `count` requests of method+path (below /api/v1, '*' = one segment).
    void delayNext(const QByteArray& method, const QString& path, int delayMs, int count = 1);
    void dropNext(const QByteArray& method, const QString& path, int count = 1);
    void failNext(const QByteArray& method, const QString& path, int status, const QByteArray& body, int count = 1);
    void malformNext(const QByteArray& method, const QString& path, int count = 1);
    void clearFaults();
    int pendingFaults() const;

    // ---- Request log ----
    // Every request that reached the API routes (below /api/v1) since the start or the last reset, in order.
    const QList<SandboxLoggedRequest>& requestLog() const { return m_requestLog.entries(); }
    // How many of them had this method (empty = any) and path ('*' = one segment).
    int loggedRequests(const QByteArray& method, const QString& pathPattern) const
    {
        return m_requestLog.count(method, pathPattern);
    }
    void clearRequestLog() { m_requestLog.clear(); }

    // ---- Control routes over HTTP ----
    // The per-run secret that every /sandbox/ control request must carry in the X-Sandbox-Token header (the C++
    // twins above need none). Random, made when the server is created.
    QByteArray controlToken() const { return m_controlToken; }
    static constexpr const char* kControlTokenHeader = "X-Sandbox-Token";

    // ---- Data ----
    // pending → paid / expired / error / cancelled (docs/api-contract.md); false with a reason otherwise.
    bool simulateInvoiceStatus(
        qint64 invoiceId, const QString& status, QString* error = nullptr, const QString& errorMessage = {});
    std::optional<QString> invoiceStatus(qint64 invoiceId) const;
    // v2.1: a customer scans static QR sheet sheetId. Returns the QR invoice the scan shows (new, or the live one of
    // a single-use sheet); nullopt with a reason when the sheet refuses (unknown, disabled, expired, paid, 5 open).
    std::optional<qint64> simulateStaticQrScan(qint64 sheetId, QString* error = nullptr);
    qint64 invoiceCount() const;
    qint64 lastInvoiceId() const;
    // Invoices whose external_order_id equals id (newest last).
    QList<qint64> invoicesWithExternalOrderId(const QString& externalOrderId) const;
    qint64 refundCount() const;
    int catalogItemCount() const;
    int subscriptionCount() const;
    // Adds count invoices spread over the last 60 days (≤ 200 000; scale tests). Returns how many were added.
    int seedInvoices(int count);
    // Applies the time-driven transitions now (they also run on every request and on a timer).
    void processDueTransitions();
    // Requests answered so far (any route).
    qint64 requestCount() const { return m_requestCount; }
    // Endless answers that reached their safety limit: the client read on and on without stopping.
    int endlessCutOffs() const { return m_endlessCutOffs; }
    // TCP connections open now.
    int openConnections() const;

    // Direct access for tests and the demo tools.
    SandboxStore& store();
    // The client check and receipt routes (v2.1): their limit and the receipt's poll_after.
    SandboxClientRoutes& clientRoutes();

Q_SIGNALS:
    void invoiceStatusChanged(qint64 invoiceId, const QString& status);
    void requestHandled(const QString& method, const QString& path, int status);

private:
    friend class SandboxHttpServer;
    // The whole HTTP pipeline: control, images, auth, budget, faults, routes.
    SandboxResponse dispatch(const SandboxRequest& request);
    SandboxResponse dispatchApi(const SandboxRequest& request);
    SandboxResponse handleControl(const SandboxRequest& request);
    SandboxResponse route(const SandboxRequest& request);
    void loadInitialData();
    static SandboxLoggedRequest loggedRequest(const SandboxRequest& request, std::optional<SandboxFault::Kind> fault);
    void init();
    void notifyStatusChanged(qint64 invoiceId, const QString& status);
    void notifyRefundCompleted(qint64 refundId);

    Options m_options;
    std::unique_ptr<SandboxStore> m_store;
    std::unique_ptr<SandboxRateLimiter> m_limiter;
    std::unique_ptr<SandboxRateLimiter> m_detailLimiter; // v2.1 GET /invoices/{id}: 1000 per minute
    SandboxFaults m_faults;
    SandboxRequestLog m_requestLog;
    QByteArray m_controlToken;
    SandboxHttpServer* m_http = nullptr;
    QTimer* m_tick = nullptr;
    SandboxWebhooks* m_webhooks = nullptr;
    quint16 m_port = 0;
    qint64 m_requestCount = 0;
    int m_endlessCutOffs = 0;
    std::unique_ptr<SandboxClientRoutes> m_clientRoutes; // v2.1 client check and receipt (they keep state)
};

} // namespace apipay::sandbox
