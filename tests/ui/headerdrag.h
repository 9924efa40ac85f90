#pragma once

// A person widening or narrowing a column: the mouse pressed on the right edge of its title, moved in two steps,
// released (what TableColumnFit and InvoiceColumnLayout count as a width the person chose).
#include <QHeaderView>
#include <QTest>

namespace apipay::test {

inline void dragColumnEdge(QHeaderView* header, int logical, int dx)
{
    const QPoint edge(header->sectionViewportPosition(logical) + header->sectionSize(logical) - 1, header->height() / 2);
    QTest::mousePress(header->viewport(), Qt::LeftButton, {}, edge);
    QTest::mouseMove(header->viewport(), edge + QPoint(dx / 2, 0));
    QTest::mouseMove(header->viewport(), edge + QPoint(dx, 0));
    QTest::mouseRelease(header->viewport(), Qt::LeftButton, {}, edge + QPoint(dx, 0));
}

} // namespace apipay::test
