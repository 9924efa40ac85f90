#include "widgets/elidedcelltooltip.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QToolTip>

namespace apipay {

ElidedCellToolTip::ElidedCellToolTip(QAbstractItemView* view)
    : QObject(view)
    , m_view(view)
{
    m_view->viewport()->installEventFilter(this);
}

bool ElidedCellToolTip::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::ToolTip || watched != m_view->viewport()) {
        return QObject::eventFilter(watched, event);
    }
    const auto* help = static_cast<QHelpEvent*>(event);
    const QModelIndex index = m_view->indexAt(help->pos());
    if (!index.isValid() || !index.data(Qt::ToolTipRole).toString().isEmpty()) {
        return false; // nothing under the pointer, or the model's own tooltip
    }
    const QString text = index.data(Qt::DisplayRole).toString();
    const QRect cell = m_view->visualRect(index);
    QAbstractItemDelegate* delegate = m_view->itemDelegateForIndex(index);
    if (text.isEmpty() || !delegate) {
        return false;
    }
    QStyleOptionViewItem option;
    option.initFrom(m_view);
    option.font = m_view->font();
    option.fontMetrics = m_view->fontMetrics();
    option.rect = cell;
    option.widget = m_view;
    const int icon = m_view->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_view);
    option.decorationSize = m_view->iconSize().isValid() ? m_view->iconSize() : QSize(icon, icon);
    if (delegate->sizeHint(option, index).width() <= cell.width()) {
        return false; // shown whole
    }
    QToolTip::showText(help->globalPos(), text, m_view->viewport(), cell);
    return true;
}

} // namespace apipay
