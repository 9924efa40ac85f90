// libFuzzer target: static QR sheet documents (the card, wrapped or not) and their list. Checks: ids and amounts as in
// the JSON; one row per element.

#include "fuzzcheck.h"
#include "json/staticqrdecoder.h"

using namespace apipay;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);

    const Decoded<StaticQrSheet> one = json::staticQrSheet(body);
    FUZZ_CHECK(one.ok() || !one.errorField.isEmpty(), "a failed sheet names the field");
    if (one.ok()) {
        if (const std::optional<QJsonObject> root = fuzz::rootObject(body)) {
            const QJsonObject object = fuzz::unwrapped(*root, { u"static_qr", u"data" });
            fuzz::checkIdAndMoney(
                object, one.value.id, QStringLiteral("amount"), one.value.amount, "sheet id/amount as in the JSON");
        }
    }

    const Decoded<Page<StaticQrSheet>> page = json::staticQrPage(body, 25);
    FUZZ_CHECK(page.ok() || !page.errorField.isEmpty(), "a failed sheet page names the field");
    if (page.ok()) {
        fuzz::checkPage(body, page.value.items, QStringLiteral("amount"), fuzz::amountOf<StaticQrSheet>,
            "sheet rows as in the JSON");
    }
    return 0;
}
