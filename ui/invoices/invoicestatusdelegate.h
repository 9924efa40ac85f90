#pragma once

#include <QStyledItemDelegate>

namespace apipay {

// Paints the status column as a coloured chip. The raw status text comes from `rawStatusRole` (the model's
// status role); the label from Qt::DisplayRole. Unknown statuses get the neutral chip and their raw text.
class InvoiceStatusDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit InvoiceStatusDelegate(int rawStatusRole, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_rawStatusRole;
};

} // namespace apipay
