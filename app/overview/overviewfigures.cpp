#include "overviewfigures.h"

#include "store/historystore.h"
#include "store/historysynckeys.h"

#include <algorithm>
#include <cmath>

namespace apipay::overview {

namespace {

// Collects the first reason of each kind.
template <typename T> T valueOr(const StoreResult<T>& result, QStringList* errors)
{
    if (!result.ok() && !errors->contains(result.error())) {
        errors->append(result.error());
    }
    return result.value();
}

HistoryTotals totalsOf(const HistoryStore& store, const Period& period, QStringList* errors)
{
    return valueOr(store.totals(period.from, period.to), errors);
}

PeriodFigures periodFigures(const HistoryStore& store,
    PeriodKind kind,
    QDate today,
    const QTimeZone& zone,
    const QDateTime& now,
    const QDateTime& coveredFrom,
    QStringList* errors)
{
    PeriodFigures figures;
    figures.kind = kind;
    figures.period = periodOf(kind, today, zone);
    figures.previousPeriod = previousPeriod(kind, today, zone);
    figures.current = totalsOf(store, figures.period, errors);
    Period compared = figures.previousPeriod;
    if (now.isValid() && figures.period.from <= now && now < figures.period.to) {
        // As far into the period before as `now` is into this one (a month shorter than this one stops at its end).
        compared.to = std::min(compared.from.addMSecs(figures.period.from.msecsTo(now)), compared.to);
        figures.previousUntil = compared.to;
    }
    figures.previous = totalsOf(store, compared, errors);
    if (coveredFrom.isValid()) {
        // The oldest invoice read so far must lie before the period: its own day may still have older invoices.
        figures.currentComplete = coveredFrom < figures.period.from;
        figures.previousComplete = coveredFrom < compared.from;
    }
    return figures;
}

} // namespace

Change change(qint64 current, qint64 previous)
{
    if (previous == 0) {
        return { Change::Direction::NoBase, 0 };
    }
    if (current == previous) {
        return { Change::Direction::Same, 0 };
    }
    // long double holds every qint64 exactly, so the ratio is exact enough to round to a whole percent.
    const long double ratio = (static_cast<long double>(current) - static_cast<long double>(previous)) * 100.0L
        / std::fabs(static_cast<long double>(previous));
    const long double rounded = std::round(std::fabs(ratio));
    const qint64 percent = rounded > 1e15L ? qint64(1e15) : static_cast<qint64>(rounded);
    return { ratio > 0 ? Change::Direction::Up : Change::Direction::Down, percent };
}

OverviewFigures computeOverview(const HistoryStore* store,
    QDate today,
    const QTimeZone& zone,
    PeriodKind bestSellerPeriod,
    int bestSellerLimit,
    const QDateTime& now)
{
    OverviewFigures figures;
    figures.today = today;
    figures.bestSellerPeriod = bestSellerPeriod;
    if (!store || !store->isOpen()) {
        return figures;
    }
    figures.hasStore = true;
    QStringList* errors = &figures.errors;
    HistoryQuery everything;
    everything.limit = 0;
    figures.invoicesStored = valueOr(store->countInvoices(everything), errors);
    // As far back as the first sync's pages have come (synckeys::historyInvoicesCoveredFrom() and
    // historyRefundsCoveredFrom()), not the oldest record stored: invoices dated far back come early in those pages
    // or from other reads. Invalid: all of it is here. Nothing read yet covers nothing: the far future stands for
    // "from now on".
    const QDateTime nothingCovered(QDate(9999, 12, 31), QTime(), QTimeZone::utc());
    const auto coveredFrom = [&](const QString& doneKey, const QString& coveredKey) {
        if (synckeys::isFirstPassDone(*store, doneKey)) {
            return QDateTime();
        }
        const QDateTime covered
            = QDateTime::fromString(valueOr(store->syncValue(coveredKey), errors), Qt::ISODateWithMs);
        return covered.isValid() ? covered : nothingCovered;
    };
    const QDateTime invoicesFrom = coveredFrom(synckeys::historyInvoicesDone(), synckeys::historyInvoicesCoveredFrom());
    const QDateTime refundsFrom = coveredFrom(synckeys::historyRefundsDone(), synckeys::historyRefundsCoveredFrom());
    // A period is whole when both its takings and its refunds are: the later of the two bounds (the refunds are
    // read after the invoices, so "today" waits for their first page).
    figures.historyCoveredFrom = !invoicesFrom.isValid() ? refundsFrom
        : !refundsFrom.isValid()                         ? invoicesFrom
                                                         : std::max(invoicesFrom, refundsFrom);
    const QDateTime covered = figures.historyCoveredFrom;
    figures.day = periodFigures(*store, PeriodKind::Day, today, zone, now, covered, errors);
    figures.week = periodFigures(*store, PeriodKind::Week, today, zone, now, covered, errors);
    figures.month = periodFigures(*store, PeriodKind::Month, today, zone, now, covered, errors);
    figures.waiting = valueOr(store->waitingCount(), errors);

    const auto isComplete = [&covered](const Period& period) { return !covered.isValid() || covered < period.from; };
    for (int n = kChartDays - 1; n >= 0; --n) {
        const Period day = periodOf(PeriodKind::Day, today.addDays(-n), zone);
        figures.days.append({ day, totalsOf(*store, day, errors).net, isComplete(day) });
    }
    const QDate firstOfMonth(today.year(), today.month(), 1);
    for (int n = kChartMonths - 1; n >= 0; --n) {
        const Period month = periodOf(PeriodKind::Month, firstOfMonth.addMonths(-n), zone);
        figures.months.append({ month, totalsOf(*store, month, errors).net, isComplete(month) });
    }

    const Period sales = periodOf(bestSellerPeriod, today, zone);
    figures.bestSellers = valueOr(store->bestSellers(sales.from, sales.to, bestSellerLimit), errors);
    return figures;
}

} // namespace apipay::overview
