#pragma once

#include "format/displayformat.h"
#include "models/pagedtablemodel.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <functional>

namespace apipay {

// A paged list model whose columns are described by one table: each column declares its header (translated, asked
// for again on a language switch), the text it shows for a row (DisplayRole), the raw value a proxy sorts by
// (SortRole = Qt::UserRole: qint64 tiyn, UTC QDateTime, raw status …) and its alignment. Subclasses give the table in
// their constructor (setColumns), the row count and the roles beyond those three (roleData). Texts are formatted
// with the model's DisplayFormat (setDisplayFormat: locale + display zone).
class ColumnTableModel : public PagedTableModel
{
    Q_OBJECT
public:
    // The role that holds a column's raw value for sorting (every list model uses Qt::UserRole for it).
    static constexpr int ColumnSortRole = Qt::UserRole;

    struct ColumnSpec
    {
        // The header text; called on every headerData() so that a language switch shows the new language.
        std::function<QString()> header;
        // DisplayRole text of a row.
        std::function<QVariant(int row)> display;
        // SortRole value of a row (raw, comparable by QVariant ordering).
        std::function<QVariant(int row)> sortValue;
        // TextAlignmentRole; none (the view's default) when empty.
        Qt::Alignment alignment = {};
    };

    ~ColumnTableModel() override;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // How texts are shown (locale, display zone); every row's text is refreshed.
    void setDisplayFormat(const DisplayFormat& format);
    const DisplayFormat& displayFormat() const { return m_format; }
    // Headers and texts again after a language switch.
    void retranslate();

protected:
    ColumnTableModel(ApiClient* api, QObject* parent);

    void setColumns(QList<ColumnSpec> columns);
    // The roles other than DisplayRole, TextAlignmentRole and the sort role for a valid row and column (tool tips,
    // ids, raw values); none by default.
    virtual QVariant roleData(int row, int column, int role) const;
    // dataChanged for every column of one row.
    void emitRowChanged(int row);

private:
    QList<ColumnSpec> m_columns;
    DisplayFormat m_format;
};

} // namespace apipay
