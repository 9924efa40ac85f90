#include "fakereply.h"

#include <QJsonDocument>
#include <QTimer>

#include <algorithm>
#include <cstring>

namespace apipay::test {

FakeResponse FakeResponse::json(int status, const QByteArray& body)
{
    FakeResponse response;
    response.status = status;
    response.body = body;
    response.headers.append({ QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") });
    return response;
}

FakeResponse FakeResponse::json(int status, const QJsonObject& body)
{
    return json(status, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

FakeResponse FakeResponse::text(int status, const QByteArray& body, const QByteArray& contentType)
{
    FakeResponse response;
    response.status = status;
    response.body = body;
    response.headers.append({ QByteArrayLiteral("Content-Type"), contentType });
    return response;
}

FakeResponse FakeResponse::networkError(QNetworkReply::NetworkError error, const QString& text)
{
    FakeResponse response;
    response.mode = Mode::NetworkError;
    response.status = 0;
    response.error = error;
    response.errorString = text.isEmpty() ? QStringLiteral("Fake network error") : text;
    return response;
}

FakeResponse FakeResponse::hanging()
{
    FakeResponse response;
    response.mode = Mode::Hanging;
    return response;
}

FakeResponse FakeResponse::stream(int status, qint64 bytes, int chunkBytes, int intervalMs, bool announceLength)
{
    FakeResponse response;
    response.mode = Mode::Stream;
    response.status = status;
    response.streamBytes = bytes;
    response.chunkBytes = chunkBytes;
    response.chunkIntervalMs = intervalMs;
    response.announceLength = announceLength && bytes >= 0;
    response.headers.append({ QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") });
    return response;
}

FakeResponse& FakeResponse::withHeader(const QByteArray& name, const QByteArray& value)
{
    headers.append({ name, value });
    return *this;
}

FakeResponse& FakeResponse::delayed(int ms)
{
    delayMs = ms;
    return *this;
}

FakeReply::FakeReply(QNetworkAccessManager::Operation operation,
    const QNetworkRequest& request,
    const FakeResponse& response,
    QObject* parent)
    : QNetworkReply(parent)
    , m_response(response)
{
    setRequest(request);
    setUrl(request.url());
    setOperation(operation);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    if (m_response.mode == FakeResponse::Mode::Hanging) {
        return;
    }
    if (m_response.delayMs > 0) {
        QTimer::singleShot(m_response.delayMs, this, &FakeReply::respond);
    } else {
        QMetaObject::invokeMethod(this, &FakeReply::respond, Qt::QueuedConnection);
    }
}

QNetworkReply::NetworkError FakeReply::errorForStatus(int status)
{
    // What QNetworkAccessManager reports for HTTP error statuses.
    switch (status) {
    case 401:
        return AuthenticationRequiredError;
    case 403:
        return ContentAccessDenied;
    case 404:
        return ContentNotFoundError;
    case 405:
        return ContentOperationNotPermittedError;
    case 409:
        return ContentConflictError;
    case 410:
        return ContentGoneError;
    case 500:
        return InternalServerError;
    case 501:
        return OperationNotImplementedError;
    case 503:
        return ServiceUnavailableError;
    default:
        if (status >= 500) {
            return UnknownServerError;
        }
        if (status >= 400) {
            return UnknownContentError;
        }
        return NoError;
    }
}

void FakeReply::respond()
{
    if (isFinished()) {
        return;
    }
    if (m_response.mode == FakeResponse::Mode::NetworkError) {
        setError(m_response.error, m_response.errorString);
        Q_EMIT errorOccurred(m_response.error);
        setFinished(true);
        Q_EMIT finished();
        return;
    }
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_response.status);
    if (!m_response.reasonPhrase.isEmpty()) {
        setAttribute(QNetworkRequest::HttpReasonPhraseAttribute, QString::fromLatin1(m_response.reasonPhrase));
    }
    for (const auto& [name, value] : m_response.headers) {
        setRawHeader(name, value);
    }
    if (m_response.mode == FakeResponse::Mode::Stream) {
        if (m_response.announceLength) {
            setHeader(QNetworkRequest::ContentLengthHeader, m_response.streamBytes);
        }
        Q_EMIT metaDataChanged();
        if (!isFinished()) {
            QTimer::singleShot(m_response.chunkIntervalMs, this, &FakeReply::streamNextChunk);
        }
        return;
    }
    m_payload = m_response.body;
    setHeader(QNetworkRequest::ContentLengthHeader, m_payload.size());
    Q_EMIT metaDataChanged();
    if (!m_payload.isEmpty()) {
        Q_EMIT downloadProgress(m_payload.size(), m_payload.size());
        Q_EMIT readyRead();
    }
    const NetworkError error = errorForStatus(m_response.status);
    if (error != NoError) {
        setError(error, QStringLiteral("HTTP %1").arg(m_response.status));
        Q_EMIT errorOccurred(error);
    }
    setFinished(true);
    Q_EMIT finished();
}

void FakeReply::streamNextChunk()
{
    if (isFinished()) {
        return;
    }
    const qint64 total = m_response.streamBytes;
    const qint64 left = total < 0 ? m_response.chunkBytes : total - m_streamedSoFar;
    const qint64 chunk = std::min<qint64>(m_response.chunkBytes, left);
    if (chunk > 0) {
        m_payload.remove(0, m_offset); // only the unread part stays
        m_offset = 0;
        m_payload.append(QByteArray(chunk, 'x'));
        m_streamedSoFar += chunk;
        if (m_response.streamed) {
            *m_response.streamed += chunk;
        }
        Q_EMIT downloadProgress(m_streamedSoFar, total < 0 ? -1 : total);
        Q_EMIT readyRead();
    }
    if (isFinished()) {
        return; // aborted by a readyRead slot
    }
    if (total >= 0 && m_streamedSoFar >= total) {
        setFinished(true);
        Q_EMIT finished();
        return;
    }
    QTimer::singleShot(m_response.chunkIntervalMs, this, &FakeReply::streamNextChunk);
}

void FakeReply::abort()
{
    if (isFinished()) {
        return;
    }
    m_aborted = true;
    setError(OperationCanceledError, QStringLiteral("Operation canceled"));
    Q_EMIT errorOccurred(OperationCanceledError);
    setFinished(true);
    Q_EMIT finished();
}

qint64 FakeReply::bytesAvailable() const
{
    return m_payload.size() - m_offset + QIODevice::bytesAvailable();
}

qint64 FakeReply::readData(char* data, qint64 maxSize)
{
    const qint64 count = std::min<qint64>(maxSize, m_payload.size() - m_offset);
    if (count <= 0) {
        return isFinished() ? -1 : 0;
    }
    std::memcpy(data, m_payload.constData() + m_offset, static_cast<size_t>(count));
    m_offset += count;
    return count;
}

} // namespace apipay::test
