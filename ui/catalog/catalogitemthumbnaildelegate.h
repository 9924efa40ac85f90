#pragma once

#include <QPointer>
#include <QStyledItemDelegate>

namespace apipay {

class ImageCache;

// Paints the catalog item's thumbnail (from ImageCache, ImageUrlRole of CatalogTableModel) left of its name.
// While a picture downloads a neutral frame is shown; the view repaints when ImageCache reports it ready.
class CatalogItemThumbnailDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    static constexpr int kThumbnailSize = 40;

    CatalogItemThumbnailDelegate(ImageCache* cache, QWidget* view, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    QPointer<ImageCache> m_cache;
    QPointer<QWidget> m_view;
};

} // namespace apipay
