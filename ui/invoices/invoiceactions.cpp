#include "invoiceactions.h"

#include "api/apiclient.h"
#include "export/historyinvoicecsvexporter.h"
#include "export/invoicecsvexporter.h"
#include "invoices/invoicedetailpane.h"
#include "invoices/refunddialog.h"
#include "invoices/refundreadback.h"
#include "models/historyinvoicemodel.h"
#include "models/invoicetablemodel.h"
#include "session/democontrol.h"
#include "shell/pagecontext.h"
#include "widgets/filedialogs.h"
#include "widgets/offlinebanner.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace apipay {

namespace {
constexpr int kStatusBatch = 100; // POST /invoices/status/check takes at most 100 ids
constexpr int kFallbackDetailLimit = 20;
} // namespace

InvoiceActions::InvoiceActions(
    const PageContext& context, InvoiceTableModel* model, InvoiceDetailPane* detail, QWidget* dialogParent)
    : QObject(dialogParent)
    , m_context(context)
    , m_model(model)
    , m_detail(detail)
    , m_dialogParent(dialogParent)
    , m_cancel(new QAction(this))
    , m_refund(new QAction(this))
    , m_checkStatus(new QAction(this))
    , m_copyId(new QAction(this))
    , m_export(new QAction(this))
    , m_showQr(new QAction(this))
    , m_simulatePaid(new QAction(this))
{
    m_cancel->setObjectName(u"cancelInvoiceAction"_s);
    m_refund->setObjectName(u"refundInvoiceAction"_s);
    m_checkStatus->setObjectName(u"checkStatusAction"_s);
    m_copyId->setObjectName(u"copyInvoiceIdAction"_s);
    m_export->setObjectName(u"exportCsvAction"_s);
    m_showQr->setObjectName(u"showQrAction"_s);
    m_simulatePaid->setObjectName(u"simulatePaymentAction"_s);
    m_copyId->setShortcut(QKeySequence::Copy);
    m_copyId->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_checkStatus->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_checkStatus->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_export->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    // Cancel and refund by keyboard too (the toolbar's buttons are not in the Tab chain): Del in the list (a text
    // field keeps Del for its text) and Ctrl+Shift+R; both still ask first.
    m_cancel->setShortcut(QKeySequence::Delete);
    m_cancel->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_refund->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_refund->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_simulatePaid->setVisible(context.session->demoControl() != nullptr);
    connect(context.session, &Session::sessionChanged, this,
        [this] { m_simulatePaid->setVisible(m_context.session->demoControl() != nullptr); }); // demo started or ended

    connect(m_cancel, &QAction::triggered, this, &InvoiceActions::askCancel);
    connect(m_refund, &QAction::triggered, this, &InvoiceActions::openRefund);
    connect(m_checkStatus, &QAction::triggered, this, &InvoiceActions::checkSelected);
    connect(m_copyId, &QAction::triggered, this, &InvoiceActions::copyId);
    connect(m_export, &QAction::triggered, this, &InvoiceActions::chooseExportFile);
    connect(m_showQr, &QAction::triggered, this, &InvoiceActions::showQr);
    connect(m_simulatePaid, &QAction::triggered, this, &InvoiceActions::simulatePaid);
    connect(m_detail, &InvoiceDetailPane::invoiceChanged, this, &InvoiceActions::updateEnabled);
    connect(context.session, &Session::connectivityChanged, this, &InvoiceActions::updateEnabled);
    connect(m_detail, &InvoiceDetailPane::refundsChanged, this, &InvoiceActions::updateEnabled);
    m_refundReadBack = new RefundReadBack(context, model, detail, this);
    retranslate();
    updateEnabled();
}

InvoiceActions::~InvoiceActions()
{
    if (m_exporter) {
        // The page is going away (its detail pane may already be gone): the export stops and removes its partial
        // file, but nothing of this object is told about it.
        m_exporter->disconnect(this);
        m_exporter->cancel();
    }
}

QList<QAction*> InvoiceActions::all() const
{
    return { m_cancel, m_refund, m_checkStatus, m_copyId, m_export, m_showQr, m_simulatePaid };
}

void InvoiceActions::retranslate()
{
    m_cancel->setText(tr("Ca&ncel invoice…"));
    m_cancel->setToolTip(tr("Cancel the invoice (only while it is processing or pending) (Del)"));
    m_refund->setText(tr("&Refund…"));
    m_refund->setToolTip(tr("Refund all or part of a paid invoice (Ctrl+Shift+R)"));
    m_checkStatus->setText(tr("Check &status"));
    m_checkStatus->setToolTip(tr("Ask ApiPay for the current status of the selected invoices (Ctrl+R)"));
    m_copyId->setText(tr("&Copy id"));
    m_export->setText(tr("&Export CSV…"));
    m_export->setToolTip(tr("Save every invoice of the current filter as a CSV file for Excel (Ctrl+E)"));
    m_showQr->setText(tr("Show &QR"));
    m_showQr->setToolTip(tr("Show the payment link as a QR code for the customer to scan"));
    m_simulatePaid->setText(tr("Simulate &payment"));
    m_simulatePaid->setToolTip(tr("Demo mode: pretend the customer paid this pending invoice"));
    for (QAction* write : { m_cancel, m_refund, m_simulatePaid }) {
        OfflineBanner::guard(m_context.session, write); // the reason again, in the new language
    }
}

void InvoiceActions::setSelectedIds(const QList<qint64>& ids)
{
    m_selected = ids;
    updateEnabled();
}

void InvoiceActions::updateEnabled()
{
    const std::optional<Invoice> invoice = m_detail->invoice();
    const bool has = invoice.has_value();
    m_cancel->setEnabled(has && invoice->status.canCancel() && !m_cancelInFlight);
    const bool refundable = has && invoice->status.canRefund() && !invoice->fullyRefunded()
        && invoice->availableForRefund.value_or(Money::fromTiyn(1)).tiyn() > 0;
    m_refund->setEnabled(refundable && m_detail->detailLoaded() && m_refundDialog.isNull());
    m_checkStatus->setEnabled((!m_selected.isEmpty() || has) && m_checksInFlight == 0);
    m_copyId->setEnabled(has || !m_selected.isEmpty());
    m_export->setEnabled(!m_exporter);
    m_showQr->setEnabled(has && !invoice->paymentUrl.isEmpty());
    m_simulatePaid->setEnabled(
        m_context.session->demoControl() != nullptr && has && invoice->status.value() == InvoiceStatus::Pending);
    // Offline: the writes stay disabled and say why; the history stays readable.
    for (QAction* write : { m_cancel, m_refund, m_simulatePaid }) {
        OfflineBanner::guard(m_context.session, write);
    }
}

void InvoiceActions::askCancel()
{
    const std::optional<Invoice> invoice = m_detail->invoice();
    if (!invoice || !invoice->status.canCancel() || m_confirm) {
        return;
    }
    const qint64 id = invoice->id;
    m_confirm = new QMessageBox(QMessageBox::Question, tr("Cancel invoice %1?").arg(id),
        tr("Cancel invoice %1 for %2? The customer will no longer be able to pay it.")
            .arg(id)
            .arg(m_context.session->displayFormat().money(invoice->amount)),
        QMessageBox::NoButton, m_dialogParent);
    m_confirm->setObjectName(u"cancelConfirmationMessageBox"_s);
    QPushButton* yes = m_confirm->addButton(tr("Cancel invoice"), QMessageBox::DestructiveRole);
    yes->setObjectName(u"confirmCancelButton"_s);
    QPushButton* no = m_confirm->addButton(tr("Keep it"), QMessageBox::RejectRole);
    m_confirm->setDefaultButton(no);
    m_confirm->setEscapeButton(no);
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirm, &QMessageBox::buttonClicked, this, [this, yes, id](QAbstractButton* button) {
        if (button == yes) {
            sendCancel(id);
        }
    });
    m_confirm->open();
}

void InvoiceActions::sendCancel(qint64 id)
{
    m_cancelInFlight = true;
    updateEnabled();
    m_context.session->api()->cancelInvoice(id, this, [this, id](const ApiResult<CancelResult>& result) {
        m_cancelInFlight = false;
        if (!result.ok()) {
            // A cancel that may have been carried out is never offered again: the detail reads the invoice back.
            std::function<void()> retry;
            if (!result.error.mayHaveBeenCarriedOut()) {
                retry = [this, id] { sendCancel(id); };
            }
            m_context.notifier->reportError(result.error, retry);
            m_detail->reload();
            updateEnabled();
            return;
        }
        InvoiceStatusUpdate update;
        update.id = id;
        if (result.value.queued) {
            update.status = InvoiceStatus::fromValue(InvoiceStatus::Cancelling);
            m_context.notifier->reportInfo(
                tr("Cancellation of invoice %1 requested; waiting for Kaspi to confirm").arg(id));
        } else {
            update.status = result.value.invoice && !result.value.invoice->status.raw().isEmpty()
                ? result.value.invoice->status
                : InvoiceStatus::fromValue(InvoiceStatus::Cancelled);
            m_context.notifier->reportInfo(tr("Invoice %1 cancelled").arg(id));
        }
        applyUpdates({ update });
        if (m_detail->invoiceId() == id) {
            m_detail->reload();
        }
        updateEnabled();
    });
}

void InvoiceActions::openRefund()
{
    const std::optional<Invoice> invoice = m_detail->invoice();
    if (!invoice || !m_detail->detailLoaded() || m_refundDialog) {
        return;
    }
    m_refundDialog = new RefundDialog(m_context, *invoice, m_detail->refunds(), m_dialogParent);
    m_refundDialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = invoice->id;
    const Money refundedBefore = invoice->totalRefunded.value_or(Money());
    connect(m_refundDialog, &RefundDialog::refundCreated, this, [this, id, refundedBefore](const RefundResult& result) {
        // The refund answer carries only part of the invoice (and in v2.1 the totals before completion): the
        // invoice is read back and the row, the detail and the history take the server's invoice together.
        m_refundReadBack->start(id, refundedBefore, result.refund.amount.value_or(Money()));
        // The history sync asks for what is new and the refund history reads its list again.
        m_context.session->notifyRefundMade();
    });
    connect(m_refundDialog, &RefundDialog::refundsReloaded, this, [this, id](const InvoiceRefunds& refunds) {
        if (m_detail->invoiceId() == id) {
            m_detail->setRefunds(refunds);
        }
    });
    // Emitted from ~QWidget, while the QPointer still points at the half-destroyed dialog: clear it first (reading
    // it as a RefundDialog then would be undefined behaviour).
    connect(m_refundDialog, &QObject::destroyed, this, [this] {
        m_refundDialog = nullptr;
        updateEnabled();
    });
    m_refundDialog->open();
    updateEnabled();
}

void InvoiceActions::applyUpdates(const QList<InvoiceStatusUpdate>& updates)
{
    m_model->applyStatusUpdates(updates);
    m_detail->applyStatusUpdates(updates);
}

void InvoiceActions::checkSelected()
{
    QList<qint64> ids = m_selected;
    if (ids.isEmpty() && m_detail->invoiceId() != 0) {
        ids.append(m_detail->invoiceId());
    }
    if (ids.isEmpty() || m_checksInFlight > 0) {
        return;
    }
    auto checked = std::make_shared<int>(0);
    auto changed = std::make_shared<int>(0);
    const int total = int(ids.size());
    for (int start = 0; start < ids.size(); start += kStatusBatch) {
        const QList<qint64> batch = ids.mid(start, kStatusBatch);
        ++m_checksInFlight;
        m_context.session->api()->checkStatuses(
            batch, this,
            [this, batch, checked, changed, total](const ApiResult<StatusCheckResult>& result) {
                --m_checksInFlight;
                if (!result.ok()) {
                    m_context.notifier->reportError(result.error);
                } else if (result.value.dispatchedOnly) {
                    // The March 2026 form carries no statuses: read the invoices one by one (a few at most).
                    for (qint64 id : batch.mid(0, kFallbackDetailLimit)) {
                        m_context.session->api()->invoice(id, this, [this](const ApiResult<Invoice>& detail) {
                            if (detail.ok()) {
                                m_model->upsert(detail.value);
                                if (m_detail->invoiceId() == detail.value.id) {
                                    m_detail->reload();
                                }
                            }
                        });
                    }
                    *checked += int(batch.size());
                } else {
                    QList<InvoiceStatusUpdate> updates;
                    for (const InvoiceStatusUpdate& update : result.value.invoices) {
                        const int row = m_model->rowOfId(update.id);
                        if (row < 0 || m_model->rawStatus(row) != update.status.raw()) {
                            ++*changed;
                        }
                        updates.append(update);
                    }
                    applyUpdates(updates);
                    *checked += int(batch.size());
                }
                if (m_checksInFlight == 0) {
                    m_context.notifier->reportInfo(
                        tr("Checked %1 of %n invoice(s); %2 changed", nullptr, total).arg(*checked).arg(*changed));
                    Q_EMIT statusCheckFinished(*checked, *changed);
                    updateEnabled();
                }
            },
            Priority::User);
    }
    updateEnabled();
}

void InvoiceActions::copyId()
{
    QStringList ids;
    for (qint64 id : std::as_const(m_selected)) {
        ids.append(QString::number(id));
    }
    if (ids.isEmpty() && m_detail->invoiceId() != 0) {
        ids.append(QString::number(m_detail->invoiceId()));
    }
    if (ids.isEmpty()) {
        return;
    }
    QApplication::clipboard()->setText(ids.join(u'\n'));
    m_context.notifier->reportInfo(tr("Copied %n invoice id(s)", nullptr, int(ids.size())));
}

void InvoiceActions::chooseExportFile()
{
    if (m_exporter) {
        return;
    }
    auto* dialog = newFileDialog(m_dialogParent, tr("Export invoices"), AppSettings::FileKind::Export,
        u"invoices-%1.csv"_s.arg(QDate::currentDate().toString(u"yyyy-MM-dd"_s)));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(tr("CSV files (*.csv)"));
    dialog->setDefaultSuffix(u"csv"_s);
    connect(dialog, &QFileDialog::fileSelected, this, &InvoiceActions::exportTo);
    dialog->open();
}

void InvoiceActions::exportTo(const QString& fileName)
{
    if (m_exporter || fileName.isEmpty()) {
        return;
    }
    const QTimeZone zone = m_context.session->displayFormat().zone();
    // Over the history on this computer the export writes what the list shows (its search, filters and order) without
    // a request; otherwise it pages through the server's list of the filters.
    auto* history = qobject_cast<HistoryInvoiceModel*>(m_model);
    if (history && history->readsFromStore()) {
        m_exporter = new HistoryInvoiceCsvExporter(history->store(), history->historyQuery(), fileName, zone, this);
    } else {
        const InvoiceQuery query = m_queryProvider ? m_queryProvider() : m_model->query();
        m_exporter = new InvoiceCsvExporter(m_context.session->api(), query, fileName, zone, this);
    }
    m_progress = new QProgressDialog(tr("Exporting invoices…"), tr("Cancel"), 0, 0, m_dialogParent);
    m_progress->setObjectName(u"exportProgressDialog"_s);
    m_progress->setWindowTitle(tr("Export invoices"));
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(0);
    connect(m_progress, &QProgressDialog::canceled, m_exporter, &PagedCsvExporter::cancel);
    connect(m_exporter, &PagedCsvExporter::progress, this, [this](qint64 rows, qint64 total) {
        if (!m_progress) {
            return;
        }
        if (total > 0) {
            m_progress->setMaximum(int(qMin<qint64>(total, std::numeric_limits<int>::max())));
            m_progress->setValue(int(qMin(rows, total)));
        }
        m_progress->setLabelText(tr("Exporting invoices… %1 written").arg(rows));
    });
    auto finish = [this] {
        if (m_progress) {
            m_progress->close();
            m_progress->deleteLater();
        }
        if (m_exporter) {
            m_exporter->deleteLater();
        }
        m_exporter = nullptr;
        updateEnabled();
    };
    connect(m_exporter, &PagedCsvExporter::finished, this, [this, fileName, finish](qint64 rows) {
        finish();
        m_context.notifier->reportInfo(
            tr("Exported %n invoice(s) to %1", nullptr, int(rows)).arg(QDir::toNativeSeparators(fileName)));
        Q_EMIT exportFinished(fileName, rows);
    });
    connect(m_exporter, &PagedCsvExporter::failed, this, [this, finish](const QString& message) {
        finish();
        ApiError error;
        error.kind = ApiError::Kind::InvalidRequest;
        error.message = message;
        m_context.notifier->reportError(error);
        Q_EMIT exportFailed(message);
    });
    connect(m_exporter, &PagedCsvExporter::cancelled, this, [this, finish] {
        finish();
        m_context.notifier->reportInfo(tr("Export cancelled; no file was written"));
        Q_EMIT exportFailed(tr("Cancelled"));
    });
    m_progress->open();
    updateEnabled();
    m_exporter->start();
}

void InvoiceActions::showQr()
{
    const std::optional<Invoice> invoice = m_detail->invoice();
    if (!invoice || invoice->paymentUrl.isEmpty()) {
        return;
    }
    m_context.navigator->showInvoiceQr(
        invoice->id, invoice->paymentUrl, tr("Invoice %1").arg(invoice->id), invoice->amount);
}

void InvoiceActions::simulatePaid()
{
    const std::optional<Invoice> invoice = m_detail->invoice();
    DemoControl* demo = m_context.session->demoControl();
    if (!demo || !invoice || invoice->status.value() != InvoiceStatus::Pending) {
        return;
    }
    const qint64 id = invoice->id;
    QString reason;
    if (!demo->simulateInvoicePaid(id, &reason)) {
        ApiError error;
        error.kind = ApiError::Kind::InvalidRequest;
        error.message = tr("The demo payment was refused: %1").arg(reason);
        m_context.notifier->reportError(error);
        return;
    }
    m_context.notifier->reportInfo(tr("Demo: invoice %1 paid by the simulated customer").arg(id));
    // The app learns about it the way it would in real life: by asking ApiPay.
    m_detail->reload();
    InvoiceStatusUpdate update;
    update.id = id;
    update.status = InvoiceStatus::fromValue(InvoiceStatus::Paid);
    m_model->applyStatusUpdates({ update });
    updateEnabled();
}

} // namespace apipay
