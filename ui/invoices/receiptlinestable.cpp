#include "receiptlinestable.h"

#include <QHeaderView>
#include <QScopedValueRollback>

using namespace Qt::StringLiterals;

namespace apipay {

namespace {
constexpr int kCellPadding = 16;
} // namespace

ReceiptLinesTable::ReceiptLinesTable(int picture, QWidget* parent)
    : QTableWidget(parent)
    , m_picture(picture)
{
    verticalHeader()->hide();
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setWordWrap(true);
    setTextElideMode(Qt::ElideRight);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // No sideways scrolling: the amounts are always in view, the text gives way (a scroll bar that comes and goes
    // while the columns are fitted would also leave its height as a blank strip under the rows).
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents); // all rows, no inner vertical scrolling
    // The width follows the pane, never the columns: a long text does not push the pane's fields out of view.
    setSizePolicy(QSizePolicy::Ignored, sizePolicy().verticalPolicy());
    if (m_picture > 0) {
        setIconSize(QSize(m_picture, m_picture));
    }
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setStretchLastSection(false);
}

void ReceiptLinesTable::setLines(const QString& textTitle, const QString& amountTitle, const QList<Line>& lines)
{
    clear();
    setColumnCount(2);
    setHorizontalHeaderLabels({ textTitle, amountTitle });
    horizontalHeaderItem(1)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setRowCount(int(lines.size()));
    for (int row = 0; row < lines.size(); ++row) {
        auto* text = new QTableWidgetItem(lines.at(row).text);
        text->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        auto* amount = new QTableWidgetItem(lines.at(row).amount);
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        setItem(row, 0, text);
        setItem(row, 1, amount);
    }
    fitColumns();
}

int ReceiptLinesTable::minimumTextWidth() const
{
    return (m_picture > 0 ? m_picture + kCellPadding : kCellPadding) + fontMetrics().horizontalAdvance(u"Mmmmmm"_s);
}

void ReceiptLinesTable::fitColumns()
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
    setColumnWidth(0, qMax(minimumTextWidth(), viewport()->width() - figures));
    for (int row = 0; row < rowCount(); ++row) {
        if (QTableWidgetItem* text = item(row, 0)) {
            text->setToolTip(text->text());
        }
    }
    resizeRowsToContents();
    if (m_picture > 0) {
        for (int row = 0; row < rowCount(); ++row) {
            setRowHeight(row, qMax(rowHeight(row), m_picture + 6));
        }
    }
    updateGeometry(); // the height follows the rows
}

void ReceiptLinesTable::resizeEvent(QResizeEvent* event)
{
    QTableWidget::resizeEvent(event);
    fitColumns();
}

} // namespace apipay
