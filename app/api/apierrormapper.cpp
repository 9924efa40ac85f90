#include "api/apierrormapper.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace apipay {

namespace {

constexpr int kDefaultRateLimitWait = 60; // no wait given at all (project choice, docs/api-contract.md §3 (D3))
constexpr int kMaxRateLimitWait = 86'400; // daily caps; guards against absurd values

bool isSlug(const QString& text)
{
    static const QRegularExpression slug(QStringLiteral("^[a-z][a-z0-9_]*$"));
    return slug.match(text).hasMatch();
}

std::optional<qint64> numberIn(const QJsonValue& value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::isfinite(d) && d >= 0 && d < 1e12) {
            return static_cast<qint64>(std::ceil(d));
        }
        return std::nullopt;
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 n = value.toString().trimmed().toLongLong(&ok);
        if (ok && n >= 0) {
            return n;
        }
    }
    return std::nullopt;
}

void collectFieldErrors(const QJsonValue& value, const QString& path, QMap<QString, QStringList>& out)
{
    if (value.isString()) {
        out[path].append(value.toString());
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonValue entry = array.at(i);
            if (entry.isString()) {
                out[path].append(entry.toString());
            } else {
                collectFieldErrors(entry, path.isEmpty() ? QString::number(i) : path + u'.' + QString::number(i), out);
            }
        }
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            collectFieldErrors(it.value(), path.isEmpty() ? it.key() : path + u'.' + it.key(), out);
        }
    }
}

ApiError::Kind kindForStatus(int status)
{
    switch (status) {
    case 401:
        return ApiError::Kind::Unauthorized;
    case 403:
        return ApiError::Kind::Forbidden;
    case 404:
        return ApiError::Kind::NotFound;
    case 409:
        return ApiError::Kind::Conflict;
    case 422:
        return ApiError::Kind::Validation;
    case 429:
        return ApiError::Kind::RateLimited;
    default:
        return ApiError::Kind::Server;
    }
}

ApiError networkFailure(QNetworkReply::NetworkError code, bool safe)
{
    ApiError error;
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::NetworkSessionFailedError:
        // Nothing reached the server.
        error.kind = ApiError::Kind::Offline;
        break;
    case QNetworkReply::SslHandshakeFailedError:
        error.kind = ApiError::Kind::Tls;
        break;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // Qt's transfer timeout
    case QNetworkReply::ProxyTimeoutError:
        error.kind = safe ? ApiError::Kind::Timeout : ApiError::Kind::OutcomeUnknown;
        break;
    default:
        // Connection closed or reset, possibly after the request went out.
        error.kind = safe ? ApiError::Kind::Offline : ApiError::Kind::OutcomeUnknown;
        break;
    }
    return error;
}

} // namespace

bool ApiErrorMapper::readErrorBody(const QByteArray& body, ApiError& error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return false;
    }
    const QJsonObject object = document.object();
    const QString errorCode = object.value(QStringLiteral("error_code")).toString();
    const QString errorText = object.value(QStringLiteral("error")).toString();
    const QString message = object.value(QStringLiteral("message")).toString();
    const QJsonValue errors = object.value(QStringLiteral("errors"));

    if (!errorCode.isEmpty()) {
        error.reason = errorCode;
    } else if (isSlug(errorText)) {
        error.reason = errorText;
    }
    collectFieldErrors(errors, QString(), error.fieldErrors);
    if (!message.isEmpty()) {
        error.message = message;
    } else if (!errorText.isEmpty() && !isSlug(errorText)) {
        error.message = errorText;
    } else if (!error.fieldErrors.isEmpty() && !error.fieldErrors.first().isEmpty()) {
        error.message = error.fieldErrors.first().constFirst();
    }
    if (const auto invoiceId = numberIn(object.value(QStringLiteral("invoice_id")))) {
        error.relatedInvoiceId = *invoiceId;
    }
    return !error.reason.isEmpty() || !error.message.isEmpty() || !error.fieldErrors.isEmpty();
}

std::optional<int> ApiErrorMapper::parseRetryAfter(const QByteArray& value, const QDateTime& nowUtc)
{
    const QString text = QString::fromLatin1(value).trimmed();
    if (text.isEmpty()) {
        return std::nullopt;
    }
    bool ok = false;
    const qint64 seconds = text.toLongLong(&ok);
    if (ok) {
        if (seconds < 0) {
            return std::nullopt;
        }
        return static_cast<int>(std::min<qint64>(seconds, kMaxRateLimitWait));
    }
    const QLocale c = QLocale::c();
    QDateTime when;
    // The weekday is dropped: it is redundant, and with two-digit years (RFC 850) Qt would check it against 19xx.
    static const QStringList formats = {
        QStringLiteral("dd MMM yyyy HH:mm:ss 'GMT'"), // IMF-fixdate: Wed, 08 Apr 2026 10:01:30 GMT
        QStringLiteral("dd-MMM-yy HH:mm:ss 'GMT'"), // RFC 850: Wednesday, 08-Apr-26 10:00:45 GMT
        QStringLiteral("MMM d HH:mm:ss yyyy"), // asctime: Wed Apr  8 10:02:00 2026
    };
    QString simplified = text.simplified();
    const qsizetype comma = simplified.indexOf(u',');
    if (comma >= 0) {
        simplified = simplified.mid(comma + 1).trimmed();
    } else {
        simplified = simplified.section(u' ', 1);
    }
    for (const QString& format : formats) {
        const QDateTime parsed = c.toDateTime(simplified, format);
        if (parsed.isValid()) {
            QDate date = parsed.date();
            if (date.year() < 1970) {
                date = date.addYears(100);
            }
            when = QDateTime(date, parsed.time(), Qt::UTC);
            break;
        }
    }
    if (!when.isValid()) {
        when = QDateTime::fromString(text.simplified(), Qt::RFC2822Date);
    }
    if (!when.isValid()) {
        return std::nullopt;
    }
    const qint64 ms = nowUtc.msecsTo(when);
    const qint64 wait = ms <= 0 ? 0 : (ms + 999) / 1000;
    return static_cast<int>(std::min<qint64>(wait, kMaxRateLimitWait));
}

int ApiErrorMapper::retryAfterSeconds(const RawResponse& response, const QDateTime& nowUtc)
{
    std::optional<qint64> wait;
    auto consider = [&wait](std::optional<qint64> candidate) {
        if (candidate && (!wait || *candidate > *wait)) {
            wait = candidate;
        }
    };
    if (response.headers.contains(QByteArrayLiteral("retry-after"))) {
        const auto header = parseRetryAfter(response.header(QByteArrayLiteral("retry-after")), nowUtc);
        consider(header ? std::optional<qint64>(*header) : std::nullopt);
    }
    const QJsonDocument document = QJsonDocument::fromJson(response.body);
    if (document.isObject()) {
        const QJsonObject object = document.object();
        consider(numberIn(object.value(QStringLiteral("retry_after"))));
        consider(numberIn(object.value(QStringLiteral("retry_after_seconds"))));
    }
    if (!wait) {
        return kDefaultRateLimitWait;
    }
    return static_cast<int>(std::clamp<qint64>(*wait, 1, kMaxRateLimitWait));
}

std::optional<int> ApiErrorMapper::rateLimitRemaining(const RawResponse& response)
{
    const QByteArray value = response.header(QByteArrayLiteral("x-ratelimit-remaining")).trimmed();
    if (value.isEmpty()) {
        return std::nullopt;
    }
    bool ok = false;
    const int remaining = value.toInt(&ok);
    if (!ok || remaining < 0) {
        return std::nullopt;
    }
    return remaining;
}

ApiError ApiErrorMapper::map(const Outcome& outcome, const QDateTime& nowUtc)
{
    ApiError error;
    const RawResponse& response = outcome.response;
    const int status = response.httpStatus;
    if (outcome.cancelled) {
        error.kind = ApiError::Kind::Cancelled;
    } else if (outcome.tooLargeLimit > 0) {
        // A write's answer cut off: the server may have acted, so the outcome is unknown (never re-sent).
        error.kind = outcome.safeToResend ? ApiError::Kind::ResponseTooLarge : ApiError::Kind::OutcomeUnknown;
        error.sizeLimit = outcome.tooLargeLimit;
    } else if (outcome.timedOut) {
        error.kind = outcome.safeToResend ? ApiError::Kind::Timeout : ApiError::Kind::OutcomeUnknown;
    } else if (status == 0) {
        if (outcome.networkError == QNetworkReply::NoError) {
            error = ApiError::unexpected(QStringLiteral("<http status>"));
        } else {
            error = networkFailure(outcome.networkError, outcome.safeToResend);
        }
    } else if (status >= 200 && status < 300) {
        return error;
    } else if (status < 400) {
        // Redirects are never followed (the key must not travel elsewhere) and nothing else is expected.
        error = ApiError::unexpected(QStringLiteral("<http %1>").arg(status));
    } else {
        const bool recognised = readErrorBody(response.body, error);
        error.kind = kindForStatus(status);
        if (status >= 500 && !recognised && !outcome.safeToResend) {
            error.kind = ApiError::Kind::OutcomeUnknown;
        }
        if (error.kind == ApiError::Kind::RateLimited) {
            error.retryAfterSeconds = retryAfterSeconds(response, nowUtc);
        }
        if (error.message.isEmpty()) {
            error.message = response.reasonPhrase;
        }
    }
    error.httpStatus = status;
    redact(error, outcome.apiKey);
    return error;
}

QString ApiErrorMapper::redact(QString text, const QString& apiKey)
{
    if (!apiKey.isEmpty()) {
        text.replace(apiKey, QStringLiteral("****"));
    }
    return text;
}

void ApiErrorMapper::redact(ApiError& error, const QString& apiKey)
{
    if (apiKey.isEmpty()) {
        return;
    }
    error.message = redact(error.message, apiKey);
    error.reason = redact(error.reason, apiKey);
    error.field = redact(error.field, apiKey);
    QMap<QString, QStringList> fields;
    for (auto it = error.fieldErrors.cbegin(); it != error.fieldErrors.cend(); ++it) {
        QStringList messages;
        for (const QString& m : it.value()) {
            messages.append(redact(m, apiKey));
        }
        fields.insert(redact(it.key(), apiKey), messages);
    }
    error.fieldErrors = fields;
}

} // namespace apipay
