#include "api/apitransport.h"

#include "api/apierrormapper.h"
#include "api/apirequestbuilder.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>
#include <limits>
#include <utility>

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
    , m_qrWatchScheduler(&m_qrWatchBudget, [this](const ApiCallPtr& call) { send(call); })
{
    connect(&m_qrWatchScheduler, &RequestScheduler::pumped, this, &ApiTransport::updateState);
    m_slotTimer.setSingleShot(true);
    connect(&m_slotTimer, &QTimer::timeout, this, &ApiTransport::updateState);
    connect(&m_scheduler, &RequestScheduler::pumped, this, &ApiTransport::updateState);
}

ApiTransport::~ApiTransport()
{
    m_scheduler.takeAll();
    m_qrWatchScheduler.takeAll();
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
    m_qrWatchBudget.configure(
        RequestBudget::hashKey(config.apiKey), std::max(1, config.qrWatchRequestsPerMinute), config.budgetWindowMs);
    m_scheduler.pump();
    m_qrWatchScheduler.pump();
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
    schedulerFor(*call).enqueue(call);
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

void ApiTransport::onReplyFinished(QNetworkReply* reply)
{
    const auto it = m_inFlight.find(reply);
    if (it == m_inFlight.end()) {
        return;
    }
    const InFlight entry = std::move(*it); // the body is moved, not copied
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
        const qint64 cap = maxResponseBytes();
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

    const auto remaining = call->ownRateLimit ? std::optional<int>() : ApiErrorMapper::rateLimitRemaining(response);
    if (remaining) {
        if (budgetFor(*call).syncRemaining(*remaining)) {
            const qint64 ms = budgetFor(*call).msUntilAvailable();
            Q_EMIT rateLimited(static_cast<int>((ms + 999) / 1000));
        }
    }

    if (response.httpStatus == 429 && !call->ownRateLimit && !outcome.cancelled && !outcome.timedOut
        && outcome.tooLargeLimit == 0) {
        const int seconds = ApiErrorMapper::retryAfterSeconds(response, QDateTime::currentDateTimeUtc());
        const qint64 msPerSecond = m_config.msPerRetryAfterSecond > 0 ? m_config.msPerRetryAfterSecond : 1000;
        budgetFor(*call).pauseFor(seconds * msPerSecond);
        qCInfo(lcApi).noquote() << "rate limited for" << seconds << "s:" << call->verb << call->path;
        Q_EMIT rateLimited(seconds);
        if (call->safeToResend && call->rateLimitRetries < m_config.maxRateLimitRetries) {
            ++call->rateLimitRetries;
            schedulerFor(*call).enqueue(call, /*atFront=*/true);
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
    const bool cancelled = call->cancelRequested || error.kind == ApiError::Kind::Cancelled;
    const ApiError delivered = finish(call, error, response);
    if (!alive) {
        return;
    }
    if (!cancelled) {
        Q_EMIT exchangeFinished(delivered);
        if (!alive) {
            return;
        }
    }
    m_scheduler.pump();
    m_qrWatchScheduler.pump();
    updateState();
}

ApiError ApiTransport::finish(const ApiCallPtr& call, const ApiError& error, const RawResponse& response)
{
    if (call->finished) {
        return error;
    }
    call->finished = true;
    if (call->finish) {
        return call->finish(error, response);
    }
    return error;
}

bool ApiTransport::cancel(RequestId id)
{
    ApiCallPtr queued = m_scheduler.take(id);
    if (!queued) {
        queued = m_qrWatchScheduler.take(id);
    }
    if (queued) {
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
    const QList<ApiCallPtr> queued = m_scheduler.takeAll() + m_qrWatchScheduler.takeAll();
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
                m_qrWatchScheduler.pump();
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
    const bool busy
        = m_scheduler.size() > 0 || m_qrWatchScheduler.size() > 0 || !m_inFlight.isEmpty() || m_pendingFinishes > 0;
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
