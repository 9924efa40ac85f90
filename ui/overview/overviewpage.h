#pragma once

#include "shell/page.h"

#include "overview/figurelink.h"
#include "overview/overviewmodel.h"
#include "overview/servertodaytotals.h"

class QComboBox;
class QGridLayout;
class QLabel;
class QScrollArea;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace apipay {

class EmptyStateLabel;
class OverviewCard;
class OverviewChart;

// The first page: how the shop is doing, from the history on this computer. Cards for today, this week (Monday
// first) and this month against the period before, the invoices waiting for payment now, a chart of net takings per
// day (30 days) or per month (12 months), the best sellers of a period, and "End-of-day report…". Reads
// Session::history() (and follows historyChanged: the store may be replaced), counts days in the display zone, and
// reads again — coalesced — when the store announces new invoices or refunds. The waiting figure and the takings,
// paid invoices and refunds of every card open what is behind them (Navigator::showInvoices / showRefunds). Beside
// today's card, the server's own figures for today (v2.1, read in the background at most every five minutes while the
// page is shown) and, when they differ from the local ones, why if the app can tell.
class OverviewPage : public PageWidget
{
    Q_OBJECT
public:
    explicit OverviewPage(const PageContext& context, QWidget* parent = nullptr);

    QString title() const override;
    void refresh() override;
    void activated() override;

    overview::OverviewModel* model() const { return m_model; }
    OverviewCard* card(overview::PeriodKind kind) const;
    OverviewChart* chart() const { return m_chart; }
    QTableWidget* bestSellersTable() const { return m_bestSellers; }
    // "Waiting for payment now: 3", which opens those invoices.
    FigureLink* waitingLabel() const { return m_waiting; }
    overview::ServerTodayTotals* serverTotals() const { return m_serverTotals; }
    QLabel* serverFiguresLabel() const { return m_serverFigures; }
    QLabel* serverDiffersLabel() const { return m_serverDiffers; }
    EmptyStateLabel* emptyState() const { return m_empty; }
    bool showsEmptyState() const;
    QPushButton* reportButton() const { return m_reportButton; }
    // Opens the end-of-day report dialog (window-modal, open()).
    void openEndOfDayReport();
    // Open what is behind a figure through the navigator: the invoices waiting for payment now, the invoices paid in
    // a period of a card, the refunds made in it.
    void openWaitingInvoices();
    void openPaidInvoices(overview::PeriodKind kind);
    void openRefunds(overview::PeriodKind kind);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void bindStore();
    void applyFormat();
    void showFigures();
    // The empty state: history being read, or why it cannot be (app/overview historyEmptyText()).
    void showEmptyText();
    void retranslate();
    void readServerTotals(overview::ServerTodayTotals::Asked asked);
    void showServerFigures();
    // Three cards side by side when they fit the width the page has, else two, else one above the other: the page
    // never scrolls sideways, whatever the amounts and the language.
    void arrangeCards();

    overview::OverviewModel* m_model;
    QStackedWidget* m_stack;
    EmptyStateLabel* m_empty;
    OverviewCard* m_cards[3];
    QGridLayout* m_cardGrid = nullptr;
    QScrollArea* m_scroll = nullptr;
    int m_cardColumns = 0;
    FigureLink* m_waiting;
    overview::ServerTodayTotals* m_serverTotals;
    QLabel* m_serverFigures;
    QLabel* m_serverDiffers;
    QLabel* m_errors;
    OverviewChart* m_chart;
    QLabel* m_bestSellersTitle;
    QComboBox* m_bestSellerPeriod;
    QTableWidget* m_bestSellers;
    QLabel* m_unreadableLines;
    QPushButton* m_reportButton;
};

} // namespace apipay
