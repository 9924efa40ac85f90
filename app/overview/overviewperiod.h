#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace apipay::overview {

// A stretch of calendar days in the display zone and the instants that bound it: [from, to) in UTC.
struct Period
{
    QDate firstDay;
    QDate lastDay; // included
    QDateTime from; // midnight before firstDay, UTC
    QDateTime to; // midnight after lastDay, UTC

    bool isValid() const { return firstDay.isValid() && lastDay.isValid(); }
    bool operator==(const Period& other) const { return firstDay == other.firstDay && lastDay == other.lastDay; }
};

enum class PeriodKind { Day, Week, Month };

// Midnight at the start of `day` in `zone`, as UTC (the first valid time of the day when midnight is skipped by a
// daylight-saving change).
QDateTime midnightUtc(QDate day, const QTimeZone& zone);
// The days firstDay … lastDay in `zone`.
Period period(QDate firstDay, QDate lastDay, const QTimeZone& zone);
// The day, the week (Monday to Sunday) or the calendar month that holds `day`.
Period periodOf(PeriodKind kind, QDate day, const QTimeZone& zone);
// The period of the same kind just before the one that holds `day`: yesterday, last week, last month.
Period previousPeriod(PeriodKind kind, QDate day, const QTimeZone& zone);

} // namespace apipay::overview
