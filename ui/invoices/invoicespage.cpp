#include "invoicespage.h"

#include "api/apiclient.h"
#include "catalog/catalogimageindex.h"
#include "invoices/invoiceactions.h"
#include "invoices/invoicecolumnlayout.h"
#include "invoices/invoicedetailpane.h"
#include "invoices/invoicefilterbar.h"
#include "invoices/invoicestatusdelegate.h"
#include "models/historyinvoicemodel.h"
#include "models/invoicefilterproxymodel.h"
#include "models/invoicetablemodel.h"
#include "shell/pagecontext.h"
#include "store/historystore.h"
#include "watch/invoicewatcher.h"
#include "widgets/emptystatelabel.h"
#include "widgets/listfreshness.h"

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

#include <limits>

using namespace Qt::StringLiterals;

namespace apipay {

namespace {
constexpr int kPerPage = 50;
constexpr int kStaleAfterMs = 30'000;
// A new key for the 70/30 default: splitters saved with the old half-and-half default are not restored.
const QString kSplitterKey = u"invoicesPage/splitter"_s;
} // namespace

InvoicesPage::InvoicesPage(const PageContext& context, QWidget* parent)
    : PageWidget(context, parent)
{
    setObjectName(u"invoicesPage"_s);
    m_model = new HistoryInvoiceModel(context.session->api(), this);
    m_model->setDisplayFormat(context.session->displayFormat());
    m_proxy = new InvoiceFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setDynamicSortFilter(false); // the server sorts; the proxy keeps the server order
    m_images = new CatalogImageIndex(context.session->api(), this);
    buildUi();
    restoreLayout();

    connect(m_model, &InvoiceTableModel::loadingChanged, this, [this] {
        updateEmptyState();
        updateSummary();
    });
    connect(m_model, &InvoiceTableModel::pageLoaded, this, [this] {
        m_sinceLoad.restart();
        updateEmptyState();
        updateSummary();
        scheduleOnScreenUpdate();
        m_columns->fitToContents();
        if (m_pendingShowId != 0 && m_model->rowOfId(m_pendingShowId) >= 0) {
            const qint64 id = m_pendingShowId;
            m_pendingShowId = 0;
            showInvoice(id);
        }
    });
    connect(m_model, &InvoiceTableModel::loadFailed, this, [this](const ApiError& error) {
        m_lastLoadError = error;
        updateEmptyState();
        updateSummary();
        // Rows on screen stay and the stale notice above them says what failed; the window's banner only when there
        // is nothing to mark (or the key is wrong).
        if (m_freshness->needsWindowBanner(error)) {
            this->context().notifier->reportError(error, [this] { m_model->retry(); });
        }
    });
    m_detailCheckTimer = new QTimer(this);
    m_detailCheckTimer->setSingleShot(true);
    m_detailCheckTimer->setInterval(0);
    connect(m_detailCheckTimer, &QTimer::timeout, this, &InvoicesPage::keepDetailInList);
    connect(m_model, &InvoiceTableModel::pageLoaded, this, &InvoicesPage::scheduleDetailCheck);
    connect(m_model, &InvoiceTableModel::loadingChanged, this, &InvoicesPage::scheduleDetailCheck);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &InvoicesPage::scheduleDetailCheck);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &InvoicesPage::scheduleDetailCheck);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &InvoicesPage::scheduleDetailCheck);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &InvoicesPage::scheduleDetailCheck);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &InvoicesPage::scheduleOnScreenUpdate);
    connect(m_model, &QAbstractItemModel::modelReset, this, &InvoicesPage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &InvoicesPage::scheduleOnScreenUpdate);

    if (InvoiceWatcher* watcher = context.session->watcher()) {
        connect(watcher, &InvoiceWatcher::statusesChanged, this, [this](const QList<InvoiceStatusUpdate>& updates) {
            m_model->applyStatusUpdates(updates);
            m_detail->applyStatusUpdates(updates);
        });
    }
    connect(m_model, &HistoryInvoiceModel::matchCountChanged, this, &InvoicesPage::updateSummary);
    connect(m_model, &HistoryInvoiceModel::storeReadFailed, this, [this](const QString& message) {
        ApiError error;
        error.kind = ApiError::Kind::InvalidRequest;
        error.message = message;
        this->context().notifier->reportError(error);
    });
    connect(context.session, &Session::historyChanged, this, &InvoicesPage::bindHistory);
    connect(context.session, &Session::connectivityChanged, this, &InvoicesPage::bindHistory);
    bindHistory();
    connect(context.session, &Session::sessionChanged, this, [this] {
        m_hiddenId = 0;
        m_detail->clear();
        m_images->clear();
        m_model->setDisplayFormat(this->context().session->displayFormat());
        if (m_started) {
            applyFilters();
        }
    });
    connect(context.session, &Session::invoicesChanged, this, [this] {
        if (!m_started) {
            return; // the first load will bring it
        }
        if (readsFromHistory()) {
            m_model->reread(); // in place; the store's own change signal reads it again when the sync brings it
            return;
        }
        if (m_active && !m_model->isLoading()) {
            m_model->reload();
        } else {
            m_reloadWhenShown = true;
        }
    });
    const auto applyFormats = [this] {
        m_model->setDisplayFormat(this->context().session->displayFormat());
        m_filters->setZone(this->context().session->displayFormat().zone());
        m_freshness->update(); // the "as of" time in the new zone
        m_detail->reload();
    };
    connect(context.session, &Session::languageChanged, this, applyFormats);
    connect(context.session, &Session::displayFormatChanged, this, applyFormats);
    connect(m_detail, &InvoiceDetailPane::invoiceChanged, this, [this](const Invoice& invoice) {
        const int row = m_model->rowOfId(invoice.id);
        if (m_detail->detailLoaded()) {
            // The server's whole invoice: the row and the history take its status and refund totals too (a full
            // refund in v2.1 stays "paid" and differs only in is_fully_refunded).
            if (row >= 0) {
                m_model->upsert(invoice);
            }
            if (HistoryStore* store = this->context().session->history()) {
                store->upsertInvoices({ invoice });
            }
        } else if (row >= 0 && m_model->rawStatus(row) != invoice.status.raw()) {
            InvoiceStatusUpdate update;
            update.id = invoice.id;
            update.status = invoice.status;
            m_model->applyStatusUpdates({ update });
        }
    });
}

InvoicesPage::~InvoicesPage()
{
    saveLayout();
    const QList<QObject*> children = findChildren<QObject*>();
    for (QObject* child : children) {
        disconnect(child, nullptr, this, nullptr);
    }
}

QString InvoicesPage::title() const
{
    return tr("Invoices");
}

void InvoicesPage::retranslate()
{
    m_refreshButton->setText(tr("Refresh"));
    m_refreshButton->setToolTip(tr("Load the list again (F5)"));
    m_table->setAccessibleName(tr("Invoices"));
    m_actions->retranslate();
    m_model->retranslate();
    showRequestNotice();
    m_columns->retranslate(); // the Status column fits the longest status name of the new language
    updateEmptyState();
    updateSummary();
}

void InvoicesPage::changeEvent(QEvent* event)
{
    PageWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
}

void InvoicesPage::applyFilters()
{
    InvoiceQuery query = m_model->query();
    m_filters->setZone(context().session->displayFormat().zone());
    m_filters->applyTo(query);
    query.perPage = kPerPage;
    const int section = m_table->horizontalHeader()->sortIndicatorSection();
    const QString sortBy = InvoiceTableModel::serverSortField(section);
    query.sortBy = sortBy.isEmpty() ? u"created_at"_s : sortBy;
    query.sortAscending = m_table->horizontalHeader()->sortIndicatorOrder() == Qt::AscendingOrder;
    m_started = true;
    m_serverQuery = query;
    m_pendingShowId = 0; // an invoice opened on purpose stays only while the filters stay
    if (readsFromHistory()) {
        applyHistoryFilters(query);
    } else {
        m_model->setQuery(query);
    }
    followRequest(query);
    updateEmptyState();
}

void InvoicesPage::refresh()
{
    context().session->requestHistoryUpdate(); // the history sync asks the server for what changed first
    bindHistory();
    if (!m_started) {
        applyFilters();
        return;
    }
    if (readsFromHistory()) {
        m_model->reread();
    } else {
        m_model->reload();
    }
    if (m_detail->invoiceId() != 0) {
        m_detail->reload();
    }
}

void InvoicesPage::focusSearch()
{
    m_filters->focusSearch();
}

void InvoicesPage::activated()
{
    m_active = true;
    bindHistory();
    if (!m_started) {
        applyFilters();
    } else if (readsFromHistory()) {
        m_reloadWhenShown = false; // the history model follows the store by itself
    } else if (!m_model->isLoading()
        && (m_reloadWhenShown || (m_sinceLoad.isValid() && m_sinceLoad.elapsed() > kStaleAfterMs))) {
        m_reloadWhenShown = false;
        m_model->reload(); // the rows stay on screen until the new page arrives
    }
    scheduleOnScreenUpdate();
}

void InvoicesPage::deactivated()
{
    m_active = false;
    if (InvoiceWatcher* watcher = context().session->watcher()) {
        watcher->setOnScreen(this, {});
    }
}

void InvoicesPage::showInvoice(qint64 id)
{
    if (id <= 0) {
        return;
    }
    const int row = m_model->rowOfId(id);
    if (row >= 0) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, InvoiceTableModel::Id));
        if (index.isValid()) {
            m_table->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_table->scrollTo(index);
            return; // onCurrentRowChanged shows the detail
        }
    }
    // Not in the list (other filter, older page): show the detail on its own and select it if a page brings it.
    m_pendingShowId = m_started ? id : 0;
    m_table->selectionModel()->clearSelection();
    std::optional<Invoice> stored;
    if (HistoryStore* store = m_model->store()) {
        const StoreResult<std::optional<Invoice>> found = store->invoice(id);
        stored = found.ok() ? found.value() : std::nullopt;
    }
    m_detail->showInvoice(id, stored);
    if (!m_started) {
        applyFilters();
        m_pendingShowId = id;
    }
}

void InvoicesPage::onCurrentRowChanged()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid()) {
        return;
    }
    const int sourceRow = m_proxy->mapToSource(current).row();
    if (sourceRow < 0) {
        return;
    }
    Invoice row = m_model->invoiceAt(sourceRow);
    m_hiddenId = 0;
    if (row.id != m_detail->invoiceId()) {
        m_pendingShowId = 0;
        // The stored invoice, with its items, is shown at once (and offline); the server's answer follows.
        if (HistoryStore* store = m_model->store()) {
            const StoreResult<std::optional<Invoice>> stored = store->invoice(row.id);
            if (stored.ok() && stored.value()) {
                row = *stored.value();
            }
        }
        m_detail->showInvoice(row.id, row);
    }
}

void InvoicesPage::onSelectionChanged()
{
    QList<qint64> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(InvoiceTableModel::Id);
    ids.reserve(rows.size());
    for (const QModelIndex& index : rows) {
        ids.append(index.data(InvoiceTableModel::IdRole).toLongLong());
    }
    m_actions->setSelectedIds(ids);
}

void InvoicesPage::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    if (!empty) {
        m_listStack->setCurrentWidget(m_table);
        return;
    }
    if (m_model->isLoading() || !m_started) {
        m_emptyLabel->setText(tr("Loading invoices…"));
    } else if (m_model->lastLoadFailed()) {
        // The reason and its advice (the connection only when it is the connection), then how to load again.
        m_emptyLabel->setText(
            tr("The invoices could not be loaded. %1 F5 loads them again.").arg(m_lastLoadError.userText()));
    } else if (m_filters->hasActiveFilters()) {
        m_emptyLabel->setText(tr("No invoices match these filters — change or clear the filters."));
    } else {
        m_emptyLabel->setText(tr("No invoices yet — press Ctrl+N to create one."));
    }
    m_listStack->setCurrentWidget(m_emptyLabel);
}

void InvoicesPage::updateSummary()
{
    if (readsFromHistory()) {
        // Every match in the history, not only the rows read so far.
        const qint64 count = qMax<qint64>(m_model->matchCount(), m_model->rowCount());
        m_summaryLabel->setText(
            tr("%Ln invoice(s)", nullptr, int(qMin<qint64>(count, std::numeric_limits<int>::max()))));
        return;
    }
    QString text = tr("%n invoice(s) loaded", nullptr, m_model->rowCount());
    if (m_model->isLoading()) {
        text = tr("%1 · loading…").arg(text);
    } else if (m_model->hasMorePages()) {
        text = tr("%1 · scroll down for more").arg(text);
    }
    m_summaryLabel->setText(text);
}

void InvoicesPage::scheduleOnScreenUpdate()
{
    if (m_active) {
        m_onScreenTimer->start();
    }
}

void InvoicesPage::updateOnScreen()
{
    InvoiceWatcher* watcher = context().session->watcher();
    if (!watcher || !m_active) {
        return;
    }
    const int rows = m_proxy->rowCount();
    if (rows == 0) {
        watcher->setOnScreen(this, {});
        return;
    }
    int first = m_table->rowAt(0);
    int last = m_table->rowAt(m_table->viewport()->height() - 1);
    first = first < 0 ? 0 : first;
    last = last < 0 ? rows - 1 : last;
    QList<qint64> ids;
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (!index.data(InvoiceTableModel::FinalRole).toBool()) {
            ids.append(index.data(InvoiceTableModel::IdRole).toLongLong());
        }
    }
    if (m_detail->invoice() && !m_detail->invoice()->status.isFinal() && !ids.contains(m_detail->invoiceId())) {
        ids.append(m_detail->invoiceId());
    }
    watcher->setOnScreen(this, ids);
}

void InvoicesPage::onHeaderClicked(int section)
{
    QHeaderView* header = m_table->horizontalHeader();
    if (readsFromHistory()) {
        HistoryQuery::SortKey key {};
        if (!HistoryInvoiceModel::historySortKey(section, &key)) {
            // The history cannot be sorted by this column: keep the previous order and say so.
            const QSignalBlocker blocker(header);
            const HistoryQuery current = m_model->historyQuery();
            int previous = InvoiceTableModel::CreatedAt;
            for (int c = 0; c < InvoiceTableModel::ColumnCount; ++c) {
                if (HistoryInvoiceModel::historySortKey(c, &key) && key == current.sortKey) {
                    previous = c;
                }
            }
            header->setSortIndicator(previous, current.order);
            context().notifier->reportInfo(tr("The list cannot be sorted by this column"));
            return;
        }
        applyFilters();
        return;
    }
    if (InvoiceTableModel::serverSortField(section).isEmpty()) {
        // The server cannot sort by this column: keep the previous order and say so.
        const QSignalBlocker blocker(header);
        const QString sortBy = m_model->query().sortBy;
        int previous = InvoiceTableModel::CreatedAt;
        for (int c = 0; c < InvoiceTableModel::ColumnCount; ++c) {
            if (InvoiceTableModel::serverSortField(c) == sortBy) {
                previous = c;
            }
        }
        header->setSortIndicator(previous, m_model->query().sortAscending ? Qt::AscendingOrder : Qt::DescendingOrder);
        context().notifier->reportInfo(tr("The list cannot be sorted by this column"));
        return;
    }
    applyFilters();
}

void InvoicesPage::saveLayout() const
{
    QSettings settings;
    m_columns->save();
    settings.setValue(kSplitterKey, m_splitter->saveState());
}

void InvoicesPage::restoreLayout()
{
    QSettings settings;
    m_columns->restore();
    m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    connect(m_splitter, &QSplitter::splitterMoved, this, &InvoicesPage::saveLayout);
}

} // namespace apipay
