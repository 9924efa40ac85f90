// ApiTransport, second part: what happens on the wire for one request — how each verb is sent (every write exactly
// once), the idle timeout, the total deadline and the answer size cap. Queueing, finishing and mapping are in
// apitransport.cpp.
#include "api/apitransport.h"

#include "api/oneshotuploaddevice.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>

namespace apipay {

namespace {

constexpr int kDefaultIdleTimeoutMs = 30'000;
constexpr int kDefaultDeadlineMs = 60'000;
constexpr qint64 kDefaultMaxResponseBytes = 8 * 1024 * 1024;
// How far the network thread may read ahead of this one.
constexpr qint64 kReadAheadBytes = 256 * 1024;

} // namespace

qint64 ApiTransport::maxResponseBytes() const
{
    return m_config.maxResponseBytes > 0 ? m_config.maxResponseBytes : kDefaultMaxResponseBytes;
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
        const qint64 cap = maxResponseBytes();
        if (length.isValid() && length.toLongLong() > cap) {
            cutOff(reply, true);
        }
    });
    connect(reply, &QIODevice::readyRead, this, [this, reply] { readArrived(reply); });
    // Back-pressure: the network thread reads ahead of this one only this far, so a fast endless body cannot pile
    // up in queued events before the cap is seen.
    const qint64 cap = maxResponseBytes();
    reply->setReadBufferSize(std::min<qint64>(cap, kReadAheadBytes));
}

void ApiTransport::readArrived(QNetworkReply* reply)
{
    const auto it = m_inFlight.find(reply);
    if (it == m_inFlight.end() || it->tooLargeLimit > 0) {
        return;
    }
    const qint64 cap = maxResponseBytes();
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
        it->tooLargeLimit = maxResponseBytes();
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

} // namespace apipay
