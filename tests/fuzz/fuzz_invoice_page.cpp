// libFuzzer target: GET /invoices pages in every envelope.
// Checks: one invoice per element of `data`, each with its own id and amount and each surviving decode → write →
// decode unchanged; page numbers are sane.

#include "fuzzcheck.h"

using namespace apipay;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    const Decoded<Page<Invoice>> page = json::invoicePage(body, 20);
    FUZZ_CHECK(page.ok() || !page.errorField.isEmpty(), "a failed page names the field");
    if (!page.ok()) {
        FUZZ_CHECK(page.value.items.isEmpty(), "a failed page carries no rows");
        return 0;
    }
    fuzz::checkPage(
        body, page.value.items, QStringLiteral("amount"), fuzz::amountOf<Invoice>, "invoice rows as in the JSON");
    for (const Invoice& invoice : page.value.items) {
        fuzz::checkInvoiceRoundTrip(invoice, "invoice row decode → write → decode");
    }
    FUZZ_CHECK(page.value.perPage >= 0, "per page is not negative");
    if (page.value.lastPage) {
        // hasMore() must be answerable without overflow or a page loop.
        (void)page.value.hasMore();
    }
    return 0;
}
