#include "catalog/catalogitemthumbnaildelegate.h"

#include "images/imagecache.h"
#include "models/catalogtablemodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>

namespace apipay {

namespace {
constexpr int kMargin = 4;
}

CatalogItemThumbnailDelegate::CatalogItemThumbnailDelegate(ImageCache* cache, QWidget* view, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_cache(cache)
    , m_view(view)
{
    if (m_cache) {
        auto repaint = [this] {
            if (auto* itemView = qobject_cast<QAbstractItemView*>(m_view.data())) {
                itemView->viewport()->update();
            } else if (m_view) {
                m_view->update();
            }
        };
        connect(m_cache, &ImageCache::imageReady, this, repaint);
        connect(m_cache, &ImageCache::imageFailed, this, repaint);
    }
}

QSize CatalogItemThumbnailDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height(), kThumbnailSize + 2 * kMargin));
    size.setWidth(size.width() + kThumbnailSize + 2 * kMargin);
    return size;
}

void CatalogItemThumbnailDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                     const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();

    // Background, selection and focus as the style draws them; the text moves right of the thumbnail.
    const QRect thumbRect(opt.rect.left() + kMargin, opt.rect.top() + (opt.rect.height() - kThumbnailSize) / 2,
                          kThumbnailSize, kThumbnailSize);
    QStyleOptionViewItem textOpt = opt;
    textOpt.rect.setLeft(thumbRect.right() + kMargin);
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    style->drawControl(QStyle::CE_ItemViewItem, &textOpt, painter, widget);

    const QString url = index.data(CatalogTableModel::ImageUrlRole).toString();
    QImage thumb;
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    if (!url.isEmpty() && m_cache) {
        thumb = m_cache->thumbnail(QUrl(url), int(kThumbnailSize * dpr));
    }
    painter->save();
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    if (!thumb.isNull()) {
        QSizeF logical = QSizeF(thumb.size()) / dpr;
        const QRectF target(thumbRect.left() + (kThumbnailSize - logical.width()) / 2,
                            thumbRect.top() + (kThumbnailSize - logical.height()) / 2, logical.width(),
                            logical.height());
        painter->drawImage(target, thumb);
    } else {
        QColor frame = opt.palette.color(QPalette::Mid);
        painter->setPen(QPen(frame, 1, url.isEmpty() ? Qt::DotLine : Qt::SolidLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(thumbRect).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    }
    painter->restore();
}

} // namespace apipay
