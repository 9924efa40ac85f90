// StaticQrPage, its actions: create (read back when the answer was lost), print and PDF, disable, simulated scan.
#include "staticqr/staticqrdialog.h"
#include "staticqr/staticqrpage.h"
#include "staticqr/staticqrprinting.h"

#include "api/apiclient.h"
#include "api/staticqrreadback.h"
#include "models/staticqrtablemodel.h"
#include "session/democontrol.h"
#include "session/session.h"
#include "widgets/filedialogs.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace apipay {

void StaticQrPage::openNewSheetDialog()
{
    auto* dialog = new StaticQrDialog(context(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { createSheet(dialog->draft()); });
    dialog->open();
}

void StaticQrPage::createSheet(const StaticQrDraft& draft)
{
    QSet<qint64> known;
    for (const StaticQrSheet& sheet : m_model->rows()) {
        known.insert(sheet.id);
    }
    const QDateTime started = QDateTime::currentDateTimeUtc();
    m_busy = true;
    updateActions();
    context().session->api()->createStaticQr(
        draft, this, [this, draft, started, known](const ApiResult<StaticQrSheet>& result) {
            if (result.ok()) {
                m_busy = false;
                m_model->upsert(result.value);
                selectSheet(result.value.id);
                updateActions();
                if (Notifier* n = context().notifier) {
                    n->reportInfo(tr("QR sheet %1 created").arg(result.value.shortCode));
                }
                Q_EMIT sheetCreated(result.value);
                return;
            }
            if (result.error.kind == ApiError::Kind::OutcomeUnknown) {
                settleCreate(draft, started, known); // never sent again: read what the server has
                return;
            }
            m_busy = false;
            updateActions();
            if (Notifier* n = context().notifier) {
                n->reportError(result.error);
            }
        });
}

void StaticQrPage::settleCreate(const StaticQrDraft& draft, const QDateTime& startedUtc, const QSet<qint64>& knownIds)
{
    StaticQrReadBack::creation(context().session->api(), draft, startedUtc, knownIds, this,
        [this](StaticQrReadBack::Verdict verdict, const std::optional<StaticQrSheet>& sheet, const ApiError& error) {
            m_busy = false;
            updateActions();
            Notifier* n = context().notifier;
            if (verdict == StaticQrReadBack::Verdict::Done && sheet) {
                m_model->upsert(*sheet);
                selectSheet(sheet->id);
                if (n) {
                    n->reportInfo(tr("QR sheet %1 created").arg(sheet->shortCode));
                }
                Q_EMIT sheetCreated(*sheet);
            } else if (verdict == StaticQrReadBack::Verdict::NotDone) {
                if (n) {
                    n->reportInfo(tr("The connection broke and the server has no new sheet: it was not created. "
                                     "Choose \"New sheet…\" again."));
                }
            } else if (n) {
                ApiError shown = error;
                shown.message = tr("The connection broke while the sheet was being created, and the list could not "
                                   "be read. Press F5 to see whether it exists before creating another.");
                n->reportError(shown);
            }
        });
}

void StaticQrPage::openPrintPreview()
{
    const StaticQrSheet sheet = currentSheet();
    if (sheet.id == 0) {
        return;
    }
    const auto content
        = staticqrprint::contentOf(sheet, context().session->shopName(), context().session->displayFormat());
    auto* printer = new QPrinter(QPrinter::HighResolution);
    auto* preview = new QPrintPreviewDialog(printer, this);
    preview->setObjectName(u"sheetPreviewDialog"_s);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    preview->setWindowTitle(tr("QR sheet %1").arg(sheet.shortCode));
    connect(preview, &QPrintPreviewDialog::paintRequested, this,
        [content](QPrinter* target) { staticqrprint::print(content, target); });
    connect(preview, &QObject::destroyed, this, [printer] { delete printer; });
    preview->open();
}

void StaticQrPage::chooseFile()
{
    const StaticQrSheet sheet = currentSheet();
    if (sheet.id == 0) {
        return;
    }
    const auto content
        = staticqrprint::contentOf(sheet, context().session->shopName(), context().session->displayFormat());
    auto* files = newFileDialog(
        this, tr("Save the QR sheet"), AppSettings::FileKind::Report, staticqrprint::defaultFileName(content));
    files->setObjectName(u"sheetFileDialog"_s);
    files->setNameFilter(tr("PDF files (*.pdf)"));
    files->setAcceptMode(QFileDialog::AcceptSave);
    files->setDefaultSuffix(u"pdf"_s);
    connect(files, &QFileDialog::fileSelected, this, [this](const QString& filePath) { savePdf(filePath); });
    files->open();
}

bool StaticQrPage::savePdf(const QString& filePath)
{
    const StaticQrSheet sheet = currentSheet();
    if (sheet.id == 0) {
        return false;
    }
    const auto content
        = staticqrprint::contentOf(sheet, context().session->shopName(), context().session->displayFormat());
    QString error;
    const bool ok = staticqrprint::savePdf(content, filePath, &error);
    if (Notifier* n = context().notifier) {
        if (ok) {
            n->reportInfo(tr("Saved to %1").arg(QDir::toNativeSeparators(filePath)));
        } else {
            ApiError shown;
            shown.kind = ApiError::Kind::InvalidRequest;
            shown.message = error;
            n->reportError(shown);
        }
    }
    return ok;
}

void StaticQrPage::disableCurrent(bool confirmed)
{
    const StaticQrSheet sheet = currentSheet();
    if (sheet.id == 0 || sheet.status == StaticQrSheet::Status::Disabled) {
        return;
    }
    if (!confirmed) {
        auto* box = new QMessageBox(QMessageBox::Question, tr("Disable the QR sheet"),
            tr("Disable sheet %1? Customers who scan it later see that it is inactive; invoices already created stay "
               "as they are. This cannot be undone.")
                .arg(sheet.shortCode),
            QMessageBox::Cancel, this);
        box->setObjectName(u"disableSheetMessageBox"_s);
        box->setAttribute(Qt::WA_DeleteOnClose);
        QPushButton* yes = box->addButton(tr("&Disable"), QMessageBox::AcceptRole);
        box->setDefaultButton(QMessageBox::Cancel);
        const qint64 id = sheet.id;
        connect(yes, &QPushButton::clicked, this, [this, id] {
            if (selectSheet(id)) {
                disableCurrent(true);
            }
        });
        box->open();
        return;
    }
    m_busy = true;
    updateActions();
    const qint64 id = sheet.id;
    const auto finished = [this](const StaticQrSheet& disabled) {
        m_busy = false;
        m_model->upsert(disabled);
        updateActions();
        if (Notifier* n = context().notifier) {
            n->reportInfo(tr("QR sheet %1 disabled").arg(disabled.shortCode));
        }
        Q_EMIT sheetDisabled(disabled);
    };
    context().session->api()->disableStaticQr(id, this, [this, id, finished](const ApiResult<StaticQrSheet>& result) {
        if (result.ok()) {
            finished(result.value);
            return;
        }
        if (result.error.kind != ApiError::Kind::OutcomeUnknown) {
            m_busy = false;
            updateActions();
            if (Notifier* n = context().notifier) {
                n->reportError(result.error);
            }
            return;
        }
        // The answer was lost: the DELETE is not sent again; the card tells whether it happened.
        StaticQrReadBack::disabling(context().session->api(), id, this,
            [this, finished](
                StaticQrReadBack::Verdict verdict, const std::optional<StaticQrSheet>& card, const ApiError& error) {
                if (verdict == StaticQrReadBack::Verdict::Done && card) {
                    finished(*card);
                    return;
                }
                m_busy = false;
                if (card) {
                    m_model->upsert(*card);
                }
                updateActions();
                if (Notifier* n = context().notifier) {
                    if (verdict == StaticQrReadBack::Verdict::NotDone) {
                        n->reportInfo(tr("The connection broke and the sheet is still active. Choose Disable again."));
                    } else {
                        n->reportError(error);
                    }
                }
            });
    });
}

void StaticQrPage::simulateScan()
{
    DemoControl* demo = context().session->demoControl();
    const StaticQrSheet sheet = currentSheet();
    if (!demo || sheet.id == 0) {
        return;
    }
    QString reason;
    const auto invoiceId = demo->simulateStaticQrScan(sheet.id, &reason);
    Notifier* n = context().notifier;
    if (!invoiceId) {
        if (n) {
            n->reportInfo(tr("The demo server refused the scan: %1").arg(reason));
        }
        return;
    }
    if (n) {
        n->reportInfo(tr("A customer scanned sheet %1: invoice No. %2 waits for payment (Invoices, F5).")
                          .arg(sheet.shortCode)
                          .arg(*invoiceId));
    }
    m_model->load(); // the scan count
    Q_EMIT scanned(*invoiceId);
}

} // namespace apipay
