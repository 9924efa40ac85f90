#include "sandboxclientroutes.h"

namespace apipay::sandbox {

std::optional<SandboxResponse> SandboxClientRoutes::handle(const SandboxRequest& r, RouteContext& c)
{
    if (!c.profile.isV21()) {
        return std::nullopt; // the v2.0 server has neither route: the generic 404
    }
    const QStringList& s = r.segments;
    if (s.size() == 2 && s.at(0) == u"clients" && s.at(1) == u"check" && r.method == "POST") {
        return checkClient(r, c);
    }
    if (s.size() == 3 && s.at(0) == u"invoices" && s.at(2) == u"receipt" && r.method == "GET") {
        if (const auto id = idSegment(s.at(1))) {
            return receipt(*id, c);
        }
    }
    return std::nullopt;
}

void SandboxClientRoutes::reset()
{
    m_checkLimiter.reset();
    m_receiptsAsked.clear();
}

void SandboxClientRoutes::setCheckLimit(int perMinute, int windowMs)
{
    m_checkLimiter.configure(perMinute, windowMs);
    m_checkLimiter.reset();
    m_limiterConfigured = true;
}

QString SandboxClientRoutes::normalisePhone(const QString& text)
{
    QString digits;
    for (const QChar ch : text) {
        if (ch == u' ' || ch == u'-' || ch == u'+') {
            continue;
        }
        if (ch < u'0' || ch > u'9') {
            return {};
        }
        digits.append(ch);
    }
    if (digits.startsWith(u'7')) {
        digits[0] = u'8';
    }
    if (digits.size() != 11 || !digits.startsWith(u'8')) {
        return {};
    }
    return digits;
}

SandboxResponse SandboxClientRoutes::checkClient(const SandboxRequest& r, RouteContext& c)
{
    if (!m_limiterConfigured) {
        setCheckLimit(kChecksPerMinute);
    }
    const QString key = QString::fromUtf8(r.header("X-API-Key"));
    const SandboxRateLimiter::Decision decision = m_checkLimiter.consume(key, c.store.now());
    if (!decision.allowed) {
        // The documented per-minute form: slug in error and error_code, the wait in retry_after_seconds and
        // Retry-After.
        SandboxResponse response = SandboxResponse::json(429,
            QJsonObject { { QStringLiteral("message"), QStringLiteral("Too Many Attempts.") },
                { QStringLiteral("error"), QStringLiteral("request_rate_limited") },
                { QStringLiteral("error_code"), QStringLiteral("request_rate_limited") },
                { QStringLiteral("limit"), m_checkLimiter.limit() }, { QStringLiteral("remaining"), 0 },
                { QStringLiteral("retry_after_seconds"), decision.retryAfterSeconds } });
        response.setHeader("Retry-After", QByteArray::number(decision.retryAfterSeconds));
        return response;
    }
    const auto body = r.jsonBody();
    if (!body) {
        return malformedJson(c.profile);
    }
    const QJsonValue phoneValue = body->value(QStringLiteral("phone"));
    const QString phone = phoneValue.isString() && phoneValue.toString().size() <= 32
        ? normalisePhone(phoneValue.toString())
        : QString();
    if (phone.isEmpty()) {
        return SandboxResponse::json(422,
            QJsonObject { { QStringLiteral("error"), QStringLiteral("Validation failed") },
                { QStringLiteral("field"), QStringLiteral("phone") },
                { QStringLiteral("message"),
                    QStringLiteral("Phone must be normalizable to 8XXXXXXXXXX (11 digits).") } });
    }
    const bool hasKaspi = phone == knownPhone();
    return SandboxResponse::json(200,
        QJsonObject { { QStringLiteral("phone"), phone }, { QStringLiteral("has_kaspi"), hasKaspi },
            { QStringLiteral("client_name"), hasKaspi ? QJsonValue(knownClientName()) : QJsonValue() } });
}

} // namespace apipay::sandbox
