#include "sandboxsubscriptionroutes.h"

#include <QJsonArray>
#include <QTimeZone>

namespace apipay::sandbox {

namespace {

const QStringList kPeriods = { QStringLiteral("daily"), QStringLiteral("weekly"), QStringLiteral("biweekly"),
    QStringLiteral("monthly"), QStringLiteral("quarterly"), QStringLiteral("yearly") };

} // namespace

std::optional<SandboxResponse> SandboxSubscriptionRoutes::handle(const SandboxRequest& r, RouteContext& c)
{
    const QStringList& s = r.segments;
    if (s.isEmpty() || s.first() != u"subscriptions") {
        return std::nullopt;
    }
    if (s.size() == 1) {
        if (r.method == "POST") {
            return create(r, c);
        }
        return r.method == "GET" ? std::optional(list(r, c)) : std::nullopt;
    }
    const auto id = idSegment(s.at(1));
    if (!id || s.size() > 3) {
        return std::nullopt;
    }
    const bool known = (s.size() == 2 && (r.method == "GET" || r.method == "PUT"))
        || (s.size() == 3 && r.method == "POST"
            && (s.at(2) == u"pause" || s.at(2) == u"resume" || s.at(2) == u"cancel"))
        || (s.size() == 3 && r.method == "GET" && s.at(2) == u"invoices");
    if (!known) {
        return std::nullopt;
    }
    SandboxSubscription* sub = c.store.subscription(*id);
    if (!sub) {
        return c.profile.notFound(QStringLiteral("Subscription"));
    }
    if (s.size() == 2) {
        return r.method == "GET" ? detail(*sub, c) : update(*sub, r, c);
    }
    if (s.at(2) == u"invoices") {
        return history(*sub, r, c);
    }
    return transition(*sub, s.at(2), c);
}

void SandboxSubscriptionRoutes::readFields(
    const QJsonObject& o, SandboxSubscription& sub, bool creating, RouteContext& c, FieldErrors& errors)
{
    const auto amount = errors.money(o, QStringLiteral("amount"), QStringLiteral("amount"),
        Money::subscriptionMinimum(), Money::subscriptionMaximum());
    if (errors.has(QStringLiteral("amount"))) {
        errors.add(QStringLiteral("amount"), QStringLiteral("Amount must be between 100 and 1000000"));
    }
    const QJsonValue cart = o.value(QStringLiteral("cart_items"));
    if (cart.isArray() && !cart.toArray().isEmpty()) {
        const QJsonArray lines = cart.toArray();
        Money total;
        QList<QPair<qint64, qint64>> parsed;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QJsonObject line = lines.at(i).toObject();
            const QString p = QStringLiteral("cart_items.%1.").arg(i);
            const auto itemId = errors.integer(line, QStringLiteral("catalog_item_id"),
                p + QStringLiteral("catalog_item_id"), 1, std::numeric_limits<qint64>::max());
            const auto count = errors.integer(line, QStringLiteral("count"), p + QStringLiteral("count"), 1, 1000);
            if (!line.contains(QStringLiteral("catalog_item_id"))) {
                errors.required(p + QStringLiteral("catalog_item_id"));
            }
            if (!line.contains(QStringLiteral("count"))) {
                errors.required(p + QStringLiteral("count"));
            }
            const SandboxCatalogItem* item = itemId ? c.store.catalogItem(*itemId) : nullptr;
            if (itemId && !item) {
                errors.add(p + QStringLiteral("catalog_item_id"),
                    QStringLiteral("The selected %1catalog_item_id is invalid.").arg(p));
            }
            if (item && count) {
                total += Money::checkedMul(item->sellingPrice, *count).value_or(Money());
                parsed.append({ *itemId, *count });
            }
        }
        if (errors.isEmpty() && (total < Money::subscriptionMinimum() || total > Money::subscriptionMaximum())) {
            errors.add(QStringLiteral("amount"), QStringLiteral("Amount must be between 100 and 1000000"));
        }
        sub.cart = parsed;
        sub.amount = total;
    } else if (amount) {
        sub.amount = *amount;
    } else if (creating && !errors.has(QStringLiteral("amount"))) {
        errors.add(
            QStringLiteral("amount"), QStringLiteral("The amount field is required when cart items is not present."));
    }
    if (const auto day = errors.integer(o, QStringLiteral("billing_day"), QStringLiteral("billing_day"), 1, 28)) {
        sub.billingDay = int(*day);
    }
    const auto text = [&](const QString& key, QString& target) {
        if (const auto value = errors.string(o, key, key, 255)) {
            target = *value;
        } else if (o.contains(key) && o.value(key).isNull()) {
            target.clear();
        }
    };
    text(QStringLiteral("description"), sub.description);
    text(QStringLiteral("subscriber_name"), sub.subscriberName);
    text(QStringLiteral("external_subscriber_id"), sub.externalSubscriberId);
    const auto number = [&](const QString& key, int max, int& target) {
        if (const auto value = errors.integer(o, key, key, 1, max)) {
            target = int(*value);
        }
    };
    number(QStringLiteral("max_retry_attempts"), 10, sub.maxRetryAttempts);
    number(QStringLiteral("retry_interval_hours"), 168, sub.retryIntervalHours);
    number(QStringLiteral("grace_period_days"), 30, sub.gracePeriodDays);
    const QJsonValue metadata = o.value(QStringLiteral("metadata"));
    if (metadata.isObject()) {
        sub.metadata = metadata.toObject();
        sub.hasMetadata = true;
    } else if (metadata.isNull()) {
        sub.hasMetadata = false;
    } else if (!metadata.isUndefined()) {
        errors.add(QStringLiteral("metadata"), QStringLiteral("The metadata must be an object."));
    }
}

SandboxResponse SandboxSubscriptionRoutes::answer(
    int status, const QString& message, const SandboxSubscription& sub, RouteContext& c)
{
    if (c.profile.isV21()) {
        return SandboxResponse::json(status,
            QJsonObject {
                { QStringLiteral("message"), message }, { QStringLiteral("subscription"), c.json.subscription(sub) } });
    }
    return SandboxResponse::json(status,
        QJsonObject { { QStringLiteral("message"), message },
            { QStringLiteral("subscription"),
                QJsonObject { { QStringLiteral("id"), sub.id },
                    { QStringLiteral("amount"), SandboxJson::money(sub.amount) },
                    { QStringLiteral("status"), sub.status } } } });
}

SandboxResponse SandboxSubscriptionRoutes::create(const SandboxRequest& r, RouteContext& c)
{
    const auto body = r.jsonBody();
    if (!body) {
        return malformedJson(c.profile);
    }
    FieldErrors errors;
    SandboxSubscription sub;
    if (const auto phone = errors.phone(*body, QStringLiteral("phone_number"))) {
        sub.phone = *phone;
    }
    const QString period = body->value(QStringLiteral("billing_period")).toString();
    if (!kPeriods.contains(period)) {
        errors.add(QStringLiteral("billing_period"),
            body->contains(QStringLiteral("billing_period")) ? QStringLiteral("The selected billing period is invalid.")
                                                             : QStringLiteral("The billing period field is required."));
    }
    sub.billingPeriod = period;
    readFields(*body, sub, true, c, errors);
    const QDate today = c.store.now().toTimeZone(SandboxProfile::almatyZone()).date();
    sub.startedAt = today;
    if (body->contains(QStringLiteral("started_at")) && !body->value(QStringLiteral("started_at")).isNull()) {
        sub.startedAt
            = QDate::fromString(body->value(QStringLiteral("started_at")).toString(), QStringLiteral("yyyy-MM-dd"));
        if (!sub.startedAt.isValid()) {
            errors.add(QStringLiteral("started_at"), QStringLiteral("The started at does not match the format Y-m-d."));
        }
    }
    if (!errors.isEmpty()) {
        return c.profile.validation(errors.errors());
    }
    sub.status = QStringLiteral("active");
    SandboxSubscription& stored = c.store.addSubscription(std::move(sub));
    const QDateTime start(stored.startedAt, QTime(8, 0), SandboxProfile::almatyZone());
    if (body->value(QStringLiteral("bill_immediately")).toBool()) {
        c.store.billSubscription(stored, c.store.now());
    } else {
        stored.nextBillingAt
            = stored.startedAt > today ? start.toUTC() : SandboxStore::nextBillingAfter(stored, start.toUTC());
    }
    if (c.profile.isV21()) {
        return answer(201, QStringLiteral("Subscription created"), stored, c);
    }
    return SandboxResponse::json(201, QJsonObject { { QStringLiteral("subscription"), c.json.subscription(stored) } });
}

SandboxResponse SandboxSubscriptionRoutes::list(const SandboxRequest& r, RouteContext& c)
{
    FieldErrors errors;
    const Paging paging = readPaging(r, c.profile.isV21() ? 20 : 10, 100, errors);
    const QString status = r.queryValue(QStringLiteral("status"));
    if (!status.isEmpty() && status != u"active" && status != u"paused" && status != u"cancelled"
        && status != u"expired") {
        errors.add(QStringLiteral("status"), QStringLiteral("The selected status is invalid."));
    }
    if (!errors.isEmpty()) {
        return c.profile.validation(errors.errors());
    }
    const QString phone = r.queryValue(QStringLiteral("phone_number"));
    const QString externalId = r.queryValue(QStringLiteral("external_subscriber_id"));
    const QString search = c.profile.isV21() ? QString() : r.queryValue(QStringLiteral("search"));
    const QString period = c.profile.isV21() ? QString() : r.queryValue(QStringLiteral("billing_period"));
    QList<const SandboxSubscription*> matches;
    const auto& all = c.store.subscriptions();
    for (auto it = all.crbegin(); it != all.crend(); ++it) { // created_at DESC
        if ((!status.isEmpty() && it->status != status) || (!phone.isEmpty() && it->phone != phone)
            || (!externalId.isEmpty() && it->externalSubscriberId != externalId)
            || (!period.isEmpty() && it->billingPeriod != period)
            || (!search.isEmpty() && !it->subscriberName.contains(search, Qt::CaseInsensitive)
                && !it->description.contains(search, Qt::CaseInsensitive) && !it->phone.contains(search))) {
            continue;
        }
        matches.append(&*it);
    }
    QJsonArray data;
    for (qsizetype i = paging.offset(); i < qMin(matches.size(), paging.offset() + paging.perPage); ++i) {
        data.append(c.json.subscriptionListItem(*matches.at(i)));
    }
    return SandboxResponse::json(200,
        c.profile.resourceListEnvelope(
            data, paging.page, paging.perPage, matches.size(), c.json.apiUrl(QStringLiteral("/subscriptions"))));
}

SandboxResponse SandboxSubscriptionRoutes::detail(SandboxSubscription& sub, RouteContext& c)
{
    if (c.profile.isV21()) {
        QJsonObject flat = c.json.subscription(sub);
        flat.insert(QStringLiteral("stats"), c.json.subscriptionStats(sub));
        flat.insert(QStringLiteral("last_payment"), c.json.subscriptionLastPayment(sub));
        return SandboxResponse::json(200, flat);
    }
    return SandboxResponse::json(200,
        QJsonObject { { QStringLiteral("subscription"), c.json.subscription(sub) },
            { QStringLiteral("stats"), c.json.subscriptionStats(sub) },
            { QStringLiteral("last_payment"), c.json.subscriptionLastPayment(sub) } });
}

SandboxResponse SandboxSubscriptionRoutes::update(SandboxSubscription& sub, const SandboxRequest& r, RouteContext& c)
{
    const auto body = r.jsonBody();
    if (!body) {
        return malformedJson(c.profile);
    }
    FieldErrors errors;
    SandboxSubscription changed = sub;
    readFields(*body, changed, false, c, errors);
    if (!errors.isEmpty()) {
        return c.profile.validation(errors.errors());
    }
    changed.updatedAt = c.store.now();
    sub = changed;
    return answer(200, QStringLiteral("Subscription updated"), sub, c);
}

SandboxResponse SandboxSubscriptionRoutes::transition(SandboxSubscription& sub, const QString& action, RouteContext& c)
{
    const QDateTime t = c.store.now();
    if (action == u"pause" && sub.status == u"active") {
        sub.status = QStringLiteral("paused");
        sub.pausedAt = t;
        sub.updatedAt = t;
        return answer(200, QStringLiteral("Subscription paused"), sub, c);
    }
    if (action == u"resume" && sub.status == u"paused") {
        // The next date is recomputed from now; missed periods are not billed (docs/api-contract.md).
        sub.status = QStringLiteral("active");
        sub.pausedAt = QDateTime();
        sub.nextBillingAt = SandboxStore::nextBillingAfter(sub, t);
        sub.updatedAt = t;
        return answer(200, QStringLiteral("Subscription resumed"), sub, c);
    }
    if (action == u"cancel" && (sub.status == u"active" || sub.status == u"paused")) {
        sub.status = QStringLiteral("cancelled");
        sub.cancelledAt = t;
        sub.nextBillingAt = QDateTime();
        sub.updatedAt = t;
        return answer(200, QStringLiteral("Subscription cancelled"), sub, c);
    }
    return c.profile.business(400, QStringLiteral("invalid_status"),
        QStringLiteral("Subscription cannot be %1d in its current status.")
            .arg(action)
            .replace(QStringLiteral("canceld"), QStringLiteral("cancelled")),
        QJsonObject { { QStringLiteral("current_status"), sub.status } });
}

SandboxResponse SandboxSubscriptionRoutes::history(
    const SandboxSubscription& sub, const SandboxRequest& r, RouteContext& c)
{
    FieldErrors errors;
    const Paging paging = readPaging(r, 20, 100, errors);
    if (!errors.isEmpty()) {
        return c.profile.validation(errors.errors());
    }
    QJsonArray data;
    const qsizetype total = sub.history.size();
    for (qsizetype i = paging.offset(); i < qMin(total, paging.offset() + paging.perPage); ++i) {
        data.append(c.json.billingRecord(sub, sub.history.at(total - 1 - i))); // newest first
    }
    return SandboxResponse::json(200,
        QJsonObject { { QStringLiteral("data"), data },
            { QStringLiteral("meta"),
                QJsonObject { { QStringLiteral("current_page"), paging.page }, { QStringLiteral("total"), total },
                    { QStringLiteral("per_page"), paging.perPage } } } });
}

} // namespace apipay::sandbox
