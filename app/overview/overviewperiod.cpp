#include "overviewperiod.h"

namespace apipay::overview {

QDateTime midnightUtc(QDate day, const QTimeZone& zone)
{
    QDateTime start = day.startOfDay(zone);
    return start.toUTC();
}

Period period(QDate firstDay, QDate lastDay, const QTimeZone& zone)
{
    return Period { firstDay, lastDay, midnightUtc(firstDay, zone), midnightUtc(lastDay.addDays(1), zone) };
}

Period periodOf(PeriodKind kind, QDate day, const QTimeZone& zone)
{
    switch (kind) {
    case PeriodKind::Week: {
        const QDate monday = day.addDays(1 - day.dayOfWeek()); // dayOfWeek(): Monday = 1 … Sunday = 7
        return period(monday, monday.addDays(6), zone);
    }
    case PeriodKind::Month: {
        const QDate first(day.year(), day.month(), 1);
        return period(first, first.addMonths(1).addDays(-1), zone);
    }
    case PeriodKind::Day:
        break;
    }
    return period(day, day, zone);
}

Period previousPeriod(PeriodKind kind, QDate day, const QTimeZone& zone)
{
    const Period current = periodOf(kind, day, zone);
    return periodOf(kind, current.firstDay.addDays(-1), zone);
}

} // namespace apipay::overview
