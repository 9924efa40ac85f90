#pragma once

// What a person does to a table's column titles in the tests: drag a column's edge, and pick a column in the
// "Columns" menu of the table's context menu (HeaderColumnMenu).
#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QTableView>
#include <QTest>

namespace apipay::test {

// The mouse pressed on the right edge of the column's title, moved in two steps, released (what TableColumnFit and
// InvoiceColumnLayout count as a width the person chose).
inline void dragColumnEdge(QHeaderView* header, int logical, int dx)
{
    const QPoint edge(
        header->sectionViewportPosition(logical) + header->sectionSize(logical) - 1, header->height() / 2);
    QTest::mousePress(header->viewport(), Qt::LeftButton, {}, edge);
    QTest::mouseMove(header->viewport(), edge + QPoint(dx / 2, 0));
    QTest::mouseMove(header->viewport(), edge + QPoint(dx, 0));
    QTest::mouseRelease(header->viewport(), Qt::LeftButton, {}, edge + QPoint(dx, 0));
}

// The check box of the column titled `title` under "Columns" in the table's context menu, as the menu is when it
// opens; nullptr if there is none.
inline QAction* columnMenuEntry(QTableView* table, const QString& title)
{
    for (QAction* action : table->actions()) {
        if (QMenu* columns = action->menu()) {
            Q_EMIT columns->aboutToShow();
            for (QAction* entry : columns->actions()) {
                if (entry->text() == title) {
                    return entry;
                }
            }
        }
    }
    return nullptr;
}

} // namespace apipay::test
