#pragma once

#include "api/apiresult.h"
#include "domain/page.h"
#include "models/columntablemodel.h"

#include <QList>
#include <QSet>

namespace apipay {

// A paged list model of whole rows (Refund, Subscription, CatalogItem …): any value type with a `qint64 id`. Keeps
// the rows in server order, finds a row by id, replaces a row in place (the view keeps its selection on that row)
// or inserts a new one at the top, and appends a page as one batch. Columns come from the ColumnTableModel table,
// written against a row (setRowColumns). Not a QObject of its own: subclasses declare Q_OBJECT.
template <typename Row> class ListTableModel : public ColumnTableModel
{
public:
    // A column written against a row; see ColumnTableModel::ColumnSpec.
    struct RowColumn
    {
        std::function<QString()> header;
        std::function<QVariant(const Row&)> display;
        std::function<QVariant(const Row&)> sortValue;
        Qt::Alignment alignment = {};
    };

    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }

    const QList<Row>& rows() const { return m_rows; }
    const Row& rowAt(int row) const { return m_rows.at(row); }
    // Position of the row with this id, or -1.
    int rowOfId(qint64 id) const
    {
        for (int row = 0; row < m_rows.size(); ++row) {
            if (m_rows.at(row).id == id) {
                return row;
            }
        }
        return -1;
    }
    // Replaces the row of value.id in place (dataChanged, same position), or inserts it at the top.
    void upsert(const Row& value)
    {
        const int row = rowOfId(value.id);
        if (row >= 0) {
            m_rows[row] = value;
            emitRowChanged(row);
        } else {
            beginInsertRows({}, 0, 0);
            m_rows.prepend(value);
            endInsertRows();
        }
        rowsChanged();
    }
    // Appends already-decoded rows as one batch (one beginInsertRows). A row whose id is already shown (it moved
    // between pages) updates that row in place; an id repeated within the batch keeps its first occurrence.
    void ingest(const QList<Row>& values)
    {
        QList<Row> fresh;
        QSet<qint64> freshIds;
        for (const Row& value : values) {
            if (freshIds.contains(value.id)) {
                continue;
            }
            const int row = rowOfId(value.id);
            if (row >= 0) {
                m_rows[row] = value;
                emitRowChanged(row);
            } else {
                freshIds.insert(value.id);
                fresh.append(value);
            }
        }
        if (!fresh.isEmpty()) {
            const int first = int(m_rows.size());
            beginInsertRows({}, first, first + int(fresh.size()) - 1);
            m_rows.append(fresh);
            endInsertRows();
        }
        rowsChanged();
    }
    // Removes the row of an id; false when absent.
    bool removeId(qint64 id)
    {
        const int row = rowOfId(id);
        if (row < 0) {
            return false;
        }
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
        rowsChanged();
        return true;
    }
    // Shows exactly these rows (one model reset) without loading anything; the query is kept (reload() loads it).
    void replaceRows(const QList<Row>& values)
    {
        resetWithoutLoading();
        ingest(values);
    }
    // Removes every row without loading.
    void clear() { resetWithoutLoading(); }

protected:
    ListTableModel(ApiClient* api, QObject* parent)
        : ColumnTableModel(api, parent)
    {
    }

    void setRowColumns(const QList<RowColumn>& columns)
    {
        QList<ColumnSpec> table;
        table.reserve(columns.size());
        for (const RowColumn& c : columns) {
            ColumnSpec column;
            column.header = c.header;
            column.alignment = c.alignment;
            if (c.display) {
                column.display = [this, f = c.display](int row) { return f(m_rows.at(row)); };
            }
            if (c.sortValue) {
                column.sortValue = [this, f = c.sortValue](int row) { return f(m_rows.at(row)); };
            }
            table.append(std::move(column));
        }
        setColumns(std::move(table));
    }

    // The callback of a page request: ignores superseded answers, reports a failure, else puts the page's rows in
    // place of the old ones (on page 1 of a reload or new query) or after them, and finishes the page.
    auto pageHandler(quint64 generation, int page)
    {
        return [this, generation, page](const ApiResult<Page<Row>>& result) {
            if (!isCurrent(generation)) {
                return; // superseded by a newer query, or cancelled
            }
            if (!result.ok()) {
                failPage(generation, result.error);
                return;
            }
            takeOverRows(generation);
            ingest(result.value.items);
            finishPage(generation, page, !result.value.items.isEmpty() && result.value.hasMore());
        };
    }

    void clearRows() override
    {
        m_rows.clear();
        rowsChanged();
    }
    // Called after every change of the rows (e.g. to recompute totals); nothing by default.
    virtual void rowsChanged() { }

private:
    QList<Row> m_rows;
};

} // namespace apipay
