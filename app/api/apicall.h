#pragma once

#include "api/apierror.h"
#include "api/apiresult.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

namespace apipay {

// What came back for one request. httpStatus is 0 when there was no HTTP answer at all.
struct RawResponse
{
    int httpStatus = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QString reasonPhrase;

    QByteArray header(const QByteArray& lowerCaseName) const { return headers.value(lowerCaseName); }
};

// One request as the transport queues, sends and finishes it (internal to app/api).
struct ApiCall
{
    RequestId id = 0;
    Priority priority = Priority::User;
    QByteArray verb = QByteArrayLiteral("GET"); // GET, POST, PUT, PATCH, DELETE
    QString path; // relative to the base URL, e.g. "/invoices/42"
    QList<QPair<QString, QString>> query; // decoded key/value pairs, in order (status[] repeats)
    bool hasJsonBody = false;
    QByteArray jsonBody; // the body of any write: JSON, or the whole multipart form of an upload
    // Empty: application/json for a write with a body. Set for multipart uploads (with the boundary).
    QByteArray contentType;
    bool authenticated = true; // false only for GET /status
    // GET and POST /invoices/status/check: safe to re-send after a 429 and never "outcome unknown" (D3).
    bool safeToResend = false;
    int rateLimitRetries = 0;
    // A route with its own server-side limit (client check, QR creation, receipt): its 429 speaks of that limit
    // only, so it neither pauses nor re-sends anything else; the caller waits (the error carries Retry-After).
    bool ownRateLimit = false;
    // Counted in the QR watch budget (ApiClient::Config::qrWatchRequestsPerMinute) instead of the general one.
    bool qrWatchBudget = false;
    // The caller's context: a queued read whose context is gone is dropped without spending the budget.
    QPointer<QObject> context;
    bool hasContext = false;
    bool contextGone() const { return hasContext && context.isNull(); }
    bool cancelRequested = false;
    bool finished = false;
    // Runs exactly once: the error (Kind::None for a 2xx answer) and the raw response. Returns what the caller was
    // given: Kind::None when the answer was read, else the error (a 2xx answer that could not be decoded is one).
    std::function<ApiError(const ApiError&, const RawResponse&)> finish;
};

using ApiCallPtr = std::shared_ptr<ApiCall>;

} // namespace apipay
