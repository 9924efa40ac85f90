#pragma once

#include "models/refundtablemodel.h"
#include "store/historyquery.h"
#include "store/historystore.h"

#include <QPointer>

class QTimer;

namespace apipay {

// The refund history read from the history on this computer instead of the server: the same columns and roles as
// RefundTableModel, the filters of a RefundQuery (statuses, days, invoice id) applied by the store, rows read 200 at a
// time as the view scrolls, and totals over EVERY refund the filter matches (filterTotals()), not only over the rows
// read. Read again shortly after the store's refunds change. Without a store it is exactly a RefundTableModel.
class HistoryRefundModel : public RefundTableModel
{
    Q_OBJECT
public:
    static constexpr int kRowsPerRead = 200;

    explicit HistoryRefundModel(ApiClient* api, QObject* parent = nullptr);
    ~HistoryRefundModel() override;

    void setStore(HistoryStore* store);
    HistoryStore* store() const { return m_store.data(); }
    bool readsFromStore() const { return !m_store.isNull(); }

    // Whether the store holds the whole refund history (the history sync wrote "1" under
    // "sync.history.refunds_done" after its first pass over the refunds); see HistoryInvoiceModel::holdsWholeHistory.
    static bool holdsWholeHistory(const HistoryStore& store);

    // Store mode: the filter (days are calendar days of the display zone) and the words of the search field
    // (RefundHistoryQuery::text: refund or invoice number, phone, name, reason, item). Reads the first rows and the
    // totals at once.
    void setFilter(const RefundQuery& query, const QString& text = {});
    // The filter on screen, in either mode (the CSV export and the empty-list text use it).
    RefundQuery filter() const { return m_store ? m_query : query(); }
    // The store query of the current filter (limit/offset aside).
    RefundHistoryQuery historyQuery() const { return m_historyQuery; }
    // Totals over the whole filter (store mode); invalid counts (-1) before the first read.
    const RefundHistoryTotals& filterTotals() const { return m_totals; }
    bool filterTotalsKnown() const { return m_totalsKnown; }
    QString lastStoreError() const { return m_storeError; }

    bool canFetchMore(const QModelIndex& parent = {}) const override;
    // Reads the filter's first rows and totals again (store mode).
    void reread();
    void setRereadDelayMs(int ms);

    // The store query of a RefundQuery: days in `zone` become [start of the first day, start of the day after the
    // last) in UTC.
    static RefundHistoryQuery toHistoryQuery(const RefundQuery& query, const QString& text, const QTimeZone& zone);

Q_SIGNALS:
    void storeReadFailed(const QString& message);

protected:
    RequestId requestPage(int page, quint64 generation) override;
    bool hasSource() const override;

private:
    void readTotals();

    QPointer<HistoryStore> m_store;
    RefundQuery m_query;
    QString m_text;
    RefundHistoryQuery m_historyQuery;
    RefundHistoryTotals m_totals;
    bool m_totalsKnown = false;
    QString m_storeError;
    QTimer* m_rereadTimer = nullptr;
    QMetaObject::Connection m_storeConnection;
};

} // namespace apipay
