#pragma once

#include <QObject>

class QTableView;

namespace apipay {

class PagedTableModel;

// Gives a table's columns the width of what they show, within the width of the view. One long value (an order id,
// a refund reason, a description) no longer pushes the columns after it out of sight behind a horizontal scroll bar:
// when the columns together want more than the view has, the free-text columns named elidable give way, the widest
// first, down to a floor (their title, or a few characters), and their cut texts end in "…" (ElidedCellToolTip shows
// them whole). Dates, amounts, numbers and statuses keep their whole width: a cut "44 000,0…" would be worse than a
// scroll bar. A Stretch column, or the stretched last one, takes what is left. The fit is made again when the view's
// width changes (window, splitter) until the person resizes a column by hand; from then on their widths are left alone
// (also after a restart, with rememberIn()).
class TableColumnFit : public QObject
{
    Q_OBJECT
public:
    // Watches `table` (and is its child).
    explicit TableColumnFit(QTableView* table);

    // Remembers in QSettings, under `key`, that the person has resized a column by hand, so that after a restart the
    // widths the main window restores (ColumnLayoutMemory) are theirs and not fitted again. Reads it at once.
    void rememberIn(const QString& key);

    // The columns (logical indexes) whose text may be cut to fit; none until this is called.
    void setElidableColumns(const QList<int>& columns) { m_elidable = columns; }

    // Fits each time `model`'s first page arrives (a load, a reload, a new query).
    void fitOnFirstPage(PagedTableModel* model);

    // Sizes the columns to the rows now shown (call it when the first rows arrive); nothing once the person has
    // resized a column by hand.
    void fit();
    // Fits again if the columns were fitted and the person has not resized one since (e.g. a column was shown).
    void refit();
    // The person changed a column's width since the last fit.
    bool isCustomized() const { return m_customized; }

    // The widths columns that want `wanted` pixels get in `available` pixels: each keeps its wish if all fit, else the
    // widest are cut to one common width, none below its floor (so the sum may then exceed `available`).
    static QList<int> fitWidths(const QList<int>& wanted, const QList<int>& floors, int available);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTableView* m_table;
    QList<int> m_elidable;
    bool m_fitting = false;
    bool m_fitted = false;
    bool m_customized = false;
    int m_fittedWidth = -1;
    QString m_rememberKey;
};

} // namespace apipay
