#pragma once

#include <QHash>
#include <QObject>
#include <QUrl>

namespace apipay {

class ApiClient;

// catalog_item_id → image URL for the invoice detail (invoice items carry no image of their own). Loaded once per
// session on first use, in the background, page by page (per_page 200); organizations without a catalog simply
// get no images.
class CatalogImageIndex : public QObject
{
    Q_OBJECT
public:
    explicit CatalogImageIndex(ApiClient* api, QObject* parent = nullptr);

    // Starts loading if not loaded yet.
    void ensureLoaded();
    // Forget everything (session changed).
    void clear();
    QUrl imageUrl(qint64 catalogItemId) const { return m_urls.value(catalogItemId); }
    bool isLoaded() const { return m_loaded; }

Q_SIGNALS:
    void loaded();

private:
    void loadPage(int page);

    ApiClient* m_api;
    QHash<qint64, QUrl> m_urls;
    bool m_loading = false;
    bool m_loaded = false;
    int m_generation = 0;
};

} // namespace apipay
