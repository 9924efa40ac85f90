#include "refunds/refundspage.h"

#include "refunds/refundcsvexporter.h"
#include "refunds/refunddetailpanel.h"
#include "refunds/refundfilterbar.h"

#include "api/apiclient.h"
#include "models/refundtablemodel.h"
#include "shell/pagecontext.h"
#include "widgets/emptystatelabel.h"
#include "widgets/listfreshness.h"
#include "widgets/stalenotice.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace apipay {

RefundsPage::RefundsPage(const PageContext& context, QWidget* parent)
    : PageWidget(context, parent)
    , m_model(new RefundTableModel(context.session->api(), this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filterBar(new RefundFilterBar(this))
    , m_totalsLabel(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_tableView(new QTableView(this))
    , m_emptyLabel(new EmptyStateLabel(this))
    , m_staleNotice(new StaleNotice(this))
    , m_detail(new RefundDetailPanel(context, this))
    , m_exportButton(new QPushButton(this))
    , m_refreshButton(new QPushButton(this))
    , m_progressBar(new QProgressBar(this))
    , m_cancelExportButton(new QPushButton(this))
{
    setObjectName(u"refundsPage"_s);
    m_model->setLocale(context.session->displayFormat().locale());
    m_model->setDisplayZone(context.session->displayFormat().zone());
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RefundTableModel::SortRole);

    m_tableView->setObjectName(u"refundsTableView"_s);
    m_tableView->setModel(m_proxy);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->setSortingEnabled(true);
    m_tableView->sortByColumn(-1, Qt::AscendingOrder); // server order (newest first) until a header is clicked
    m_tableView->setTabKeyNavigation(false);
    m_tableView->verticalHeader()->hide();
    m_tableView->horizontalHeader()->setStretchLastSection(true);
    m_tableView->setAlternatingRowColors(true);
    m_tableView->setWordWrap(false);
    connect(m_model, &PagedTableModel::pageLoaded, m_tableView, [this](int page) {
        if (page == 1) {
            m_tableView->resizeColumnsToContents();
        }
    });

    m_stack->addWidget(m_tableView);
    m_stack->addWidget(m_emptyLabel);

    m_staleNotice->setObjectName(u"refundsStaleNotice"_s);
    m_staleNotice->setTimeFormatter([this](const QDateTime& utc) {
        return StaleNotice::formatAsOf(utc, this->context().session->displayFormat().locale(), this->context().session->displayFormat().zone());
    });
    auto* listColumn = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listColumn);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_staleNotice);
    listLayout->addWidget(m_stack, 1);
    m_freshness = new ListFreshness(m_model, m_staleNotice, m_tableView, RefundTableModel::IdRole, this);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(listColumn);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    // The list starts with about two thirds of the width so its key columns are visible at 1280 px.
    splitter->setSizes({650, 350});

    m_totalsLabel->setObjectName(u"refundTotalsLabel"_s);
    m_totalsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
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

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filterBar);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    connect(m_filterBar, &RefundFilterBar::filtersChanged, this, &RefundsPage::applyQuery);
    connect(m_model, &RefundTableModel::totalsChanged, this, &RefundsPage::updateTotals);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RefundsPage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateEmptyState();
        updateTotals();
        m_detail->clear();
    });
    connect(m_model, &PagedTableModel::loadingChanged, this, [this] {
        updateEmptyState();
        updateTotals();
    });
    connect(m_model, &PagedTableModel::loadFailed, this, [this](const ApiError& error) {
        updateEmptyState();
        updateTotals();
        if (!m_freshness->needsWindowBanner(error)) {
            return; // the rows stay, marked stale above the list
        }
        this->context().notifier->reportError(error, [model = QPointer<RefundTableModel>(m_model)] {
            if (model) {
                model->retry();
            }
        });
    });
    connect(m_tableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RefundsPage::showCurrentDetail);
    connect(m_detail, &RefundDetailPanel::openInvoiceRequested, this,
            [this](qint64 invoiceId) { this->context().navigator->showInvoice(invoiceId); });
    connect(m_tableView, &QTableView::activated, this, [this] { m_detail->openInvoiceButton()->setFocus(); });
    connect(m_exportButton, &QPushButton::clicked, this, &RefundsPage::chooseExportFile);
    connect(m_refreshButton, &QPushButton::clicked, this, &RefundsPage::refresh);
    connect(m_cancelExportButton, &QPushButton::clicked, this, [this] {
        if (m_exporter) {
            m_exporter->cancel();
        }
    });
    connect(context.session, &Session::sessionChanged, this, [this] {
        m_loadedOnce = false;
        if (isVisible()) {
            activated();
        }
    });
    connect(context.session, &Session::languageChanged, this, [this] {
        m_model->setLocale(this->context().session->displayFormat().locale());
        m_model->retranslate();
        updateTotals();
    });
    retranslate();
    updateEmptyState();
}

RefundsPage::~RefundsPage()
{
    // The model cancels its request while it is destroyed; its answer must not reach this half-destroyed page.
    disconnect(m_model, nullptr, this, nullptr);
}

QString RefundsPage::title() const
{
    return tr("Refunds");
}

void RefundsPage::activated()
{
    if (!m_loadedOnce) {
        m_loadedOnce = true;
        const std::optional<RefundQuery> query = m_filterBar->query();
        applyQuery(query.value_or(RefundQuery{}));
    }
}

void RefundsPage::refresh()
{
    m_loadedOnce = true;
    const std::optional<RefundQuery> query = m_filterBar->query();
    applyQuery(query.value_or(m_model->query()));
}

void RefundsPage::focusSearch()
{
    m_filterBar->focusInvoiceId();
}

void RefundsPage::applyQuery(const RefundQuery& query)
{
    m_loadedOnce = true;
    m_model->setDisplayZone(context().session->displayFormat().zone());
    m_model->setQuery(query);
    updateEmptyState();
}

void RefundsPage::updateTotals()
{
    const int count = m_model->rowCount();
    QString text = tr("Shown: %n refund(s), total %1", nullptr, count).arg(context().session->displayFormat().money(m_model->shownTotal()));
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

void RefundsPage::updateEmptyState()
{
    if (m_model->rowCount() > 0) {
        m_stack->setCurrentWidget(m_tableView);
        return;
    }
    if (m_model->isLoading()) {
        m_emptyLabel->setText(tr("Loading refunds…"));
    } else if (m_model->lastLoadFailed()) {
        m_emptyLabel->setText(tr("The refunds could not be loaded. Use Retry in the message above, or press F5."));
    } else {
        const RefundQuery q = m_model->query();
        const bool filtered = !q.statuses.isEmpty() || q.invoiceId || q.dateFrom.isValid() || q.dateTo.isValid();
        m_emptyLabel->setText(filtered
                                  ? tr("No refunds match these filters. Clear the filters to see every refund.")
                                  : tr("No refunds yet. Refunds are made from a paid invoice: open it on the "
                                       "Invoices page and choose \"Refund\"."));
    }
    m_stack->setCurrentWidget(m_emptyLabel);
}

void RefundsPage::showCurrentDetail()
{
    const QModelIndex current = m_proxy->mapToSource(m_tableView->currentIndex());
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    m_detail->setRefund(m_model->refundAt(current.row()));
}

void RefundsPage::chooseExportFile()
{
    if (m_exporter) {
        return;
    }
    auto* dialog = new QFileDialog(this, tr("Export refunds to CSV"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(tr("CSV files (*.csv)"));
    dialog->setDefaultSuffix(u"csv"_s);
    dialog->setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog->selectFile(u"refunds-%1.csv"_s.arg(QDate::currentDate().toString(Qt::ISODate)));
    connect(dialog, &QFileDialog::fileSelected, this, &RefundsPage::exportToFile);
    dialog->open();
}

void RefundsPage::exportToFile(const QString& fileName)
{
    if (m_exporter || fileName.isEmpty()) {
        return;
    }
    m_exporter = new RefundCsvExporter(context().session->api(), m_model->query(), fileName, context().session->displayFormat().zone(), this);
    m_progressBar->setRange(0, 0);
    m_progressBar->show();
    m_cancelExportButton->show();
    m_exportButton->setEnabled(false);
    connect(m_exporter, &RefundCsvExporter::progress, this, [this](qint64 rows, qint64 total) {
        if (total > 0) {
            m_progressBar->setRange(0, int(std::min<qint64>(total, INT_MAX)));
            m_progressBar->setValue(int(std::min<qint64>(rows, INT_MAX)));
        }
        m_progressBar->setFormat(tr("%1 exported").arg(rows));
    });
    connect(m_exporter, &RefundCsvExporter::finished, this, [this, fileName](qint64 rows) {
        finishExport();
        context().notifier->reportInfo(tr("%n refund(s) exported to %1", nullptr, int(rows)).arg(QDir::toNativeSeparators(fileName)));
        Q_EMIT exportFinished(true, fileName);
    });
    connect(m_exporter, &RefundCsvExporter::failed, this, [this, fileName](const QString& message) {
        finishExport();
        ApiError error;
        error.kind = ApiError::Kind::InvalidRequest;
        error.message = message;
        context().notifier->reportError(error, [this, fileName] { exportToFile(fileName); });
        Q_EMIT exportFinished(false, fileName);
    });
    connect(m_exporter, &RefundCsvExporter::cancelled, this, [this, fileName] {
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
    m_exportButton->setEnabled(true);
}

void RefundsPage::retranslate()
{
    m_tableView->setAccessibleName(tr("Refunds"));
    m_exportButton->setText(tr("E&xport CSV…"));
    m_exportButton->setAccessibleName(tr("Export the refunds of the current filter to a CSV file"));
    m_refreshButton->setText(tr("Re&fresh"));
    m_refreshButton->setAccessibleName(tr("Reload the refunds"));
    m_cancelExportButton->setText(tr("&Cancel export"));
    m_cancelExportButton->setAccessibleName(tr("Cancel the CSV export"));
    m_progressBar->setAccessibleName(tr("Export progress"));
    updateTotals();
    updateEmptyState();
}

void RefundsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    PageWidget::changeEvent(event);
}

} // namespace apipay
