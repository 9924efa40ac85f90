#include "historyrefundmodel.h"

#include "store/historystore.h"
#include "store/historysynckeys.h"

#include <QTimeZone>
#include <QTimer>

namespace apipay {

HistoryRefundModel::HistoryRefundModel(ApiClient* api, QObject* parent)
    : RefundTableModel(api, parent)
    , m_rereadTimer(new QTimer(this))
{
    m_rereadTimer->setSingleShot(true);
    m_rereadTimer->setInterval(150);
    connect(m_rereadTimer, &QTimer::timeout, this, &HistoryRefundModel::reread);
}

HistoryRefundModel::~HistoryRefundModel() = default;

void HistoryRefundModel::setStore(HistoryStore* store)
{
    if (m_store == store) {
        return;
    }
    disconnect(m_storeConnection);
    m_rereadTimer->stop();
    m_store = store;
    if (store) {
        m_storeConnection = connect(store, &HistoryStore::refundsChanged, m_rereadTimer, [this] {
            if (loadedPages() > 0) {
                m_rereadTimer->start();
            }
        });
    }
    m_totals = {};
    m_totalsKnown = false;
    clear();
}

bool HistoryRefundModel::holdsWholeHistory(const HistoryStore& store)
{
    return synckeys::isFirstPassDone(store, synckeys::historyRefundsDone());
}

void HistoryRefundModel::setRereadDelayMs(int ms)
{
    m_rereadTimer->setInterval(ms);
}

RefundHistoryQuery HistoryRefundModel::toHistoryQuery(
    const RefundQuery& query, const QString& text, const QTimeZone& zone)
{
    RefundHistoryQuery q;
    q.statuses = query.statuses;
    q.invoiceId = query.invoiceId.value_or(0);
    q.text = text.trimmed();
    if (query.dateFrom.isValid()) {
        q.from = QDateTime(query.dateFrom, QTime(0, 0), zone).toUTC();
    }
    if (query.dateTo.isValid()) {
        q.to = QDateTime(query.dateTo.addDays(1), QTime(0, 0), zone).toUTC();
    }
    q.limit = kRowsPerRead;
    return q;
}

void HistoryRefundModel::setFilter(const RefundQuery& query, const QString& text)
{
    m_query = query;
    m_text = text;
    m_historyQuery = toHistoryQuery(query, text, displayFormat().zone());
    if (!m_store) {
        setQuery(query);
        return;
    }
    m_rereadTimer->stop();
    clear();
    reload();
}

bool HistoryRefundModel::hasSource() const
{
    return m_store ? true : RefundTableModel::hasSource();
}

bool HistoryRefundModel::canFetchMore(const QModelIndex& parent) const
{
    if (!m_store) {
        return RefundTableModel::canFetchMore(parent);
    }
    return !parent.isValid() && loadedPages() > 0 && !isLoading() && m_totalsKnown && rowCount() < m_totals.count;
}

RequestId HistoryRefundModel::requestPage(int page, quint64 generation)
{
    if (!m_store) {
        return RefundTableModel::requestPage(page, generation);
    }
    RefundHistoryQuery query = m_historyQuery;
    query.limit = kRowsPerRead;
    query.offset = page <= 1 ? 0 : rowCount();
    const StoreResult<QList<Refund>> rows = m_store->findRefunds(query);
    takeOverRows(generation);
    if (!rows.ok()) {
        m_storeError = rows.error();
        Q_EMIT storeReadFailed(m_storeError);
        finishPage(generation, page, false);
        return 0;
    }
    m_storeError.clear();
    if (page <= 1) {
        readTotals();
    }
    ingest(rows.value());
    finishPage(generation, page, rows.value().size() == kRowsPerRead);
    return 0;
}

void HistoryRefundModel::reread()
{
    m_rereadTimer->stop();
    if (m_store) {
        reload(); // the rows stay until the first read replaces them (one reset); the totals are read with it
    }
}

void HistoryRefundModel::readTotals()
{
    const StoreResult<RefundHistoryTotals> totals = m_store->refundTotals(m_historyQuery);
    if (!totals.ok()) {
        m_storeError = totals.error();
        m_totalsKnown = false;
        Q_EMIT storeReadFailed(m_storeError);
        return;
    }
    m_totals = totals.value();
    m_totalsKnown = true;
    // The page's summary line listens to this; ingest() announces the loaded rows' sums as well.
    Q_EMIT totalsChanged();
}

} // namespace apipay
