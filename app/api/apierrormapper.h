#pragma once

#include "api/apicall.h"
#include "api/apierror.h"

#include <QDateTime>
#include <QNetworkReply>

#include <optional>

namespace apipay {

// Classifies the end of one request into an ApiError (docs/api-contract.md, T9, D3, D4). Pure functions.
class ApiErrorMapper
{
public:
    struct Outcome
    {
        QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
        bool timedOut = false; // the client's own idle timeout or total deadline fired
        qint64 tooLargeLimit = 0; // > 0: the answer passed this cap and was cut off (its body is incomplete)
        bool cancelled = false; // ApiClient::cancel()
        bool safeToResend = false; // GET / status check: never "outcome unknown"
        RawResponse response;
        QString apiKey; // scrubbed from every server text
    };

    // Kind::None for a 2xx answer without a network error.
    static ApiError map(const Outcome& outcome, const QDateTime& nowUtc = QDateTime::currentDateTimeUtc());

    // The wait a 429 asks for: the largest of Retry-After (seconds or HTTP-date), body retry_after and
    // retry_after_seconds; 60 when none is present; at least 1.
    static int retryAfterSeconds(const RawResponse& response, const QDateTime& nowUtc);
    // Retry-After header value: delta-seconds or an HTTP-date (IMF-fixdate, RFC 850, asctime). nullopt if unreadable.
    static std::optional<int> parseRetryAfter(const QByteArray& value, const QDateTime& nowUtc);
    // X-RateLimit-Remaining, nullopt when absent or unreadable.
    static std::optional<int> rateLimitRemaining(const RawResponse& response);

    // T9 on a JSON error body: reason, message, field errors, invoice_id. Returns false if the body is no JSON object
    // carrying any of message / error / error_code / errors.
    static bool readErrorBody(const QByteArray& body, ApiError& error);

    // Replaces every occurrence of the key with "****" (servers might echo it back).
    static QString redact(QString text, const QString& apiKey);
    static void redact(ApiError& error, const QString& apiKey);
};

} // namespace apipay
