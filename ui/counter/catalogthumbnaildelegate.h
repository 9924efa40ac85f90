#pragma once

#include <QStyledItemDelegate>

namespace apipay {

class ImageCache;

// Shows the catalog item's picture (ImageCache thumbnail of the URL in `imageUrlRole`) before its name. Items
// without a picture get an empty square so names stay aligned; the view repaints when a picture arrives.
class CatalogThumbnailDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    CatalogThumbnailDelegate(ImageCache* cache, int imageUrlRole, int size, QObject* parent = nullptr);

    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    ImageCache* m_cache;
    int m_role;
    int m_size;
};

} // namespace apipay
