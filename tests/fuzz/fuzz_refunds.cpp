// libFuzzer target: refund documents — POST /invoices/{id}/refund, GET /invoices/{id}/refunds, GET /refunds.
// Checks: refunds keep the id and amount of their JSON; a list has one refund per element.

#include "fuzzcheck.h"
#include "json/jsondecoder.h"

using namespace apipay;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);

    const Decoded<RefundResult> created = json::refundResult(body);
    FUZZ_CHECK(created.ok() || !created.errorField.isEmpty(), "a failed refund answer names the field");

    const Decoded<InvoiceRefunds> history = json::invoiceRefunds(body);
    FUZZ_CHECK(history.ok() || !history.errorField.isEmpty(), "a failed refund history names the field");
    if (history.ok()) {
        for (const Refund& refund : history.value.refunds) {
            FUZZ_CHECK(!refund.amount || refund.amount->tiyn() != std::numeric_limits<qint64>::min(),
                "refund amounts are representable");
        }
        if (const std::optional<QJsonObject> root = fuzz::rootObject(body)) {
            const QJsonValue invoice = root->value(u"invoice");
            if (invoice.isObject()) {
                fuzz::checkIdAndMoney(invoice.toObject(), history.value.invoice.id, QStringLiteral("amount"),
                    history.value.invoice.amount, "refunded invoice id/amount as in the JSON");
            }
        }
    }

    const Decoded<Page<Refund>> page = json::refundPage(body, 20);
    FUZZ_CHECK(page.ok() || !page.errorField.isEmpty(), "a failed refund page names the field");
    if (page.ok()) {
        fuzz::checkPage(
            body, page.value.items, QStringLiteral("amount"), fuzz::amountOf<Refund>, "refund rows as in the JSON");
    } else {
        FUZZ_CHECK(page.value.items.isEmpty(), "a failed page carries no rows");
    }
    return 0;
}
