// libFuzzer target: the counter draft reader (CounterDraftStore::fromJson, the file restored after a crash).
// Checks: a damaged file is refused with a reason; a restored draft writes and reads back unchanged; restored lines
// can be sent (positive item id and count, non-negative prices) and the discount is in range.

#include "counter/counterdraftstore.h"
#include "fuzzcheck.h"

using namespace apipay;

namespace {

bool sameLine(const CounterDraft::Line& a, const CounterDraft::Line& b)
{
    return a.catalogItemId == b.catalogItemId && a.name == b.name && a.unitName == b.unitName
        && a.imageUrl == b.imageUrl && a.barcode == b.barcode && a.catalogPrice == b.catalogPrice
        && a.customPrice == b.customPrice && a.count == b.count && a.unitId == b.unitId;
}

bool sameDraft(const CounterDraft& a, const CounterDraft& b)
{
    if (a.cartMode != b.cartMode || a.amountText != b.amountText || a.phoneText != b.phoneText
        || a.description != b.description || a.note != b.note || a.externalOrderId != b.externalOrderId
        || a.discountPercent != b.discountPercent || a.submissionStarted != b.submissionStarted
        || a.lines.size() != b.lines.size()) {
        return false;
    }
    for (qsizetype i = 0; i < a.lines.size(); ++i) {
        if (!sameLine(a.lines.at(i), b.lines.at(i))) {
            return false;
        }
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QString error;
    const std::optional<CounterDraft> draft = CounterDraftStore::fromJson(fuzz::bytes(data, size), &error);
    if (!draft) {
        FUZZ_CHECK(!error.isEmpty(), "a refused draft says why");
        return 0;
    }
    FUZZ_CHECK(draft->discountPercent >= 0 && draft->discountPercent <= 100, "the discount is a percentage");
    for (const CounterDraft::Line& line : draft->lines) {
        FUZZ_CHECK(line.catalogItemId > 0 && line.count > 0, "restored lines can be sent");
        FUZZ_CHECK(!line.catalogPrice || !line.catalogPrice->isNegative(), "prices are not negative");
        FUZZ_CHECK(!line.customPrice || !line.customPrice->isNegative(), "custom prices are not negative");
    }
    QString againError;
    const std::optional<CounterDraft> again
        = CounterDraftStore::fromJson(CounterDraftStore::toJson(*draft), &againError);
    FUZZ_CHECK(again.has_value(), "a restored draft can be saved and restored again");
    FUZZ_CHECK(sameDraft(*draft, *again), "save → restore keeps the draft unchanged");
    return 0;
}
