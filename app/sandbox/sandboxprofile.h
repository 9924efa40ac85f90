#pragma once

#include "sandboxhttp.h"
#include "sandboxtypes.h"

#include <QDateTime>
#include <QMap>

namespace apipay::sandbox {

// Everything that differs in shape between the v2.0 and v2.1 profiles (docs/api-contract.md: error bodies,
// dates, phones and list envelopes.
class SandboxProfile
{
public:
    explicit SandboxProfile(Profile profile = Profile::V20)
        : m_profile(profile)
    {
    }

    Profile profile() const { return m_profile; }
    bool isV21() const { return m_profile == Profile::V21; }
    static QString name(Profile profile);
    static std::optional<Profile> parse(const QString& text);

    // ---- Errors ----
    // 401 (E4 / E5).
    SandboxResponse unauthorized() const;
    // 404 (E7): v2.0 {"message": "Invoice not found"}, v2.1 {"error": "Invoice not found"}.
    SandboxResponse notFound(const QString& what) const;
    // A business error (400/409/…): v2.0 {"message"} (plus "error" when withSlugInV20), v2.1 E10.
    SandboxResponse business(int status,
        const QString& slug,
        const QString& message,
        const QJsonObject& extra = {},
        bool withSlugInV20 = false) const;
    // 422 (E2) with dotted field paths.
    SandboxResponse validation(const QMap<QString, QStringList>& errors) const;
    // 429: body retry_after and header Retry-After (v2.0 also X-RateLimit-Remaining: 0).
    SandboxResponse tooManyRequests(int retryAfterSeconds) const;

    // ---- Values ----
    // v2.0 "2026-04-08T10:30:00+00:00" (detail created_at "…T10:15:00.000000Z"), v2.1 "+00:00" throughout.
    static QString dateTime(const QDateTime& value);
    static QString dateTimeMicrosZ(const QDateTime& value);
    static QString dateTimeZ(const QDateTime& value);
    // Asia/Almaty local time with its offset ("2026-02-26T10:30:00+05:00").
    static QString dateTimeAlmaty(const QDateTime& value);
    static QJsonValue optionalDateTime(const QDateTime& value);
    static QJsonValue optionalString(const QString& value);
    // The list-item phone: v2.0 7XXXXXXXXXX, v2.1 8XXXXXXXXXX.
    QString listPhone(const QString& phone8) const;

    // ---- Envelopes ----
    // Invoices and refunds lists: v2.0 {data, meta{current_page, last_page, per_page, total}}, v2.1 flat.
    QJsonObject invoiceListEnvelope(const QJsonArray& data, int page, int perPage, qint64 total) const;
    // Catalog and subscriptions: v2.0 {data, meta{…}}, v2.1 {data, links, meta{current_page, from, last_page, path,
    // per_page, to, total}}.
    QJsonObject resourceListEnvelope(
        const QJsonArray& data, int page, int perPage, qint64 total, const QString& path) const;

    static QTimeZone almatyZone();

private:
    Profile m_profile;
};

// Collects 422 field errors with dotted paths and reads typed values out of a JSON request.
class FieldErrors
{
public:
    void add(const QString& field, const QString& message) { m_errors[field].append(message); }
    bool isEmpty() const { return m_errors.isEmpty(); }
    bool has(const QString& field) const { return m_errors.contains(field); }
    const QMap<QString, QStringList>& errors() const { return m_errors; }

    // Money in [min, max]; nullopt with an error when present but invalid. Absent → nullopt without error.
    std::optional<Money> money(
        const QJsonObject& object, const QString& key, const QString& path, Money min, Money max);
    // Integer in [min, max].
    std::optional<qint64> integer(
        const QJsonObject& object, const QString& key, const QString& path, qint64 min, qint64 max);
    // String up to maxLength; null is accepted as "absent".
    std::optional<QString> string(const QJsonObject& object, const QString& key, const QString& path, int maxLength);
    // phone_number ^8[0-9]{10}$ (required).
    std::optional<QString> phone(const QJsonObject& object, const QString& key);
    void required(const QString& path);

private:
    QMap<QString, QStringList> m_errors;
};

} // namespace apipay::sandbox
