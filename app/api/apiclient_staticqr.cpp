// ApiClient, static QR sheets (v2.1): create, list, read, disable.
#include "api/apiclient.h"

#include "api/apicallfactory.h"
#include "api/apirequestbuilder.h"
#include "api/staticqrrequest.h"
#include "json/staticqrdecoder.h"

#include <algorithm>

namespace apipay {

using namespace detail;

namespace {

Decoded<StaticQrSheet> decodeSheet(const RawResponse& response)
{
    return json::staticQrSheet(response.body);
}

} // namespace

RequestId ApiClient::createStaticQr(const StaticQrDraft& draft, QObject* context, ApiCallback<StaticQrSheet> done)
{
    auto call = makeCall<StaticQrSheet>(
        "POST", QStringLiteral("/static-qr"), Priority::User, context, ApiCallback<StaticQrSheet> {}, decodeSheet);
    // A sheet whose answer cannot be read may exist: the caller reads the list back instead of creating another.
    call->finish = deliverTo<StaticQrSheet>(context, std::move(done), decodeSheet, ApiError::Kind::OutcomeUnknown);
    const auto fieldErrors = StaticQrRequest::validate(draft, QDateTime::currentDateTimeUtc());
    if (!fieldErrors.isEmpty()) {
        return refuse(call, invalidInput(QString(), fieldErrors));
    }
    setJsonBody(*call, StaticQrRequest::body(draft));
    return submit(call);
}

RequestId ApiClient::listStaticQr(
    int page, int perPage, QObject* context, ApiCallback<Page<StaticQrSheet>> done, Priority priority)
{
    const int clamped = std::clamp(perPage, 1, ApiRequestBuilder::kMaxPerPage);
    auto call = makeCall<Page<StaticQrSheet>>("GET", QStringLiteral("/static-qr"), priority, context, std::move(done),
        [clamped](const RawResponse& r) { return json::staticQrPage(r.body, clamped); });
    call->query = ApiRequestBuilder::pageQuery(std::max(1, page), clamped);
    return submit(call);
}

RequestId ApiClient::staticQr(qint64 id, QObject* context, ApiCallback<StaticQrSheet> done, Priority priority)
{
    return submit(
        makeCall<StaticQrSheet>("GET", idPath("/static-qr/", id), priority, context, std::move(done), decodeSheet));
}

RequestId ApiClient::disableStaticQr(qint64 id, QObject* context, ApiCallback<StaticQrSheet> done)
{
    auto call = makeCall<StaticQrSheet>(
        "DELETE", idPath("/static-qr/", id), Priority::User, context, ApiCallback<StaticQrSheet> {}, decodeSheet);
    call->finish = deliverTo<StaticQrSheet>(context, std::move(done), decodeSheet, ApiError::Kind::OutcomeUnknown);
    return submit(call);
}

} // namespace apipay
