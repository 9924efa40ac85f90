#include "catalog/catalogimageindex.h"

#include "api/apiclient.h"

namespace apipay {

namespace {
constexpr int kPerPage = 200;
constexpr int kMaxPages = 50; // 10 000 items: far beyond a small shop; stops a misbehaving server
} // namespace

CatalogImageIndex::CatalogImageIndex(ApiClient* api, QObject* parent)
    : QObject(parent)
    , m_api(api)
{
}

void CatalogImageIndex::ensureLoaded()
{
    if (m_loaded || m_loading || !m_api) {
        return;
    }
    m_loading = true;
    loadPage(1);
}

void CatalogImageIndex::clear()
{
    ++m_generation;
    m_urls.clear();
    m_loaded = false;
    m_loading = false;
}

void CatalogImageIndex::loadPage(int page)
{
    CatalogQuery query;
    query.page = page;
    query.perPage = kPerPage;
    const int generation = m_generation;
    m_api->listCatalog(
        query, this,
        [this, page, generation](const ApiResult<apipay::Page<CatalogItem>>& result) {
            if (generation != m_generation) {
                return;
            }
            if (result.ok()) {
                for (const CatalogItem& item : result.value.items) {
                    if (!item.imageUrl.isEmpty()) {
                        m_urls.insert(item.id, QUrl(item.imageUrl));
                    }
                }
                if (result.value.hasMore() && page < kMaxPages) {
                    loadPage(page + 1);
                    return;
                }
            }
            // A failure (no catalog, offline) leaves the index as far as it got: items show without images.
            m_loading = false;
            m_loaded = true;
            Q_EMIT loaded();
        },
        Priority::Background);
}

} // namespace apipay
