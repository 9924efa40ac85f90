#include "refunds/refundspage.h"

#include "export/historyrefundcsvexporter.h"
#include "export/refundcsvexporter.h"
#include "refunds/refunddetailpanel.h"
#include "refunds/refundfilterbar.h"

#include "api/apiclient.h"
#include "models/historyrefundmodel.h"
#include "models/refundtablemodel.h"
#include "session/session.h"
#include "store/historystore.h"
#include "widgets/filedialogs.h"
#include "widgets/stalenotice.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace apipay {

RefundsPage::RefundsPage(const PageContext& context, QWidget* parent)
    : ListPage(context,
        new HistoryRefundModel(context.session->api()),
        new QSortFilterProxyModel,
        RefundTableModel::IdRole,
        u"refunds"_s,
        parent)
    , m_model(static_cast<RefundTableModel*>(listModel()))
    , m_history(static_cast<HistoryRefundModel*>(listModel()))
    , m_filterBar(new RefundFilterBar(this))
    , m_totalsLabel(new QLabel(this))
    , m_detail(new RefundDetailPanel(context, this))
    , m_exportButton(new QPushButton(this))
    , m_refreshButton(new QPushButton(this))
    , m_progressBar(new QProgressBar(this))
    , m_cancelExportButton(new QPushButton(this))
{
    setObjectName(u"refundsPage"_s);
    setElidableColumns({ RefundTableModel::ExternalOrderId, RefundTableModel::Reason });

    m_totalsLabel->setObjectName(u"refundTotalsLabel"_s);
    m_totalsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_totalsLabel->setWordWrap(true); // a long summary (kk) wraps instead of widening the window
    m_exportButton->setObjectName(u"exportCsvPushButton"_s);
    m_refreshButton->setObjectName(u"refreshPushButton"_s);
    m_progressBar->setObjectName(u"exportProgressBar"_s);
    m_progressBar->hide();
    m_cancelExportButton->setObjectName(u"cancelExportPushButton"_s);
    m_cancelExportButton->hide();

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_totalsLabel, 1);
    bottom->addWidget(m_progressBar);
    bottom->addWidget(m_cancelExportButton);
    bottom->addWidget(m_refreshButton);
    bottom->addWidget(m_exportButton);

    setFilterBar(m_filterBar);
    setDetailPanel(m_detail);
    setFooter(bottom);

    connect(m_filterBar, &RefundFilterBar::filtersChanged, this, &RefundsPage::applyQuery);
    connect(m_model, &RefundTableModel::totalsChanged, this, &RefundsPage::updateTotals);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateTotals();
        m_detail->clear();
    });
    connect(m_model, &PagedTableModel::loadingChanged, this, &RefundsPage::updateTotals);
    connect(m_model, &PagedTableModel::loadFailed, this, &RefundsPage::updateTotals);
    connect(
        tableView()->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RefundsPage::showCurrentDetail);
    connect(m_detail, &RefundDetailPanel::openInvoiceRequested, this,
        [this](qint64 invoiceId) { this->context().navigator->showInvoice(invoiceId); });
    connect(tableView(), &QTableView::activated, this, [this] { m_detail->openInvoiceButton()->setFocus(); });
    connect(m_exportButton, &QPushButton::clicked, this, &RefundsPage::chooseExportFile);
    connect(m_refreshButton, &QPushButton::clicked, this, &RefundsPage::refresh);
    connect(m_cancelExportButton, &QPushButton::clicked, this, [this] {
        if (m_exporter) {
            m_exporter->cancel();
        }
    });
    connect(context.session, &Session::languageChanged, this, &RefundsPage::updateTotals);
    // A refund made in this app since the list was read: read it again when the page is shown (a new invoice at the
    // counter leaves the refund history as it is and spends no request on it).
    connect(context.session, &Session::refundsChanged, this, [this] {
        if (!loadedOnce()) {
            return;
        }
        setLoadedOnce(false);
        if (isVisible()) {
            load();
        }
    });
    connect(context.session, &Session::historyChanged, this, &RefundsPage::bindHistory);
    connect(context.session, &Session::connectivityChanged, this, &RefundsPage::bindHistory);
    bindHistory();
    retranslate();
    updateEmptyState();
}

RefundsPage::~RefundsPage() = default;

QString RefundsPage::title() const
{
    return tr("Refunds");
}

void RefundsPage::load()
{
    const std::optional<RefundQuery> query = m_filterBar->query();
    applyQuery(query.value_or(RefundQuery {}));
}

void RefundsPage::refresh()
{
    context().session->requestHistoryUpdate(); // the history sync asks the server for what changed first
    bindHistory();
    const std::optional<RefundQuery> query = m_filterBar->query();
    applyQuery(query.value_or(m_history->filter()));
}

void RefundsPage::showMatching(const RefundListRequest& request)
{
    bindHistory();
    m_filterBar->showPeriod(request.firstDay, request.lastDay);
}

void RefundsPage::focusSearch()
{
    m_filterBar->focusSearch();
}

void RefundsPage::applyQuery(const RefundQuery& query)
{
    setLoadedOnce(true);
    m_model->setDisplayFormat(context().session->displayFormat());
    if (readsFromHistory()) {
        m_history->setFilter(query, m_filterBar->searchText());
    } else {
        m_model->setQuery(query);
    }
    updateExportButton();
    updateEmptyState();
}

bool RefundsPage::readsFromHistory() const
{
    return m_history->readsFromStore();
}

void RefundsPage::bindHistory()
{
    // Read from the store once the history sync has read every refund (or while the server cannot be reached).
    HistoryStore* store = context().session->history();
    const bool useStore = store && (context().session->isOffline() || HistoryRefundModel::holdsWholeHistory(*store));
    if (store && store != m_watchedHistory) {
        m_watchedHistory = store;
        connect(store, &HistoryStore::refundsChanged, this, &RefundsPage::bindHistory, Qt::QueuedConnection);
    }
    HistoryStore* wanted = useStore ? store : nullptr;
    // The search is answered by the store only: the server's refund list has no text search.
    m_filterBar->setSearchAvailable(wanted != nullptr);
    if (m_history->store() == wanted) {
        return;
    }
    m_history->setStore(wanted);
    if (loadedOnce()) {
        load();
    }
    updateTotals();
}

void RefundsPage::updateHistoryTotals()
{
    // Over every refund of the filter in the history, however many rows were read so far.
    const RefundHistoryTotals& totals = m_history->filterTotals();
    const DisplayFormat format = context().session->displayFormat();
    QString text = tr("%Ln refund(s) in this filter, total %1", nullptr, int(qMin<qint64>(totals.count, INT_MAX)))
                       .arg(format.money(totals.total));
    QStringList parts;
    for (auto it = totals.countByStatus.cbegin(); it != totals.countByStatus.cend(); ++it) {
        parts.append(tr("%1: %2 (%3)")
                         .arg(Refund::statusLabel(it.key()))
                         .arg(it.value())
                         .arg(format.money(totals.totalByStatus.value(it.key()))));
    }
    if (!parts.isEmpty()) {
        text += u" — "_s + parts.join(u", "_s);
    }
    if (totals.unreadableAmounts > 0) {
        text += u" "_s
            + tr("(%n unreadable amount(s) shown as “—” are not counted)", nullptr,
                int(qMin<qint64>(totals.unreadableAmounts, INT_MAX)));
    }
    m_totalsLabel->setText(text);
    m_totalsLabel->setAccessibleName(text);
}

void RefundsPage::updateTotals()
{
    if (readsFromHistory()) {
        if (m_history->filterTotalsKnown()) {
            updateHistoryTotals();
        } else {
            m_totalsLabel->setText(m_history->lastStoreError());
        }
        return;
    }
    const int count = m_model->rowCount();
    QString text = tr("Shown: %n refund(s), total %1", nullptr, count)
                       .arg(context().session->displayFormat().money(m_model->shownTotal()));
    QStringList parts;
    const QMap<QString, int> counts = m_model->countsByStatus();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        parts.append(tr("%1: %2 (%3)")
                         .arg(Refund::statusLabel(it.key()))
                         .arg(it.value())
                         .arg(context().session->displayFormat().money(m_model->totalWithStatus(it.key()))));
    }
    if (!parts.isEmpty()) {
        text += u" — "_s + parts.join(u", "_s);
    }
    if (const int unreadable = m_model->unreadableAmountCount(); unreadable > 0) {
        text += u" "_s + tr("(%n unreadable amount(s) shown as “—” are not counted)", nullptr, unreadable);
    }
    if (m_model->hasMorePages()) {
        text += u" "_s + tr("(more on the server: scroll down to load them)");
    }
    m_totalsLabel->setText(text);
    m_totalsLabel->setAccessibleName(text);
}

QString RefundsPage::emptyText(EmptyReason reason) const
{
    switch (reason) {
    case EmptyReason::Loading:
        return tr("Loading refunds…");
    case EmptyReason::LoadFailed:
        return tr("The refunds could not be loaded. Use Retry in the message above, or press F5.");
    case EmptyReason::NoRows:
        break;
    }
    const RefundQuery q = m_history->filter();
    if (const QString words = searchedText(); !words.isEmpty()) {
        return tr("No refunds match “%1”. Press Esc in the search field to clear it.").arg(words);
    }
    const bool filtered = !q.statuses.isEmpty() || q.invoiceId || q.dateFrom.isValid() || q.dateTo.isValid();
    return filtered ? tr("No refunds match these filters. Clear the filters to see every refund.")
                    : tr("No refunds yet. Refunds are made from a paid invoice: open it on the "
                         "Invoices page and choose \"Refund\".");
}

QString RefundsPage::searchedText() const
{
    return readsFromHistory() ? m_history->historyQuery().text : QString();
}

void RefundsPage::updateExportButton()
{
    // From the history on this computer the export writes exactly what is listed, search included (and works
    // offline); otherwise it pages through the server's refunds of the filters.
    m_exportButton->setEnabled(!m_exporter);
}

void RefundsPage::showCurrentDetail()
{
    const int row = currentModelRow();
    if (row < 0) {
        m_detail->clear();
        return;
    }
    m_detail->setRefund(m_model->refundAt(row));
}

void RefundsPage::chooseExportFile()
{
    if (m_exporter) {
        return;
    }
    auto* dialog = newFileDialog(this, tr("Export refunds to CSV"), AppSettings::FileKind::Export,
        u"refunds-%1.csv"_s.arg(QDate::currentDate().toString(Qt::ISODate)));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(tr("CSV files (*.csv)"));
    dialog->setDefaultSuffix(u"csv"_s);
    connect(dialog, &QFileDialog::fileSelected, this, &RefundsPage::exportToFile);
    dialog->open();
}

void RefundsPage::exportToFile(const QString& fileName)
{
    if (m_exporter || fileName.isEmpty()) {
        return;
    }
    const QTimeZone zone = context().session->displayFormat().zone();
    if (HistoryStore* store = context().session->history(); store && readsFromHistory()) {
        m_exporter = new HistoryRefundCsvExporter(store, m_history->historyQuery(), fileName, zone, this);
    } else {
        m_exporter = new RefundCsvExporter(context().session->api(), m_history->filter(), fileName, zone, this);
    }
    m_progressBar->setRange(0, 0);
    m_progressBar->show();
    m_cancelExportButton->show();
    m_exportButton->setEnabled(false);
    connect(m_exporter, &PagedCsvExporter::progress, this, [this](qint64 rows, qint64 total) {
        if (total > 0) {
            m_progressBar->setRange(0, int(std::min<qint64>(total, INT_MAX)));
            m_progressBar->setValue(int(std::min<qint64>(rows, INT_MAX)));
        }
        m_progressBar->setFormat(tr("%1 exported").arg(rows));
    });
    connect(m_exporter, &PagedCsvExporter::finished, this, [this, fileName](qint64 rows) {
        finishExport();
        context().notifier->reportInfo(
            tr("%n refund(s) exported to %1", nullptr, int(rows)).arg(QDir::toNativeSeparators(fileName)));
        Q_EMIT exportFinished(true, fileName);
    });
    connect(m_exporter, &PagedCsvExporter::failed, this, [this, fileName](const QString& message) {
        finishExport();
        ApiError error;
        error.kind = ApiError::Kind::InvalidRequest;
        error.message = message;
        context().notifier->reportError(error, [this, fileName] { exportToFile(fileName); });
        Q_EMIT exportFinished(false, fileName);
    });
    connect(m_exporter, &PagedCsvExporter::cancelled, this, [this, fileName] {
        finishExport();
        context().notifier->reportInfo(tr("Export cancelled; no file was written."));
        Q_EMIT exportFinished(false, fileName);
    });
    m_cancelExportButton->setFocus();
    m_exporter->start();
}

void RefundsPage::finishExport()
{
    if (m_exporter) {
        m_exporter->deleteLater();
        m_exporter = nullptr;
    }
    m_progressBar->hide();
    m_cancelExportButton->hide();
    updateExportButton();
}

void RefundsPage::retranslate()
{
    tableView()->setAccessibleName(tr("Refunds"));
    m_exportButton->setText(tr("E&xport CSV…"));
    m_exportButton->setAccessibleName(tr("Export the refunds of the current filter to a CSV file"));
    m_refreshButton->setText(tr("Re&fresh"));
    m_refreshButton->setAccessibleName(tr("Reload the refunds"));
    m_cancelExportButton->setText(tr("&Cancel export"));
    m_cancelExportButton->setAccessibleName(tr("Cancel the CSV export"));
    m_progressBar->setAccessibleName(tr("Export progress"));
    updateExportButton();
    updateTotals();
    updateEmptyState();
}

} // namespace apipay
