// libFuzzer target: ApiErrorMapper on a RawResponse built from the fuzz bytes.
// Layout: byte 0 = flags (timed out, cancelled, safe to resend), byte 1 = network error, bytes 2–3 = HTTP status
// (mod 1000), then "reason phrase\nname: value\n…\n\n" and the body.
// Checks: every error has a non-empty text for people and a title; the API key never reaches any text; a 4xx/5xx
// is always an error; a 429 asks for a wait of 1 s … 1 day.

#include "api/apierrormapper.h"
#include "fuzzcheck.h"

using namespace apipay;

namespace {

const QString kApiKey = QStringLiteral("apk_Fz7Qx9LmKEY");

bool leaksKey(const QString& text)
{
    return text.contains(kApiKey);
}

RawResponse responseFrom(const QByteArray& rest, int status)
{
    RawResponse response;
    response.httpStatus = status;
    const qsizetype split = rest.indexOf("\n\n");
    const QByteArray head = split < 0 ? rest : rest.left(split);
    response.body = split < 0 ? QByteArray() : rest.mid(split + 2);
    const QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i == 0) {
            response.reasonPhrase = QString::fromUtf8(lines.at(i));
            continue;
        }
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0) {
            response.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
        }
    }
    return response;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 4) {
        return 0;
    }
    static const QNetworkReply::NetworkError kErrors[] = {
        QNetworkReply::NoError,
        QNetworkReply::ConnectionRefusedError,
        QNetworkReply::RemoteHostClosedError,
        QNetworkReply::HostNotFoundError,
        QNetworkReply::TimeoutError,
        QNetworkReply::OperationCanceledError,
        QNetworkReply::SslHandshakeFailedError,
        QNetworkReply::TemporaryNetworkFailureError,
        QNetworkReply::NetworkSessionFailedError,
        QNetworkReply::ProxyConnectionRefusedError,
        QNetworkReply::ContentAccessDenied,
        QNetworkReply::ContentNotFoundError,
        QNetworkReply::ProtocolFailure,
        QNetworkReply::InternalServerError,
        QNetworkReply::UnknownNetworkError,
        QNetworkReply::UnknownContentError,
    };
    ApiErrorMapper::Outcome outcome;
    outcome.timedOut = (data[0] & 1) != 0;
    outcome.cancelled = (data[0] & 2) != 0;
    outcome.safeToResend = (data[0] & 4) != 0;
    outcome.networkError = kErrors[data[1] % (sizeof(kErrors) / sizeof(kErrors[0]))];
    const int status = ((data[2] << 8) | data[3]) % 1000;
    outcome.response = responseFrom(fuzz::bytes(data + 4, size - 4), status);
    outcome.apiKey = kApiKey;

    const QDateTime now = QDateTime(QDate(2026, 3, 14), QTime(9, 30), Qt::UTC);
    const ApiError error = ApiErrorMapper::map(outcome, now);

    if (outcome.cancelled) {
        FUZZ_CHECK(error.kind == ApiError::Kind::Cancelled, "a cancelled request is reported as cancelled");
    }
    if (!outcome.cancelled && !outcome.timedOut && status >= 400) {
        FUZZ_CHECK(error.isError(), "a 4xx/5xx answer is an error");
    }
    if (error.isError()) {
        FUZZ_CHECK(!error.userText().trimmed().isEmpty(), "an error has a text for people");
        FUZZ_CHECK(!ApiError::kindTitle(error.kind).isEmpty(), "an error has a title");
    }
    FUZZ_CHECK(!leaksKey(error.userText()), "the key is not in the text for people");
    FUZZ_CHECK(!leaksKey(error.message) && !leaksKey(error.reason) && !leaksKey(error.field),
        "the key is not in the server texts");
    for (auto it = error.fieldErrors.cbegin(); it != error.fieldErrors.cend(); ++it) {
        FUZZ_CHECK(!leaksKey(it.key()), "the key is not in a field name");
        for (const QString& message : it.value()) {
            FUZZ_CHECK(!leaksKey(message), "the key is not in a field message");
        }
    }
    if (error.kind == ApiError::Kind::RateLimited) {
        FUZZ_CHECK(error.retryAfterSeconds >= 1 && error.retryAfterSeconds <= 86'400, "a 429 wait is 1 s … 1 day");
    }
    const int wait = ApiErrorMapper::retryAfterSeconds(outcome.response, now);
    FUZZ_CHECK(wait >= 1 && wait <= 86'400, "any Retry-After gives a wait of 1 s … 1 day");
    if (const std::optional<int> header
        = ApiErrorMapper::parseRetryAfter(outcome.response.header("retry-after"), now)) {
        FUZZ_CHECK(*header >= 0, "a Retry-After is never a negative wait");
    }
    (void)ApiErrorMapper::rateLimitRemaining(outcome.response);
    return 0;
}
