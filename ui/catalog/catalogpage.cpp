#include "catalog/catalogpage.h"

#include "catalog/catalogbatchdialog.h"
#include "catalog/catalogeditdialog.h"

#include "api/apiclient.h"
#include "images/imagecache.h"
#include "models/catalogtablemodel.h"
#include "shell/pagecontext.h"
#include "store/historystore.h"
#include "widgets/elidedcelltooltip.h"
#include "widgets/emptystatelabel.h"
#include "widgets/headercolumnmenu.h"
#include "widgets/listfreshness.h"
#include "widgets/offlinebanner.h"
#include "widgets/stalenotice.h"
#include "widgets/tablecolumnfit.h"
#include "widgets/thumbnaildelegate.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace apipay {

namespace {
// The side of an item's picture in the list, in pixels.
constexpr int kThumbnailSize = 40;
constexpr int kFirstRecheckMs = 5'000;
constexpr int kLongestRecheckMs = 60'000;
} // namespace

CatalogPage::CatalogPage(const PageContext& context, QWidget* parent)
    : PageWidget(context, parent)
    , m_model(new CatalogTableModel(context.session->api(), this))
    , m_searchLabel(new QLabel(this))
    , m_searchEdit(new QLineEdit(this))
    , m_barcodeLabel(new QLabel(this))
    , m_barcodeEdit(new QLineEdit(this))
    , m_searchButton(new QPushButton(this))
    , m_addButton(new QPushButton(this))
    , m_editButton(new QPushButton(this))
    , m_deleteButton(new QPushButton(this))
    , m_refreshButton(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_pendingLabel(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_tableView(new QTableView(this))
    , m_emptyLabel(new EmptyStateLabel(this))
{
    setObjectName(u"catalogPage"_s);
    m_model->setDisplayFormat(context.session->displayFormat());
    m_pendingRecheck = new QTimer(this);
    m_pendingRecheck->setSingleShot(true);
    m_pendingRecheck->setInterval(kFirstRecheckMs);
    connect(m_pendingRecheck, &QTimer::timeout, this, &CatalogPage::recheckPending);

    m_searchEdit->setObjectName(u"searchLineEdit"_s);
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setMaxLength(100);
    m_barcodeEdit->setObjectName(u"barcodeSearchLineEdit"_s);
    m_barcodeEdit->setClearButtonEnabled(true);
    m_barcodeEdit->setMaxLength(50);
    m_barcodeEdit->setValidator(new QRegularExpressionValidator(QRegularExpression(u"^[0-9A-Za-z\\-]*$"_s), this));
    m_searchLabel->setBuddy(m_searchEdit);
    m_barcodeLabel->setBuddy(m_barcodeEdit);
    m_searchButton->setObjectName(u"searchPushButton"_s);
    m_addButton->setObjectName(u"addItemsPushButton"_s);
    m_editButton->setObjectName(u"editItemPushButton"_s);
    m_deleteButton->setObjectName(u"deleteItemPushButton"_s);
    m_refreshButton->setObjectName(u"refreshPushButton"_s);
    connect(m_searchEdit, &QLineEdit::returnPressed, this, &CatalogPage::applySearch);
    connect(m_barcodeEdit, &QLineEdit::returnPressed, this, &CatalogPage::applySearch);
    connect(m_searchButton, &QPushButton::clicked, this, &CatalogPage::applySearch);
    connect(m_addButton, &QPushButton::clicked, this, [this] { openAddDialog(); });
    connect(m_editButton, &QPushButton::clicked, this, [this] { openEditDialog(); });
    connect(m_deleteButton, &QPushButton::clicked, this, [this] { requestDelete(); });
    connect(m_refreshButton, &QPushButton::clicked, this, &CatalogPage::refresh);

    auto* top = new QHBoxLayout;
    top->addWidget(m_searchLabel);
    top->addWidget(m_searchEdit, 2);
    top->addWidget(m_barcodeLabel);
    top->addWidget(m_barcodeEdit, 1);
    top->addWidget(m_searchButton);
    top->addStretch(1);
    top->addWidget(m_addButton);
    top->addWidget(m_editButton);
    top->addWidget(m_deleteButton);
    top->addWidget(m_refreshButton);

    m_tableView->setObjectName(u"catalogTableView"_s);
    m_tableView->setModel(m_model);
    auto* thumbnails = new ThumbnailDelegate(context.session->imageCache(), m_tableView,
        CatalogTableModel::ImageUrlRole, kThumbnailSize, ThumbnailDelegate::Placeholder::Frame);
    m_tableView->setItemDelegateForColumn(CatalogTableModel::Name, thumbnails);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->setTabKeyNavigation(false);
    m_tableView->setAlternatingRowColors(true);
    m_tableView->setWordWrap(false);
    auto* columnFit = new TableColumnFit(m_tableView);
    new ElidedCellToolTip(m_tableView);
    auto* columnMenu = new HeaderColumnMenu(m_tableView);
    connect(columnMenu, &HeaderColumnMenu::columnsShownChanged, columnFit, &TableColumnFit::refit);
    columnFit->fitOnFirstPage(m_model);
    m_tableView->verticalHeader()->hide();
    m_tableView->verticalHeader()->setDefaultSectionSize(thumbnails->rowHeight());
    m_tableView->horizontalHeader()->setSectionResizeMode(CatalogTableModel::Name, QHeaderView::Stretch);
    connect(m_tableView, &QTableView::activated, this, [this] { openEditDialog(); });
    auto* deleteShortcut = new QShortcut(QKeySequence::Delete, m_tableView, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteShortcut, &QShortcut::activated, this, [this] { requestDelete(); });
    m_stack->addWidget(m_tableView);
    m_stack->addWidget(m_emptyLabel);

    m_progress->setRange(0, 0);
    m_progress->setMaximumHeight(6);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_pendingLabel->setObjectName(u"pendingHintLabel"_s);
    m_pendingLabel->setWordWrap(true);
    m_pendingLabel->hide();

    m_staleNotice = new StaleNotice(this);
    m_staleNotice->setObjectName(u"catalogStaleNotice"_s);
    m_staleNotice->setTimeFormatter([this](const QDateTime& utc) {
        return StaleNotice::formatAsOf(
            utc, this->context().session->displayFormat().locale(), this->context().session->displayFormat().zone());
    });
    m_freshness = new ListFreshness(m_model, m_staleNotice, m_tableView, CatalogTableModel::IdRole, this);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_progress);
    layout->addWidget(m_staleNotice);
    layout->addWidget(m_pendingLabel);
    layout->addWidget(m_stack, 1);

    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        updateEmptyState();
        updatePendingHint();
        seedUploadedImages();
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &CatalogPage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &CatalogPage::updatePendingHint);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateEmptyState();
        updatePendingHint();
        updateButtons();
    });
    connect(m_model, &PagedTableModel::loadingChanged, this, [this](bool loading) {
        m_progress->setVisible(loading || isDeleting());
        updateEmptyState();
    });
    connect(m_model, &PagedTableModel::loadFailed, this, [this](const ApiError& error) {
        updateEmptyState();
        if (!m_freshness->needsWindowBanner(error)) {
            return; // the rows stay, marked stale above the list
        }
        this->context().notifier->reportError(error, [model = QPointer<CatalogTableModel>(m_model)] {
            if (model) {
                model->retry();
            }
        });
    });
    connect(m_tableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CatalogPage::updateButtons);
    connect(context.session, &Session::sessionChanged, this, [this] {
        m_loadedOnce = false;
        m_uploadedImages.clear();
        if (isVisible()) {
            activated();
        }
    });
    connect(context.session, &Session::languageChanged, this, [this] {
        m_model->setDisplayFormat(this->context().session->displayFormat());
        m_model->retranslate();
    });
    connect(context.session, &Session::connectivityChanged, this, [this] {
        updateButtons();
        if (showStoredWhileOffline()) {
            return;
        }
        if (m_showingStored && !this->context().session->isOffline()) {
            m_showingStored = false; // back online: the server's list again
            if (m_loadedOnce) {
                m_model->reload();
            } else if (isVisible()) {
                activated();
            }
        }
    });
    retranslate();
    updateButtons();
    updateEmptyState();
}

CatalogPage::~CatalogPage()
{
    // The model cancels its request while it is destroyed; its answer must not reach this half-destroyed page.
    disconnect(m_model, nullptr, this, nullptr);
    if (m_deleteRequest != 0 && context().session->api()) {
        context().session->api()->cancel(m_deleteRequest);
    }
}

QString CatalogPage::title() const
{
    return tr("Catalog");
}

void CatalogPage::activated()
{
    if (m_pendingRecheckDue) {
        recheckPending();
    }
    if (!m_loadedOnce && showStoredWhileOffline()) {
        return;
    }
    if (!m_loadedOnce) {
        m_loadedOnce = true;
        m_model->loadUnits();
        applySearch();
    }
}

void CatalogPage::refresh()
{
    m_loadedOnce = true;
    if (m_model->units().isEmpty()) {
        m_model->loadUnits();
    }
    m_model->reload();
}

void CatalogPage::focusSearch()
{
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

void CatalogPage::applySearch()
{
    m_loadedOnce = true;
    CatalogQuery query = m_model->query();
    query.search = m_searchEdit->text().trimmed();
    query.barcode = m_barcodeEdit->text().trimmed();
    m_model->setQuery(query);
    updateEmptyState();
}

std::optional<CatalogItem> CatalogPage::currentItem() const
{
    const QModelIndex index = m_tableView->currentIndex();
    if (!index.isValid() || index.row() >= m_model->rowCount()) {
        return std::nullopt;
    }
    return m_model->itemAt(index.row());
}

bool CatalogPage::selectItem(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0) {
        return false;
    }
    m_tableView->setCurrentIndex(m_model->index(row, 0));
    return true;
}

void CatalogPage::updateButtons()
{
    const bool hasItem = currentItem().has_value();
    m_addButton->setEnabled(true);
    m_editButton->setEnabled(hasItem);
    m_deleteButton->setEnabled(hasItem && !isDeleting());
    for (QPushButton* write : { m_addButton, m_editButton, m_deleteButton }) {
        OfflineBanner::guard(context().session, write); // offline: disabled, and the tool tip says why
    }
}

bool CatalogPage::showStoredWhileOffline()
{
    HistoryStore* store = context().session->history();
    if (!context().session->isOffline() || !store) {
        return false;
    }
    const StoreResult<QList<CatalogItem>> items = store->catalog();
    const StoreResult<QList<CatalogUnit>> units = store->units();
    if (!items.ok() || items.value().isEmpty()) {
        return false; // nothing stored: the page shows what the server gave, or why it could not
    }
    if (units.ok() && m_model->units().isEmpty()) {
        m_model->setUnits(units.value());
    }
    m_model->replaceRows(items.value());
    m_showingStored = true;
    updateEmptyState();
    return true;
}

void CatalogPage::updatePendingHint()
{
    int pending = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->itemAt(row).status == u"pending") {
            ++pending;
        }
    }
    m_pendingLabel->setVisible(pending > 0);
    m_pendingLabel->setText(tr("%n item(s) pending: the service activates new and changed items shortly. The list is "
                               "read again by itself until they are active.",
        nullptr, pending));
    if (pending > 0) {
        schedulePendingRecheck();
    } else if (!m_recheckQueuedChange) {
        m_pendingRecheck->stop();
        m_pendingRecheck->setInterval(kFirstRecheckMs);
        m_pendingRecheckDue = false;
    }
}

void CatalogPage::schedulePendingRecheck()
{
    if (!m_pendingRecheck->isActive() && !m_pendingRecheckDue) {
        m_pendingRecheck->start();
    }
}

void CatalogPage::recheckPending()
{
    if (!isVisible()) {
        m_pendingRecheckDue = true; // read when the page is shown again, not for nobody
        return;
    }
    m_pendingRecheckDue = false;
    if (context().session->isOffline() || m_model->isLoading()) {
        m_pendingRecheck->start();
        return;
    }
    m_recheckQueuedChange = false;
    m_pendingRecheck->setInterval(std::min(m_pendingRecheck->interval() * 2, kLongestRecheckMs));
    m_model->reloadInBackground();
}

void CatalogPage::seedUploadedImages()
{
    ImageCache* cache = context().session->imageCache();
    if (!cache || m_uploadedImages.isEmpty()) {
        return;
    }
    for (auto it = m_uploadedImages.begin(); it != m_uploadedImages.end();) {
        const int row = m_model->rowOfId(it.key());
        const QString url = row >= 0 ? m_model->itemAt(row).imageUrl : QString();
        if (!url.isEmpty()) {
            cache->insert(QUrl(url), it.value());
            it = m_uploadedImages.erase(it);
        } else {
            ++it;
        }
    }
}

void CatalogPage::updateEmptyState()
{
    if (m_model->rowCount() > 0) {
        m_stack->setCurrentWidget(m_tableView);
        return;
    }
    const CatalogQuery q = m_model->query();
    if (m_model->isLoading()) {
        m_emptyLabel->setText(tr("Loading the catalog…"));
    } else if (m_model->lastLoadFailed()) {
        m_emptyLabel->setText(tr("The catalog could not be loaded. Use Retry in the message above, or press F5. "
                                 "The catalog must be enabled for your organization in ApiPay."));
    } else if (!q.search.isEmpty() || !q.barcode.isEmpty()) {
        m_emptyLabel->setText(tr("No items match this search. Clear the search fields to see the whole catalog."));
    } else {
        m_emptyLabel->setText(tr("The catalog is empty. Choose \"Add items\" to add products with prices and "
                                 "pictures; you can then put them in invoices and subscriptions."));
    }
    m_stack->setCurrentWidget(m_emptyLabel);
}

void CatalogPage::retranslate()
{
    m_searchLabel->setText(tr("&Search:"));
    m_searchEdit->setPlaceholderText(tr("Name"));
    m_searchEdit->setAccessibleName(tr("Search by name"));
    m_barcodeLabel->setText(tr("&Barcode:"));
    m_barcodeEdit->setPlaceholderText(tr("exact"));
    m_barcodeEdit->setAccessibleName(tr("Search by barcode"));
    m_searchButton->setText(tr("F&ind"));
    m_searchButton->setAccessibleName(tr("Search the catalog"));
    m_addButton->setText(tr("&Add items…"));
    m_addButton->setAccessibleName(tr("Add catalog items"));
    m_editButton->setText(tr("&Edit…"));
    m_editButton->setAccessibleName(tr("Edit the selected item"));
    m_deleteButton->setText(tr("De&lete"));
    m_deleteButton->setAccessibleName(tr("Delete the selected item"));
    m_refreshButton->setText(tr("Re&fresh"));
    m_refreshButton->setAccessibleName(tr("Reload the catalog"));
    m_tableView->setAccessibleName(tr("Catalog items; Enter edits, Delete removes"));
    m_progress->setAccessibleName(tr("Working"));
    updatePendingHint();
    updateEmptyState();
}

void CatalogPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    PageWidget::changeEvent(event);
}

} // namespace apipay
