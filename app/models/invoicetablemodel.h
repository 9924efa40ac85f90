#pragma once

#include "domain/invoice.h"
#include "domain/requests.h"
#include "models/columntablemodel.h"
#include "models/invoicerowstore.h"

namespace apipay {

// The invoice list (GET /invoices) as a table. DisplayRole is localised text (the model's DisplayFormat: money in its
// locale, dates in its zone, phones as +7 XXX XXX XX XX, unknown statuses raw); SortRole holds raw values (qint64 tiyn,
// UTC QDateTime, raw status). Rows are loaded page by page (fetchMore), kept compact (InvoiceRowStore) and updated in
// place by the status watcher (applyStatusUpdates) and by create/cancel answers (upsert).
class InvoiceTableModel : public ColumnTableModel
{
    Q_OBJECT
public:
    enum Column { Id, CreatedAt, Phone, Amount, Status, Description, ExternalOrderId, ClientName, PaidAt, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole,
        StatusRole, // raw status string
        IdRole, // qint64
        FinalRole, // bool: the status is final (not polled)
        AmountTiynRole, // qint64 tiyn, or an invalid QVariant when the amount is absent
        SearchKeyRole, // lowercase text the filter proxy searches (id, phone digits, description, external id)
        StatusValueRole // int InvoiceStatus::Value as shown (Refunded when fully refunded; Unknown for unknown)
    };
    Q_ENUM(Role)

    explicit InvoiceTableModel(ApiClient* api, QObject* parent = nullptr);
    ~InvoiceTableModel() override;

    // Without the virtual rowCount()/columnCount() round trip of QAbstractTableModel::index(): sorting 100 000 rows
    // asks for millions of indexes.
    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Server-side filters and sort (status[], search, date_from/date_to, sort_by/sort_order). Resets the rows and
    // loads page 1; `page` of the query is ignored (always starts at 1).
    void setQuery(const InvoiceQuery& query);
    InvoiceQuery query() const { return m_query; }
    // The server's sort_by for a column, empty when the server cannot sort by it.
    static QString serverSortField(int column);

    // The invoice of a row, rebuilt from the compact row: id, amount, phone, description, external id, status,
    // client name, error message, flags and dates. Items and refund totals are not kept (open the detail).
    Invoice invoiceAt(int row) const;
    int rowOfId(qint64 id) const { return m_rows.indexOf(id); }
    // Applies watcher results: one dataChanged per changed row; unknown ids are ignored.
    void applyStatusUpdates(const QList<apipay::InvoiceStatusUpdate>& updates);
    // Updates the row of invoice.id, or inserts it at the top.
    void upsert(const Invoice& invoice);
    // Ids of rows in [first, last] whose status is not final (for InvoiceWatcher::setOnScreen).
    QList<qint64> nonFinalIdsInRange(int first, int last) const;

    // Appends already-decoded invoices as one batch (one beginInsertRows); rows whose id is already present update
    // that row instead. Used for pages and by tests and benchmarks.
    void ingest(const QList<Invoice>& invoices);
    // Removes every row without loading (the query is kept; reload() loads it again).
    void clear();

    // For the filter proxy: the lowercase search key of a row (no allocation) and fast comparisons on raw values.
    QByteArrayView searchKey(int row) const { return m_rows.searchKey(row); }
    InvoiceStatus::Value statusValue(int row) const { return m_rows.at(row).status; }
    QString rawStatus(int row) const { return m_rows.rawStatus(row); }
    // Every row, ordered ascending by a column's raw value (as SortRole; texts case-insensitively; absent values
    // first; ties by id). Used by the proxy to sort 100 000 rows without a QVariant per comparison.
    QList<int> rowsInOrder(int column) const;

protected:
    // Replaces every row by `invoices` (repeated ids once) without a reset: rows that are still there keep their
    // selection and current index (persistent indexes follow the id), rows that are gone lose it; a view keeps its
    // scroll position. For a model that reads the same rows again from elsewhere (the history on this computer).
    void replaceRows(const QList<Invoice>& invoices);
    // Whether replaceRows() is under way (views and testers ask for more rows while it signals; they must wait).
    bool isReplacingRows() const { return m_replacingRows; }

    RequestId requestPage(int page, quint64 generation) override;
    void clearRows() override;
    QVariant roleData(int row, int column, int role) const override;

private:
    QString formatDate(qint64 msecs) const;

    InvoiceRowStore m_rows;
    InvoiceQuery m_query;
    bool m_replacingRows = false;
};

} // namespace apipay
