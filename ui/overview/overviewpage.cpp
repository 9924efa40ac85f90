#include "overviewpage.h"

#include "endofdaydialog.h"
#include "figurelink.h"
#include "overviewcard.h"
#include "overviewchart.h"

#include "overview/historyemptystate.h"
#include "overview/overviewlinks.h"
#include "store/historystore.h"
#include "widgets/emptystatelabel.h"
#include "widgets/stalenotice.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace apipay {

using overview::PeriodKind;

OverviewPage::OverviewPage(const PageContext& context, QWidget* parent)
    : PageWidget(context, parent)
    , m_model(new overview::OverviewModel(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyStateLabel(this))
    , m_cards { new OverviewCard(this), new OverviewCard(this), new OverviewCard(this) }
    , m_waiting(new FigureLink(this))
    , m_serverTotals(new overview::ServerTodayTotals(this))
    , m_serverFigures(new QLabel(this))
    , m_serverDiffers(new QLabel(this))
    , m_errors(new QLabel(this))
    , m_chart(new OverviewChart(this))
    , m_bestSellersTitle(new QLabel(this))
    , m_bestSellerPeriod(new QComboBox(this))
    , m_bestSellers(new QTableWidget(this))
    , m_unreadableLines(new QLabel(this))
    , m_reportButton(new QPushButton(this))
{
    m_cards[0]->setObjectName(u"todayCard"_s);
    m_cards[1]->setObjectName(u"weekCard"_s);
    m_cards[2]->setObjectName(u"monthCard"_s);
    m_waiting->setObjectName(u"waitingLabel"_s);
    m_serverFigures->setObjectName(u"serverTodayLabel"_s);
    m_serverDiffers->setObjectName(u"serverDiffersLabel"_s);
    m_serverDiffers->setWordWrap(true);
    m_serverFigures->hide();
    m_serverDiffers->hide();
    m_errors->setObjectName(u"overviewErrorLabel"_s);
    m_bestSellerPeriod->setObjectName(u"bestSellerPeriodComboBox"_s);
    m_bestSellers->setObjectName(u"bestSellersTable"_s);
    m_reportButton->setObjectName(u"endOfDayReportButton"_s);
    m_errors->setWordWrap(true);
    m_errors->setStyleSheet(u"color: #b3261e;"_s);
    m_errors->hide();
    m_unreadableLines->setWordWrap(true);
    m_unreadableLines->hide();
    QFont waitingFont = m_waiting->font();
    waitingFont.setBold(true);
    m_waiting->setFont(waitingFont);

    m_bestSellerPeriod->addItem(QString(), int(PeriodKind::Day));
    m_bestSellerPeriod->addItem(QString(), int(PeriodKind::Week));
    m_bestSellerPeriod->addItem(QString(), int(PeriodKind::Month));
    m_bestSellerPeriod->setCurrentIndex(2);
    m_bestSellers->setColumnCount(3);
    m_bestSellers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_bestSellers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_bestSellers->verticalHeader()->hide();
    m_bestSellers->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_bestSellers->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_bestSellers->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_bestSellers->setMinimumHeight(160);

    // The figures, in a scroll area (small screens, 200 % scaling).
    auto* content = new QWidget;
    auto* contentLayout = new QVBoxLayout(content);
    m_cardGrid = new QGridLayout;
    for (OverviewCard* card : m_cards) {
        card->installEventFilter(this); // new amounts change a card's width: arrange the cards again
    }
    contentLayout->addLayout(m_cardGrid);
    contentLayout->addWidget(m_serverFigures);
    contentLayout->addWidget(m_serverDiffers);
    contentLayout->addWidget(m_waiting, 0, Qt::AlignLeft); // only the figure is marked, not the page's width
    contentLayout->addWidget(m_errors);
    auto* lower = new QHBoxLayout;
    lower->addWidget(m_chart, 3);
    auto* sellers = new QVBoxLayout;
    auto* sellersHeader = new QHBoxLayout;
    sellersHeader->addWidget(m_bestSellersTitle, 1);
    sellersHeader->addWidget(m_bestSellerPeriod);
    sellers->addLayout(sellersHeader);
    sellers->addWidget(m_bestSellers, 1);
    sellers->addWidget(m_unreadableLines);
    lower->addLayout(sellers, 2);
    contentLayout->addLayout(lower, 1);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(content);
    // The scroll area holds the stack (not the other way round): a scroll area hidden in a stack keeps the scroll bars
    // it chose while hidden, and showed two empty ones once the figures arrived.
    auto* scroll = new QScrollArea(this);
    m_scroll = scroll;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_stack);

    auto* top = new QHBoxLayout;
    top->addStretch(1);
    top->addWidget(m_reportButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);

    connect(m_model, &overview::OverviewModel::figuresChanged, this, &OverviewPage::showFigures);
    connect(m_serverTotals, &overview::ServerTodayTotals::changed, this, &OverviewPage::showServerFigures);
    connect(m_bestSellerPeriod, &QComboBox::currentIndexChanged, this,
        [this] { m_model->setBestSellerPeriod(PeriodKind(m_bestSellerPeriod->currentData().toInt())); });
    connect(m_reportButton, &QPushButton::clicked, this, &OverviewPage::openEndOfDayReport);
    connect(m_waiting, &FigureLink::activated, this, &OverviewPage::openWaitingInvoices);
    for (const PeriodKind kind : { PeriodKind::Day, PeriodKind::Week, PeriodKind::Month }) {
        connect(card(kind), &OverviewCard::paidInvoicesRequested, this, [this, kind] { openPaidInvoices(kind); });
        connect(card(kind), &OverviewCard::refundsRequested, this, [this, kind] { openRefunds(kind); });
    }
    if (Session* session = context.session) {
        connect(session, &Session::historyChanged, this, &OverviewPage::bindStore);
        m_serverTotals->setApi(session->api());
        connect(session, &Session::sessionChanged, m_serverTotals, &overview::ServerTodayTotals::reset);
        connect(session, &Session::displayFormatChanged, this, &OverviewPage::applyFormat);
        connect(session, &Session::languageChanged, this, &OverviewPage::showFigures);
        connect(session, &Session::connectivityChanged, this, &OverviewPage::showEmptyText);
        connect(session, &Session::refreshStateChanged, this, &OverviewPage::showEmptyText);
    }
    retranslate();
    applyFormat();
    arrangeCards();
    bindStore();
}

bool OverviewPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::LayoutRequest) {
        // The card's layout has taken in its new texts once this event is handled: measure after it.
        QMetaObject::invokeMethod(this, &OverviewPage::arrangeCards, Qt::QueuedConnection);
    }
    return PageWidget::eventFilter(watched, event);
}

void OverviewPage::resizeEvent(QResizeEvent* event)
{
    PageWidget::resizeEvent(event);
    arrangeCards();
}

void OverviewPage::arrangeCards()
{
    // The width the content gets: the scroll area's, less the content's own margins.
    const QMargins margins = m_stack->widget(1)->layout()->contentsMargins();
    const int available
        = m_scroll->width() - margins.left() - margins.right() - m_scroll->verticalScrollBar()->sizeHint().width();
    const int spacing = qMax(0, m_cardGrid->spacing());
    const auto needs = [this, spacing](int columns) {
        int widest = 0;
        for (const OverviewCard* card : m_cards) {
            widest = qMax(widest, card->minimumSizeHint().width());
        }
        return columns * widest + (columns - 1) * spacing;
    };
    const int columns = needs(3) <= available ? 3 : needs(2) <= available ? 2 : 1;
    if (columns == m_cardColumns) {
        return;
    }
    m_cardColumns = columns;
    for (OverviewCard* card : m_cards) {
        m_cardGrid->removeWidget(card);
    }
    for (int i = 0; i < 3; ++i) {
        m_cardGrid->addWidget(m_cards[i], i / columns, i % columns);
    }
    for (int c = 0; c < 3; ++c) {
        m_cardGrid->setColumnStretch(c, c < columns ? 1 : 0);
    }
}

QString OverviewPage::title() const
{
    return tr("Overview");
}

OverviewCard* OverviewPage::card(PeriodKind kind) const
{
    return m_cards[int(kind)];
}

void OverviewPage::refresh()
{
    if (context().session) {
        context().session->requestHistoryUpdate(); // F5: the sync asks the server for what changed first
    }
    m_model->refresh();
    readServerTotals(overview::ServerTodayTotals::Asked::ByPerson);
}

void OverviewPage::activated()
{
    m_model->refresh(); // the day may have changed since the page was last shown
    readServerTotals(overview::ServerTodayTotals::Asked::WhenShown);
}

void OverviewPage::readServerTotals(overview::ServerTodayTotals::Asked asked)
{
    if (context().session) {
        m_serverTotals->setApi(context().session->api()); // the session may have a new client (another account)
    }
    // At most every five minutes when the page is shown, every few seconds when the person asks (ServerTodayTotals).
    m_serverTotals->requestRead(m_model->today(), asked);
}

void OverviewPage::showServerFigures()
{
    const overview::ServerToday& server = m_serverTotals->today();
    const overview::OverviewFigures& f = m_model->figures();
    const bool show
        = server.hasFigures && server.day == f.today && server.state != overview::ServerToday::State::Unsupported;
    m_serverFigures->setVisible(show);
    m_serverDiffers->setVisible(false);
    if (!show) {
        return;
    }
    const DisplayFormat format = context().session ? context().session->displayFormat() : DisplayFormat();
    //: The server's figures for today beside the local ones: "Server: 12 paid · 145 000 ₸".
    const int count = int(std::min<qint64>(server.paidCount, 1'000'000'000));
    m_serverFigures->setText(tr("Server: %n paid · %1", nullptr, count).arg(format.money(server.paidAmount)) + u' '
        + tr("(as of %1)").arg(StaleNotice::formatAsOf(server.readAt, format.locale(), format.zone())));
    m_serverFigures->setToolTip(tr("Today's paid invoices as the server counts them. F5 reads them again."));
    if (!f.hasStore) {
        return;
    }
    QString why;
    switch (overview::compare(server.paidCount, server.paidAmount, f.day.current,
        overview::ServerTodayTotals::firstSyncDone(m_model->store()))) {
    case overview::Agreement::Same:
        return;
    case overview::Agreement::Syncing:
        why = tr("The server's figures differ from this computer's: the history is still syncing.");
        break;
    case overview::Agreement::LatePayments:
        why = tr("The server's figures differ from this computer's: payments arrived after the last sync.");
        break;
    case overview::Agreement::Differs:
        why = tr("The server's figures differ from this computer's.");
        break;
    }
    m_serverDiffers->setText(why);
    m_serverDiffers->setVisible(true);
}

bool OverviewPage::showsEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

void OverviewPage::bindStore()
{
    HistoryStore* store = context().session ? context().session->history() : nullptr;
    m_model->setStore(store);
    m_reportButton->setEnabled(store != nullptr); // without a shop there is no day to report on
}

void OverviewPage::applyFormat()
{
    if (context().session) {
        m_model->setZone(context().session->displayFormat().zone());
    }
    showFigures();
}

void OverviewPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    PageWidget::changeEvent(event);
}

void OverviewPage::retranslate()
{
    m_reportButton->setText(tr("End-of-day report…"));
    m_reportButton->setToolTip(tr("Print or save as PDF the takings, invoices and refunds of a day"));
    m_waiting->setToolTip(tr("Open the invoices waiting for payment"));
    m_waiting->setAccessibleDescription(m_waiting->toolTip());
    m_bestSellersTitle->setText(tr("Best sellers"));
    m_bestSellerPeriod->setItemText(0, tr("Today"));
    m_bestSellerPeriod->setItemText(1, tr("This week"));
    m_bestSellerPeriod->setItemText(2, tr("This month"));
    m_bestSellerPeriod->setAccessibleName(tr("Best sellers of"));
    m_bestSellers->setHorizontalHeaderLabels({ tr("Item"), tr("Quantity"), tr("Amount") });
    m_bestSellers->setAccessibleName(tr("Best sellers"));
    showFigures();
}

void OverviewPage::showEmptyText()
{
    const overview::OverviewFigures& f = m_model->figures();
    const bool empty = !f.hasStore || f.invoicesStored == 0;
    if (empty) {
        Session* session = context().session;
        overview::HistoryKept kept = f.hasStore ? overview::HistoryKept::Here : overview::HistoryKept::NotYet;
        if (!f.hasStore && session && session->hasSession() && !session->keepsHistory()) {
            kept = overview::HistoryKept::NotForThisRun;
        }
        m_empty->setText(overview::historyEmptyText(
            kept, session && session->isOffline(), session ? session->lastRefreshError() : ApiError()));
    }
    // A stack is as tall as its tallest page, shown or not: the hidden figures would give the short "no history yet"
    // text a scroll bar. The page not shown asks for no room.
    QWidget* shown = empty ? static_cast<QWidget*>(m_empty) : m_stack->widget(1);
    for (int i = 0; i < m_stack->count(); ++i) {
        QWidget* page = m_stack->widget(i);
        const QSizePolicy::Policy policy = page == shown ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        page->setSizePolicy(policy, policy);
    }
    m_stack->setCurrentWidget(shown);
}

void OverviewPage::showFigures()
{
    const overview::OverviewFigures& f = m_model->figures();
    const DisplayFormat format = context().session ? context().session->displayFormat() : DisplayFormat();
    const QLocale locale = format.locale();

    showEmptyText();

    m_cards[0]->setFigures(f.day, format);
    m_cards[1]->setFigures(f.week, format);
    m_cards[2]->setFigures(f.month, format);
    m_waiting->setText(tr("Waiting for payment now: %1").arg(locale.toString(f.waiting)));
    m_errors->setText(f.errors.join(u'\n'));
    m_errors->setVisible(!f.errors.isEmpty());
    m_chart->setFigures(f, format);
    showServerFigures(); // compared with the new local figures
    if (isVisible()) {
        readServerTotals(overview::ServerTodayTotals::Asked::WhenShown); // only when the last reading is 5 min old
    }

    m_bestSellers->setRowCount(int(f.bestSellers.items.size()));
    for (int row = 0; row < f.bestSellers.items.size(); ++row) {
        const ItemSale& sale = f.bestSellers.items.at(row);
        auto* name = new QTableWidgetItem(sale.name);
        auto* quantity = new QTableWidgetItem(locale.toString(sale.quantity));
        auto* amount = new QTableWidgetItem(format.money(sale.amount));
        quantity->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_bestSellers->setItem(row, 0, name);
        m_bestSellers->setItem(row, 1, quantity);
        m_bestSellers->setItem(row, 2, amount);
    }
    const qint64 unreadable = f.bestSellers.unreadableLines;
    m_unreadableLines->setText(tr("%n sold line(s) left out: their price or quantity could not be read.", nullptr,
        int(std::min<qint64>(unreadable, 1'000'000'000))));
    m_unreadableLines->setVisible(unreadable > 0);
}

void OverviewPage::openEndOfDayReport()
{
    auto* dialog = new EndOfDayDialog(context(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

namespace {

const overview::PeriodFigures& periodFigures(const overview::OverviewFigures& figures, PeriodKind kind)
{
    switch (kind) {
    case PeriodKind::Week:
        return figures.week;
    case PeriodKind::Month:
        return figures.month;
    case PeriodKind::Day:
        break;
    }
    return figures.day;
}

} // namespace

void OverviewPage::openWaitingInvoices()
{
    if (!context().navigator) {
        return;
    }
    InvoiceListRequest request;
    request.statuses = overview::waitingStatuses(); // what the figure counts, not a copy of it
    request.caption = tr("Overview: waiting for payment now");
    context().navigator->showInvoices(request);
}

void OverviewPage::openPaidInvoices(PeriodKind kind)
{
    if (!context().navigator) {
        return;
    }
    // The period of the card as it was read (the model's clock and zone), counted by the day of payment like the
    // takings.
    const overview::Period& period = periodFigures(m_model->figures(), kind).period;
    InvoiceListRequest request;
    request.statuses = overview::takingsStatuses();
    request.firstDay = period.firstDay;
    request.lastDay = period.lastDay;
    request.days = InvoiceListRequest::Days::Paid;
    switch (kind) {
    case PeriodKind::Week:
        request.caption = tr("Overview: paid this week");
        break;
    case PeriodKind::Month:
        request.caption = tr("Overview: paid this month");
        break;
    case PeriodKind::Day:
        request.caption = tr("Overview: paid today");
        break;
    }
    context().navigator->showInvoices(request);
}

void OverviewPage::openRefunds(PeriodKind kind)
{
    if (!context().navigator) {
        return;
    }
    const overview::Period& period = periodFigures(m_model->figures(), kind).period;
    context().navigator->showRefunds(RefundListRequest { period.firstDay, period.lastDay });
}

} // namespace apipay
