#include "invoiceitemstable.h"

#include <QHeaderView>
#include <QScopedValueRollback>

using namespace Qt::StringLiterals;

namespace apipay {

namespace {
constexpr int kCellPadding = 16;
} // namespace

InvoiceItemsTable::InvoiceItemsTable(int thumbnail, QWidget* parent)
    : QTableWidget(parent)
    , m_thumbnail(thumbnail)
{
    verticalHeader()->hide();
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setWordWrap(true);
    setTextElideMode(Qt::ElideRight);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents); // all rows, no inner vertical scrolling
    // The width follows the pane, never the columns: a long name does not push the pane's fields out of view.
    setSizePolicy(QSizePolicy::Ignored, sizePolicy().verticalPolicy());
    setIconSize(QSize(thumbnail, thumbnail));
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setStretchLastSection(false);
}

int InvoiceItemsTable::minimumNameWidth() const
{
    return m_thumbnail + kCellPadding + fontMetrics().horizontalAdvance(u"Mmmmmmmmmm"_s);
}

void InvoiceItemsTable::fitColumns()
{
    if (m_fitting || columnCount() == 0) {
        return;
    }
    const QScopedValueRollback<bool> fitting(m_fitting, true);
    int figures = 0;
    for (int column = 1; column < columnCount(); ++column) {
        resizeColumnToContents(column);
        figures += columnWidth(column);
    }
    setColumnWidth(0, qMax(minimumNameWidth(), viewport()->width() - figures));
    for (int row = 0; row < rowCount(); ++row) {
        if (QTableWidgetItem* name = item(row, 0)) {
            name->setToolTip(name->text());
        }
    }
    resizeRowsToContents();
    for (int row = 0; row < rowCount(); ++row) {
        setRowHeight(row, qMax(rowHeight(row), m_thumbnail + 6));
    }
    updateGeometry(); // the height follows the rows
}

void InvoiceItemsTable::resizeEvent(QResizeEvent* event)
{
    QTableWidget::resizeEvent(event);
    fitColumns();
}

} // namespace apipay
