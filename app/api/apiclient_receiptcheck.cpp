// ApiClient, part 3: the counter's v2.1 look-ups — "has Kaspi?" and the Kaspi receipt of a paid invoice.
#include "api/apiclient.h"

#include "api/apicallfactory.h"
#include "json/countercheckdecoder.h"

#include <QJsonObject>

namespace apipay {

using namespace detail;

RequestId ApiClient::checkClient(const PhoneNumber& phone, QObject* context, ApiCallback<ClientCheck> done)
{
    auto call = makeCall<ClientCheck>("POST", QStringLiteral("/clients/check"), Priority::User, context,
        std::move(done), [](const RawResponse& r) { return json::clientCheck(r.body); });
    setJsonBody(*call, QJsonObject { { QStringLiteral("phone"), phone.normalized() } });
    call->ownRateLimit = true; // 10 per minute per cashier: its 429 must not hold up the counter's invoice
    return submit(call);
}

RequestId ApiClient::invoiceReceipt(qint64 id, QObject* context, ApiCallback<ReceiptAnswer> done)
{
    auto call = makeCall<ReceiptAnswer>("GET", idPath("/invoices/", id, "/receipt"), Priority::User, context,
        std::move(done), [](const RawResponse& r) { return json::receiptAnswer(r.body, r.httpStatus); });
    call->ownRateLimit = true; // receipt_rate_limited: ReceiptFetcher waits for Retry-After itself
    return submit(call);
}

} // namespace apipay
