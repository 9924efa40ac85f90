#pragma once

#include "overview/overviewperiod.h"
#include "store/historyquery.h"

#include <QList>
#include <QStringList>

namespace apipay {

class HistoryStore;

namespace overview {

// How a figure moved against the period before. Compared in whole units (tiyn, invoices), so it is exact; the
// percent is rounded half away from zero and given without its sign.
struct Change
{
    enum class Direction { Up, Down, Same, NoBase }; // NoBase: the period before was zero — no percent to show
    Direction direction = Direction::NoBase;
    qint64 percent = 0;

    bool operator==(const Change& other) const { return direction == other.direction && percent == other.percent; }
};
Change change(qint64 current, qint64 previous);

// One card: a period and the one just before it.
struct PeriodFigures
{
    PeriodKind kind = PeriodKind::Day;
    Period period;
    Period previousPeriod;
    // When the figures were read while the period was still running, the period before is counted "to date": from
    // its start up to the same point (yesterday until this time, last week until the same weekday and time, last
    // month until the same day and time), so a morning is compared with a morning. Invalid: the whole period before.
    QDateTime previousUntil;
    HistoryTotals current;
    HistoryTotals previous;
    // While the first sync is still reading the history (newest first), a period that starts before the oldest
    // invoice read so far is not complete yet: its figures are "so far" and a comparison with it would mislead.
    bool currentComplete = true;
    bool previousComplete = true;
};

// One bar of the chart: the net takings of a day or a month.
struct ChartBar
{
    Period period;
    Money net;
    // false while the first sync has not read back to the start of the bar's period: its figure is "so far".
    bool complete = true;
};

// Everything the overview page shows.
struct OverviewFigures
{
    bool hasStore = false; // false: this session keeps no history (or it could not be opened)
    qint64 invoicesStored = 0; // 0 with a store: nothing has been read yet
    // Invalid when the whole history is on this computer; else the oldest moment it covers (the first sync goes on).
    QDateTime historyCoveredFrom;
    QDate today; // in the display zone
    PeriodFigures day, week, month;
    qint64 waiting = 0; // invoices waiting for payment now
    QList<ChartBar> days; // the last 30 days, oldest first, ending today
    QList<ChartBar> months; // the last 12 calendar months, oldest first, ending with this month
    PeriodKind bestSellerPeriod = PeriodKind::Month;
    ItemSales bestSellers;
    // Translated reasons for what could not be read (each once); the figures concerned read as zero.
    QStringList errors;
};

constexpr int kChartDays = 30;
constexpr int kChartMonths = 12;

// Reads the figures of the day `today` (a calendar day in `zone`) from `store` (nullptr: none). `now` (UTC) inside the
// current periods makes the comparisons "to date" (PeriodFigures::previousUntil); an invalid `now` compares whole
// periods.
OverviewFigures computeOverview(const HistoryStore* store,
    QDate today,
    const QTimeZone& zone,
    PeriodKind bestSellerPeriod,
    int bestSellerLimit = 10,
    const QDateTime& now = {});

} // namespace overview
} // namespace apipay
