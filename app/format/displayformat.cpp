#include "format/displayformat.h"

#include "money/phonenumber.h"

namespace apipay {

namespace {
QString absent()
{
    return QStringLiteral("—");
}
} // namespace

DisplayFormat::DisplayFormat()
    : DisplayFormat(QLocale(), almaty())
{
}

DisplayFormat::DisplayFormat(const QLocale& locale, const QTimeZone& zone)
    : m_locale(locale)
    , m_zone(zone.isValid() ? zone : almaty())
{
}

namespace {
const QTimeZone& namedAlmaty()
{
    static const QTimeZone zone(QByteArrayLiteral("Asia/Almaty"));
    return zone;
}
// Without a time-zone database: UTC+6 until 2024-03-01, UTC+5 since (the 2024 change in Kazakhstan).
constexpr int hoursBefore2024Change = 6;
constexpr int hoursSince2024Change = 5;
const QDate day2024Change(2024, 3, 1);
} // namespace

QTimeZone DisplayFormat::almaty()
{
    // Kazakhstan has kept UTC+5 all year since March 2024.
    return namedAlmaty().isValid() ? namedAlmaty() : QTimeZone(hoursSince2024Change * 3600);
}

QDate DisplayFormat::almatyDate(const QDateTime& instant)
{
    if (!instant.isValid()) {
        return {};
    }
    if (namedAlmaty().isValid()) {
        return instant.toTimeZone(namedAlmaty()).date();
    }
    const QDateTime utc = instant.toUTC();
    const QDateTime since = utc.addSecs(hoursSince2024Change * 3600);
    return (since.date() < day2024Change ? utc.addSecs(hoursBefore2024Change * 3600) : since).date();
}

QDateTime DisplayFormat::almatyMidnightUtc(QDate date)
{
    if (!date.isValid()) {
        return {};
    }
    if (namedAlmaty().isValid()) {
        return QDateTime(date, QTime(0, 0), namedAlmaty()).toUTC();
    }
    const int hours = date < day2024Change ? hoursBefore2024Change : hoursSince2024Change;
    return QDateTime(date, QTime(0, 0), Qt::UTC).addSecs(-hours * 3600);
}

namespace {

// "dd.MM.yy" → "dd.MM.yyyy"; a format that already has four (or no) year letters stays as it is.
QString withFullYear(QString format)
{
    if (format.contains(u"yyyy")) {
        return format;
    }
    const qsizetype at = format.indexOf(u"yy");
    if (at >= 0) {
        format.replace(at, 2, QStringLiteral("yyyy"));
    }
    return format;
}

} // namespace

QString DisplayFormat::dateFormat() const
{
    return withFullYear(m_locale.dateFormat(QLocale::ShortFormat));
}

QString DisplayFormat::dateTimeFormat() const
{
    return withFullYear(m_locale.dateTimeFormat(QLocale::ShortFormat));
}

QString DisplayFormat::dateTime(const QDateTime& instant) const
{
    return instant.isValid() ? m_locale.toString(instant.toTimeZone(m_zone), dateTimeFormat()) : absent();
}

QString DisplayFormat::date(QDate date) const
{
    return date.isValid() ? m_locale.toString(date, dateFormat()) : absent();
}

QDateTime DisplayFormat::toDisplayZone(const QDateTime& instant) const
{
    return instant.isValid() ? instant.toTimeZone(m_zone) : QDateTime();
}

QString DisplayFormat::money(const std::optional<Money>& amount) const
{
    return amount ? amount->format(m_locale) : absent();
}

QString DisplayFormat::phone(const QString& normalized) const
{
    const auto parsed = PhoneNumber::parse(normalized);
    return parsed.ok() ? parsed.value->display() : normalized;
}

bool DisplayFormat::operator==(const DisplayFormat& other) const
{
    return m_locale == other.m_locale && m_zone == other.m_zone;
}

} // namespace apipay
