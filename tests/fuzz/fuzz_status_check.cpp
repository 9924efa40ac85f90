// libFuzzer target: POST /invoices/status/check answers (list of statuses, or the "jobs dispatched" form).
// Checks: one update per element of `invoices`, each with the id and amount of its element.

#include "fuzzcheck.h"
#include "json/jsondecoder.h"

using namespace apipay;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    const Decoded<StatusCheckResult> result = json::statusCheck(body);
    FUZZ_CHECK(result.ok() || !result.errorField.isEmpty(), "a failed status check names the field");
    if (!result.ok()) {
        return 0;
    }
    const std::optional<QJsonObject> root = fuzz::rootObject(body);
    if (!root) {
        return 0;
    }
    const QJsonValue list = root->value(u"invoices");
    if (!list.isArray()) {
        FUZZ_CHECK(result.value.invoices.isEmpty(), "no statuses without an invoices list");
        return 0;
    }
    const QJsonArray elements = list.toArray();
    FUZZ_CHECK(!result.value.dispatchedOnly, "a list of statuses is not the dispatched form");
    FUZZ_CHECK(elements.size() == result.value.invoices.size(), "one update per element");
    for (qsizetype i = 0; i < elements.size(); ++i) {
        const InvoiceStatusUpdate& update = result.value.invoices.at(i);
        fuzz::checkIdAndMoney(elements.at(i).toObject(), update.id, QStringLiteral("amount"), update.amount,
            "status update id/amount as in the JSON");
    }
    return 0;
}
