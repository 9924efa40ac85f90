#pragma once

#include <QTableWidget>

namespace apipay {

// Lines of an invoice's detail — its items or its refunds — the way a receipt prints them in a narrow pane: what the
// line is on the left (an optional picture and text over several lines: "Torte", "2 × 950.00 ₸"), its amount on the
// right. The amount column always keeps the width of its text, so every sum stays whole; the text takes the rest and
// wraps, and what still does not fit is shortened with "…" and shown whole in its tooltip. It never widens the pane,
// and it shows every row without scrolling up and down.
class ReceiptLinesTable : public QTableWidget
{
    Q_OBJECT
public:
    // picture: the side of the pictures shown beside the text, 0 for none.
    explicit ReceiptLinesTable(int picture, QWidget* parent = nullptr);

    // Sets the two column titles and the rows (the amounts right-aligned); the icons can be set on column 0 afterwards.
    struct Line
    {
        QString text; // may hold several lines
        QString amount;
    };
    void setLines(const QString& textTitle, const QString& amountTitle, const QList<Line>& lines);
    // Sizes the columns and rows to the current rows and width (called by setLines() and on every resize).
    void fitColumns();
    // The least width of the text column: the picture and a few letters.
    int minimumTextWidth() const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    int m_picture;
    bool m_fitting = false;
};

} // namespace apipay
