#include "widgets/thumbnaildelegate.h"

#include "images/imagecache.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>

namespace apipay {

namespace {
constexpr int kMargin = 4;
}

ThumbnailDelegate::ThumbnailDelegate(
    ImageCache* cache, QAbstractItemView* view, int imageUrlRole, int size, Placeholder placeholder)
    : QStyledItemDelegate(view)
    , m_cache(cache)
    , m_view(view)
    , m_role(imageUrlRole)
    , m_size(size)
    , m_placeholder(placeholder)
{
    if (m_cache) {
        auto repaint = [this] {
            if (m_view) {
                m_view->viewport()->update();
            }
        };
        connect(m_cache, &ImageCache::imageReady, this, repaint);
        connect(m_cache, &ImageCache::imageFailed, this, repaint);
    }
}

int ThumbnailDelegate::rowHeight() const
{
    return m_size + 2 * kMargin;
}

QSize ThumbnailDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height(), rowHeight()));
    size.setWidth(size.width() + m_size + 2 * kMargin);
    return size;
}

void ThumbnailDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();

    // Background, selection and focus as the style draws them; the text moves right of the square.
    const QRect square(opt.rect.left() + kMargin, opt.rect.top() + (opt.rect.height() - m_size) / 2, m_size, m_size);
    QStyleOptionViewItem textOpt = opt;
    textOpt.rect.setLeft(square.right() + kMargin);
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    style->drawControl(QStyle::CE_ItemViewItem, &textOpt, painter, widget);

    const QString url = index.data(m_role).toString();
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    QImage thumb;
    if (!url.isEmpty() && m_cache) {
        thumb = m_cache->thumbnail(QUrl(url), int(m_size * dpr));
    }
    painter->save();
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    if (!thumb.isNull()) {
        const QSizeF logical = QSizeF(thumb.size()) / dpr;
        const QRectF target(square.left() + (m_size - logical.width()) / 2,
            square.top() + (m_size - logical.height()) / 2, logical.width(), logical.height());
        painter->drawImage(target, thumb);
    } else if (m_placeholder == Placeholder::Frame) {
        painter->setPen(QPen(opt.palette.color(QPalette::Mid), 1, url.isEmpty() ? Qt::DotLine : Qt::SolidLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(square).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    }
    painter->restore();
}

} // namespace apipay
