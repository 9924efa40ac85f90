#include "catalogthumbnaildelegate.h"

#include "images/imagecache.h"

#include <QPainter>
#include <QPixmap>

namespace apipay {

CatalogThumbnailDelegate::CatalogThumbnailDelegate(ImageCache* cache, int imageUrlRole, int size, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_cache(cache)
    , m_role(imageUrlRole)
    , m_size(size)
{
}

void CatalogThumbnailDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->decorationSize = QSize(m_size, m_size);
    QPixmap pixmap(m_size, m_size);
    pixmap.fill(Qt::transparent);
    const QString url = index.data(m_role).toString();
    if (m_cache && !url.isEmpty()) {
        const QImage thumb = m_cache->thumbnail(QUrl(url), m_size);
        if (!thumb.isNull()) {
            QPainter painter(&pixmap);
            painter.drawImage(QPoint((m_size - thumb.width()) / 2, (m_size - thumb.height()) / 2), thumb);
        }
    }
    option->icon = QIcon(pixmap);
}

QSize CatalogThumbnailDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(qMax(size.height(), m_size + 6));
    return size;
}

} // namespace apipay
