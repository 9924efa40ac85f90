// InvoicesPage: the detail pane follows the list. An invoice that leaves the list (search, status, period) leaves
// the detail pane too, with its actions; it is selected again when the list shows it again.
#include "invoicespage.h"

#include "invoices/invoiceactions.h"
#include "invoices/invoicedetailpane.h"
#include "models/historyinvoicemodel.h"
#include "models/invoicefilterproxymodel.h"
#include "models/invoicetablemodel.h"

#include <QItemSelectionModel>
#include <QTableView>
#include <QTimer>

namespace apipay {

void InvoicesPage::scheduleDetailCheck()
{
    // After the model has finished its change (a new query first empties the list, then fills it).
    m_detailCheckTimer->start();
}

bool InvoicesPage::isListed(qint64 id) const
{
    const int row = m_model->rowOfId(id);
    return row >= 0 && m_proxy->mapFromSource(m_model->index(row, InvoiceTableModel::Id)).isValid();
}

void InvoicesPage::keepDetailInList()
{
    if (m_model->isLoading()) {
        return; // the rows of the new filter are on their way; checked again when they arrive
    }
    const qint64 shown = m_detail->invoiceId();
    // An invoice opened on purpose (Navigator::showInvoice) that is not in the loaded rows stays until the filters
    // change; anything else the list does not show is not shown beside it.
    if (shown != 0 && shown != m_pendingShowId && !isListed(shown)) {
        m_hiddenId = shown;
        m_table->selectionModel()->clearSelection();
        m_detail->clear();
    } else if (shown == 0 && m_hiddenId != 0 && isListed(m_hiddenId)) {
        const qint64 id = m_hiddenId;
        m_hiddenId = 0;
        showInvoice(id); // selects the row; the detail follows
        return;
    }
    if (shown != 0 && isListed(shown) && !m_table->selectionModel()->hasSelection()) {
        // A reset of the model dropped the highlight of the row shown beside the list: it is shown again.
        const QModelIndex index
            = m_proxy->mapFromSource(m_model->index(m_model->rowOfId(shown), InvoiceTableModel::Id));
        m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    // A reset of the model drops the selection without telling: the actions are told here.
    onSelectionChanged();
    m_actions->updateEnabled();
}

} // namespace apipay
