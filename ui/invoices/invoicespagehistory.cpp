// InvoicesPage: the list read from the history on this computer (search, status, period and sort over all of it).
#include "invoicespage.h"

#include "invoices/invoicefilterbar.h"
#include "models/historyinvoicemodel.h"
#include "shell/pagecontext.h"

#include <QHeaderView>
#include <QTableView>
#include <QTimeZone>

namespace apipay {

namespace {
constexpr int kHistorySearchDelayMs = 100;
} // namespace

InvoiceTableModel* InvoicesPage::model() const
{
    return m_model;
}

bool InvoicesPage::readsFromHistory() const
{
    return m_model->readsFromStore();
}

void InvoicesPage::bindHistory()
{
    // Once the history sync has read the whole history (or while the server cannot be reached), the list is read
    // from the store; before that the server's list is the complete one.
    HistoryStore* store = context().session->history();
    const bool useStore = store && (context().session->isOffline() || HistoryInvoiceModel::holdsWholeHistory(*store));
    if (store && store != m_watchedHistory) {
        m_watchedHistory = store;
        // Queued: the sync marks its first pass done right after writing its last page.
        connect(store, &HistoryStore::invoicesChanged, this, &InvoicesPage::bindHistory, Qt::QueuedConnection);
    }
    HistoryStore* wanted = useStore ? store : nullptr;
    if (m_model->store() == wanted) {
        return;
    }
    // The store answers a keystroke in milliseconds: a short pause in typing is enough (the server's list waits
    // longer so as not to spend the request budget on every letter).
    if (wanted && !m_model->store()) {
        m_serverSearchDelayMs = m_filters->searchDelayMs();
        m_filters->setSearchDelayMs(qMin(m_serverSearchDelayMs, kHistorySearchDelayMs));
    } else if (!wanted && m_model->store()) {
        m_filters->setSearchDelayMs(m_serverSearchDelayMs);
    }
    m_model->setStore(wanted);
    m_filters->setSearchesHistory(wanted != nullptr);
    if (m_started) {
        applyFilters();
    }
    updateSummary();
}

void InvoicesPage::applyHistoryFilters(const InvoiceQuery& query)
{
    HistoryQuery history;
    history.text = query.search;
    for (const QString& raw : query.statuses) {
        const InvoiceStatus::Value value = InvoiceStatus(raw).value();
        if (value != InvoiceStatus::Unknown && !history.statuses.contains(value)) {
            history.statuses.append(value);
        }
    }
    // The filter's days are days of the display zone; the store counts instants.
    const QTimeZone zone = context().session->displayFormat().zone();
    if (query.dateFrom.isValid()) {
        history.from = QDateTime(query.dateFrom, QTime(0, 0), zone).toUTC();
    }
    if (query.dateTo.isValid()) {
        history.to = QDateTime(query.dateTo.addDays(1), QTime(0, 0), zone).toUTC();
    }
    history.periodOfTakings = m_filters->periodOfTakings();
    const QHeaderView* header = m_table->horizontalHeader();
    HistoryQuery::SortKey key = HistoryQuery::SortKey::CreatedAt;
    if (!HistoryInvoiceModel::historySortKey(header->sortIndicatorSection(), &key)) {
        key = HistoryQuery::SortKey::CreatedAt;
    }
    history.sortKey = key;
    history.order = header->sortIndicatorOrder();
    m_model->setHistoryQuery(history);
}

} // namespace apipay
