#include "endofdayreport.h"

#include "money/moneysum.h"
#include "store/historystore.h"

#include <QMap>

using namespace Qt::StringLiterals;

namespace apipay::overview {

StoreResult<EndOfDayReport> EndOfDayReport::build(const HistoryStore& store,
    QDate day,
    const DisplayFormat& format,
    const QString& shopName,
    const QDateTime& printedAt)
{
    EndOfDayReport report;
    report.m_period = periodOf(PeriodKind::Day, day, format.zone());
    report.m_format = format;
    report.m_shopName = shopName;
    report.m_printedAt = printedAt;

    const StoreResult<QList<PaidInvoiceRow>> invoices = store.paidInvoices(report.m_period.from, report.m_period.to);
    if (!invoices.ok()) {
        return StoreStatus::failure(invoices.error());
    }
    const StoreResult<QList<Refund>> refunds = store.refundsCreated(report.m_period.from, report.m_period.to);
    if (!refunds.ok()) {
        return StoreStatus::failure(refunds.error());
    }
    const StoreResult<HistoryTotals> totals = store.totals(report.m_period.from, report.m_period.to);
    if (!totals.ok()) {
        return StoreStatus::failure(totals.error());
    }
    report.m_invoices = invoices.value();
    report.m_refunds = refunds.value();
    report.m_totals = totals.value();

    // Takings per hour of the display zone. One day's invoices are each at most the largest invoice, so the sums
    // cannot overflow; MoneySum still leaves out an amount that cannot be real, as the totals do.
    QMap<int, std::pair<qint64, MoneySum>> byHour;
    for (const PaidInvoiceRow& row : std::as_const(report.m_invoices)) {
        const int hour = row.paidAt.toTimeZone(format.zone()).time().hour();
        auto& [count, sum] = byHour[hour];
        ++count;
        if (row.amount) {
            sum.add(*row.amount);
        }
    }
    for (auto it = byHour.cbegin(); it != byHour.cend(); ++it) {
        report.m_hours.append({ it.key(), it.value().first, it.value().second.total() });
    }
    return report;
}

QString EndOfDayReport::defaultFileName() const
{
    return u"end-of-day-%1.pdf"_s.arg(day().toString(Qt::ISODate));
}

} // namespace apipay::overview
