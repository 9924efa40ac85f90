#include "historyinvoicemodel.h"

#include "store/historystore.h"
#include "store/historysynckeys.h"

#include <QTimer>

namespace apipay {

HistoryInvoiceModel::HistoryInvoiceModel(ApiClient* api, QObject* parent)
    : InvoiceTableModel(api, parent)
    , m_rereadTimer(new QTimer(this))
{
    m_rereadTimer->setSingleShot(true);
    m_rereadTimer->setInterval(150);
    connect(m_rereadTimer, &QTimer::timeout, this, &HistoryInvoiceModel::reread);
}

HistoryInvoiceModel::~HistoryInvoiceModel() = default;

void HistoryInvoiceModel::setStore(HistoryStore* store)
{
    if (m_store == store) {
        return;
    }
    disconnect(m_storeConnection);
    m_rereadTimer->stop();
    m_store = store;
    if (store) {
        m_storeConnection = connect(store, &HistoryStore::invoicesChanged, m_rereadTimer, [this] {
            if (loadedPages() > 0 || rowCount() > 0) {
                m_rereadTimer->start();
            }
        });
    }
    m_matchCount = -1;
    clear();
}

bool HistoryInvoiceModel::holdsWholeHistory(const HistoryStore& store)
{
    return synckeys::isFirstPassDone(store, synckeys::historyInvoicesDone());
}

void HistoryInvoiceModel::setRereadDelayMs(int ms)
{
    m_rereadTimer->setInterval(ms);
}

bool HistoryInvoiceModel::historySortKey(int column, HistoryQuery::SortKey* key)
{
    switch (column) {
    case Id:
        *key = HistoryQuery::SortKey::Id;
        return true;
    case CreatedAt:
        *key = HistoryQuery::SortKey::CreatedAt;
        return true;
    case PaidAt:
        *key = HistoryQuery::SortKey::PaidAt;
        return true;
    case Amount:
        *key = HistoryQuery::SortKey::Amount;
        return true;
    default:
        return false;
    }
}

void HistoryInvoiceModel::setHistoryQuery(const HistoryQuery& query)
{
    m_historyQuery = query;
    m_historyQuery.offset = 0;
    m_historyQuery.limit = kRowsPerRead;
    if (!m_store) {
        return;
    }
    m_rereadTimer->stop();
    // A new query replaces the rows at once (a reset): its rows are read before this returns.
    clear();
    reload();
}

bool HistoryInvoiceModel::canFetchMore(const QModelIndex& parent) const
{
    if (!m_store) {
        return InvoiceTableModel::canFetchMore(parent);
    }
    return !parent.isValid() && loadedPages() > 0 && !isLoading() && !isReplacingRows() && rowCount() < m_matchCount;
}

bool HistoryInvoiceModel::hasSource() const
{
    return m_store ? true : InvoiceTableModel::hasSource();
}

RequestId HistoryInvoiceModel::requestPage(int page, quint64 generation)
{
    if (!m_store) {
        return InvoiceTableModel::requestPage(page, generation);
    }
    HistoryQuery query = m_historyQuery;
    query.limit = kRowsPerRead;
    query.offset = page <= 1 ? 0 : rowCount();
    const StoreResult<QList<Invoice>> rows = m_store->findInvoices(query);
    if (!rows.ok()) {
        setStoreError(rows.error());
        takeOverRows(generation);
        finishPage(generation, page, false);
        return 0;
    }
    setStoreError({});
    takeOverRows(generation);
    ingest(rows.value());
    if (page <= 1) {
        countMatches();
    }
    finishPage(generation, page, rows.value().size() == kRowsPerRead);
    return 0;
}

void HistoryInvoiceModel::reread()
{
    m_rereadTimer->stop();
    if (!m_store) {
        return;
    }
    if (rowCount() == 0) {
        reload(); // nothing to keep: read the first rows
        return;
    }
    HistoryQuery query = m_historyQuery;
    query.offset = 0;
    // The rows read so far, rounded up to whole reads, so that invoices that arrived at the top do not push the
    // last rows out of the list.
    query.limit = (rowCount() + kRowsPerRead - 1) / kRowsPerRead * kRowsPerRead;
    const StoreResult<QList<Invoice>> rows = m_store->findInvoices(query);
    if (!rows.ok()) {
        setStoreError(rows.error());
        return;
    }
    setStoreError({});
    replaceRows(rows.value());
    countMatches();
}

void HistoryInvoiceModel::countMatches()
{
    const StoreResult<qint64> count = m_store->countInvoices(m_historyQuery);
    const qint64 value = count.ok() ? count.value() : -1;
    if (!count.ok()) {
        setStoreError(count.error());
    }
    if (value != m_matchCount) {
        m_matchCount = value;
        Q_EMIT matchCountChanged(value);
    }
}

void HistoryInvoiceModel::setStoreError(const QString& message)
{
    if (message == m_storeError) {
        return;
    }
    m_storeError = message;
    if (!message.isEmpty()) {
        Q_EMIT storeReadFailed(message);
    }
}

} // namespace apipay
