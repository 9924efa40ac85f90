#include "overviewcard.h"

#include "figurelink.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace apipay {

using overview::Change;
using overview::PeriodKind;

namespace {

const char* const kRowKeys[] = { "takings", "refunds", "net", "count", "average" };

} // namespace

OverviewCard::OverviewCard(QWidget* parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_period(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setObjectName(u"cardTitle"_s);
    m_period->setObjectName(u"cardPeriod"_s);
    m_period->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_period);
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    for (int row = 0; row < RowCount; ++row) {
        m_names[row] = new QLabel(this);
        if (row == Takings || row == Count || row == Refunds) {
            auto* link = new FigureLink(this);
            connect(link, &FigureLink::activated, this,
                row == Refunds ? &OverviewCard::refundsRequested : &OverviewCard::paidInvoicesRequested);
            m_values[row] = link;
        } else {
            m_values[row] = new QLabel(this);
            m_values[row]->setTextInteractionFlags(Qt::TextSelectableByMouse);
        }
        m_changes[row] = new QLabel(this);
        const QString key = QString::fromLatin1(kRowKeys[row]);
        m_values[row]->setObjectName(key + u"Value"_s);
        m_changes[row]->setObjectName(key + u"Change"_s);
        m_values[row]->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_changes[row]->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_names[row]->setBuddy(m_values[row]);
        grid->addWidget(m_names[row], row, 0);
        grid->addWidget(m_values[row], row, 1);
        grid->addWidget(m_changes[row], row, 2);
    }
    QFont netFont = m_values[Net]->font();
    netFont.setBold(true);
    netFont.setPointSizeF(netFont.pointSizeF() * 1.3);
    m_values[Net]->setFont(netFont);
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);
    layout->addStretch(1);
}

QString OverviewCard::title(PeriodKind kind) const
{
    switch (kind) {
    case PeriodKind::Week:
        return tr("This week");
    case PeriodKind::Month:
        return tr("This month");
    case PeriodKind::Day:
        break;
    }
    return tr("Today");
}

QString OverviewCard::previousName(PeriodKind kind) const
{
    switch (kind) {
    case PeriodKind::Week:
        return tr("last week");
    case PeriodKind::Month:
        return tr("last month");
    case PeriodKind::Day:
        break;
    }
    return tr("yesterday");
}

QString OverviewCard::rowName(Row row) const
{
    switch (row) {
    case Takings:
        return tr("Takings");
    case Refunds:
        return tr("Refunds");
    case Net:
        return tr("Net");
    case Count:
        return tr("Paid invoices");
    case Average:
    case RowCount:
        break;
    }
    return tr("Average ticket");
}

FigureLink* OverviewCard::link(const QString& figure) const
{
    return findChild<FigureLink*>(figure + u"Value"_s, Qt::FindDirectChildrenOnly);
}

QString OverviewCard::linkToolTip(Row row, PeriodKind kind) const
{
    if (row == Refunds) {
        switch (kind) {
        case PeriodKind::Week:
            return tr("Open the refunds made this week");
        case PeriodKind::Month:
            return tr("Open the refunds made this month");
        case PeriodKind::Day:
            break;
        }
        return tr("Open the refunds made today");
    }
    switch (kind) {
    case PeriodKind::Week:
        return tr("Open the invoices paid this week");
    case PeriodKind::Month:
        return tr("Open the invoices paid this month");
    case PeriodKind::Day:
        break;
    }
    return tr("Open the invoices paid today");
}

QString OverviewCard::changeText(const Change& change, const QLocale& locale)
{
    const QString percent = tr("%1 %", "change in percent").arg(locale.toString(change.percent));
    switch (change.direction) {
    case Change::Direction::Up:
        return u"▲ "_s + percent;
    case Change::Direction::Down:
        return u"▼ "_s + percent;
    case Change::Direction::Same:
        return percent;
    case Change::Direction::NoBase:
        break;
    }
    return u"—"_s;
}

void OverviewCard::setFigures(const overview::PeriodFigures& figures, const DisplayFormat& format)
{
    const QLocale locale = format.locale();
    m_title->setText(title(figures.kind));
    const QString period = figures.period.firstDay == figures.period.lastDay
        ? format.date(figures.period.firstDay)
        : tr("%1 – %2").arg(format.date(figures.period.firstDay), format.date(figures.period.lastDay));
    // While the first sync still reads older history, a period it has not reached yet is counted "so far".
    m_period->setText(figures.currentComplete ? period : tr("%1 · so far: the history is still loading").arg(period));
    const HistoryTotals& now = figures.current;
    const HistoryTotals& before = figures.previous;
    const struct
    {
        QString value;
        QString previous;
        Change change;
        bool moreIsBetter;
    } rows[RowCount] = {
        { format.money(now.paidTakings), format.money(before.paidTakings),
            overview::change(now.paidTakings.tiyn(), before.paidTakings.tiyn()), true },
        { format.money(now.refunds), format.money(before.refunds),
            overview::change(now.refunds.tiyn(), before.refunds.tiyn()), false },
        { format.money(now.net), format.money(before.net), overview::change(now.net.tiyn(), before.net.tiyn()), true },
        { locale.toString(now.invoiceCount), locale.toString(before.invoiceCount),
            overview::change(now.invoiceCount, before.invoiceCount), true },
        { format.money(now.averageTicket), format.money(before.averageTicket),
            overview::change(now.averageTicket.tiyn(), before.averageTicket.tiyn()), true },
    };
    for (int row = 0; row < RowCount; ++row) {
        m_names[row]->setText(rowName(Row(row)));
        m_values[row]->setText(rows[row].value);
        if (row == Takings || row == Count || row == Refunds) {
            m_values[row]->setToolTip(linkToolTip(Row(row), figures.kind));
            m_values[row]->setAccessibleName(rowName(Row(row)) + u": "_s + rows[row].value);
            m_values[row]->setAccessibleDescription(m_values[row]->toolTip());
        }
        // No comparison with a period the history on this computer does not fully hold yet (a half-read month
        // would show "▲ 780 %").
        const bool comparable = figures.currentComplete && figures.previousComplete;
        const Change& change = rows[row].change;
        m_changes[row]->setText(comparable ? changeText(change, locale) : u"…"_s);
        const QString previous = figures.previousUntil.isValid()
            ? tr("%1 until %2", "yesterday until 5 Dec 10:30")
                  .arg(previousName(figures.kind), format.dateTime(figures.previousUntil))
            : previousName(figures.kind);
        const QString compared = comparable
            ? tr("%1: %2").arg(previous, rows[row].previous)
            : tr("%1: the history on this computer does not reach back that far yet; the comparison appears once it "
                 "does.")
                  .arg(previous);
        m_changes[row]->setToolTip(compared);
        m_changes[row]->setAccessibleName((comparable ? changeText(change, locale) : QString()) + u", "_s + compared);
        QPalette colours = palette();
        if (comparable && (change.direction == Change::Direction::Up || change.direction == Change::Direction::Down)) {
            const bool good = (change.direction == Change::Direction::Up) == rows[row].moreIsBetter;
            colours.setColor(QPalette::WindowText, good ? QColor(0x1b, 0x7f, 0x3b) : QColor(0xb3, 0x26, 0x1e));
        }
        m_changes[row]->setPalette(colours);
    }
}

} // namespace apipay
