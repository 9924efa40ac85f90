// libFuzzer target: the Antom import (pay response JSON, bare codeValue, URL).
// Checks: success ⇔ no error text; the QR content is never empty nor longer than Antom allows; a QR content that is a
// single token imports again as itself (what the app shows can be pasted back).

#include "fuzzcheck.h"
#include "qr/antompayresponse.h"

using namespace apipay;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const AntomPayResponse::ParseResult result = AntomPayResponse::parse(input);
    if (!result.ok()) {
        FUZZ_CHECK(!result.errorText.trimmed().isEmpty(), "a refused import says why");
        return 0;
    }
    const AntomPayResponse& response = *result.response;
    const QString code = response.codeValue();
    FUZZ_CHECK(!code.isEmpty(), "an import has QR content");
    FUZZ_CHECK(code.size() <= AntomPayResponse::kMaxCodeValueLength, "the QR content fits Antom's limit");
    (void)response.resultText();
    const QDateTime now = QDateTime(QDate(2026, 3, 14), QTime(9, 30), Qt::UTC);
    if (const std::optional<qint64> left = response.secondsLeft(now)) {
        FUZZ_CHECK((*left <= 0) == response.isExpired(now), "expired exactly when no time is left");
    }

    bool singleToken = !code.startsWith(u'{') && !code.startsWith(u'[');
    for (const QChar c : code) {
        if (c.isSpace() || c.category() == QChar::Other_Control || c.isSurrogate()) {
            singleToken = false;
        }
    }
    if (singleToken) {
        const AntomPayResponse::ParseResult again = AntomPayResponse::parse(code.toUtf8());
        FUZZ_CHECK(again.ok(), "the QR content imports again");
        FUZZ_CHECK(again.response->codeValue() == code, "and gives the same QR content");
    }
    return 0;
}
