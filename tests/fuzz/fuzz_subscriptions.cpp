// libFuzzer target: subscription documents (every shape of create/get/update/pause/resume/cancel), the list and the
// billing history. Checks: ids and amounts as in the JSON; one row per element.

#include "fuzzcheck.h"
#include "json/jsondecoder.h"

using namespace apipay;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);

    const Decoded<Subscription> one = json::subscription(body);
    FUZZ_CHECK(one.ok() || !one.errorField.isEmpty(), "a failed subscription names the field");
    if (one.ok()) {
        if (const std::optional<QJsonObject> root = fuzz::rootObject(body)) {
            const QJsonObject object = fuzz::unwrapped(*root, { u"subscription", u"data" });
            fuzz::checkIdAndMoney(object, one.value.id, QStringLiteral("amount"), one.value.amount,
                "subscription id/amount as in the JSON");
        }
    }

    const Decoded<Page<Subscription>> page = json::subscriptionPage(body, 20);
    FUZZ_CHECK(page.ok() || !page.errorField.isEmpty(), "a failed subscription page names the field");
    if (page.ok()) {
        fuzz::checkPage(body, page.value.items, QStringLiteral("amount"), fuzz::amountOf<Subscription>,
            "subscription rows as in the JSON");
    }

    const Decoded<Page<SubscriptionInvoice>> billing = json::subscriptionInvoicePage(body, 20);
    FUZZ_CHECK(billing.ok() || !billing.errorField.isEmpty(), "a failed billing page names the field");
    if (billing.ok()) {
        fuzz::checkPage(body, billing.value.items, QStringLiteral("amount"), fuzz::amountOf<SubscriptionInvoice>,
            "billing rows as in the JSON");
    }
    return 0;
}
