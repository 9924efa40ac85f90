#pragma once

#include "models/invoicetablemodel.h"
#include "store/historyquery.h"
#include "store/historystore.h"

#include <QPointer>

class QTimer;

namespace apipay {

// The invoice list read from the history on this computer (HistoryStore) instead of the server: the same columns and
// roles as InvoiceTableModel (the page's delegates, detail pane and actions work unchanged), filtered, searched and
// sorted over the whole history by a HistoryQuery, and read 200 rows at a time as the view scrolls
// (canFetchMore/fetchMore). Every read is one short indexed query on the GUI thread, answered before fetchMore()
// returns.
//
// When the store says its invoices changed (the history sync wrote a page, an invoice was made or cancelled), the rows
// already read are read again in place — shortly after, so that a burst of writes costs one read: a row that is still
// there keeps its selection and current index (by id) and the view keeps its scroll position.
//
// Without a store (setStore(nullptr), the default) it is exactly an InvoiceTableModel: pages come from the server.
class HistoryInvoiceModel : public InvoiceTableModel
{
    Q_OBJECT
public:
    static constexpr int kRowsPerRead = 200;

    explicit HistoryInvoiceModel(ApiClient* api, QObject* parent = nullptr);
    ~HistoryInvoiceModel() override;

    // The store to read from, or nullptr for the server. Changing it empties the list; setHistoryQuery() (or
    // reload()) reads it.
    void setStore(HistoryStore* store);
    HistoryStore* store() const { return m_store.data(); }
    bool readsFromStore() const { return !m_store.isNull(); }

    // Store mode: what to list. Reads the first rows at once (limit and offset of the query are ignored).
    void setHistoryQuery(const HistoryQuery& query);
    HistoryQuery historyQuery() const { return m_historyQuery; }
    // How many stored invoices the current query matches (all of them, not only the rows read); -1 before the first
    // read or after a failed count.
    qint64 matchCount() const { return m_matchCount; }
    // Whether the store holds the whole invoice history, so that a list may be read from it instead of the server:
    // the history sync has finished its first pass over the invoices (it writes "1" under the sync value
    // "sync.history.invoices_done"). Before that a page lists from the server, unless the server cannot be reached.
    static bool holdsWholeHistory(const HistoryStore& store);

    // The store's column for sorting a list column, or false when the store cannot sort by it.
    static bool historySortKey(int column, HistoryQuery::SortKey* key);

    // Reads the rows already read again, in place (see the class comment). Store mode only.
    void reread();
    // How long after a change of the store the rows are read again (ms; tests set 0).
    void setRereadDelayMs(int ms);
    // The reason of the last failed read from the store (translated), empty when the last read worked.
    QString lastStoreError() const { return m_storeError; }

    // Store mode: more rows while fewer than matchCount() were read.
    bool canFetchMore(const QModelIndex& parent = {}) const override;

Q_SIGNALS:
    void matchCountChanged(qint64 count);
    // A read from the store failed; `message` is translated.
    void storeReadFailed(const QString& message);

protected:
    RequestId requestPage(int page, quint64 generation) override;
    bool hasSource() const override;

private:
    void countMatches();
    void setStoreError(const QString& message);

    QPointer<HistoryStore> m_store;
    HistoryQuery m_historyQuery;
    qint64 m_matchCount = -1;
    QString m_storeError;
    QTimer* m_rereadTimer = nullptr;
    QMetaObject::Connection m_storeConnection;
};

} // namespace apipay
