#pragma once

#include "api/apiresult.h"
#include "domain/catalog.h"
#include "domain/countercheck.h"
#include "domain/invoice.h"
#include "domain/invoicestats.h"
#include "domain/page.h"
#include "domain/qrinvoice.h"
#include "domain/refund.h"
#include "domain/requests.h"
#include "domain/staticqr.h"
#include "domain/subscription.h"
#include "money/phonenumber.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace apipay {

class ApiTransport;
struct ApiCall;

// The whole ApiPay v2.0 contract over one injected QNetworkAccessManager, inside a per-key request budget.
//
// Async style: every call takes a context QObject and a callback. The callback runs on the context's thread, only
// if the context is still alive, exactly once per call (also on cancel, with ApiError::Kind::Cancelled), never
// synchronously inside the call and never after the ApiClient is destroyed. A queued read whose context is destroyed
// is dropped unsent; writes are sent anyway. Every call returns a RequestId that cancel() accepts.
//
// Writes (POST, PUT, PATCH, DELETE, multipart) are never re-sent: not after a 429, and not by QNetworkAccessManager
// after a lost connection (each goes out with a body that cannot be rewound, see OneShotUploadDevice). GET and the
// status check are re-sent after a 429 wait (D3). Redirects are not followed; the X-API-Key header only goes to URLs
// under the base URL. Logging category: "apipay.api" (key as ****).
class ApiClient : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        QUrl baseUrl; // https://…/api/v1, or http://127.0.0.1:<port>/api/v1 (loopback only)
        QString apiKey; // sent only as X-API-Key, only to URLs under baseUrl, never logged
        int requestsPerMinute = 60;
        int budgetWindowMs = 60'000; // the rolling window (tests use a short one)
        int timeoutMs = 30'000; // idle: no byte sent or received for this long
        // Total time one request may take once sent, however steadily bytes trickle in. A read cut off is a
        // Timeout, a write cut off is OutcomeUnknown (the server may have acted).
        int totalDeadlineMs = 60'000;
        // The largest answer read; a longer one (by Content-Length or as it arrives) is aborted at once:
        // ResponseTooLarge for a read, OutcomeUnknown for a write. 100 rows of any list are far below this.
        qint64 maxResponseBytes = 8 * 1024 * 1024;
        int maxRateLimitRetries = 3; // GET and status check only (D3)
        // How long one second of a 429 wait lasts, in ms. Always 1000 in the product; tests shorten 429 pauses.
        int msPerRetryAfterSecond = 1000;
        // GET /invoices/{id} for an invoice a customer is paying at the counter (watchQrInvoice) has its own,
        // separate budget: the server allows that route far more (1000/min in v2.1) than the general limit, and a
        // waiting customer must not wait behind background work.
        int qrWatchRequestsPerMinute = 120;
    };

    static constexpr const char* kV20BaseUrl = "https://bpapi.bazarbay.site/api/v1";
    static constexpr const char* kV21BaseUrl = "https://api.apipay.kz/api/v1";

    explicit ApiClient(QNetworkAccessManager* nam, QObject* parent = nullptr);
    ~ApiClient() override;

    // Refuses (returns false, with a translated reason) a base URL that is not https unless its host is loopback,
    // or that is not a valid absolute URL.
    bool setConfig(const Config& config, QString* errorText = nullptr);
    Config config() const { return m_config; }
    static bool isAcceptableBaseUrl(const QUrl& url, QString* errorText = nullptr);

    // Requests still allowed in the current window (for the status bar).
    int budgetRemaining() const;
    // Number of queued (not yet sent) requests.
    int queuedCount() const;
    // Number of requests sent and not yet answered.
    int inFlightCount() const;
    // Milliseconds since the last Priority::User request was submitted (someone is working at the counter), or -1
    // when there was none. Background work uses it to leave more of the budget to the person.
    qint64 msSinceUserRequest() const;
    void cancel(RequestId id);
    void cancelAll();

    // ---- Invoices ----
    // Fills draft.externalOrderId when empty (generateExternalOrderId) and always sends external_order_id_idempotency.
    // Never retried. On timeout / connection lost after sending / 5xx without JSON error: ApiError::OutcomeUnknown,
    // and the caller may use lookupInvoiceByExternalId(). 409 duplicate_idempotency_key → Conflict with
    // relatedInvoiceId. A 2xx answer that cannot be read is also OutcomeUnknown (the invoice may exist).
    // On every error result.value.externalOrderId still carries the external_order_id that was sent (for the lookup);
    // callers should generate it when the draft is made and keep it with the draft (D4).
    RequestId createInvoice(const InvoiceDraft& draft, QObject* context, ApiCallback<Invoice> done);
    // D4 lookup: GET /invoices?search=<id> with an exact external_order_id match, then today's invoices.
    // value = the invoice found, or nullopt when it does not exist.
    RequestId lookupInvoiceByExternalId(
        const QString& externalOrderId, QObject* context, ApiCallback<std::optional<Invoice>> done);
    RequestId listInvoices(const InvoiceQuery& query,
        QObject* context,
        ApiCallback<Page<Invoice>> done,
        Priority priority = Priority::User);
    RequestId invoice(qint64 id, QObject* context, ApiCallback<Invoice> done, Priority priority = Priority::User);
    // A 409 qr_cancel_unsupported (a QR invoice cannot be cancelled) ends as Conflict with that reason and
    // result.value.qrCancelUnsupported set; result.value.qrStopsAt is the answer's expires_at when it has one.
    RequestId cancelInvoice(qint64 id, QObject* context, ApiCallback<CancelResult> done);
    // ≤ 100 ids per call (the caller batches; more → InvalidRequest).
    RequestId checkStatuses(const QList<qint64>& ids,
        QObject* context,
        ApiCallback<StatusCheckResult> done,
        Priority priority = Priority::Background);
    RequestId refundInvoice(qint64 id, const RefundDraft& draft, QObject* context, ApiCallback<RefundResult> done);
    RequestId invoiceRefunds(
        qint64 id, QObject* context, ApiCallback<InvoiceRefunds> done, Priority priority = Priority::User);

    // ---- QR invoices (v2.1) ----
    // POST /invoices/qr: the amount (or the cart), no phone. The same order-ID rules as createInvoice: the ID is
    // generated when the draft has none, sent as external_order_id and external_order_id_idempotency, and kept on
    // every error result (result.value.externalOrderId) for lookupInvoiceByExternalId() after OutcomeUnknown.
    // The 201 may say pending or processing. Drafts breaking the documented limits end InvalidRequest unsent.
    // A v2.0 server answers 404 (NotFound).
    RequestId createQrInvoice(const QrInvoiceDraft& draft, QObject* context, ApiCallback<Invoice> done);
    // GET /invoices/{id} for a QR invoice on the customer display, inside Config::qrWatchRequestsPerMinute (its own
    // budget, not the general one). Re-sent after a 429 like any read.
    RequestId watchQrInvoice(qint64 id, QObject* context, ApiCallback<Invoice> done);
    // Whether the server speaks v2.1 (and so has QR invoices): GET /invoices/stats?period=today, a read every v2.1
    // server has and a v2.0 server answers 404. value: true on 2xx, false on 404; other failures are errors.
    RequestId probeQrInvoices(QObject* context, ApiCallback<bool> done);

    // ---- Refunds ----
    RequestId listRefunds(
        const RefundQuery& query, QObject* context, ApiCallback<Page<Refund>> done, Priority priority = Priority::User);

    // ---- Catalog ----
    RequestId catalogUnits(QObject* context, ApiCallback<QList<CatalogUnit>> done, Priority priority = Priority::User);
    RequestId listCatalog(const CatalogQuery& query,
        QObject* context,
        ApiCallback<Page<CatalogItem>> done,
        Priority priority = Priority::User);
    // Multipart, one part named "image". value = image_id.
    RequestId uploadImage(const QByteArray& bytes,
        const QString& fileName,
        const QString& mimeType,
        QObject* context,
        ApiCallback<QString> done);
    RequestId createCatalogItems(
        const QList<CatalogItemDraft>& items, QObject* context, ApiCallback<CatalogCreateResult> done);
    RequestId updateCatalogItem(
        qint64 id, const CatalogItemPatch& patch, QObject* context, ApiCallback<CatalogWriteResult> done);
    RequestId deleteCatalogItem(qint64 id, QObject* context, ApiCallback<CatalogWriteResult> done);

    // ---- Client check and Kaspi receipt (v2.1; a v2.0 server answers 404 → NotFound) ----
    // POST /clients/check {phone: 8XXXXXXXXXX}. Never re-sent (each call counts against the server's 10 per minute
    // per cashier). 429 → RateLimited (either documented body; retryAfterSeconds from Retry-After or the body).
    // Callers check only a number the cashier typed, once (KaspiClientCheck): the service deactivates keys that
    // enumerate numbers.
    RequestId checkClient(const PhoneNumber& phone, QObject* context, ApiCallback<ClientCheck> done);
    // GET /invoices/{id}/receipt: 202 → value.ready false with pollAfterSeconds; 200 → the links. 409
    // receipt_not_available_for_status / kaspi_session_expired / kaspi_session_unavailable → Conflict with that
    // reason; 429 receipt_rate_limited (after the usual waits for a read) → RateLimited; 503 → Server.
    // The answer's links are secret: nothing here logs them.
    RequestId invoiceReceipt(qint64 id, QObject* context, ApiCallback<ReceiptAnswer> done);

    // ---- Subscriptions ----
    RequestId createSubscription(const SubscriptionDraft& draft, QObject* context, ApiCallback<Subscription> done);
    RequestId listSubscriptions(const SubscriptionQuery& query,
        QObject* context,
        ApiCallback<Page<Subscription>> done,
        Priority priority = Priority::User);
    RequestId subscription(
        qint64 id, QObject* context, ApiCallback<Subscription> done, Priority priority = Priority::User);
    RequestId updateSubscription(
        qint64 id, const SubscriptionPatch& patch, QObject* context, ApiCallback<Subscription> done);
    RequestId pauseSubscription(qint64 id, QObject* context, ApiCallback<Subscription> done);
    RequestId resumeSubscription(qint64 id, QObject* context, ApiCallback<Subscription> done);
    RequestId cancelSubscription(qint64 id, QObject* context, ApiCallback<Subscription> done);
    RequestId subscriptionInvoices(qint64 id,
        int page,
        int perPage,
        QObject* context,
        ApiCallback<Page<SubscriptionInvoice>> done,
        Priority priority = Priority::User);

    // ---- Static QR sheets (v2.1; a v2.0 server answers 404 → NotFound) ----
    // POST /static-qr. Checked first (StaticQrRequest::validate: InvalidRequest without sending). Never re-sent;
    // timeout / lost connection / an unreadable 2xx → OutcomeUnknown (settle it with StaticQrReadBack::creation).
    RequestId createStaticQr(const StaticQrDraft& draft, QObject* context, ApiCallback<StaticQrSheet> done);
    // GET /static-qr?page=&per_page= (per_page clamped to 1–100), newest first.
    RequestId listStaticQr(int page,
        int perPage,
        QObject* context,
        ApiCallback<Page<StaticQrSheet>> done,
        Priority priority = Priority::User);
    RequestId staticQr(
        qint64 id, QObject* context, ApiCallback<StaticQrSheet> done, Priority priority = Priority::User);
    // DELETE /static-qr/{id}: the card with status disabled. Never re-sent; OutcomeUnknown → StaticQrReadBack.
    RequestId disableStaticQr(qint64 id, QObject* context, ApiCallback<StaticQrSheet> done);

    // ---- Internal note and shift totals (v2.1; apiclient_notestats.cpp) ----
    // PATCH /invoices/{id} {"internal_comment": note} (an empty note is sent as null: the note is erased). Any
    // status; value = the whole invoice. ≤ 255 characters, else refused unsent (InvalidRequest). A write: never
    // re-sent; OutcomeUnknown when the answer is lost (WriteReadBack::invoiceNote settles it). A v2.0 server answers
    // 404 or 405 (noteUnsupported()).
    static constexpr int kMaxInternalCommentLength = 255;
    RequestId updateInvoiceNote(qint64 id, const QString& note, QObject* context, ApiCallback<Invoice> done);
    // Whether an error of updateInvoiceNote() means the server cannot store notes at all (v2.0: 405, or a 404 that
    // is not the v2.1 "Invoice not found").
    static bool noteUnsupported(const ApiError& error);
    // GET /invoices/stats (counts by created_at; paid only `paid`). A v2.0 server answers 404.
    RequestId invoiceStats(const InvoiceStatsQuery& query,
        QObject* context,
        ApiCallback<InvoiceStats> done,
        Priority priority = Priority::Background);
    // GET /invoices?with_summary=1&per_page=1 over the Asia/Almaty days [from, to], cut by paid_at (byPaidAt) or
    // created_at. value = the summary, nullopt when the server does not send one (v2.0 ignores with_summary).
    RequestId invoiceSummary(QDate from,
        QDate to,
        bool byPaidAt,
        QObject* context,
        ApiCallback<std::optional<InvoiceListSummary>> done,
        Priority priority = Priority::Background);

    // ---- Health ----
    // GET /status without the key. value = the "status" text ("ok").
    RequestId status(QObject* context, ApiCallback<QString> done, Priority priority = Priority::User);

    // apd-<8 hex install id>-<UTC yyyyMMddThhmmss>-<4 hex random> (D4).
    static QString generateExternalOrderId(const QString& installId);
    // A stable per-installation id (8 hex), kept in QSettings.
    static QString installId();

Q_SIGNALS:
    void budgetChanged(int remaining);
    // A 429 (or X-RateLimit-Remaining: 0) paused sending for this many seconds.
    void rateLimited(int seconds);
    // A 401: the key is wrong, revoked or missing.
    void unauthorized();
    // For progress indicators: requests in flight or queued.
    void busyChanged(bool busy);
    // One exchange with the server ended (requests cancelled or refused before sending are not counted):
    // `delivered` is what the caller was given, Kind::None when the answer was read and decoded. The status bar's
    // "Updated" time and the window's error banner follow it.
    void exchangeFinished(const apipay::ApiError& delivered);

private:
    struct LookupState;
    RequestId submit(const std::shared_ptr<ApiCall>& call);
    RequestId refuse(const std::shared_ptr<ApiCall>& call, const ApiError& error);
    void lookupStep(RequestId outerId, const std::shared_ptr<LookupState>& state);

    Config m_config;
    QPointer<QNetworkAccessManager> m_nam;
    std::unique_ptr<ApiTransport> m_transport;
    QHash<RequestId, RequestId> m_compositeCalls; // lookupInvoiceByExternalId id → the request it is waiting for
    QElapsedTimer m_lastUserRequest; // invalid until the first Priority::User request
};

} // namespace apipay
