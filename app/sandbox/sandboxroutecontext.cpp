#include "sandboxroutecontext.h"

#include <QTimeZone>

namespace apipay::sandbox {

namespace {

std::optional<int> readInt(const SandboxRequest& request, const QString& key, int min, int max, FieldErrors& errors)
{
    if (!request.hasQuery(key)) {
        return std::nullopt;
    }
    bool ok = false;
    const int value = request.queryValue(key).toInt(&ok);
    if (!ok) {
        errors.add(key, QStringLiteral("The %1 must be an integer.").arg(key));
        return std::nullopt;
    }
    if (value < min || value > max) {
        errors.add(key, QStringLiteral("The %1 must be between %2 and %3.").arg(key).arg(min).arg(max));
        return std::nullopt;
    }
    return value;
}

} // namespace

Paging readPaging(const SandboxRequest& request, int defaultPerPage, int maxPerPage, FieldErrors& errors)
{
    Paging paging;
    paging.perPage = defaultPerPage;
    if (const auto page = readInt(request, QStringLiteral("page"), 1, 1'000'000, errors)) {
        paging.page = *page;
    }
    if (const auto perPage = readInt(request, QStringLiteral("per_page"), 1, maxPerPage, errors)) {
        paging.perPage = *perPage;
    }
    return paging;
}

DateWindow readDateWindow(const SandboxRequest& request, FieldErrors& errors)
{
    DateWindow window;
    QDate from;
    QDate to;
    const auto readDate = [&](const QString& key, QDate& date) {
        if (!request.hasQuery(key) || request.queryValue(key).isEmpty()) {
            return;
        }
        date = QDate::fromString(request.queryValue(key), QStringLiteral("yyyy-MM-dd"));
        if (!date.isValid()) {
            errors.add(key, QStringLiteral("The %1 does not match the format Y-m-d.").arg(key));
        }
    };
    readDate(QStringLiteral("date_from"), from);
    readDate(QStringLiteral("date_to"), to);
    if (from.isValid() && to.isValid() && to < from) {
        errors.add(
            QStringLiteral("date_to"), QStringLiteral("The date to must be a date after or equal to date from."));
    }
    const QTimeZone zone = SandboxProfile::almatyZone();
    if (from.isValid()) {
        window.from = QDateTime(from, QTime(0, 0), zone).toUTC();
    }
    if (to.isValid()) {
        window.to = QDateTime(to.addDays(1), QTime(0, 0), zone).toUTC();
    }
    return window;
}

SandboxResponse malformedJson(const SandboxProfile& profile)
{
    return profile.business(
        400, QStringLiteral("invalid_json"), QStringLiteral("The request body is not valid JSON."), {}, true);
}

std::optional<qint64> idSegment(const QString& segment)
{
    bool ok = false;
    const qint64 id = segment.toLongLong(&ok);
    if (!ok || id <= 0) {
        return std::nullopt;
    }
    return id;
}

} // namespace apipay::sandbox
