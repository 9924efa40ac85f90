#include "api/apitransport.h"

#include "api/apierrormapper.h"
#include "api/apirequestbuilder.h"
#include "api/oneshotuploaddevice.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>
#include <limits>

Q_LOGGING_CATEGORY(lcApi, "apipay.api")

namespace apipay {

namespace {

// Status and headers of the answer; the body is read separately, under the size cap.
RawResponse readHead(QNetworkReply* reply)
{
    RawResponse response;
    response.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.reasonPhrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    const auto pairs = reply->rawHeaderPairs();
    for (const auto& [name, value] : pairs) {
        response.headers.insert(name.toLower(), value);
    }
    return response;
}

constexpr int kDefaultIdleTimeoutMs = 30'000;
constexpr int kDefaultDeadlineMs = 60'000;
constexpr qint64 kDefaultMaxResponseBytes = 8 * 1024 * 1024;
constexpr qint64 kReadAheadBytes = 256 * 1024;

ApiError cancelledError()
{
    ApiError error;
    error.kind = ApiError::Kind::Cancelled;
    return error;
}

ApiError invalidRequest(const QString& message)
{
    ApiError error;
    error.kind = ApiError::Kind::InvalidRequest;
    error.message = message;
    return error;
}

} // namespace

ApiTransport::ApiTransport(QNetworkAccessManager* nam, QObject* parent)
    : QObject(parent)
    , m_nam(nam)
    , m_scheduler(&m_budget, [this](const ApiCallPtr& call) { send(call); })
{
    m_slotTimer.setSingleShot(true);
    connect(&m_slotTimer, &QTimer::timeout, this, &ApiTransport::updateState);
    connect(&m_scheduler, &RequestScheduler::pumped, this, &ApiTransport::updateState);
}

ApiTransport::~ApiTransport()
{
    m_scheduler.takeAll();
    const auto inFlight = m_inFlight;
    m_inFlight.clear();
    for (const InFlight& entry : inFlight) {
        if (entry.reply) {
            entry.reply->disconnect(this);
            entry.reply->abort();
            entry.reply->deleteLater();
        }
    }
}

void ApiTransport::setConfig(const ApiClient::Config& config)
{
    m_config = config;
    m_budget.configure(RequestBudget::hashKey(config.apiKey), config.requestsPerMinute, config.budgetWindowMs);
    m_scheduler.pump();
    updateState();
}

void ApiTransport::submit(const ApiCallPtr& call)
{
    if (!m_config.baseUrl.isValid() || m_config.baseUrl.isEmpty()) {
        finishLater(call,
            invalidRequest(QCoreApplication::translate(
                "apipay::ApiClient", "The ApiPay server address is not set. Open Settings and choose it.")));
        return;
    }
    if (call->authenticated && m_config.apiKey.isEmpty()) {
        finishLater(call,
            invalidRequest(QCoreApplication::translate("apipay::ApiClient",
                "No API key is set. Open Settings and enter the key from the ApiPay "
                "dashboard.")));
        return;
    }
    m_scheduler.enqueue(call);
    updateState();
}

void ApiTransport::finishLater(const ApiCallPtr& call, const ApiError& error)
{
    ++m_pendingFinishes;
    QMetaObject::invokeMethod(
        this,
        [this, call, error] {
            --m_pendingFinishes;
            const QPointer<ApiTransport> alive(this);
            finish(call, error, RawResponse());
            if (alive) {
                updateState();
            }
        },
        Qt::QueuedConnection);
    updateState();
}

void ApiTransport::send(const ApiCallPtr& call)
{
    const QUrl url = ApiRequestBuilder::joinUrl(m_config.baseUrl, call->path, call->query);
    QNetworkRequest request(url);
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("ApiPayDesk"));
    // Redirects are never followed: the key must not travel to another URL.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    const bool withKey = call->authenticated && ApiRequestBuilder::isUnderBase(url, m_config.baseUrl);
    if (withKey) {
        request.setRawHeader(QByteArrayLiteral("X-API-Key"), m_config.apiKey.toUtf8());
    }
    if (!call->contentType.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, call->contentType);
    } else if (call->verb != "GET" && call->verb != "DELETE") {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    }
    qCDebug(lcApi).noquote() << call->verb << url.toDisplayString()
                             << (withKey ? QStringLiteral("X-API-Key: ****") : QStringLiteral("(no key)"));

    QNetworkReply* reply = m_nam ? start(*call, request) : nullptr;
    if (!reply) {
        ApiError error;
        error.kind = ApiError::Kind::Offline;
        finishLater(call, error);
        return;
    }
    m_inFlight.insert(reply, InFlight { call, reply, false, 0, QByteArray() });
    watchReply(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReplyFinished(reply); });
    // The QNetworkAccessManager deletes its replies when it is destroyed first: without this the call would never
    // finish (and the client would stay busy). Normal endings disconnect the reply before deleting it.
    connect(reply, &QObject::destroyed, this, [this, reply] {
        const auto it = m_inFlight.find(reply);
        if (it == m_inFlight.end()) {
            return;
        }
        const ApiCallPtr lost = it->call;
        m_inFlight.erase(it);
        ApiError error;
        error.kind = lost->safeToResend ? ApiError::Kind::Offline : ApiError::Kind::OutcomeUnknown;
        finishLater(lost, error);
    });
    if (reply->isFinished()) {
        // Some failures finish the reply before we could connect; handled once (onReplyFinished ignores repeats).
        const QPointer<QNetworkReply> guard(reply);
        QMetaObject::invokeMethod(
            this,
            [this, guard] {
                if (guard) {
                    onReplyFinished(guard.data());
                }
            },
            Qt::QueuedConnection);
    }
}

void ApiTransport::watchReply(QNetworkReply* reply)
{
    // Idle timeout: restarted by every byte that moves. The total deadline is not: a server that trickles a byte a
    // second would otherwise hold the request for ever.
    auto* idle = new QTimer(reply);
    idle->setSingleShot(true);
    connect(idle, &QTimer::timeout, this, [this, reply] { cutOff(reply, false); });
    auto restart = [idle] { idle->start(); };
    connect(reply, &QNetworkReply::downloadProgress, idle, restart);
    connect(reply, &QNetworkReply::uploadProgress, idle, restart);
    idle->start(m_config.timeoutMs > 0 ? m_config.timeoutMs : kDefaultIdleTimeoutMs);

    auto* deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [this, reply] { cutOff(reply, false); });
    deadline->start(m_config.totalDeadlineMs > 0 ? m_config.totalDeadlineMs : kDefaultDeadlineMs);

    // Size cap: a Content-Length above it is refused before any of the body is read; a body without one (chunked,
    // or endless) is read as it arrives and cut off as soon as it passes the cap, so at most about the cap is kept.
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        const qint64 cap = m_config.maxResponseBytes > 0 ? m_config.maxResponseBytes : kDefaultMaxResponseBytes;
        if (length.isValid() && length.toLongLong() > cap) {
            cutOff(reply, true);
        }
    });
    connect(reply, &QIODevice::readyRead, this, [this, reply] { readArrived(reply); });
    // Back-pressure: the network thread reads ahead of this one only this far, so a fast endless body cannot pile
    // up in queued events before the cap is seen.
    const qint64 cap = m_config.maxResponseBytes > 0 ? m_config.maxResponseBytes : kDefaultMaxResponseBytes;
    reply->setReadBufferSize(std::min<qint64>(cap, kReadAheadBytes));
}

void ApiTransport::readArrived(QNetworkReply* reply)
{
    const auto it = m_inFlight.find(reply);
    if (it == m_inFlight.end() || it->tooLargeLimit > 0) {
        return;
    }
    const qint64 cap = m_config.maxResponseBytes > 0 ? m_config.maxResponseBytes : kDefaultMaxResponseBytes;
    const qint64 available = reply->bytesAvailable();
    if (available <= 0) {
        return;
    }
    if (it->body.size() + available > cap) {
        cutOff(reply, true);
        return;
    }
    it->body += reply->read(available);
}

void ApiTransport::cutOff(QNetworkReply* reply, bool tooLarge)
{
    const auto it = m_inFlight.find(reply);
    if (it == m_inFlight.end()) {
        return;
    }
    if (tooLarge) {
        it->tooLargeLimit = m_config.maxResponseBytes > 0 ? m_config.maxResponseBytes : kDefaultMaxResponseBytes;
        it->body.clear();
    } else {
        it->timedOut = true;
    }
    // abort() finishes the reply at once: onReplyFinished maps it (ResponseTooLarge / Timeout / OutcomeUnknown).
    reply->abort();
}

QNetworkReply* ApiTransport::start(const ApiCall& call, const QNetworkRequest& request)
{
    if (call.verb == "GET") {
        return m_nam->get(request);
    }
    if (call.safeToResend) {
        // The status check is a read in POST clothing: Qt may re-send it, and so may we after a 429.
        return m_nam->sendCustomRequest(request, call.verb, call.jsonBody);
    }
    // Every write — POST, PUT, PATCH, DELETE, the multipart upload — goes out with a body Qt cannot rewind (empty
    // for DELETE). QNetworkAccessManager re-sends a request by itself when the connection closes before the answer,
    // but only after rewinding its body; a body that refuses to rewind makes that attempt fail with
    // ContentReSendError instead, so the server sees each write at most once and the caller learns that the outcome
    // is unknown.
    QNetworkRequest oneShot = request;
    oneShot.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    // HTTP/1.1 only: the path verified against a real socket (HTTP/2 streams are re-sent by other rules).
    oneShot.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    oneShot.setHeader(QNetworkRequest::ContentLengthHeader, call.jsonBody.size());
    auto* device = new OneShotUploadDevice(call.jsonBody);
    QNetworkReply* reply = call.verb == "POST" ? m_nam->post(oneShot, device)
        : call.verb == "PUT"                   ? m_nam->put(oneShot, device)
                                               : m_nam->sendCustomRequest(oneShot, call.verb, device);
    device->setParent(reply);
    return reply;
}

void ApiTransport::onReplyFinished(QNetworkReply* reply)
{
    const auto it = m_inFlight.find(reply);
    if (it == m_inFlight.end()) {
        return;
    }
    const InFlight entry = *it;
    m_inFlight.erase(it);
    reply->disconnect(this);
    reply->deleteLater();

    const ApiCallPtr call = entry.call;
    ApiErrorMapper::Outcome outcome;
    outcome.networkError = reply->error();
    outcome.timedOut = entry.timedOut;
    outcome.tooLargeLimit = entry.tooLargeLimit;
    outcome.cancelled = call->cancelRequested;
    outcome.safeToResend = call->safeToResend;
    outcome.response = readHead(reply);
    if (entry.tooLargeLimit == 0 && reply->isOpen()) {
        const qint64 cap = m_config.maxResponseBytes > 0 ? m_config.maxResponseBytes : kDefaultMaxResponseBytes;
        const qint64 rest = reply->bytesAvailable();
        if (entry.body.size() + rest > cap) {
            outcome.tooLargeLimit = cap;
        } else {
            outcome.response.body = entry.body + reply->readAll();
        }
    }
    outcome.apiKey = m_config.apiKey;
    const RawResponse& response = outcome.response;

    qCDebug(lcApi).noquote() << call->verb << call->path << "→" << response.httpStatus << reply->error();

    if (const auto remaining = ApiErrorMapper::rateLimitRemaining(response)) {
        if (m_budget.syncRemaining(*remaining)) {
            const qint64 ms = m_budget.msUntilAvailable();
            Q_EMIT rateLimited(static_cast<int>((ms + 999) / 1000));
        }
    }

    if (response.httpStatus == 429 && !outcome.cancelled && !outcome.timedOut && outcome.tooLargeLimit == 0) {
        const int seconds = ApiErrorMapper::retryAfterSeconds(response, QDateTime::currentDateTimeUtc());
        const qint64 msPerSecond = m_config.msPerRetryAfterSecond > 0 ? m_config.msPerRetryAfterSecond : 1000;
        m_budget.pauseFor(seconds * msPerSecond);
        qCInfo(lcApi).noquote() << "rate limited for" << seconds << "s:" << call->verb << call->path;
        Q_EMIT rateLimited(seconds);
        if (call->safeToResend && call->rateLimitRetries < m_config.maxRateLimitRetries) {
            ++call->rateLimitRetries;
            m_scheduler.enqueue(call, /*atFront=*/true);
            updateState();
            return;
        }
    }

    const ApiError error = ApiErrorMapper::map(outcome);
    // A slot or the callback may destroy the ApiClient (and this transport), e.g. when a 401 closes the session.
    const QPointer<ApiTransport> alive(this);
    if (error.kind == ApiError::Kind::Unauthorized) {
        Q_EMIT unauthorized();
        if (!alive) {
            return;
        }
    }
    finish(call, error, response);
    if (!alive) {
        return;
    }
    m_scheduler.pump();
    updateState();
}

void ApiTransport::finish(const ApiCallPtr& call, const ApiError& error, const RawResponse& response)
{
    if (call->finished) {
        return;
    }
    call->finished = true;
    if (call->finish) {
        call->finish(error, response);
    }
}

bool ApiTransport::cancel(RequestId id)
{
    if (const ApiCallPtr queued = m_scheduler.take(id)) {
        queued->cancelRequested = true;
        finishLater(queued, cancelledError());
        return true;
    }
    for (auto it = m_inFlight.begin(); it != m_inFlight.end(); ++it) {
        if (it->call->id == id && !it->call->finished) {
            const InFlight entry = *it;
            m_inFlight.erase(it);
            abandon(entry);
            return true;
        }
    }
    return false;
}

void ApiTransport::cancelAll()
{
    const QList<ApiCallPtr> queued = m_scheduler.takeAll();
    for (const ApiCallPtr& call : queued) {
        call->cancelRequested = true;
        finishLater(call, cancelledError());
    }
    const auto inFlight = m_inFlight;
    m_inFlight.clear();
    for (const InFlight& entry : inFlight) {
        abandon(entry);
    }
}

void ApiTransport::abandon(const InFlight& entry)
{
    // Cancelling often happens while the caller is being destroyed (a model's destructor): nothing may run inside
    // cancel(). The reply is detached before the abort (QNetworkReply::abort() emits finished synchronously), and the
    // call finishes from the event loop, where a destroyed context drops it. The call stays counted as busy until
    // then (m_pendingFinishes), so busyChanged / budgetChanged are not emitted from here either.
    entry.call->cancelRequested = true;
    if (entry.reply) {
        entry.reply->disconnect(this);
        entry.reply->abort();
        entry.reply->deleteLater();
    }
    ++m_pendingFinishes;
    const ApiCallPtr call = entry.call;
    QMetaObject::invokeMethod(
        this,
        [this, call] {
            --m_pendingFinishes;
            const QPointer<ApiTransport> alive(this);
            finish(call, cancelledError(), RawResponse());
            if (alive) {
                m_scheduler.pump();
                updateState();
            }
        },
        Qt::QueuedConnection);
}

void ApiTransport::updateState()
{
    const int remaining = m_budget.remaining();
    if (remaining != m_lastRemaining) {
        m_lastRemaining = remaining;
        Q_EMIT budgetChanged(remaining);
    }
    const bool busy = m_scheduler.size() > 0 || !m_inFlight.isEmpty() || m_pendingFinishes > 0;
    if (busy != m_lastBusy) {
        m_lastBusy = busy;
        Q_EMIT busyChanged(busy);
    }
    qint64 next = m_budget.isPaused() ? m_budget.msUntilAvailable() : -1;
    if (remaining < m_budget.limit()) {
        const qint64 slot = m_budget.msUntilNextSlotFrees();
        if (slot > 0 && (next <= 0 || slot < next)) {
            next = slot;
        }
    }
    if (next > 0) {
        m_slotTimer.start(static_cast<int>(std::min<qint64>(next, std::numeric_limits<int>::max())));
    } else {
        m_slotTimer.stop();
    }
}

} // namespace apipay
