// ApiClient, QR invoices (v2.1): create, the customer-display watch, the capability probe, and cancel (which a QR
// invoice refuses with 409 qr_cancel_unsupported).
#include "api/apiclient.h"

#include "api/apicall.h"
#include "api/apicallfactory.h"
#include "api/apitransport.h"
#include "api/qrinvoicerequest.h"

namespace apipay {

using namespace detail;

RequestId ApiClient::createQrInvoice(const QrInvoiceDraft& draft, QObject* context, ApiCallback<Invoice> done)
{
    const QString externalId
        = draft.externalOrderId.isEmpty() ? generateExternalOrderId(installId()) : draft.externalOrderId;
    auto call = std::make_shared<ApiCall>();
    call->verb = QByteArrayLiteral("POST");
    call->path = QStringLiteral("/invoices/qr");
    // A created invoice whose answer cannot be read may exist: the caller looks it up instead of re-creating.
    call->finish = deliverTo<Invoice>(
        context, std::move(done), [](const RawResponse& r) { return json::invoice(r.body); },
        ApiError::Kind::OutcomeUnknown,
        [externalId](ApiResult<Invoice>& result) { result.value.externalOrderId = externalId; });
    const auto fieldErrors = QrInvoiceRequest::validate(draft);
    if (!fieldErrors.isEmpty()) {
        return refuse(call, invalidInput(QString(), fieldErrors));
    }
    setJsonBody(*call, QrInvoiceRequest::body(draft, externalId));
    call->ownRateLimit = true; // qr_rate_limit (per organisation) and the daily caps: other requests go on
    return submit(call);
}

RequestId ApiClient::watchQrInvoice(qint64 id, QObject* context, ApiCallback<Invoice> done)
{
    auto call = makeCall<Invoice>("GET", idPath("/invoices/", id), Priority::User, context, std::move(done),
        [](const RawResponse& r) { return json::invoice(r.body); });
    call->qrWatchBudget = true;
    // Not a person's action: it must not count as "someone is working at the counter" for background pacing.
    call->id = m_transport->nextId();
    m_transport->submit(call);
    return call->id;
}

RequestId ApiClient::probeQrInvoices(QObject* context, ApiCallback<bool> done)
{
    auto inner = [done](const ApiResult<bool>& result) {
        if (!done) {
            return;
        }
        if (result.error.kind == ApiError::Kind::NotFound) {
            done(ApiResult<bool> { false, {} });
            return;
        }
        done(result);
    };
    auto call = makeCall<bool>("GET", QStringLiteral("/invoices/stats"), Priority::Background, context,
        std::move(inner), [](const RawResponse&) {
            return Decoded<bool> { true, {} };
        });
    call->query = { { QStringLiteral("period"), QStringLiteral("today") } };
    return submit(call);
}

RequestId ApiClient::cancelInvoice(qint64 id, QObject* context, ApiCallback<CancelResult> done)
{
    auto call = std::make_shared<ApiCall>();
    call->verb = QByteArrayLiteral("POST");
    call->path = idPath("/invoices/", id, "/cancel");
    call->context = context;
    call->hasContext = context != nullptr;
    // The refusal of a QR invoice is named in the result's value, with the time it stops when the answer has one.
    auto stopsAt = std::make_shared<QDateTime>();
    const auto deliver = deliverTo<CancelResult>(
        context, std::move(done), [](const RawResponse& r) { return json::cancelResult(r.body, r.httpStatus); },
        ApiError::Kind::UnexpectedResponse,
        [stopsAt](ApiResult<CancelResult>& result) {
            if (result.error.kind == ApiError::Kind::Conflict && result.error.reason == u"qr_cancel_unsupported") {
                result.value.qrCancelUnsupported = true;
                result.value.qrStopsAt = *stopsAt;
            }
        });
    call->finish = [deliver, stopsAt](const ApiError& error, const RawResponse& response) {
        if (error.kind == ApiError::Kind::Conflict) {
            *stopsAt = QrInvoiceRequest::cancelRefusalExpiresAt(response.body);
        }
        return deliver(error, response);
    };
    return submit(call);
}

} // namespace apipay
