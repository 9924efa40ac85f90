#pragma once

#include <QTableWidget>

namespace apipay {

// The items of an invoice in the detail pane: Item (picture and name), Price, Count, Sum. It never widens the pane:
// the figures keep the width of their text and the name takes the rest, but never less than about ten letters
// beside the picture (below that the table scrolls sideways inside itself). Names wrap onto more lines; a name that
// still does not fit is shortened with "…" and shown whole in its tooltip.
class InvoiceItemsTable : public QTableWidget
{
    Q_OBJECT
public:
    explicit InvoiceItemsTable(int thumbnail, QWidget* parent = nullptr);

    // Sizes the columns and rows to the current items and width (after the items were set).
    void fitColumns();
    // The least width of the name column: the picture and about ten letters.
    int minimumNameWidth() const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    int m_thumbnail;
    bool m_fitting = false;
};

} // namespace apipay
