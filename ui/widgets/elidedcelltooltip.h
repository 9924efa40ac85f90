#pragma once

#include <QObject>

class QAbstractItemView;

namespace apipay {

// Shows the whole text of a cell that its column cut short ("apd-5e1a9c3b-2026…") as a tooltip when the pointer
// rests on it. Cells whose model gives a tooltip of its own keep that one; cells shown whole get none.
class ElidedCellToolTip : public QObject
{
    Q_OBJECT
public:
    // Watches `view`'s viewport (and is the view's child).
    explicit ElidedCellToolTip(QAbstractItemView* view);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QAbstractItemView* m_view;
};

} // namespace apipay
