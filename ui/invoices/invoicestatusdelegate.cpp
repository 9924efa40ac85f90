#include "invoicestatusdelegate.h"

#include "invoices/invoicestatusstyle.h"
#include "models/invoicetablemodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace apipay {

namespace {
constexpr int kHorizontalPadding = 8;
constexpr int kVerticalMargin = 3;
} // namespace

InvoiceStatusDelegate::InvoiceStatusDelegate(int rawStatusRole, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_rawStatusRole(rawStatusRole)
{
}

void InvoiceStatusDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString label = opt.text;
    opt.text.clear();
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // selection and focus background

    InvoiceStatus status(index.data(m_rawStatusRole).toString());
    bool known = false;
    const int shown = index.data(InvoiceTableModel::StatusValueRole).toInt(&known);
    if (known && shown != status.value() && status.isKnown()) {
        // The model shows a fully refunded "paid" invoice as Refunded: paint it in the refund colours too.
        status = InvoiceStatus::fromValue(static_cast<InvoiceStatus::Value>(shown));
    }
    const InvoiceStatusStyle::Tone tone = InvoiceStatusStyle::tone(status);
    const QFontMetrics fm(opt.font);
    const int chipWidth = qMin(fm.horizontalAdvance(label) + 2 * kHorizontalPadding + 2, opt.rect.width() - 4);
    QRect chip(
        opt.rect.left() + 2, opt.rect.top() + kVerticalMargin, chipWidth, opt.rect.height() - 2 * kVerticalMargin);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(chip), 4, 4);
    painter->fillPath(path, InvoiceStatusStyle::background(tone, opt.palette));
    painter->setPen(InvoiceStatusStyle::foreground(tone, opt.palette));
    painter->setFont(opt.font);
    const QString elided = fm.elidedText(label, Qt::ElideRight, chip.width() - 2 * kHorizontalPadding);
    painter->drawText(
        chip.adjusted(kHorizontalPadding, 0, -kHorizontalPadding, 0), Qt::AlignVCenter | Qt::AlignLeft, elided);
    painter->restore();
}

QSize InvoiceStatusDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(size.width() + 2 * kHorizontalPadding + 4);
    size.setHeight(qMax(size.height(), option.fontMetrics.height() + 2 * kVerticalMargin + 4));
    return size;
}

} // namespace apipay
