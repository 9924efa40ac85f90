#include "api/apiclient.h"

#include "api/apicall.h"
#include "api/apicallfactory.h"
#include "api/apirequestbuilder.h"
#include "api/apitransport.h"
#include "format/displayformat.h"
#include "json/jsondecoder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSettings>

namespace apipay {

using namespace detail;

struct ApiClient::LookupState
{
    QString externalOrderId;
    QPointer<QObject> context;
    bool guarded = false;
    ApiCallback<std::optional<Invoice>> done;
    bool scanningToday = false;
    int page = 1;
};

ApiClient::ApiClient(QNetworkAccessManager* nam, QObject* parent)
    : QObject(parent)
    , m_nam(nam)
    , m_transport(std::make_unique<ApiTransport>(nam))
{
    connect(m_transport.get(), &ApiTransport::budgetChanged, this, &ApiClient::budgetChanged);
    connect(m_transport.get(), &ApiTransport::rateLimited, this, &ApiClient::rateLimited);
    connect(m_transport.get(), &ApiTransport::unauthorized, this, &ApiClient::unauthorized);
    connect(m_transport.get(), &ApiTransport::busyChanged, this, &ApiClient::busyChanged);
    connect(m_transport.get(), &ApiTransport::exchangeFinished, this, &ApiClient::exchangeFinished);
}

ApiClient::~ApiClient() = default;

bool ApiClient::isAcceptableBaseUrl(const QUrl& url, QString* errorText)
{
    auto refuse = [errorText](const char* text) {
        if (errorText) {
            *errorText = QCoreApplication::translate("apipay::ApiClient", text);
        }
        return false;
    };
    if (!url.isValid() || url.isRelative() || url.host().isEmpty()) {
        return refuse(QT_TRANSLATE_NOOP(
            "apipay::ApiClient", "The server address is not a valid web address. Use the form https://host/api/v1."));
    }
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment()) {
        return refuse(QT_TRANSLATE_NOOP(
            "apipay::ApiClient", "The server address must not contain a user name, a password, \"?\" or \"#\"."));
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == QStringLiteral("https")) {
        return true;
    }
    if (scheme == QStringLiteral("http")) {
        const QString host = url.host().toLower();
        if (host == QStringLiteral("localhost") || QHostAddress(host).isLoopback()) {
            return true;
        }
        return refuse(QT_TRANSLATE_NOOP("apipay::ApiClient",
            "The server address must start with https:// (plain http is allowed only for this computer, "
            "e.g. the local sandbox)."));
    }
    return refuse(QT_TRANSLATE_NOOP("apipay::ApiClient", "The server address must start with https://."));
}

bool ApiClient::setConfig(const Config& config, QString* errorText)
{
    if (!isAcceptableBaseUrl(config.baseUrl, errorText)) {
        return false;
    }
    const QString key = config.apiKey.trimmed();
    const bool printable
        = std::all_of(key.cbegin(), key.cend(), [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7f; });
    if (!printable) {
        if (errorText) {
            *errorText = QCoreApplication::translate("apipay::ApiClient",
                "The API key contains spaces or characters that are not allowed. Copy it again "
                "from the ApiPay dashboard.");
        }
        return false;
    }
    Config accepted = config;
    accepted.apiKey = key;
    accepted.requestsPerMinute = std::max(1, config.requestsPerMinute);
    accepted.budgetWindowMs = config.budgetWindowMs > 0 ? config.budgetWindowMs : 60'000;
    accepted.timeoutMs = config.timeoutMs > 0 ? config.timeoutMs : 30'000;
    accepted.maxRateLimitRetries = std::max(0, config.maxRateLimitRetries);
    accepted.msPerRetryAfterSecond = config.msPerRetryAfterSecond > 0 ? config.msPerRetryAfterSecond : 1000;
    m_config = accepted;
    m_transport->setConfig(accepted);
    return true;
}

int ApiClient::budgetRemaining() const
{
    return m_transport->budgetRemaining();
}

int ApiClient::queuedCount() const
{
    return m_transport->queuedCount();
}

int ApiClient::inFlightCount() const
{
    return m_transport->inFlightCount();
}

void ApiClient::cancel(RequestId id)
{
    const RequestId inner = m_compositeCalls.value(id);
    m_transport->cancel(inner != 0 ? inner : id);
}

void ApiClient::cancelAll()
{
    m_transport->cancelAll();
}

qint64 ApiClient::msSinceUserRequest() const
{
    return m_lastUserRequest.isValid() ? m_lastUserRequest.elapsed() : -1;
}

RequestId ApiClient::submit(const std::shared_ptr<ApiCall>& call)
{
    if (call->priority == Priority::User) {
        m_lastUserRequest.start();
    }
    call->id = m_transport->nextId();
    m_transport->submit(call);
    return call->id;
}

RequestId ApiClient::refuse(const std::shared_ptr<ApiCall>& call, const ApiError& error)
{
    call->id = m_transport->nextId();
    m_transport->finishLater(call, error);
    return call->id;
}

// ---- Invoices ------------------------------------------------------------------------------------------------

RequestId ApiClient::createInvoice(const InvoiceDraft& draft, QObject* context, ApiCallback<Invoice> done)
{
    const QString externalId
        = draft.externalOrderId.isEmpty() ? generateExternalOrderId(installId()) : draft.externalOrderId;
    auto call = std::make_shared<ApiCall>();
    call->verb = QByteArrayLiteral("POST");
    call->path = QStringLiteral("/invoices");
    // A created invoice whose answer cannot be read may exist: the caller looks it up instead of re-creating (D4).
    call->finish = deliverTo<Invoice>(
        context, std::move(done), [](const RawResponse& r) { return json::invoice(r.body); },
        ApiError::Kind::OutcomeUnknown,
        [externalId](ApiResult<Invoice>& result) { result.value.externalOrderId = externalId; });
    const auto fieldErrors = ApiRequestBuilder::validateInvoiceDraft(draft);
    if (!fieldErrors.isEmpty()) {
        return refuse(call, invalidInput(QString(), fieldErrors));
    }
    setJsonBody(*call, ApiRequestBuilder::invoiceBody(draft, externalId));
    return submit(call);
}

RequestId ApiClient::lookupInvoiceByExternalId(
    const QString& externalOrderId, QObject* context, ApiCallback<std::optional<Invoice>> done)
{
    auto state = std::make_shared<LookupState>();
    state->externalOrderId = externalOrderId.trimmed();
    state->context = context;
    state->guarded = context != nullptr;
    state->done = std::move(done);
    if (state->externalOrderId.isEmpty()) {
        auto call = std::make_shared<ApiCall>();
        call->finish = [state](const ApiError& error, const RawResponse&) {
            if ((!state->guarded || state->context) && state->done) {
                state->done(ApiResult<std::optional<Invoice>> { std::nullopt, error });
            }
            return error;
        };
        return refuse(call, invalidInput(QCoreApplication::translate("apipay::ApiClient", "No order ID to look up.")));
    }
    const RequestId outerId = m_transport->nextId();
    lookupStep(outerId, state);
    return outerId;
}

void ApiClient::lookupStep(RequestId outerId, const std::shared_ptr<LookupState>& state)
{
    InvoiceQuery query;
    query.page = state->page;
    query.perPage = ApiRequestBuilder::kMaxPerPage;
    if (state->scanningToday) {
        query.dateFrom = DisplayFormat::almatyDate(QDateTime::currentDateTimeUtc());
    } else {
        query.search = state->externalOrderId;
    }
    const RequestId innerId = listInvoices(
        query, this,
        [this, outerId, state](const ApiResult<Page<Invoice>>& result) {
            m_compositeCalls.remove(outerId);
            auto deliver = [state](const ApiResult<std::optional<Invoice>>& outcome) {
                if ((!state->guarded || state->context) && state->done) {
                    state->done(outcome);
                }
            };
            if (!result.ok()) {
                deliver({ std::nullopt, result.error });
                return;
            }
            for (const Invoice& invoice : result.value.items) {
                if (invoice.externalOrderId == state->externalOrderId) {
                    deliver({ invoice, {} });
                    return;
                }
            }
            constexpr int kMaxTodayPages = 3;
            if (!state->scanningToday) {
                state->scanningToday = true;
                state->page = 1;
            } else if (result.value.hasMore() && state->page < kMaxTodayPages) {
                ++state->page;
            } else {
                deliver({ std::nullopt, {} });
                return;
            }
            if (state->guarded && !state->context) {
                return;
            }
            lookupStep(outerId, state);
        },
        Priority::User);
    m_compositeCalls.insert(outerId, innerId);
}

RequestId ApiClient::listInvoices(
    const InvoiceQuery& query, QObject* context, ApiCallback<Page<Invoice>> done, Priority priority)
{
    const auto q = ApiRequestBuilder::invoiceQuery(query);
    const int perPage = std::clamp(query.perPage, 1, ApiRequestBuilder::kMaxPerPage);
    auto call = makeCall<Page<Invoice>>("GET", QStringLiteral("/invoices"), priority, context, std::move(done),
        [perPage](const RawResponse& r) { return json::invoicePage(r.body, perPage); });
    call->query = q;
    return submit(call);
}

RequestId ApiClient::invoice(qint64 id, QObject* context, ApiCallback<Invoice> done, Priority priority)
{
    return submit(makeCall<Invoice>("GET", idPath("/invoices/", id), priority, context, std::move(done),
        [](const RawResponse& r) { return json::invoice(r.body); }));
}

RequestId ApiClient::checkStatuses(
    const QList<qint64>& ids, QObject* context, ApiCallback<StatusCheckResult> done, Priority priority)
{
    auto call = makeCall<StatusCheckResult>("POST", QStringLiteral("/invoices/status/check"), priority, context,
        std::move(done), [](const RawResponse& r) { return json::statusCheck(r.body); });
    if (ids.isEmpty() || ids.size() > ApiRequestBuilder::kMaxStatusCheckIds) {
        return refuse(call,
            invalidInput(
                QCoreApplication::translate("apipay::ApiClient", "A status check takes between 1 and 100 invoices.")));
    }
    call->safeToResend = true; // a read in POST clothing (D3)
    setJsonBody(*call, ApiRequestBuilder::statusCheckBody(ids));
    return submit(call);
}

RequestId ApiClient::refundInvoice(
    qint64 id, const RefundDraft& draft, QObject* context, ApiCallback<RefundResult> done)
{
    auto call = makeCall<RefundResult>("POST", idPath("/invoices/", id, "/refund"), Priority::User, context,
        std::move(done), [](const RawResponse& r) { return json::refundResult(r.body); });
    setJsonBody(*call, ApiRequestBuilder::refundBody(draft));
    return submit(call);
}

RequestId ApiClient::invoiceRefunds(qint64 id, QObject* context, ApiCallback<InvoiceRefunds> done, Priority priority)
{
    return submit(makeCall<InvoiceRefunds>("GET", idPath("/invoices/", id, "/refunds"), priority, context,
        std::move(done), [](const RawResponse& r) { return json::invoiceRefunds(r.body); }));
}

// ---- Refunds -------------------------------------------------------------------------------------------------

RequestId ApiClient::listRefunds(
    const RefundQuery& query, QObject* context, ApiCallback<Page<Refund>> done, Priority priority)
{
    const int perPage = std::clamp(query.perPage, 1, ApiRequestBuilder::kMaxPerPage);
    auto call = makeCall<Page<Refund>>("GET", QStringLiteral("/refunds"), priority, context, std::move(done),
        [perPage](const RawResponse& r) { return json::refundPage(r.body, perPage); });
    call->query = ApiRequestBuilder::refundQuery(query);
    return submit(call);
}

// ---- Catalog -------------------------------------------------------------------------------------------------

RequestId ApiClient::catalogUnits(QObject* context, ApiCallback<QList<CatalogUnit>> done, Priority priority)
{
    return submit(makeCall<QList<CatalogUnit>>("GET", QStringLiteral("/catalog/units"), priority, context,
        std::move(done), [](const RawResponse& r) { return json::catalogUnits(r.body); }));
}

RequestId ApiClient::listCatalog(
    const CatalogQuery& query, QObject* context, ApiCallback<Page<CatalogItem>> done, Priority priority)
{
    const int perPage = std::clamp(query.perPage, 1, ApiRequestBuilder::kMaxCatalogPerPage);
    auto call = makeCall<Page<CatalogItem>>("GET", QStringLiteral("/catalog"), priority, context, std::move(done),
        [perPage](const RawResponse& r) { return json::catalogPage(r.body, perPage); });
    call->query = ApiRequestBuilder::catalogQuery(query);
    return submit(call);
}

RequestId ApiClient::uploadImage(const QByteArray& bytes,
    const QString& fileName,
    const QString& mimeType,
    QObject* context,
    ApiCallback<QString> done)
{
    auto call = makeCall<QString>("POST", QStringLiteral("/catalog/upload-image"), Priority::User, context,
        std::move(done), [](const RawResponse& r) { return json::uploadedImageId(r.body); });
    if (bytes.isEmpty()) {
        return refuse(call, invalidInput(QCoreApplication::translate("apipay::ApiClient", "The picture is empty.")));
    }
    static const QRegularExpression unsafe(QStringLiteral("[\"\\\\\\r\\n/]"));
    QString name = fileName;
    name.replace(unsafe, QStringLiteral("_"));
    if (name.isEmpty()) {
        name = QStringLiteral("image");
    }
    const QByteArray mime = mimeType.isEmpty() ? QByteArrayLiteral("application/octet-stream") : mimeType.toLatin1();
    // The form is built here, whole, so that it goes out through the same one-shot body as every other write.
    QByteArray boundary;
    do {
        boundary = QByteArrayLiteral("apipaydesk-") + QByteArray::number(QRandomGenerator::global()->generate64(), 16)
            + QByteArray::number(QRandomGenerator::global()->generate64(), 16);
    } while (bytes.contains(boundary));
    QByteArray form;
    form.reserve(bytes.size() + 512);
    form += "--" + boundary + "\r\n";
    form += "Content-Disposition: form-data; name=\"image\"; filename=\"" + name.toUtf8() + "\"\r\n";
    form += "Content-Type: " + mime + "\r\n\r\n";
    form += bytes;
    form += "\r\n--" + boundary + "--\r\n";
    call->jsonBody = form;
    call->contentType = QByteArrayLiteral("multipart/form-data; boundary=") + boundary;
    return submit(call);
}

RequestId ApiClient::createCatalogItems(
    const QList<CatalogItemDraft>& items, QObject* context, ApiCallback<CatalogCreateResult> done)
{
    auto call = makeCall<CatalogCreateResult>("POST", QStringLiteral("/catalog"), Priority::User, context,
        std::move(done), [](const RawResponse& r) { return json::catalogCreateResult(r.body); });
    if (items.isEmpty() || items.size() > ApiRequestBuilder::kMaxCatalogItemsPerCreate) {
        return refuse(call,
            invalidInput(QCoreApplication::translate(
                "apipay::ApiClient", "Between 1 and 50 catalog items can be created at once.")));
    }
    setJsonBody(*call, ApiRequestBuilder::catalogCreateBody(items));
    return submit(call);
}

RequestId ApiClient::updateCatalogItem(
    qint64 id, const CatalogItemPatch& patch, QObject* context, ApiCallback<CatalogWriteResult> done)
{
    auto call = makeCall<CatalogWriteResult>("PATCH", idPath("/catalog/", id), Priority::User, context, std::move(done),
        [id](const RawResponse& r) { return json::catalogWriteResult(r.body, r.httpStatus, id); });
    setJsonBody(*call, ApiRequestBuilder::catalogPatchBody(patch));
    return submit(call);
}

RequestId ApiClient::deleteCatalogItem(qint64 id, QObject* context, ApiCallback<CatalogWriteResult> done)
{
    return submit(makeCall<CatalogWriteResult>("DELETE", idPath("/catalog/", id), Priority::User, context,
        std::move(done), [id](const RawResponse& r) { return json::catalogWriteResult(r.body, r.httpStatus, id); }));
}

} // namespace apipay
