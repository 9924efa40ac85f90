// libFuzzer target: catalog documents — units, list pages, image upload, create (accepted/rejected), update/delete.
// Checks: items keep the id and selling price of their JSON; one created item per element; 202 = queued.

#include "fuzzcheck.h"
#include "json/jsondecoder.h"

using namespace apipay;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);

    const Decoded<QList<CatalogUnit>> units = json::catalogUnits(body);
    FUZZ_CHECK(units.ok() || !units.errorField.isEmpty(), "failed units name the field");

    const Decoded<Page<CatalogItem>> page = json::catalogPage(body, 20);
    FUZZ_CHECK(page.ok() || !page.errorField.isEmpty(), "a failed catalog page names the field");
    if (page.ok()) {
        fuzz::checkPage(
            body, page.value.items, QStringLiteral("selling_price"),
            [](const CatalogItem& item) { return item.sellingPrice; }, "catalog rows as in the JSON");
    }

    const Decoded<QString> image = json::uploadedImageId(body);
    FUZZ_CHECK(image.ok() != image.value.isEmpty() || !image.ok(), "an uploaded image has an id");
    FUZZ_CHECK(image.ok() || !image.errorField.isEmpty(), "a failed upload answer names the field");

    const Decoded<CatalogCreateResult> created = json::catalogCreateResult(body);
    FUZZ_CHECK(created.ok() || !created.errorField.isEmpty(), "a failed create answer names the field");
    if (created.ok()) {
        if (const std::optional<QJsonObject> root = fuzz::rootObject(body)) {
            const QJsonValue list = root->value(u"data").isArray() ? root->value(u"data") : root->value(u"items");
            if (list.isArray()) {
                FUZZ_CHECK(list.toArray().size() == created.value.created.size(), "one created item per element");
            }
        }
    }

    for (const int status : { 200, 202 }) {
        const Decoded<CatalogWriteResult> write = json::catalogWriteResult(body, status, 42);
        FUZZ_CHECK(write.ok() || !write.errorField.isEmpty(), "a failed write answer names the field");
        if (write.ok()) {
            FUZZ_CHECK(write.value.queued == (status == 202), "202 means queued, 200 means done");
        }
    }
    return 0;
}
