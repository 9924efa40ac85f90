#pragma once

#include <QObject>

class QAction;
class QMenu;
class QTableView;

namespace apipay {

// Which columns a table shows, chosen by the person: a right-click on the column titles opens a menu with a check box
// per column (in their order on screen), and the table's own context menu (Menu key, Shift+F10, right-click on a row)
// has the same list under "Columns", so the keyboard reaches it too. The last column shown cannot be hidden. Hidden
// columns are part of the header's state, which the main window remembers with the widths (ColumnLayoutMemory).
class HeaderColumnMenu : public QObject
{
    Q_OBJECT
public:
    // Is `table`'s child.
    explicit HeaderColumnMenu(QTableView* table);

    // Puts one checkable action per column in `menu` (cleared first), as the columns are now.
    void fill(QMenu* menu);
    // The "Columns" entry of the table's context menu.
    QAction* columnsAction() const { return m_columnsAction; }

Q_SIGNALS:
    // A column was shown or hidden through the menu.
    void columnsShownChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTableView* m_table;
    QMenu* m_submenu;
    QAction* m_columnsAction;
};

} // namespace apipay
