#include "api/writereadback.h"

#include "api/lostanswer.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace apipay {

namespace {

constexpr int kPerPage = 200; // the largest page GET /catalog allows
constexpr int kMaxPages = 50; // a name search never legitimately returns more

struct DeletionSearch
{
    QPointer<ApiClient> api;
    QPointer<QObject> context;
    qint64 itemId = 0;
    CatalogQuery query;
    WriteReadBack::DeletionDone done;
};

void searchPage(const std::shared_ptr<DeletionSearch>& search)
{
    if (!search->api || !search->context) {
        return;
    }
    search->api->listCatalog(search->query, search->context, [search](const ApiResult<Page<CatalogItem>>& result) {
        if (!result.ok()) {
            search->done(WriteReadBack::Verdict::Unknown, result.error);
            return;
        }
        for (const CatalogItem& item : result.value.items) {
            if (item.id == search->itemId) {
                const bool going = item.status == u"deleting" || item.status == u"deleted";
                search->done(going ? WriteReadBack::Verdict::Done : WriteReadBack::Verdict::NotDone, ApiError());
                return;
            }
        }
        if (result.value.hasMore() && !result.value.items.isEmpty() && search->query.page < kMaxPages) {
            ++search->query.page;
            searchPage(search);
            return;
        }
        search->done(WriteReadBack::Verdict::Done, ApiError());
    });
}

struct CreationSearch
{
    QPointer<ApiClient> api;
    QPointer<QObject> context;
    QStringList names; // still looked for
    QDateTime since;
    CatalogQuery query;
    QList<CatalogItem> found;
    WriteReadBack::CatalogCreationDone done;
};

void creationPage(const std::shared_ptr<CreationSearch>& search)
{
    if (!search->api || !search->context) {
        return;
    }
    search->api->listCatalog(search->query, search->context, [search](const ApiResult<Page<CatalogItem>>& result) {
        if (!result.ok()) {
            search->done(WriteReadBack::Verdict::Unknown, {}, result.error);
            return;
        }
        for (const CatalogItem& item : result.value.items) {
            const bool recent = !item.createdAt.isValid() || item.createdAt >= search->since;
            if (recent && search->names.removeOne(item.name)) {
                search->found.append(item);
            }
        }
        if (!search->names.isEmpty() && result.value.hasMore() && !result.value.items.isEmpty()
            && search->query.page < kMaxPages) {
            ++search->query.page;
            creationPage(search);
            return;
        }
        search->done(search->found.isEmpty() ? WriteReadBack::Verdict::NotDone : WriteReadBack::Verdict::Done,
            search->found, ApiError());
    });
}

} // namespace

namespace {

void readCatalogCreation(ApiClient* api,
    const QStringList& names,
    const QDateTime& sentAt,
    QObject* context,
    WriteReadBack::CatalogCreationDone done)
{
    auto search = std::make_shared<CreationSearch>();
    search->api = api;
    search->context = context;
    search->names = names;
    search->since = sentAt.addSecs(-5 * 60);
    search->query.perPage = kPerPage;
    search->done = std::move(done);
    creationPage(search);
}

void readCatalogDeletion(
    ApiClient* api, qint64 itemId, const QString& itemName, QObject* context, WriteReadBack::DeletionDone done)
{
    auto search = std::make_shared<DeletionSearch>();
    search->api = api;
    search->context = context;
    search->itemId = itemId;
    search->query.perPage = kPerPage;
    search->query.search = itemName;
    search->done = std::move(done);
    searchPage(search);
}

void readSubscriptionUpdate(
    ApiClient* api, qint64 id, const SubscriptionPatch& patch, QObject* context, WriteReadBack::UpdateDone done)
{
    using Verdict = WriteReadBack::Verdict;
    api->subscription(id, context, [patch, done = std::move(done)](const ApiResult<Subscription>& result) {
        if (!result.ok()) {
            done(Verdict::Unknown, std::nullopt, result.error);
            return;
        }
        const std::optional<bool> carries = WriteReadBack::carriesPatch(result.value, patch);
        const Verdict verdict = !carries ? Verdict::Unknown : (*carries ? Verdict::Done : Verdict::NotDone);
        done(verdict, result.value, ApiError());
    });
}

void readSubscriptionCreation(ApiClient* api,
    const SubscriptionDraft& draft,
    const QDateTime& sentAt,
    QObject* context,
    WriteReadBack::UpdateDone done)
{
    using Verdict = WriteReadBack::Verdict;
    SubscriptionQuery query;
    query.phone = draft.phone;
    query.perPage = 50; // one customer's subscriptions: the newest page holds one made minutes ago
    const QDateTime since = sentAt.addSecs(-5 * 60);
    api->listSubscriptions(
        query, context, [draft, since, done = std::move(done)](const ApiResult<Page<Subscription>>& result) {
            if (!result.ok()) {
                done(Verdict::Unknown, std::nullopt, result.error);
                return;
            }
            for (const Subscription& s : result.value.items) {
                const bool recent = s.createdAt.isValid() && s.createdAt >= since;
                const bool same = s.billingPeriod == draft.billingPeriod
                    && (!draft.amount || !draft.cartItems.isEmpty() || s.amount == draft.amount);
                if (recent && same) {
                    done(Verdict::Done, s, ApiError());
                    return;
                }
            }
            done(Verdict::NotDone, std::nullopt, ApiError());
        });
}

} // namespace

void WriteReadBack::catalogCreation(
    ApiClient* api, const QStringList& names, const QDateTime& sentAt, QObject* context, CatalogCreationDone done)
{
    settled<CatalogCreationDone>(context, std::move(done), [api, names, sentAt, context](CatalogCreationDone finish) {
        readCatalogCreation(api, names, sentAt, context, std::move(finish));
    });
}

void WriteReadBack::catalogDeletion(
    ApiClient* api, qint64 itemId, const QString& itemName, QObject* context, DeletionDone done)
{
    settled<DeletionDone>(context, std::move(done), [api, itemId, itemName, context](DeletionDone finish) {
        readCatalogDeletion(api, itemId, itemName, context, std::move(finish));
    });
}

void WriteReadBack::subscriptionUpdate(
    ApiClient* api, qint64 id, const SubscriptionPatch& patch, QObject* context, UpdateDone done)
{
    settled<UpdateDone>(context, std::move(done), [api, id, patch, context](UpdateDone finish) {
        readSubscriptionUpdate(api, id, patch, context, std::move(finish));
    });
}

void WriteReadBack::subscriptionCreation(
    ApiClient* api, const SubscriptionDraft& draft, const QDateTime& sentAt, QObject* context, UpdateDone done)
{
    settled<UpdateDone>(context, std::move(done), [api, draft, sentAt, context](UpdateDone finish) {
        readSubscriptionCreation(api, draft, sentAt, context, std::move(finish));
    });
}

QString WriteReadBack::uploadOutcomeUnknownText()
{
    return QCoreApplication::translate("apipay::WriteReadBack",
        "The connection broke while the picture was being uploaded, so it may or may not have reached ApiPay. It "
        "was not sent again. Press Save to upload it again.");
}

std::optional<bool> WriteReadBack::carriesPatch(const Subscription& s, const SubscriptionPatch& patch)
{
    bool judged = false;
    bool all = true;
    auto check = [&judged, &all](bool equal) {
        judged = true;
        all = all && equal;
    };
    if (patch.amount && !patch.cartItems) {
        check(s.amount == patch.amount);
    }
    if (patch.billingDay) {
        check(s.billingDay == patch.billingDay);
    }
    if (patch.description) {
        check(s.description == *patch.description);
    }
    if (patch.subscriberName) {
        check(s.subscriberName == *patch.subscriberName);
    }
    if (patch.externalSubscriberId) {
        check(s.externalSubscriberId == *patch.externalSubscriberId);
    }
    if (patch.maxRetryAttempts) {
        check(s.maxRetryAttempts == patch.maxRetryAttempts);
    }
    if (patch.retryIntervalHours) {
        check(s.retryIntervalHours == patch.retryIntervalHours);
    }
    if (patch.gracePeriodDays) {
        check(s.gracePeriodDays == patch.gracePeriodDays);
    }
    if (patch.metadata) {
        check(s.metadata == *patch.metadata);
    }
    if (!judged) {
        return std::nullopt;
    }
    return all;
}

} // namespace apipay
