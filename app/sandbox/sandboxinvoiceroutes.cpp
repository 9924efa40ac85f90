#include "sandboxinvoiceroutes.h"

#include "sandboxnotestatsroutes.h"

#include <QJsonArray>
#include <cmath>

#include <algorithm>
#include <limits>

namespace apipay::sandbox {

namespace {

const QStringList kInvoiceStatuses = { QStringLiteral("processing"), QStringLiteral("pending"),
    QStringLiteral("cancelling"), QStringLiteral("paid"), QStringLiteral("cancelled"), QStringLiteral("expired"),
    QStringLiteral("error"), QStringLiteral("partially_refunded"), QStringLiteral("refunded") };

} // namespace

std::optional<SandboxResponse> SandboxInvoiceRoutes::handle(const SandboxRequest& r, RouteContext& c)
{
    const QStringList& s = r.segments;
    if (s.isEmpty() || s.first() != u"invoices") {
        return std::nullopt;
    }
    if (s.size() == 1) {
        if (r.method == "POST") {
            return create(r, c);
        }
        if (r.method == "GET") {
            return list(r, c);
        }
        return std::nullopt;
    }
    if (s.size() == 3 && s.at(1) == u"status" && s.at(2) == u"check" && r.method == "POST") {
        return statusCheck(r, c);
    }
    const auto id = idSegment(s.at(1));
    if (!id) {
        return std::nullopt;
    }
    if (s.size() == 2 && r.method == "GET") {
        return detail(*id, c);
    }
    if (s.size() == 3 && s.at(2) == u"cancel" && r.method == "POST") {
        return cancel(*id, c);
    }
    if (s.size() == 3 && s.at(2) == u"simulate-status" && r.method == "POST") {
        return simulateStatus(*id, r, c);
    }
    return std::nullopt;
}

void SandboxInvoiceRoutes::readAmountAndCart(
    const QJsonObject& o, RouteContext& c, SandboxInvoice& inv, FieldErrors& errors)
{
    const auto percent
        = errors.integer(o, QStringLiteral("discount_percentage"), QStringLiteral("discount_percentage"), 1, 99);
    const QJsonValue cart = o.value(QStringLiteral("cart_items"));
    if (!cart.isUndefined() && !cart.isNull() && !cart.isArray()) {
        errors.add(QStringLiteral("cart_items"), QStringLiteral("The cart items must be an array."));
    }
    if (cart.isArray() && !cart.toArray().isEmpty()) {
        readCart(cart.toArray(), c, inv, errors); // the cart wins over amount, as on the real server
    } else if (const auto amount = errors.money(o, QStringLiteral("amount"), QStringLiteral("amount"),
                   Money::invoiceMinimum(), Money::invoiceMaximum())) {
        inv.subtotal = *amount;
    } else if (!errors.has(QStringLiteral("amount"))) {
        errors.add(
            QStringLiteral("amount"), QStringLiteral("The amount field is required when cart items is not present."));
    }
    if (!errors.isEmpty()) {
        return;
    }
    inv.amount = inv.subtotal;
    if (percent) {
        inv.discountPercent = int(*percent);
        inv.discountSum = inv.subtotal.percentRoundedHalfUp(inv.discountPercent);
        inv.amount = inv.subtotal - inv.discountSum;
    }
    if (inv.amount < Money::invoiceMinimum() || inv.amount > Money::invoiceMaximum()) {
        errors.add(QStringLiteral("amount"), QStringLiteral("Amount must be between 0.01 and 99999999.99"));
    }
}

void SandboxInvoiceRoutes::readCart(const QJsonArray& cart, RouteContext& c, SandboxInvoice& inv, FieldErrors& errors)
{
    const int maxItems = c.profile.isV21() ? 100 : 1000;
    if (cart.size() > maxItems) {
        errors.add(QStringLiteral("cart_items"),
            QStringLiteral("The cart items may not have more than %1 items.").arg(maxItems));
        return;
    }
    Money subtotal;
    for (qsizetype i = 0; i < cart.size(); ++i) {
        const QString path = QStringLiteral("cart_items.%1").arg(i);
        if (!cart.at(i).isObject()) {
            errors.add(path, QStringLiteral("The %1 must be an object.").arg(path));
            continue;
        }
        const QJsonObject line = cart.at(i).toObject();
        const QString idPath = path + QStringLiteral(".catalog_item_id");
        const QString countPath = path + QStringLiteral(".count");
        const auto catalogId
            = errors.integer(line, QStringLiteral("catalog_item_id"), idPath, 1, std::numeric_limits<qint64>::max());
        const auto count = errors.integer(line, QStringLiteral("count"), countPath, 1, 1'000'000);
        const auto price = errors.money(line, QStringLiteral("price"), path + QStringLiteral(".price"),
            Money::invoiceMinimum(), Money::invoiceMaximum());
        if (!line.contains(QStringLiteral("catalog_item_id"))
            || line.value(QStringLiteral("catalog_item_id")).isNull()) {
            errors.required(idPath);
        }
        if (!line.contains(QStringLiteral("count")) || line.value(QStringLiteral("count")).isNull()) {
            errors.required(countPath);
        }
        const SandboxCatalogItem* item = catalogId ? c.store.catalogItem(*catalogId) : nullptr;
        if (catalogId && !item) {
            errors.add(idPath, QStringLiteral("The selected %1 is invalid.").arg(idPath));
        }
        if (!item || !count) {
            continue;
        }
        SandboxInvoiceItem invoiceItem;
        invoiceItem.catalogItemId = item->id;
        invoiceItem.name = item->name;
        invoiceItem.unitId = item->unitId;
        invoiceItem.count = *count;
        invoiceItem.price = price.value_or(item->sellingPrice);
        if (price && *price != item->sellingPrice) {
            invoiceItem.originalPrice = item->sellingPrice;
        }
        const auto lineTotal = Money::checkedMul(invoiceItem.price, invoiceItem.count);
        const auto sum = lineTotal ? Money::checkedAdd(subtotal, *lineTotal) : std::nullopt;
        if (!sum) {
            errors.add(countPath, QStringLiteral("The cart total is too large."));
            continue;
        }
        subtotal = *sum;
        inv.items.append(invoiceItem);
    }
    inv.subtotal = subtotal;
}

SandboxResponse SandboxInvoiceRoutes::create(const SandboxRequest& r, RouteContext& c)
{
    const auto body = r.jsonBody();
    if (!body) {
        return malformedJson(c.profile);
    }
    const QJsonObject& o = *body;
    FieldErrors errors;
    SandboxInvoice inv;
    if (const auto phone = errors.phone(o, QStringLiteral("phone_number"))) {
        inv.phone = *phone;
    }
    inv.description
        = errors.string(o, QStringLiteral("description"), QStringLiteral("description"), 500).value_or(QString());
    inv.externalOrderId
        = errors.string(o, QStringLiteral("external_order_id"), QStringLiteral("external_order_id"), 255)
              .value_or(QString());
    if (c.profile.isV21()) {
        inv.idempotencyKey = errors
                                 .string(o, QStringLiteral("external_order_id_idempotency"),
                                     QStringLiteral("external_order_id_idempotency"), 191)
                                 .value_or(QString());
        inv.internalComment
            = errors.string(o, QStringLiteral("internal_comment"), QStringLiteral("internal_comment"), 255)
                  .value_or(QString());
    }
    readAmountAndCart(o, c, inv, errors);
    if (!errors.isEmpty()) {
        return c.profile.validation(errors.errors());
    }
    if (!inv.idempotencyKey.isEmpty()) {
        if (SandboxInvoice* earlier = c.store.invoice(c.store.invoiceIdForIdempotencyKey(inv.idempotencyKey))) {
            const QString& st = earlier->status;
            if (st != u"expired" && st != u"cancelled" && st != u"error") {
                return c.profile.business(409, QStringLiteral("duplicate_idempotency_key"),
                    QStringLiteral("An invoice with this idempotency key already exists."),
                    QJsonObject {
                        { QStringLiteral("invoice_id"), earlier->id }, { QStringLiteral("status"), earlier->status } });
            }
        }
    }
    const QString key = inv.idempotencyKey;
    SandboxInvoice& stored = c.store.addInvoice(std::move(inv));
    if (!key.isEmpty()) {
        c.store.rememberIdempotencyKey(key, stored.id);
    }
    return SandboxResponse::json(201, c.json.invoiceCreated(stored));
}

SandboxResponse SandboxInvoiceRoutes::list(const SandboxRequest& r, RouteContext& c)
{
    FieldErrors errors;
    const Paging paging = readPaging(r, 10, 100, errors);
    const QString search = r.queryValue(QStringLiteral("search")).trimmed();
    if (search.size() > 100) {
        errors.add(QStringLiteral("search"), QStringLiteral("The search may not be greater than 100 characters."));
    }
    const QStringList statuses = r.queryValues(QStringLiteral("status"));
    for (qsizetype i = 0; i < statuses.size(); ++i) {
        if (!kInvoiceStatuses.contains(statuses.at(i))) {
            errors.add(QStringLiteral("status.%1").arg(i), QStringLiteral("The selected status is invalid."));
        }
    }
    const DateWindow window = readDateWindow(r, errors);
    // v2.1 date_field: the date window applies to created_at (default) or paid_at.
    const QString dateField = c.profile.isV21() ? r.queryValue(QStringLiteral("date_field")) : QString();
    if (!dateField.isEmpty() && dateField != u"created_at" && dateField != u"paid_at") {
        errors.add(QStringLiteral("date_field"), QStringLiteral("The selected date field is invalid."));
    }
    const bool byPaidAt = dateField == u"paid_at";
    QStringList sortKeys = { QStringLiteral("created_at"), QStringLiteral("id"), QStringLiteral("amount"),
        QStringLiteral("client_name"), QStringLiteral("status") };
    if (c.profile.isV21()) {
        sortKeys.append(QStringLiteral("paid_at"));
    }
    const QString sortBy = r.hasQuery(QStringLiteral("sort_by")) ? r.queryValue(QStringLiteral("sort_by"))
                                                                 : QStringLiteral("created_at");
    if (!sortKeys.contains(sortBy)) {
        errors.add(QStringLiteral("sort_by"), QStringLiteral("The selected sort by is invalid."));
    }
    const QString order = r.hasQuery(QStringLiteral("sort_order"))
        ? r.queryValue(QStringLiteral("sort_order")).toLower()
        : QStringLiteral("desc");
    if (order != u"asc" && order != u"desc") {
        errors.add(QStringLiteral("sort_order"), QStringLiteral("The selected sort order is invalid."));
    }
    if (!errors.isEmpty()) {
        return c.profile.validation(errors.errors());
    }
    bool searchIsId = false;
    const qint64 searchId = search.toLongLong(&searchIsId);
    std::vector<const SandboxInvoice*> matches;
    matches.reserve(c.store.invoices().size());
    for (const auto& inv : c.store.invoices()) {
        if (!statuses.isEmpty() && !statuses.contains(c.json.status(inv))) {
            continue;
        }
        if (!window.contains(byPaidAt ? inv.paidAt : inv.createdAt)
            || (byPaidAt && !inv.paidAt.isValid() && (window.from.isValid() || window.to.isValid()))) {
            continue;
        }
        if (!search.isEmpty() && !(searchIsId && inv.id == searchId)
            && !inv.description.contains(search, Qt::CaseInsensitive)
            && !inv.externalOrderId.contains(search, Qt::CaseInsensitive)
            && !(c.profile.isV21() && inv.internalComment.contains(search, Qt::CaseInsensitive))) {
            continue;
        }
        matches.push_back(&inv);
    }
    const bool asc = order == u"asc";
    enum class Key { CreatedAt, Id, Amount, ClientName, Status, PaidAt };
    const Key key = sortBy == u"id" ? Key::Id
        : sortBy == u"amount"       ? Key::Amount
        : sortBy == u"client_name"  ? Key::ClientName
        : sortBy == u"status"       ? Key::Status
        : sortBy == u"paid_at"      ? Key::PaidAt
                                    : Key::CreatedAt;
    // Numeric keys are computed once per row (QDateTime comparisons are comparatively slow at 200 000 rows).
    struct Row
    {
        qint64 number;
        const SandboxInvoice* invoice;
    };
    std::vector<Row> rows;
    rows.reserve(matches.size());
    for (const SandboxInvoice* inv : matches) {
        qint64 number = 0;
        if (key == Key::CreatedAt) {
            number = inv->createdAt.toMSecsSinceEpoch();
        } else if (key == Key::PaidAt) {
            number = inv->paidAt.isValid() ? inv->paidAt.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
        } else if (key == Key::Amount) {
            number = inv->amount.tiyn();
        }
        rows.push_back(Row { number, inv });
    }
    const auto less = [&](const Row& a, const Row& b) {
        int cmp = 0;
        if (key == Key::ClientName) {
            cmp = a.invoice->clientName.compare(b.invoice->clientName);
        } else if (key == Key::Status) {
            cmp = a.invoice->status.compare(b.invoice->status);
        } else if (key != Key::Id) {
            cmp = a.number < b.number ? -1 : (a.number > b.number ? 1 : 0);
        }
        if (cmp == 0) {
            cmp = a.invoice->id < b.invoice->id ? -1 : (a.invoice->id > b.invoice->id ? 1 : 0);
        }
        return asc ? cmp < 0 : cmp > 0;
    };
    const qsizetype total = qsizetype(matches.size());
    const qsizetype begin = qMin(paging.offset(), total);
    const qsizetype end = qMin(begin + paging.perPage, total);
    std::partial_sort(rows.begin(), rows.begin() + end, rows.end(), less);
    QJsonArray data;
    for (qsizetype i = begin; i < end; ++i) {
        data.append(c.json.invoiceListItem(*rows[size_t(i)].invoice));
    }
    QJsonObject envelope = c.profile.invoiceListEnvelope(data, paging.page, paging.perPage, total);
    const QString withSummary = r.queryValue(QStringLiteral("with_summary"));
    if (c.profile.isV21() && (withSummary == u"1" || withSummary == u"true")) {
        envelope.insert(QStringLiteral("summary"),
            SandboxNoteStatsRoutes::listSummary(matches, window, r.queryValue(QStringLiteral("date_from")),
                r.queryValue(QStringLiteral("date_to")),
                byPaidAt ? QStringLiteral("paid_at") : QStringLiteral("created_at"), c));
    }
    return SandboxResponse::json(200, envelope);
}

SandboxResponse SandboxInvoiceRoutes::detail(qint64 id, RouteContext& c)
{
    const SandboxInvoice* inv = c.store.invoice(id);
    if (!inv) {
        return c.profile.notFound(QStringLiteral("Invoice"));
    }
    return SandboxResponse::json(200, c.json.invoiceDetail(*inv));
}

SandboxResponse SandboxInvoiceRoutes::cancel(qint64 id, RouteContext& c)
{
    SandboxInvoice* inv = c.store.invoice(id);
    if (!inv) {
        return c.profile.notFound(QStringLiteral("Invoice"));
    }
    if (inv->status != u"pending" && inv->status != u"processing") {
        return c.profile.business(400, QStringLiteral("invoice_not_cancellable"),
            QStringLiteral("Invoice cannot be cancelled"),
            QJsonObject { { QStringLiteral("current_status"), inv->status } });
    }
    if (c.store.settings().asyncCancel) {
        inv->dueAt = c.store.now().addMSecs(c.store.settings().processingDelayMs);
        c.store.setInvoiceStatus(*inv, QStringLiteral("cancelling"));
        return SandboxResponse::json(202,
            QJsonObject { { QStringLiteral("message"), QStringLiteral("Invoice cancellation queued") },
                { QStringLiteral("invoice_id"), inv->id } });
    }
    c.store.setInvoiceStatus(*inv, QStringLiteral("cancelled"));
    if (c.profile.isV21()) {
        return SandboxResponse::json(200,
            QJsonObject { { QStringLiteral("message"), QStringLiteral("Invoice cancelled") },
                { QStringLiteral("invoice"), c.json.invoiceDetail(*inv) } });
    }
    return SandboxResponse::json(200,
        QJsonObject { { QStringLiteral("message"), QStringLiteral("Invoice cancelled successfully") },
            { QStringLiteral("invoice"),
                QJsonObject { { QStringLiteral("id"), inv->id }, { QStringLiteral("status"), inv->status } } } });
}

SandboxResponse SandboxInvoiceRoutes::statusCheck(const SandboxRequest& r, RouteContext& c)
{
    const auto body = r.jsonBody();
    if (!body) {
        return malformedJson(c.profile);
    }
    FieldErrors errors;
    const QJsonValue idsValue = body->value(QStringLiteral("invoice_ids"));
    const QJsonArray ids = idsValue.toArray();
    if (!idsValue.isArray() || ids.isEmpty()) {
        errors.required(QStringLiteral("invoice_ids"));
    } else if (ids.size() > 100) {
        errors.add(QStringLiteral("invoice_ids"), QStringLiteral("The invoice ids may not have more than 100 items."));
    }
    QJsonArray result;
    for (qsizetype i = 0; errors.isEmpty() && i < ids.size(); ++i) {
        const double d = ids.at(i).toDouble(-1);
        // Range first: converting a double outside qint64 (1e300) is undefined behaviour.
        if (!ids.at(i).isDouble() || !(d >= 1 && d <= 9.0e15) || d != double(qint64(d))) {
            errors.add(QStringLiteral("invoice_ids.%1").arg(i),
                QStringLiteral("The invoice_ids.%1 must be an integer.").arg(i));
        }
    }
    if (!errors.isEmpty()) {
        return c.profile.validation(errors.errors());
    }
    for (const QJsonValue& v : ids) {
        if (const SandboxInvoice* inv = c.store.invoice(qint64(v.toDouble()))) {
            result.append(c.json.invoiceStatusItem(*inv));
        }
    }
    return SandboxResponse::json(200, QJsonObject { { QStringLiteral("invoices"), result } });
}

SandboxResponse SandboxInvoiceRoutes::simulateStatus(qint64 id, const SandboxRequest& r, RouteContext& c)
{
    const auto body = r.jsonBody();
    if (!body) {
        return malformedJson(c.profile);
    }
    SandboxInvoice* inv = c.store.invoice(id);
    if (!inv) {
        return c.profile.notFound(QStringLiteral("Invoice"));
    }
    const QString target = body->value(QStringLiteral("status")).toString();
    static const QStringList allowed = { QStringLiteral("paid"), QStringLiteral("cancelled"), QStringLiteral("expired"),
        QStringLiteral("error"), QStringLiteral("qr_scanned") };
    if (!allowed.contains(target)) {
        FieldErrors errors;
        errors.add(QStringLiteral("status"), QStringLiteral("The selected status is invalid."));
        return c.profile.validation(errors.errors());
    }
    if (inv->status != u"pending") {
        return c.profile.business(400, QStringLiteral("invalid_status_transition"),
            QStringLiteral("Status can only be simulated for pending invoices."),
            QJsonObject { { QStringLiteral("current_status"), inv->status },
                { QStringLiteral("allowed_from"), QJsonArray { QStringLiteral("pending") } } },
            true);
    }
    if (target == u"error") {
        inv->errorMessage = body->value(QStringLiteral("error_message")).toString(QStringLiteral("Simulated error"));
        inv->errorCode = QStringLiteral("simulated_error");
    }
    if (target != u"qr_scanned") {
        c.store.setInvoiceStatus(*inv, target);
    }
    return SandboxResponse::json(200,
        QJsonObject { { QStringLiteral("message"), QStringLiteral("Invoice status updated") },
            { QStringLiteral("invoice"), c.json.invoiceDetail(*inv) } });
}

} // namespace apipay::sandbox
