#include "sandboxrefundroutes.h"

#include <QJsonArray>

namespace apipay::sandbox {

std::optional<SandboxResponse> SandboxRefundRoutes::handle(const SandboxRequest& r, RouteContext& c)
{
    const QStringList& s = r.segments;
    if (s.size() == 1 && s.first() == u"refunds" && r.method == "GET") {
        return list(r, c);
    }
    if (s.size() == 3 && s.first() == u"invoices") {
        const auto id = idSegment(s.at(1));
        if (id && s.at(2) == u"refund" && r.method == "POST") {
            return refund(*id, r, c);
        }
        if (id && s.at(2) == u"refunds" && r.method == "GET") {
            return invoiceRefunds(*id, c);
        }
    }
    return std::nullopt;
}

SandboxResponse SandboxRefundRoutes::refund(qint64 invoiceId, const SandboxRequest& r, RouteContext& c)
{
    const auto body = r.jsonBody();
    if (!body) {
        return malformedJson(c.profile);
    }
    SandboxInvoice* inv = c.store.invoice(invoiceId);
    if (!inv) {
        return c.profile.notFound(QStringLiteral("Invoice"));
    }
    const QJsonObject& o = *body;
    FieldErrors errors;
    const auto amount = errors.money(
        o, QStringLiteral("amount"), QStringLiteral("amount"), Money::invoiceMinimum(), Money::invoiceMaximum());
    SandboxRefund refund;
    refund.invoiceId = inv->id;
    refund.reason = errors.string(o, QStringLiteral("reason"), QStringLiteral("reason"), 500).value_or(QString());
    const QJsonValue itemsValue = o.value(QStringLiteral("return_items"));
    const QJsonArray returnItems = itemsValue.toArray();
    if (!itemsValue.isUndefined() && !itemsValue.isNull() && !itemsValue.isArray()) {
        errors.add(QStringLiteral("return_items"), QStringLiteral("The return items must be an array."));
    }
    if (c.profile.isV21() && returnItems.size() > 100) {
        errors.add(
            QStringLiteral("return_items"), QStringLiteral("The return items may not have more than 100 items."));
    }
    Money itemsTotal;
    QHash<qint64, qint64> requested; // invoice item id → count in this request
    for (qsizetype i = 0; i < returnItems.size(); ++i) {
        const QString path = QStringLiteral("return_items.%1").arg(i);
        const QJsonObject line = returnItems.at(i).toObject();
        const QString idPath = path + QStringLiteral(".catalog_item_id");
        const auto catalogId
            = errors.integer(line, QStringLiteral("catalog_item_id"), idPath, 1, std::numeric_limits<qint64>::max());
        if (!line.contains(QStringLiteral("catalog_item_id"))) {
            errors.required(idPath);
        }
        const bool hasCount = line.contains(QStringLiteral("count"));
        const bool hasAmount = c.profile.isV21() && line.contains(QStringLiteral("amount"));
        if (c.profile.isV21() && hasCount == hasAmount) {
            errors.add(path, QStringLiteral("Exactly one of count or amount must be given."));
            continue;
        }
        if (!hasCount && !hasAmount) {
            errors.required(path + QStringLiteral(".count"));
            continue;
        }
        if (!catalogId) {
            continue;
        }
        SandboxInvoiceItem* item = nullptr;
        for (auto& candidate : inv->items) {
            if (candidate.catalogItemId == *catalogId) {
                item = &candidate;
            }
        }
        if (!item) {
            errors.add(idPath, QStringLiteral("The selected %1 is not part of this invoice.").arg(idPath));
            continue;
        }
        SandboxRefundItem refundItem;
        refundItem.invoiceItemId = item->id;
        refundItem.catalogItemId = item->catalogItemId;
        refundItem.name = item->name;
        refundItem.price = item->price;
        if (hasCount) {
            const auto count
                = errors.integer(line, QStringLiteral("count"), path + QStringLiteral(".count"), 1, 1'000'000);
            if (!count) {
                continue;
            }
            if (item->returnedCount + requested.value(item->id) + *count > item->count) {
                errors.add(path + QStringLiteral(".count"),
                    QStringLiteral("The count may not be greater than the %1 not yet returned.")
                        .arg(item->count - item->returnedCount - requested.value(item->id)));
                continue;
            }
            requested[item->id] += *count;
            refundItem.count = *count;
            const Money gross = Money::checkedMul(item->price, *count).value_or(Money());
            refundItem.amount = gross - gross.percentRoundedHalfUp(inv->discountPercent);
        } else {
            const auto itemAmount = errors.money(line, QStringLiteral("amount"), path + QStringLiteral(".amount"),
                Money::invoiceMinimum(), Money::invoiceMaximum());
            if (!itemAmount) {
                continue;
            }
            refundItem.amount = *itemAmount;
        }
        itemsTotal += refundItem.amount;
        refund.items.append(refundItem);
    }
    if (!errors.isEmpty()) {
        return c.profile.validation(errors.errors());
    }
    const bool refundable
        = (inv->status == u"paid" || inv->status == u"partially_refunded") && !inv->availableForRefund().isZero();
    if (!refundable) {
        return c.profile.business(400, QStringLiteral("invoice_not_refundable"),
            QStringLiteral("Invoice is not refundable"),
            QJsonObject { { QStringLiteral("current_status"), inv->status } });
    }
    refund.amount = amount ? *amount : (refund.items.isEmpty() ? inv->availableForRefund() : itemsTotal);
    if (refund.amount > inv->availableForRefund()) {
        return c.profile.business(400, QStringLiteral("refund_amount_exceeds_available"),
            QStringLiteral("Refund amount exceeds available amount"),
            QJsonObject {
                { QStringLiteral("available_for_refund"), SandboxJson::moneyNumber(inv->availableForRefund()) } });
    }
    for (const auto& refundItem : std::as_const(refund.items)) {
        for (auto& item : inv->items) {
            if (item.id == refundItem.invoiceItemId) {
                item.returnedCount += refundItem.count;
            }
        }
    }
    const SandboxRefund& stored = c.store.addRefund(std::move(refund));
    return SandboxResponse::json(201,
        QJsonObject { { QStringLiteral("message"), QStringLiteral("Refund queued for processing") },
            { QStringLiteral("refund"), c.json.refund(stored, false) },
            { QStringLiteral("invoice"), c.json.invoiceRefundTotals(*inv) } });
}

SandboxResponse SandboxRefundRoutes::invoiceRefunds(qint64 invoiceId, RouteContext& c)
{
    const SandboxInvoice* inv = c.store.invoice(invoiceId);
    if (!inv) {
        return c.profile.notFound(QStringLiteral("Invoice"));
    }
    QJsonArray refunds;
    const auto list = c.store.refundsOf(invoiceId);
    for (const SandboxRefund* r : list) {
        refunds.append(c.json.refund(*r, false));
    }
    QJsonObject totals = c.json.invoiceRefundTotals(*inv);
    totals.remove(QStringLiteral("status"));
    totals.remove(QStringLiteral("pending_refund_amount"));
    return SandboxResponse::json(200,
        QJsonObject { { QStringLiteral("invoice"), totals }, { QStringLiteral("refunds"), refunds },
            { QStringLiteral("total"), refunds.size() } });
}

SandboxResponse SandboxRefundRoutes::list(const SandboxRequest& r, RouteContext& c)
{
    FieldErrors errors;
    const Paging paging = readPaging(r, 10, 100, errors);
    static const QStringList known = { QStringLiteral("pending"), QStringLiteral("processing"),
        QStringLiteral("completed"), QStringLiteral("failed") };
    const QStringList statuses = r.queryValues(QStringLiteral("status"));
    for (qsizetype i = 0; i < statuses.size(); ++i) {
        if (!known.contains(statuses.at(i))) {
            errors.add(QStringLiteral("status.%1").arg(i), QStringLiteral("The selected status is invalid."));
        }
    }
    std::optional<qint64> invoiceId;
    if (r.hasQuery(QStringLiteral("invoice_id"))) {
        invoiceId = idSegment(r.queryValue(QStringLiteral("invoice_id")));
        if (!invoiceId) {
            errors.add(QStringLiteral("invoice_id"), QStringLiteral("The invoice id must be an integer."));
        }
    }
    const DateWindow window = readDateWindow(r, errors);
    if (!errors.isEmpty()) {
        return c.profile.validation(errors.errors());
    }
    std::vector<const SandboxRefund*> matches;
    const auto& all = c.store.refunds();
    for (auto it = all.crbegin(); it != all.crend(); ++it) { // newest first
        if ((!statuses.isEmpty() && !statuses.contains(it->status)) || (invoiceId && it->invoiceId != *invoiceId)
            || !window.contains(it->createdAt)) {
            continue;
        }
        matches.push_back(&*it);
    }
    std::stable_sort(matches.begin(), matches.end(),
        [](const SandboxRefund* a, const SandboxRefund* b) { return a->createdAt > b->createdAt; });
    const qsizetype total = qsizetype(matches.size());
    QJsonArray data;
    for (qsizetype i = paging.offset(); i < qMin(total, paging.offset() + paging.perPage); ++i) {
        data.append(c.json.refund(*matches[size_t(i)], true));
    }
    return SandboxResponse::json(200, c.profile.invoiceListEnvelope(data, paging.page, paging.perPage, total));
}

} // namespace apipay::sandbox
