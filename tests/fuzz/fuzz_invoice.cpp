// libFuzzer target: one invoice document (create / detail / wrapped), the cancel answer and GET /status.
// Checks: a decoded invoice has the id and the amount its JSON says and survives decode → write → decode unchanged;
// a failure always names a field.

#include "fuzzcheck.h"

using namespace apipay;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);

    const Decoded<Invoice> invoice = json::invoice(body);
    FUZZ_CHECK(invoice.ok() || !invoice.errorField.isEmpty(), "a failed invoice names the field");
    if (invoice.ok()) {
        if (const std::optional<QJsonObject> root = fuzz::rootObject(body)) {
            const QJsonObject object = fuzz::unwrapped(*root, { u"invoice", u"data" });
            fuzz::checkIdAndMoney(object, invoice.value.id, QStringLiteral("amount"), invoice.value.amount,
                "invoice id/amount as in the JSON");
        }
        fuzz::checkInvoiceRoundTrip(invoice.value, "invoice decode → write → decode");
    }

    for (const int status : { 200, 202 }) {
        const Decoded<CancelResult> cancel = json::cancelResult(body, status);
        FUZZ_CHECK(cancel.ok() || !cancel.errorField.isEmpty(), "a failed cancel answer names the field");
        if (cancel.ok() && cancel.value.invoice) {
            FUZZ_CHECK(cancel.value.invoice->id == cancel.value.invoiceId || cancel.value.invoiceId == 0,
                "the cancelled invoice is the one reported");
        }
    }

    const Decoded<QString> health = json::healthStatus(body);
    FUZZ_CHECK(health.ok() || !health.errorField.isEmpty(), "a failed health answer names the field");
    return 0;
}
