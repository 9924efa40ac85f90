// InvoicesPage: building the page (behaviour is in invoicespage.cpp).
#include "invoicespage.h"

#include "api/apiclient.h"
#include "catalog/catalogimageindex.h"
#include "invoices/appliedfilternotice.h"
#include "invoices/invoiceactions.h"
#include "invoices/invoicecolumnlayout.h"
#include "invoices/invoicedetailpane.h"
#include "invoices/invoicefilterbar.h"
#include "invoices/invoicestatusdelegate.h"
#include "models/historyinvoicemodel.h"
#include "models/invoicefilterproxymodel.h"
#include "models/invoicetablemodel.h"
#include "shell/pagecontext.h"
#include "watch/invoicewatcher.h"
#include "widgets/elidedcelltooltip.h"
#include "widgets/emptystatelabel.h"
#include "widgets/headercolumnmenu.h"
#include "widgets/listfreshness.h"
#include "widgets/searchlineedit.h"
#include "widgets/stalenotice.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace apipay {

namespace {
QToolButton* actionButton(QAction* action, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setObjectName(action->objectName() + u"Button"_s);
    return button;
}
} // namespace

void InvoicesPage::buildUi()
{
    auto* layout = new QVBoxLayout(this);

    auto* top = new QHBoxLayout;
    m_filters = new InvoiceFilterBar(this);
    m_filters->setZone(context().session->displayFormat().zone());
    top->addWidget(m_filters, 1);
    m_refreshButton = new QToolButton(this);
    m_refreshButton->setObjectName(u"refreshInvoicesButton"_s);
    top->addWidget(m_refreshButton);
    layout->addLayout(top);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"invoicesSplitter"_s);
    m_splitter->setChildrenCollapsible(false);

    // The list column: the stale notice (hidden while the rows are fresh) above the rows or the empty state.
    auto* listColumn = new QWidget(m_splitter);
    auto* listLayout = new QVBoxLayout(listColumn);
    listLayout->setContentsMargins(0, 0, 0, 0);
    m_staleNotice = new StaleNotice(listColumn);
    m_staleNotice->setObjectName(u"invoicesStaleNotice"_s);
    m_staleNotice->setTimeFormatter([this](const QDateTime& utc) {
        return StaleNotice::formatAsOf(
            utc, context().session->displayFormat().locale(), context().session->displayFormat().zone());
    });
    listLayout->addWidget(m_staleNotice);
    m_appliedNotice = new AppliedFilterNotice(listColumn);
    listLayout->addWidget(m_appliedNotice);
    connect(m_appliedNotice, &AppliedFilterNotice::clearRequested, m_filters, &InvoiceFilterBar::clearFilters);
    m_listStack = new QStackedWidget(listColumn);
    listLayout->addWidget(m_listStack, 1);
    m_table = new QTableView(m_listStack);
    m_table->setObjectName(u"invoicesTableView"_s);
    m_table->setModel(m_proxy);
    // Down or Enter in the search goes on to the invoices it found.
    SearchLineEdit::leadToResults(qobject_cast<SearchLineEdit*>(m_filters->searchEdit()), m_table);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setSectionsClickable(true);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setSortIndicator(InvoiceTableModel::CreatedAt, Qt::DescendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setItemDelegateForColumn(
        InvoiceTableModel::Status, new InvoiceStatusDelegate(InvoiceTableModel::StatusRole, m_table));
    m_columns = new InvoiceColumnLayout(m_table);
    new ElidedCellToolTip(m_table);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_listStack->addWidget(m_table);
    m_emptyLabel = new EmptyStateLabel(m_listStack);
    m_emptyLabel->setObjectName(u"invoicesEmptyStateLabel"_s);
    m_listStack->addWidget(m_emptyLabel);

    m_detail = new InvoiceDetailPane(context(), m_images, m_splitter);
    m_detail->setMinimumWidth(280);
    m_actions = new InvoiceActions(context(), m_model, m_detail, this);
    m_actions->setQueryProvider([this] { return readsFromHistory() ? m_serverQuery : m_model->query(); });
    m_splitter->addWidget(listColumn);
    m_splitter->addWidget(m_detail);
    // The list gets the larger share: No., Created, Amount, Status, Phone and Description visible at 1280×800.
    m_splitter->setStretchFactor(0, 7);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({ 700, 300 });

    // The invoice actions in one row above the list and the detail; a tool bar, so that with long (Russian, Kazakh)
    // labels in a narrow window the last ones move into its » menu instead of widening the window.
    auto* toolBar = new QToolBar(this);
    toolBar->setObjectName(u"invoiceActionsToolBar"_s);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->setMovable(false);
    toolBar->setFloatable(false);
    for (QAction* action : { m_actions->cancelAction(), m_actions->refundAction(), m_actions->showQrAction(),
             m_actions->simulatePaymentAction(), m_actions->copyIdAction(), m_actions->checkStatusAction() }) {
        toolBar->addAction(action);
        if (QWidget* button = toolBar->widgetForAction(action)) {
            button->setObjectName(action->objectName() + u"Button"_s);
        }
    }
    auto* actionsRow = new QHBoxLayout;
    actionsRow->addWidget(toolBar, 1);
    actionsRow->addWidget(actionButton(m_actions->exportAction(), this));
    layout->addLayout(actionsRow);
    layout->addWidget(m_splitter, 1);

    auto* bottom = new QHBoxLayout;
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(u"invoicesSummaryLabel"_s);
    bottom->addWidget(m_summaryLabel, 1);
    layout->addLayout(bottom);

    const QList<QAction*> all = m_actions->all();
    for (QAction* action : all) {
        addAction(action); // shortcuts work anywhere on the page
        m_table->addAction(action);
    }
    auto* columnMenu = new HeaderColumnMenu(m_table); // after the rows' actions in the table's context menu
    connect(columnMenu, &HeaderColumnMenu::columnsShownChanged, m_columns, &InvoiceColumnLayout::columnsShownChanged);

    connect(m_refreshButton, &QToolButton::clicked, this, &InvoicesPage::refresh);
    connect(m_filters, &InvoiceFilterBar::filtersChanged, this, &InvoicesPage::applyFilters);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &InvoicesPage::onCurrentRowChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &InvoicesPage::onSelectionChanged);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionClicked, this, &InvoicesPage::onHeaderClicked);
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, &InvoicesPage::scheduleOnScreenUpdate);
    connect(m_table, &QTableView::activated, m_detail, [this] { m_detail->reload(); });

    m_freshness = new ListFreshness(m_model, m_staleNotice, m_table, InvoiceTableModel::IdRole, this);

    m_onScreenTimer = new QTimer(this);
    m_onScreenTimer->setSingleShot(true);
    m_onScreenTimer->setInterval(250);
    connect(m_onScreenTimer, &QTimer::timeout, this, &InvoicesPage::updateOnScreen);
    retranslate();
    updateEmptyState();
}

} // namespace apipay
