// Invoices: create/detail, list, status check, cancel (docs/api-contract.md, T1–T3, T5–T11).
#include "json/decoderparts.h"
#include "json/pagedecoder.h"

namespace apipay::json {

namespace detail {

namespace {

using L1 = QLatin1StringView;

void decodeInvoiceItem(QJsonValueConstRef value, qint64 index, Invoice& owner)
{
    const QString path = QStringLiteral("items.") + QString::number(index);
    if (!value.isObject()) {
        owner.unreadableFields.append(path);
        return;
    }
    const QJsonObject object = value.toObject();
    InvoiceItem item;
    FieldReader r(owner.unreadableFields, path + u'.');
    for (auto it = object.constBegin(), end = object.constEnd(); it != end; ++it) {
        const QString k = it.key();
        const QJsonValueConstRef x = it.value();
        if (k == L1("id")) {
            r.int64(x, k, item.id);
        } else if (k == L1("catalog_item_id")) {
            r.int64(x, k, item.catalogItemId);
        } else if (k == L1("name")) {
            r.text(x, k, item.name);
        } else if (k == L1("price")) {
            r.money(x, k, item.price);
        } else if (k == L1("original_price")) {
            r.money(x, k, item.originalPrice);
        } else if (k == L1("count")) {
            r.int64(x, k, item.count);
        } else if (k == L1("unit_id")) {
            r.int64(x, k, item.unitId);
        } else if (k == L1("barcode")) {
            r.text(x, k, item.barcode);
        }
    }
    owner.items.append(std::move(item));
}

// "10" / 10 / "10.00" → 10
void readPercentage(FieldReader& r, QJsonValueConstRef x, const QString& k, std::optional<int>& out)
{
    if (x.isNull()) {
        return;
    }
    qint64 whole = 0;
    if (toInt64(x, whole) && whole >= 0 && whole <= 100) {
        out = static_cast<int>(whole);
        return;
    }
    const std::optional<Money> asMoney = toMoney(x);
    if (asMoney && asMoney->isWholeTenge() && asMoney->tiyn() <= 100'00) {
        out = static_cast<int>(asMoney->tiyn() / 100);
        return;
    }
    r.markUnreadable(k);
}

bool decodeStatusUpdate(const QJsonObject& object, const JsonPath& path, InvoiceStatusUpdate& out, QString& error)
{
    QStringList ignored; // InvoiceStatusUpdate has no unreadable list: unreadable optional keys stay empty
    FieldReader r(ignored);
    for (auto it = object.constBegin(), end = object.constEnd(); it != end; ++it) {
        const QString k = it.key();
        const QJsonValueConstRef x = it.value();
        if (k == L1("status")) {
            r.status(x, k, out.status);
        } else if (k == L1("kaspi_invoice_id")) {
            r.text(x, k, out.kaspiInvoiceId);
        } else if (k == L1("amount")) {
            r.money(x, k, out.amount);
        } else if (k == L1("error_message")) {
            r.text(x, k, out.errorMessage);
        } else if (k == L1("error_code")) {
            r.text(x, k, out.errorCode);
        } else if (k == L1("updated_at")) {
            r.dateTime(x, k, out.updatedAt);
        }
    }
    return requireId(object, path, out.id, error);
}

} // namespace

bool requireId(const QJsonObject& object, const JsonPath& path, qint64& out, QString& error)
{
    return requireId(member(object, L1("id")), path, out, error);
}

bool requireId(const std::optional<QJsonValueConstRef>& id, const JsonPath& path, qint64& out, QString& error)
{
    if (!id || !toInt64(*id, out)) {
        error = path.child(L1("id")).toErrorField();
        return false;
    }
    return true;
}

QJsonObject unwrap(
    const QJsonObject& object, std::initializer_list<QLatin1StringView> wrappers, QLatin1StringView& usedWrapper)
{
    usedWrapper = {};
    if (object.contains(L1("id"))) {
        return object;
    }
    for (const QLatin1StringView w : wrappers) {
        if (const auto inner = member(object, w); inner && inner->isObject()) {
            usedWrapper = w;
            return inner->toObject();
        }
    }
    return object;
}

bool decodeInvoice(const QJsonObject& object, const JsonPath& path, Invoice& out, QString& error)
{
    FieldReader r(out.unreadableFields);
    std::optional<QJsonValueConstRef> id;
    int phoneRank = 0;
    int urlRank = 0;
    for (auto it = object.constBegin(), end = object.constEnd(); it != end; ++it) {
        const QString k = it.key();
        const QJsonValueConstRef x = it.value();
        if (k == L1("id")) {
            id.emplace(x);
        } else if (k == L1("amount")) {
            r.money(x, k, out.amount);
        } else if (k == L1("status")) {
            r.status(x, k, out.status);
        } else if (k == L1("created_at")) {
            r.dateTime(x, k, out.createdAt);
        } else if (k == L1("phone_number")) {
            r.phone(x, k, 3, out.phone, phoneRank);
        } else if (k == L1("phone")) {
            r.phone(x, k, 2, out.phone, phoneRank);
        } else if (k == L1("client_phone")) {
            r.phone(x, k, 1, out.phone, phoneRank);
        } else if (k == L1("description")) {
            r.text(x, k, out.description);
        } else if (k == L1("external_order_id")) {
            r.text(x, k, out.externalOrderId);
        } else if (k == L1("kaspi_invoice_id")) {
            r.text(x, k, out.kaspiInvoiceId);
        } else if (k == L1("expires_at")) {
            r.dateTime(x, k, out.expiresAt);
        } else if (k == L1("paid_at")) {
            r.dateTime(x, k, out.paidAt);
        } else if (k == L1("is_qr_token")) {
            r.boolean(x, k, out.isQrToken);
        } else if (k == L1("qr_token_url")) {
            r.text(x, k, out.qrTokenUrl);
        } else if (k == L1("qr_image_url")) {
            r.text(x, k, out.qrImageUrl);
        } else if (k == L1("qr_expires_at")) {
            r.dateTime(x, k, out.qrExpiresAt);
        } else if (k == L1("updated_at")) {
            r.dateTime(x, k, out.updatedAt);
        } else if (k == L1("is_sandbox")) {
            r.boolean(x, k, out.isSandbox);
        } else if (k == L1("is_recurring")) {
            r.boolean(x, k, out.isRecurring);
        } else if (k == L1("client_name")) {
            r.text(x, k, out.clientName);
        } else if (k == L1("client_comment")) {
            r.text(x, k, out.clientComment.emplace()); // present, even null: the row is shown
        } else if (k == L1("internal_comment")) {
            r.text(x, k, out.internalComment.emplace());
        } else if (k == L1("error_message")) {
            r.text(x, k, out.errorMessage);
        } else if (k == L1("error_code")) {
            r.text(x, k, out.errorCode);
        } else if (k == L1("subtotal")) {
            r.money(x, k, out.subtotal);
        } else if (k == L1("discount_sum")) {
            r.money(x, k, out.discountSum);
        } else if (k == L1("discount_percentage")) {
            readPercentage(r, x, k, out.discountPercentage);
        } else if (k == L1("total_refunded")) {
            r.money(x, k, out.totalRefunded);
        } else if (k == L1("is_fully_refunded")) {
            r.boolean(x, k, out.isFullyRefunded);
        } else if (k == L1("available_for_refund")) {
            r.money(x, k, out.availableForRefund);
        } else if (k == L1("pending_refund_amount")) {
            r.money(x, k, out.pendingRefundAmount);
        } else if (k == L1("payment_url") || k == L1("kaspi_qr_link")) {
            // payment_url wins over kaspi_qr_link
            const int rank = k == L1("payment_url") ? 2 : 1;
            QString url;
            r.text(x, k, url);
            if (!url.isEmpty() && rank > urlRank) {
                out.paymentUrl = url;
                urlRank = rank;
            }
        } else if (k == L1("items")) {
            if (x.isNull()) {
                continue;
            }
            if (!x.isArray()) {
                r.markUnreadable(k);
                continue;
            }
            const QJsonArray list = x.toArray();
            out.items.reserve(list.size());
            qint64 index = 0;
            for (const QJsonValueConstRef item : list) {
                decodeInvoiceItem(item, index++, out);
            }
        }
    }
    return requireId(id, path, out.id, error);
}

} // namespace detail

using namespace detail;

Decoded<Invoice> invoice(const QByteArray& body)
{
    Decoded<Invoice> result;
    QJsonDocument json;
    if (!parseBody(body, json, result.errorField)) {
        return result;
    }
    if (!json.isObject()) {
        result.errorField = QStringLiteral("<root>");
        return result;
    }
    QLatin1StringView wrapper;
    const QJsonObject object = unwrap(json.object(), { L1("invoice"), L1("data") }, wrapper);
    const JsonPath root;
    if (!decodeInvoice(object, wrapper.isEmpty() ? root : root.child(wrapper), result.value, result.errorField)) {
        result.value = {};
    } else {
        logUnreadable("invoice", result.value.unreadableFields, 1);
    }
    return result;
}

Decoded<Invoice> invoiceObject(const QJsonValue& value, const QString& path)
{
    Decoded<Invoice> result;
    const JsonPath root { nullptr, {}, -1, &path };
    if (!value.isObject()) {
        result.errorField = root.toErrorField();
    } else if (!decodeInvoice(value.toObject(), root, result.value, result.errorField)) {
        result.value = {};
    }
    return result;
}

Decoded<Page<Invoice>> invoicePage(const QByteArray& body, int requestedPerPage)
{
    return decodePage<Invoice>("GET /invoices", body, requestedPerPage, &decodeInvoice);
}

Decoded<StatusCheckResult> statusCheck(const QByteArray& body)
{
    Decoded<StatusCheckResult> result;
    QJsonDocument json;
    if (!parseBody(body, json, result.errorField)) {
        return result;
    }
    if (!json.isObject()) {
        result.errorField = QStringLiteral("<root>");
        return result;
    }
    const QJsonObject root = json.object();
    const auto list = present(root, L1("invoices"));
    if (!list) {
        // March 2026 form {"message": "Status check jobs dispatched", "count": 3}: no statuses to read.
        if (root.contains(L1("count")) || root.contains(L1("message"))) {
            result.value.dispatchedOnly = true;
        } else {
            result.errorField = QStringLiteral("invoices");
        }
        return result;
    }
    if (!list->isArray()) {
        result.errorField = QStringLiteral("invoices");
        return result;
    }
    const JsonPath rootPath;
    const JsonPath listPath = rootPath.child(L1("invoices"));
    if (!decodeList(list->toArray(), listPath, result.value.invoices, result.errorField, &decodeStatusUpdate)) {
        result.value = {};
    }
    return result;
}

Decoded<CancelResult> cancelResult(const QByteArray& body, int httpStatus)
{
    Decoded<CancelResult> result;
    QJsonDocument json;
    if (!parseBody(body, json, result.errorField)) {
        return result;
    }
    if (!json.isObject()) {
        result.errorField = QStringLiteral("<root>");
        return result;
    }
    const QJsonObject root = json.object();
    CancelResult& out = result.value;
    out.queued = httpStatus == 202;
    if (const auto message = present(root, L1("message"))) {
        toText(*message, out.message);
    }
    if (const auto invoiceValue = member(root, L1("invoice")); invoiceValue && invoiceValue->isObject()) {
        Invoice inv;
        const JsonPath rootPath;
        if (!decodeInvoice(invoiceValue->toObject(), rootPath.child(L1("invoice")), inv, result.errorField)) {
            result.value = {};
            return result;
        }
        out.invoiceId = inv.id;
        out.invoice = std::move(inv);
        return result;
    }
    const auto idValue = member(root, L1("invoice_id"));
    if (!idValue || !toInt64(*idValue, out.invoiceId)) {
        result.value = {};
        result.errorField = QStringLiteral("invoice_id");
    }
    return result;
}

} // namespace apipay::json
