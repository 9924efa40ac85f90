#include "sandboxprofile.h"

#include "money/phonenumber.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

namespace apipay::sandbox {

QString SandboxProfile::name(Profile profile)
{
    return profile == Profile::V21 ? QStringLiteral("v2.1") : QStringLiteral("v2.0");
}

std::optional<Profile> SandboxProfile::parse(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"v2.0" || t == u"2.0" || t == u"v20") {
        return Profile::V20;
    }
    if (t == u"v2.1" || t == u"2.1" || t == u"v21") {
        return Profile::V21;
    }
    return std::nullopt;
}

SandboxResponse SandboxProfile::unauthorized() const
{
    if (isV21()) {
        return SandboxResponse::json(401,
            QJsonObject { { QStringLiteral("error"), QStringLiteral("Invalid API key") },
                { QStringLiteral("message"), QStringLiteral("The provided API key is invalid or inactive") } });
    }
    return SandboxResponse::json(401, QJsonObject { { QStringLiteral("message"), QStringLiteral("Invalid API key") } });
}

SandboxResponse SandboxProfile::notFound(const QString& what) const
{
    const QString text = what + QStringLiteral(" not found");
    return SandboxResponse::json(
        404, QJsonObject { { isV21() ? QStringLiteral("error") : QStringLiteral("message"), text } });
}

SandboxResponse SandboxProfile::business(
    int status, const QString& slug, const QString& message, const QJsonObject& extra, bool withSlugInV20) const
{
    QJsonObject body = extra;
    body.insert(QStringLiteral("message"), message);
    if (isV21()) {
        body.insert(QStringLiteral("error"), slug);
        body.insert(QStringLiteral("error_code"), slug);
    } else if (withSlugInV20) {
        body.insert(QStringLiteral("error"), slug);
    }
    return SandboxResponse::json(status, body);
}

SandboxResponse SandboxProfile::validation(const QMap<QString, QStringList>& errors) const
{
    QJsonObject fields;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it) {
        fields.insert(it.key(), QJsonArray::fromStringList(it.value()));
    }
    return SandboxResponse::json(422,
        QJsonObject {
            { QStringLiteral("message"), QStringLiteral("Validation failed") }, { QStringLiteral("errors"), fields } });
}

SandboxResponse SandboxProfile::tooManyRequests(int retryAfterSeconds) const
{
    const QString text = isV21()
        ? QStringLiteral("Too Many Requests")
        : QStringLiteral("Too many requests. Please retry after %1 seconds.").arg(retryAfterSeconds);
    SandboxResponse response = SandboxResponse::json(
        429, QJsonObject { { QStringLiteral("message"), text }, { QStringLiteral("retry_after"), retryAfterSeconds } });
    response.setHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    if (!isV21()) {
        response.setHeader("X-RateLimit-Remaining", "0");
    }
    return response;
}

QString SandboxProfile::dateTime(const QDateTime& value)
{
    return value.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QStringLiteral("+00:00");
}

QString SandboxProfile::dateTimeMicrosZ(const QDateTime& value)
{
    return value.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QStringLiteral("000Z");
}

QString SandboxProfile::dateTimeZ(const QDateTime& value)
{
    return value.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + u'Z';
}

QTimeZone SandboxProfile::almatyZone()
{
    static const QTimeZone zone = [] {
        QTimeZone z(QByteArrayLiteral("Asia/Almaty"));
        return z.isValid() ? z : QTimeZone(5 * 3600);
    }();
    return zone;
}

QString SandboxProfile::dateTimeAlmaty(const QDateTime& value)
{
    // Almaty is UTC+5 since 2024-03-01 (UTC+6 before); a fixed offset avoids a time-zone database lookup per value.
    static const QDateTime switchover(QDate(2024, 3, 1), QTime(0, 0), Qt::UTC);
    const int offset = value < switchover ? 6 * 3600 : 5 * 3600;
    return value.toOffsetFromUtc(offset).toString(Qt::ISODate);
}

QJsonValue SandboxProfile::optionalDateTime(const QDateTime& value)
{
    return value.isValid() ? QJsonValue(dateTime(value)) : QJsonValue(QJsonValue::Null);
}

QJsonValue SandboxProfile::optionalString(const QString& value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QString SandboxProfile::listPhone(const QString& phone8) const
{
    if (isV21() || phone8.size() != 11) {
        return phone8;
    }
    return u'7' + phone8.mid(1);
}

QJsonObject SandboxProfile::invoiceListEnvelope(const QJsonArray& data, int page, int perPage, qint64 total) const
{
    if (isV21()) {
        return QJsonObject { { QStringLiteral("current_page"), page }, { QStringLiteral("data"), data },
            { QStringLiteral("total"), total } };
    }
    const qint64 lastPage = qMax<qint64>(1, (total + perPage - 1) / perPage);
    return QJsonObject { { QStringLiteral("data"), data },
        { QStringLiteral("meta"),
            QJsonObject { { QStringLiteral("current_page"), page }, { QStringLiteral("last_page"), lastPage },
                { QStringLiteral("per_page"), perPage }, { QStringLiteral("total"), total } } } };
}

QJsonObject SandboxProfile::resourceListEnvelope(
    const QJsonArray& data, int page, int perPage, qint64 total, const QString& path) const
{
    const qint64 lastPage = qMax<qint64>(1, (total + perPage - 1) / perPage);
    if (!isV21()) {
        return QJsonObject { { QStringLiteral("data"), data },
            { QStringLiteral("meta"),
                QJsonObject { { QStringLiteral("current_page"), page }, { QStringLiteral("last_page"), lastPage },
                    { QStringLiteral("per_page"), perPage }, { QStringLiteral("total"), total } } } };
    }
    const auto pageUrl = [&](qint64 p) { return QJsonValue(path + QStringLiteral("?page=") + QString::number(p)); };
    const qint64 from = data.isEmpty() ? 0 : qint64(page - 1) * perPage + 1;
    const qint64 to = data.isEmpty() ? 0 : from + data.size() - 1;
    return QJsonObject { { QStringLiteral("data"), data },
        { QStringLiteral("links"),
            QJsonObject { { QStringLiteral("first"), pageUrl(1) }, { QStringLiteral("last"), pageUrl(lastPage) },
                { QStringLiteral("prev"), page > 1 ? pageUrl(page - 1) : QJsonValue() },
                { QStringLiteral("next"), page < lastPage ? pageUrl(page + 1) : QJsonValue() } } },
        { QStringLiteral("meta"),
            QJsonObject { { QStringLiteral("current_page"), page },
                { QStringLiteral("from"), from > 0 ? QJsonValue(from) : QJsonValue() },
                { QStringLiteral("last_page"), lastPage }, { QStringLiteral("path"), path },
                { QStringLiteral("per_page"), perPage },
                { QStringLiteral("to"), to > 0 ? QJsonValue(to) : QJsonValue() },
                { QStringLiteral("total"), total } } } };
}

// ---- FieldErrors ----

void FieldErrors::required(const QString& path)
{
    add(path, QStringLiteral("The %1 field is required.").arg(path));
}

std::optional<Money> FieldErrors::money(
    const QJsonObject& object, const QString& key, const QString& path, Money min, Money max)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        return std::nullopt;
    }
    // Strict machine form only ("15000", "15000.5", "15000.50"): Money::parse also reads people's input with group
    // separators, where "10.005" would mean ten thousand and five.
    QString text;
    if (value.isDouble() && std::isfinite(value.toDouble())) {
        text = QString::fromLatin1(QByteArray::number(value.toDouble(), 'f', QLocale::FloatingPointShortest));
    } else if (value.isString()) {
        text = value.toString();
    }
    static const QRegularExpression machineForm(QStringLiteral("^[0-9]{1,12}(\\.[0-9]{1,2})?$"));
    const auto parsed = machineForm.match(text).hasMatch() ? Money::parse(text) : Money::ParseResult {};
    if (!parsed.ok()) {
        add(path, QStringLiteral("The %1 must be a number with at most two decimals.").arg(path));
        return std::nullopt;
    }
    if (*parsed.value < min || *parsed.value > max) {
        add(path, QStringLiteral("Amount must be between %1 and %2").arg(min.toPlainString(), max.toPlainString()));
        return std::nullopt;
    }
    return parsed.value;
}

std::optional<qint64> FieldErrors::integer(
    const QJsonObject& object, const QString& key, const QString& path, qint64 min, qint64 max)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        return std::nullopt;
    }
    const double d = value.toDouble();
    // The range check comes first: converting a double outside qint64 (1e300) is undefined behaviour.
    if (!value.isDouble() || !std::isfinite(d) || std::fabs(d) > 9.0e15 || d != double(qint64(d))) {
        add(path, QStringLiteral("The %1 must be an integer.").arg(path));
        return std::nullopt;
    }
    const qint64 n = qint64(d);
    if (n < min || n > max) {
        add(path, QStringLiteral("The %1 must be between %2 and %3.").arg(path).arg(min).arg(max));
        return std::nullopt;
    }
    return n;
}

std::optional<QString> FieldErrors::string(
    const QJsonObject& object, const QString& key, const QString& path, int maxLength)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        return std::nullopt;
    }
    if (!value.isString()) {
        add(path, QStringLiteral("The %1 must be a string.").arg(path));
        return std::nullopt;
    }
    const QString text = value.toString();
    if (text.size() > maxLength) {
        add(path, QStringLiteral("The %1 may not be greater than %2 characters.").arg(path).arg(maxLength));
        return std::nullopt;
    }
    return text;
}

std::optional<QString> FieldErrors::phone(const QJsonObject& object, const QString& key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull() || (value.isString() && value.toString().isEmpty())) {
        add(key, QStringLiteral("The phone number field is required."));
        return std::nullopt;
    }
    // ApiPay accepts only the normalised form: PhoneNumber must parse it AND leave it unchanged.
    const auto parsed = value.isString() ? PhoneNumber::parse(value.toString()) : PhoneNumber::ParseResult {};
    if (!parsed.ok() || parsed.value->normalized() != value.toString()) {
        add(key, QStringLiteral("Phone number must be in format 8XXXXXXXXXX"));
        return std::nullopt;
    }
    return value.toString();
}

} // namespace apipay::sandbox
