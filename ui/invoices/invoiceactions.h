#pragma once

#include "shell/pagecontext.h"

#include "domain/invoice.h"
#include "domain/requests.h"
#include "invoices/refunddialog.h"

#include <QList>
#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QProgressDialog>

#include <functional>

class QAction;
class QWidget;

namespace apipay {

class PagedCsvExporter;
class InvoiceDetailPane;
class InvoiceTableModel;
class RefundReadBack;

// What can be done with invoices on the Invoices page: cancel (with confirmation), refund, check status of the
// selected rows, copy id, export the current filter to CSV, show the payment QR, and (demo mode) simulate a payment.
// Actions enable themselves from the shown invoice and the selection. No nested event loops: confirmations and
// dialogs are opened with open().
class InvoiceActions : public QObject
{
    Q_OBJECT
public:
    InvoiceActions(
        const PageContext& context, InvoiceTableModel* model, InvoiceDetailPane* detail, QWidget* dialogParent);
    ~InvoiceActions() override;

    QAction* cancelAction() const { return m_cancel; }
    QAction* refundAction() const { return m_refund; }
    QAction* checkStatusAction() const { return m_checkStatus; }
    QAction* copyIdAction() const { return m_copyId; }
    QAction* exportAction() const { return m_export; }
    QAction* showQrAction() const { return m_showQr; }
    QAction* simulatePaymentAction() const { return m_simulatePaid; }
    QList<QAction*> all() const;

    void setSelectedIds(const QList<qint64>& ids);
    void setQueryProvider(std::function<InvoiceQuery()> provider) { m_queryProvider = std::move(provider); }
    void updateEnabled();
    void retranslate();

    // Export without the file dialog (the dialog calls this with the chosen name).
    void exportTo(const QString& fileName);

    // The open confirmation / dialog / progress, for tests and for closing on session change.
    QMessageBox* cancelConfirmation() const { return m_confirm; }
    RefundDialog* refundDialog() const { return m_refundDialog; }
    RefundReadBack* refundReadBack() const { return m_refundReadBack; }
    QProgressDialog* exportProgress() const { return m_progress; }

Q_SIGNALS:
    void exportFinished(const QString& fileName, qint64 rows);
    void exportFailed(const QString& message);
    void statusCheckFinished(int checked, int changed);

private:
    void askCancel();
    void sendCancel(qint64 id);
    void openRefund();
    void checkSelected();
    void copyId();
    void chooseExportFile();
    void showQr();
    void simulatePaid();
    void applyUpdates(const QList<InvoiceStatusUpdate>& updates);

    PageContext m_context;
    InvoiceTableModel* m_model;
    InvoiceDetailPane* m_detail;
    QWidget* m_dialogParent;
    std::function<InvoiceQuery()> m_queryProvider;
    QList<qint64> m_selected;

    QAction* m_cancel;
    QAction* m_refund;
    QAction* m_checkStatus;
    QAction* m_copyId;
    QAction* m_export;
    QAction* m_showQr;
    QAction* m_simulatePaid;

    RefundReadBack* m_refundReadBack = nullptr;
    QPointer<QMessageBox> m_confirm;
    QPointer<RefundDialog> m_refundDialog;
    QPointer<QProgressDialog> m_progress;
    QPointer<PagedCsvExporter> m_exporter;
    bool m_cancelInFlight = false;
    int m_checksInFlight = 0;
};

} // namespace apipay
