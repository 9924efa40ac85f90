#pragma once

#include "format/displayformat.h"
#include "overview/overviewfigures.h"

#include <QFrame>

class QLabel;

namespace apipay {

class FigureLink;

// One card of the overview: a period (today, this week, this month) with its takings, refunds, net, paid invoices
// and average ticket, each with how it moved against the period before (▲/▼ and percent; "—" when the period before
// had none). Child labels are named "<figure>Value" and "<figure>Change" (figure: takings, refunds, net, count,
// average) for tests and accessibility tools. The takings and the number of paid invoices open the invoices paid in
// the period, the refunds open the refund history of the period (FigureLink: click, or Tab and Enter/Space).
class OverviewCard : public QFrame
{
    Q_OBJECT
public:
    explicit OverviewCard(QWidget* parent = nullptr);

    void setFigures(const overview::PeriodFigures& figures, const DisplayFormat& format);
    // "▲ 12 %", "▼ 5 %", "0 %", or "—" without a period before to compare with.
    static QString changeText(const overview::Change& change, const QLocale& locale);

    // The figure a person can open: takings, count (paid invoices) or refunds; nullptr for the others.
    FigureLink* link(const QString& figure) const;

Q_SIGNALS:
    // The takings or the number of paid invoices was opened.
    void paidInvoicesRequested();
    // The refunds were opened.
    void refundsRequested();

private:
    enum Row { Takings, Refunds, Net, Count, Average, RowCount };
    QString title(overview::PeriodKind kind) const;
    QString previousName(overview::PeriodKind kind) const;
    QString rowName(Row row) const;
    QString linkToolTip(Row row, overview::PeriodKind kind) const;

    QLabel* m_title;
    QLabel* m_period;
    QLabel* m_names[RowCount];
    QLabel* m_values[RowCount];
    QLabel* m_changes[RowCount];
};

} // namespace apipay
