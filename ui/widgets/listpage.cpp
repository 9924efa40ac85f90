#include "widgets/listpage.h"

#include "widgets/searchlineedit.h"

#include "models/columntablemodel.h"
#include "session/session.h"
#include "widgets/elidedcelltooltip.h"
#include "widgets/emptystatelabel.h"
#include "widgets/headercolumnmenu.h"
#include "widgets/listfreshness.h"
#include "widgets/stalenotice.h"
#include "widgets/tablecolumnfit.h"

#include <QBoxLayout>
#include <QEvent>
#include <QHeaderView>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace apipay {

ListPage::ListPage(const PageContext& context,
    ColumnTableModel* model,
    QSortFilterProxyModel* proxy,
    int idRole,
    const QString& name,
    QWidget* parent)
    : PageWidget(context, parent)
    , m_listModel(model)
    , m_proxy(proxy)
    , m_layout(new QVBoxLayout(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_stack(new QStackedWidget(this))
    , m_tableView(new QTableView(this))
    , m_emptyLabel(new EmptyStateLabel(this))
    , m_staleNotice(new StaleNotice(this))
{
    if (!m_listModel->parent()) {
        m_listModel->setParent(this);
    }
    if (m_proxy && !m_proxy->parent()) {
        m_proxy->setParent(this);
    }
    m_listModel->setDisplayFormat(context.session->displayFormat());
    if (m_proxy) {
        m_proxy->setSourceModel(m_listModel);
        m_proxy->setSortRole(ColumnTableModel::ColumnSortRole);
    }

    m_tableView->setObjectName(name + u"TableView"_s);
    m_tableView->setModel(viewModel());
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    if (m_proxy) {
        m_tableView->setSortingEnabled(true);
        m_tableView->sortByColumn(-1, Qt::AscendingOrder); // server order (newest first) until a header is clicked
    }
    m_tableView->setTabKeyNavigation(false);
    m_tableView->verticalHeader()->hide();
    m_tableView->horizontalHeader()->setStretchLastSection(true);
    m_tableView->setAlternatingRowColors(true);
    m_tableView->setWordWrap(false);
    m_columnFit = new TableColumnFit(m_tableView);
    m_columnFit->rememberIn(u"columnsResizedByHand/"_s + m_tableView->objectName());
    new ElidedCellToolTip(m_tableView);
    auto* columnMenu = new HeaderColumnMenu(m_tableView);
    connect(columnMenu, &HeaderColumnMenu::columnsShownChanged, m_columnFit, &TableColumnFit::refit);
    m_columnFit->fitOnFirstPage(m_listModel);
    // An empty list's columns are as wide as their titles: the first rows (e.g. a sheet just created) widen them so
    // their values are shown whole ("5 000,00 ₸", not "5 0…").
    connect(m_listModel, &QAbstractItemModel::rowsInserted, m_columnFit,
        [this](const QModelIndex& under, int first, int last) {
            if (!under.isValid() && first == 0 && m_listModel->rowCount() == last + 1) {
                m_columnFit->fit();
            }
        });

    m_stack->addWidget(m_tableView);
    m_stack->addWidget(m_emptyLabel);

    m_staleNotice->setObjectName(name + u"StaleNotice"_s);
    m_staleNotice->setTimeFormatter([this](const QDateTime& utc) {
        const DisplayFormat format = this->context().session->displayFormat();
        return StaleNotice::formatAsOf(utc, format.locale(), format.zone());
    });
    auto* listColumn = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listColumn);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_staleNotice);
    listLayout->addWidget(m_stack, 1);
    m_freshness = new ListFreshness(m_listModel, m_staleNotice, m_tableView, idRole, this);

    m_splitter->addWidget(listColumn);
    m_splitter->setChildrenCollapsible(false);
    m_layout->addWidget(m_splitter, 1);

    connect(m_listModel, &QAbstractItemModel::rowsInserted, this, &ListPage::updateEmptyState);
    connect(m_listModel, &QAbstractItemModel::modelReset, this, &ListPage::updateEmptyState);
    connect(m_listModel, &PagedTableModel::loadingChanged, this, &ListPage::updateEmptyState);
    connect(m_listModel, &PagedTableModel::loadFailed, this, [this](const ApiError& error) {
        updateEmptyState();
        if (!m_freshness->needsWindowBanner(error)) {
            return; // the rows stay, marked stale above the list
        }
        if (Notifier* notifier = this->context().notifier) {
            notifier->reportError(error, [model = QPointer<ColumnTableModel>(m_listModel)] {
                if (model) {
                    model->retry();
                }
            });
        }
    });
    connect(context.session, &Session::sessionChanged, this, [this] {
        m_loadedOnce = false;
        sessionChanged();
        if (isVisible()) {
            activated();
        }
    });
    connect(context.session, &Session::displayFormatChanged, this,
        [this] { m_listModel->setDisplayFormat(this->context().session->displayFormat()); });
}

void ListPage::setElidableColumns(const QList<int>& columns)
{
    m_columnFit->setElidableColumns(columns);
}

void ListPage::setDefaultHiddenColumns(const QList<int>& columns)
{
    for (int column : columns) {
        m_tableView->horizontalHeader()->setSectionHidden(column, true);
    }
}

ListPage::~ListPage()
{
    // The model cancels its request while it is destroyed; its answer must not reach this half-destroyed page.
    disconnect(m_listModel, nullptr, this, nullptr);
}

QAbstractItemModel* ListPage::viewModel() const
{
    return m_proxy ? static_cast<QAbstractItemModel*>(m_proxy) : m_listModel;
}

void ListPage::setFilterBar(QWidget* filterBar)
{
    if (!filterBar) {
        return;
    }
    m_layout->insertWidget(0, filterBar);
    // Tab goes from the filters into the table (the table was created first, so it would come first).
    QWidget* lastFilter = nullptr;
    for (QWidget* w = nextInFocusChain(); w && w != this; w = w->nextInFocusChain()) {
        if (filterBar->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus)) {
            lastFilter = w;
        }
    }
    if (lastFilter) {
        QWidget::setTabOrder(lastFilter, m_tableView);
    }
    // Down or Enter in a search field goes on to the rows it found.
    const auto searches = filterBar->findChildren<SearchLineEdit*>();
    for (SearchLineEdit* search : searches) {
        SearchLineEdit::leadToResults(search, m_tableView);
    }
}

void ListPage::addAboveList(QWidget* widget)
{
    m_layout->insertWidget(m_layout->indexOf(m_splitter), widget);
}

void ListPage::setDetailPanel(QWidget* detail)
{
    if (!detail) {
        return;
    }
    m_splitter->addWidget(detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    // The list starts with about two thirds of the width so its key columns are visible at 1280 px.
    m_splitter->setSizes({ 650, 350 });
}

void ListPage::setFooter(QBoxLayout* footer)
{
    if (footer) {
        m_layout->addLayout(footer);
    }
}

void ListPage::activated()
{
    if (!m_loadedOnce) {
        load();
    }
}

void ListPage::updateEmptyState()
{
    if (m_listModel->rowCount() > 0) {
        m_stack->setCurrentWidget(m_tableView);
        return;
    }
    const EmptyReason reason = m_listModel->isLoading() ? EmptyReason::Loading
        : m_listModel->lastLoadFailed()                 ? EmptyReason::LoadFailed
                                                        : EmptyReason::NoRows;
    m_emptyLabel->setText(emptyText(reason));
    m_stack->setCurrentWidget(m_emptyLabel);
}

int ListPage::currentModelRow() const
{
    QModelIndex current = m_tableView->currentIndex();
    if (m_proxy) {
        current = m_proxy->mapToSource(current);
    }
    return current.isValid() ? current.row() : -1;
}

void ListPage::selectModelRow(int row)
{
    QModelIndex index = m_listModel->index(row, 0);
    if (m_proxy) {
        index = m_proxy->mapFromSource(index);
    }
    m_tableView->setCurrentIndex(index);
    m_tableView->scrollTo(index);
}

void ListPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updateEmptyState();
    }
    PageWidget::changeEvent(event);
}

} // namespace apipay
