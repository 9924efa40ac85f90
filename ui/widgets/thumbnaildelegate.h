#pragma once

#include <QPointer>
#include <QStyledItemDelegate>

class QAbstractItemView;

namespace apipay {

class ImageCache;

// Paints a picture left of an item's text: the ImageCache thumbnail of the URL in `imageUrlRole`, centred in a square
// of `size` pixels (sharp on high-DPI screens). Without a picture the square stays — empty, or framed (a dotted frame
// when the item has no picture, a solid one while it downloads or after it failed) — so that texts stay aligned. The
// view repaints when the cache reports a picture ready or failed. Used by the catalog page and the counter's picker.
class ThumbnailDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    enum class Placeholder { Empty, Frame };

    ThumbnailDelegate(ImageCache* cache,
        QAbstractItemView* view,
        int imageUrlRole,
        int size,
        Placeholder placeholder = Placeholder::Empty);

    int thumbnailSize() const { return m_size; }
    // The row height that fits the square and its margins.
    int rowHeight() const;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    QPointer<ImageCache> m_cache;
    QPointer<QAbstractItemView> m_view;
    int m_role;
    int m_size;
    Placeholder m_placeholder;
};

} // namespace apipay
