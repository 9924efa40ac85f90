// HistorySync's lists: units, the catalog (items gone from the server are removed) and subscriptions, read whole
// now and then (historysync.h).
#include "sync/historysync.h"

#include "api/apiclient.h"
#include "store/historystore.h"

namespace apipay {

namespace {
constexpr int kCatalogPerPage = 200; // the catalog list's largest page
}

void HistorySync::sendUnits()
{
    m_inFlight = m_api->catalogUnits(
        this,
        [this](const ApiResult<QList<CatalogUnit>>& result) {
            // A shop without a catalog answers with an error: nothing to keep, go on.
            const bool ok = accept(result.error, OnError::Skip);
            if (ok && !storeOk(m_store->upsertUnits(result.value))) {
                return;
            }
            if (ok
                || (result.error.kind != ApiError::Kind::Offline && result.error.kind != ApiError::Kind::Timeout
                    && result.error.kind != ApiError::Kind::RateLimited)) {
                m_listsStep = Step::Catalog;
                m_listsPage = 1;
                m_catalogSeen.clear();
            }
            if (ok) {
                pump();
            }
        },
        Priority::Background);
}

void HistorySync::sendCatalog()
{
    CatalogQuery query;
    query.page = m_listsPage;
    query.perPage = kCatalogPerPage;
    m_inFlight = m_api->listCatalog(
        query, this,
        [this](const ApiResult<Page<CatalogItem>>& result) {
            const bool ok = accept(result.error, OnError::Skip);
            if (!ok) {
                if (result.error.kind != ApiError::Kind::Offline && result.error.kind != ApiError::Kind::Timeout
                    && result.error.kind != ApiError::Kind::RateLimited) {
                    m_listsStep = Step::Subscriptions; // no catalog (or it cannot be read now): keep what is stored
                    m_listsPage = 1;
                }
                return;
            }
            const Page<CatalogItem>& answer = result.value;
            if (!answer.items.isEmpty() && !storeOk(m_store->upsertCatalog(answer.items))) {
                return;
            }
            for (const CatalogItem& item : answer.items) {
                m_catalogSeen.insert(item.id);
            }
            if (answer.items.isEmpty() || !answer.hasMore()) {
                // The whole catalog has been read: what the server no longer lists is gone.
                const StoreResult<QList<CatalogItem>> stored = m_store->catalog();
                if (stored.ok()) {
                    for (const CatalogItem& item : stored.value()) {
                        if (!m_catalogSeen.contains(item.id) && !storeOk(m_store->removeCatalogItem(item.id))) {
                            return;
                        }
                    }
                }
                m_catalogSeen.clear();
                m_listsStep = Step::Subscriptions;
                m_listsPage = 1;
            } else {
                ++m_listsPage;
            }
            pump();
        },
        Priority::Background);
}

void HistorySync::sendSubscriptions()
{
    SubscriptionQuery query;
    query.page = m_listsPage;
    query.perPage = m_timing.perPage;
    m_inFlight = m_api->listSubscriptions(
        query, this,
        [this](const ApiResult<Page<Subscription>>& result) {
            const bool ok = accept(result.error, OnError::Skip);
            const bool done = ok
                ? (result.value.items.isEmpty() || !result.value.hasMore())
                : (result.error.kind != ApiError::Kind::Offline && result.error.kind != ApiError::Kind::Timeout
                    && result.error.kind != ApiError::Kind::RateLimited);
            if (ok && !result.value.items.isEmpty() && !storeOk(m_store->upsertSubscriptions(result.value.items))) {
                return;
            }
            if (done) {
                m_listsDue = false;
                m_listsStep = Step::Units;
                m_listsPage = 1;
            } else if (ok) {
                ++m_listsPage;
            }
            if (ok) {
                pump();
            }
        },
        Priority::Background);
}

} // namespace apipay
