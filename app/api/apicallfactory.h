#pragma once

#include "api/apicall.h"
#include "json/jsondecoder.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLatin1String>
#include <QPointer>
#include <QThread>

// Helpers for ApiClient's endpoint functions (internal to app/api): typed callbacks around ApiCall.
namespace apipay::detail {

template <typename T> using Decoder = std::function<Decoded<T>(const RawResponse&)>;

// Wraps a typed callback: runs it only while the context lives, decodes 2xx answers, maps decode failures.
template <typename T>
std::function<ApiError(const ApiError&, const RawResponse&)> deliverTo(QObject* context,
    ApiCallback<T> done,
    Decoder<T> decode,
    ApiError::Kind decodeFailure = ApiError::Kind::UnexpectedResponse,
    std::function<void(ApiResult<T>&)> onError = {})
{
    const QPointer<QObject> guard(context);
    const bool guarded = context != nullptr;
    return [guard, guarded, done, decode, decodeFailure, onError](
               const ApiError& error, const RawResponse& response) -> ApiError {
        if ((guarded && guard.isNull()) || !done) {
            return error;
        }
        ApiResult<T> result;
        if (error.isError()) {
            result.error = error;
        } else {
            Decoded<T> decoded = decode(response);
            if (decoded.ok()) {
                result.value = std::move(decoded.value);
            } else {
                result.error = ApiError::unexpected(decoded.errorField);
                result.error.kind = decodeFailure;
                result.error.httpStatus = response.httpStatus;
            }
        }
        if (result.error.isError() && onError) {
            onError(result);
        }
        if (guarded && guard->thread() != QThread::currentThread()) {
            // The context lives in another thread: run there (dropped if it is destroyed meanwhile).
            QMetaObject::invokeMethod(
                guard.data(), [done, result] { done(result); }, Qt::QueuedConnection);
            return result.error;
        }
        const ApiError delivered = result.error;
        done(result);
        return delivered;
    };
}

template <typename T>
std::shared_ptr<ApiCall> makeCall(const QByteArray& verb,
    const QString& path,
    Priority priority,
    QObject* context,
    ApiCallback<T> done,
    Decoder<T> decode)
{
    auto call = std::make_shared<ApiCall>();
    call->verb = verb;
    call->path = path;
    call->priority = priority;
    call->safeToResend = verb == "GET";
    call->context = context;
    call->hasContext = context != nullptr;
    call->finish = deliverTo<T>(context, std::move(done), std::move(decode));
    return call;
}

inline void setJsonBody(ApiCall& call, const QJsonObject& body)
{
    call.hasJsonBody = true;
    call.jsonBody = QJsonDocument(body).toJson(QJsonDocument::Compact);
}

inline ApiError invalidInput(const QString& message, const QMap<QString, QStringList>& fields = {})
{
    ApiError error;
    error.kind = ApiError::Kind::InvalidRequest;
    error.message = message;
    error.fieldErrors = fields;
    if (error.message.isEmpty() && !fields.isEmpty() && !fields.first().isEmpty()) {
        error.message = fields.first().constFirst();
    }
    return error;
}

inline QString idPath(const char* prefix, qint64 id, const char* suffix = "")
{
    return QLatin1String(prefix) + QString::number(id) + QLatin1String(suffix);
}

} // namespace apipay::detail
