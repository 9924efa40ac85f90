// CatalogPage, second part: the add (batch), edit and delete actions. Layout, search and the list are in
// catalogpage.cpp.
#include "catalog/catalogpage.h"

#include "catalog/catalogbatchdialog.h"
#include "catalog/catalogeditdialog.h"

#include "api/apiclient.h"
#include "api/writereadback.h"
#include "images/imagecache.h"
#include "models/catalogtablemodel.h"
#include "shell/pagecontext.h"
#include "widgets/emptystatelabel.h"

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
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace apipay {

CatalogBatchDialog* CatalogPage::openAddDialog()
{
    if (context().session->isOffline()) {
        return nullptr; // writes wait for the server; the buttons say why
    }
    if (m_dialog) {
        m_dialog->raise();
        return qobject_cast<CatalogBatchDialog*>(m_dialog.data());
    }
    auto* dialog = new CatalogBatchDialog(context(), m_model->units(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_model->units().isEmpty()) {
        m_model->loadUnits();
    }
    connect(m_model, &CatalogTableModel::unitsChanged, dialog, [this, dialog] { dialog->setUnits(m_model->units()); });
    connect(dialog, &CatalogBatchDialog::itemsCreated, this,
        [this](const CatalogCreateResult& result, const QHash<qint64, QByteArray>& images) {
            for (const CatalogItem& item : result.created) {
                m_model->upsert(item);
            }
            m_uploadedImages.insert(images);
            QString text = tr("%n item(s) added; they are pending until the service activates them.", nullptr,
                int(result.created.size()));
            if (!result.rejected.isEmpty()) {
                text += u" "_s + tr("Rejected: %1").arg(result.rejected.join(u"; "_s));
            }
            context().notifier->reportInfo(text);
            updatePendingHint();
        });
    m_dialog = dialog;
    dialog->open();
    return dialog;
}

CatalogEditDialog* CatalogPage::openEditDialog()
{
    if (context().session->isOffline()) {
        return nullptr;
    }
    const std::optional<CatalogItem> item = currentItem();
    if (!item || m_dialog) {
        return nullptr;
    }
    auto* dialog = new CatalogEditDialog(context(), *item, m_model->units(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CatalogEditDialog::saved, this,
        [this](qint64 id, const CatalogWriteResult& result, const QByteArray& newImage) {
            if (!newImage.isEmpty()) {
                m_uploadedImages.insert(id, newImage);
            }
            if (result.queued) {
                m_recheckQueuedChange = true;
                schedulePendingRecheck();
            }
            context().notifier->reportInfo(result.queued
                    ? tr("Item %1: change queued; the list is read again in a few seconds.").arg(id)
                    : tr("Item %1 updated").arg(id));
            m_model->reload(); // the answer carries only the id; the list brings the new values and picture URL
        });
    m_dialog = dialog;
    dialog->open();
    return dialog;
}

QMessageBox* CatalogPage::requestDelete()
{
    if (context().session->isOffline()) {
        return nullptr;
    }
    const std::optional<CatalogItem> item = currentItem();
    if (!item || m_deleteRequest != 0) {
        return nullptr;
    }
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Delete item"),
        tr("Delete “%1” from the catalog? Invoices that already contain it keep their copy.").arg(item->name),
        QMessageBox::NoButton, this);
    box->setObjectName(u"confirmDeleteMessageBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* yes = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    yes->setObjectName(u"confirmPushButton"_s);
    QPushButton* no = box->addButton(tr("&Keep"), QMessageBox::RejectRole);
    box->setDefaultButton(no);
    box->setEscapeButton(no);
    const qint64 id = item->id;
    const QString name = item->name;
    connect(box, &QMessageBox::finished, this, [this, box, yes, id, name] {
        if (box->clickedButton() != yes) {
            return;
        }
        m_progress->show();
        m_deleteRequest = context().session->api()->deleteCatalogItem(
            id, this, [this, id, name](const ApiResult<CatalogWriteResult>& result) {
                m_deleteRequest = 0;
                if (result.error.kind == ApiError::Kind::OutcomeUnknown) {
                    settleUnknownDelete(id, name);
                    return;
                }
                m_progress->setVisible(m_model->isLoading());
                updateButtons();
                if (!result.ok()) {
                    if (result.error.kind != ApiError::Kind::Cancelled) {
                        context().notifier->reportError(result.error);
                    }
                    Q_EMIT itemDeleted(id, false);
                    return;
                }
                if (result.value.queued) {
                    m_recheckQueuedChange = true;
                    schedulePendingRecheck();
                    context().notifier->reportInfo(
                        tr("Item %1: deletion queued; the list is read again in a few seconds.").arg(id));
                } else {
                    m_model->removeId(id);
                    context().notifier->reportInfo(tr("Item %1 deleted").arg(id));
                }
                Q_EMIT itemDeleted(id, true);
            });
        updateButtons();
    });
    box->open();
    return box;
}

void CatalogPage::settleUnknownDelete(qint64 id, const QString& name)
{
    // The delete is never sent again by itself: the catalog is read back and the person told what happened.
    m_settlingDelete = true;
    m_progress->show();
    updateButtons();
    context().notifier->reportInfo(
        tr("The connection broke before ApiPay confirmed deleting item %1. Checking whether it was deleted…").arg(id));
    WriteReadBack::catalogDeletion(
        context().session->api(), id, name, this, [this, id](WriteReadBack::Verdict verdict, const ApiError&) {
            m_settlingDelete = false;
            m_progress->setVisible(m_model->isLoading());
            updateButtons();
            switch (verdict) {
            case WriteReadBack::Verdict::Done:
                m_model->removeId(id);
                context().notifier->reportInfo(tr("Item %1 was deleted.").arg(id));
                Q_EMIT itemDeleted(id, true);
                return;
            case WriteReadBack::Verdict::NotDone:
                context().notifier->reportInfo(
                    tr("Item %1 was not deleted: the request did not reach ApiPay. Delete it again if you still "
                       "want to.")
                        .arg(id));
                Q_EMIT itemDeleted(id, false);
                return;
            case WriteReadBack::Verdict::Unknown:
                break;
            }
            // The check failed too: say that the outcome is unknown, with the way to look again.
            ApiError unknown;
            unknown.kind = ApiError::Kind::OutcomeUnknown;
            context().notifier->reportError(unknown, [this] { m_model->reload(); });
            Q_EMIT itemDeleted(id, false);
        });
}

} // namespace apipay
