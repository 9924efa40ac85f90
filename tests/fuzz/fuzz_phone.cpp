// libFuzzer target: the phone parsers (PhoneNumber for typed input, json::phone for server values).
// Checks: normalising is idempotent; the normal form is 11 digits starting with 8; display and normal form parse
// back to the same number; json::phone agrees with PhoneNumber on the normal form.

#include "fuzzcheck.h"
#include "money/phonenumber.h"
#include "json/jsondecoder.h"

using namespace apipay;

namespace {

bool isNormalForm(const QString& digits)
{
    if (digits.size() != 11 || digits.at(0) != u'8') {
        return false;
    }
    for (const QChar c : digits) {
        if (c < u'0' || c > u'9') {
            return false;
        }
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(fuzz::bytes(data, size));

    const PhoneNumber::ParseResult typed = PhoneNumber::parse(text);
    FUZZ_CHECK(typed.ok() == (typed.error == PhoneNumber::ParseError::None), "ok ⇔ no error");
    if (!typed.ok()) {
        FUZZ_CHECK(!PhoneNumber::errorText(typed.error).isEmpty(), "every phone error has a text");
    } else {
        const QString normal = typed.value->normalized();
        FUZZ_CHECK(isNormalForm(normal), "the normal form is 8XXXXXXXXXX");
        const PhoneNumber::ParseResult again = PhoneNumber::parse(normal);
        FUZZ_CHECK(again.ok() && *again.value == *typed.value, "normalising is idempotent");
        const PhoneNumber::ParseResult shown = PhoneNumber::parse(typed.value->display());
        FUZZ_CHECK(shown.ok() && *shown.value == *typed.value, "the displayed number parses back");
        FUZZ_CHECK(json::phone(normal) == normal, "the server reader keeps the normal form");
    }

    const QString server = json::phone(text);
    if (!server.isEmpty()) {
        FUZZ_CHECK(isNormalForm(server), "the server reader gives 8XXXXXXXXXX");
        FUZZ_CHECK(json::phone(server) == server, "the server reader is idempotent");
        const PhoneNumber::ParseResult asTyped = PhoneNumber::parse(server);
        FUZZ_CHECK(asTyped.ok() && asTyped.value->normalized() == server, "a server phone is a valid typed phone");
    }
    return 0;
}
