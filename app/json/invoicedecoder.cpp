// Invoices: create/detail, list, status check, cancel (docs/api-contract.md, T1–T3, T5–T11).
#include "json/decoderparts.h"
#include "json/pagedecoder.h"

namespace apipay::json {

namespace detail {

namespace {

void decodeInvoiceItem(const JsonTape& tape, quint32 v, qint64 index, Invoice& owner)
{
    const QString prefix = QStringLiteral("items.") + QString::number(index) + u'.';
    if (!tape.isObject(v)) {
        owner.unreadableFields.append(QStringLiteral("items.") + QString::number(index));
        return;
    }
    InvoiceItem item;
    FieldReader r(tape, owner.unreadableFields, prefix);
    for (const JsonTape::Member m : tape.members(v)) {
        const std::string_view k = tape.key(m.key);
        const quint32 x = m.value;
        if (k == "id") {
            r.int64(x, k, item.id);
        } else if (k == "catalog_item_id") {
            r.int64(x, k, item.catalogItemId);
        } else if (k == "name") {
            r.text(x, k, item.name);
        } else if (k == "price") {
            r.money(x, k, item.price);
        } else if (k == "original_price") {
            r.money(x, k, item.originalPrice);
        } else if (k == "count") {
            r.int64(x, k, item.count);
        } else if (k == "unit_id") {
            r.int64(x, k, item.unitId);
        } else if (k == "barcode") {
            r.text(x, k, item.barcode);
        }
    }
    owner.items.append(std::move(item));
}

// "10" / 10 / "10.00" → 10
void readPercentage(FieldReader& r, quint32 x, std::string_view k, std::optional<int>& out)
{
    const JsonTape& tape = r.tape();
    if (tape.isNull(x)) {
        return;
    }
    qint64 whole = 0;
    if (toInt64(tape, x, whole) && whole >= 0 && whole <= 100) {
        out = static_cast<int>(whole);
        return;
    }
    const std::optional<Money> asMoney = toMoney(tape, x);
    if (asMoney && asMoney->isWholeTenge() && asMoney->tiyn() <= 100'00) {
        out = static_cast<int>(asMoney->tiyn() / 100);
        return;
    }
    r.markUnreadable(k);
}

bool decodeStatusUpdate(const JsonTape& tape, quint32 v, const JsonPath& path, InvoiceStatusUpdate& out,
                        QString& error)
{
    if (!tape.isObject(v)) {
        error = path.toErrorField();
        return false;
    }
    QStringList ignored; // InvoiceStatusUpdate has no unreadable list: unreadable optional keys stay empty
    FieldReader r(tape, ignored);
    quint32 id = JsonTape::npos;
    for (const JsonTape::Member m : tape.members(v)) {
        const std::string_view k = tape.key(m.key);
        const quint32 x = m.value;
        if (k == "id") {
            id = x;
        } else if (k == "status") {
            r.status(x, k, out.status);
        } else if (k == "kaspi_invoice_id") {
            r.text(x, k, out.kaspiInvoiceId);
        } else if (k == "amount") {
            r.money(x, k, out.amount);
        } else if (k == "error_message") {
            r.text(x, k, out.errorMessage);
        } else if (k == "updated_at") {
            r.dateTime(x, k, out.updatedAt);
        }
    }
    return requireId(tape, id, path, out.id, error);
}

} // namespace

bool requireId(const JsonTape& tape, quint32 idValue, const JsonPath& path, qint64& out, QString& error)
{
    if (idValue == JsonTape::npos || !toInt64(tape, idValue, out)) {
        error = path.child("id").toErrorField();
        return false;
    }
    return true;
}

quint32 unwrap(const JsonTape& tape, quint32 v, std::initializer_list<std::string_view> wrappers,
               std::string_view& usedWrapper)
{
    usedWrapper = {};
    if (!tape.isObject(v)) {
        return JsonTape::npos;
    }
    if (tape.find(v, "id") != JsonTape::npos) {
        return v;
    }
    for (const std::string_view w : wrappers) {
        const quint32 inner = tape.find(v, w);
        if (tape.isObject(inner)) {
            usedWrapper = w;
            return inner;
        }
    }
    return v;
}

bool decodeInvoice(const JsonTape& tape, quint32 v, const JsonPath& path, Invoice& out, QString& error)
{
    if (!tape.isObject(v)) {
        error = path.toErrorField();
        return false;
    }
    FieldReader r(tape, out.unreadableFields);
    quint32 id = JsonTape::npos;
    int phoneRank = 0;
    int urlRank = 0;
    for (const JsonTape::Member m : tape.members(v)) {
        const std::string_view k = tape.key(m.key);
        const quint32 x = m.value;
        if (k == "id") {
            id = x;
        } else if (k == "amount") {
            r.money(x, k, out.amount);
        } else if (k == "status") {
            r.status(x, k, out.status);
        } else if (k == "created_at") {
            r.dateTime(x, k, out.createdAt);
        } else if (k == "phone_number") {
            r.phone(x, k, 3, out.phone, phoneRank);
        } else if (k == "phone") {
            r.phone(x, k, 2, out.phone, phoneRank);
        } else if (k == "client_phone") {
            r.phone(x, k, 1, out.phone, phoneRank);
        } else if (k == "description") {
            r.text(x, k, out.description);
        } else if (k == "external_order_id") {
            r.text(x, k, out.externalOrderId);
        } else if (k == "kaspi_invoice_id") {
            r.text(x, k, out.kaspiInvoiceId);
        } else if (k == "expires_at") {
            r.dateTime(x, k, out.expiresAt);
        } else if (k == "paid_at") {
            r.dateTime(x, k, out.paidAt);
        } else if (k == "updated_at") {
            r.dateTime(x, k, out.updatedAt);
        } else if (k == "is_sandbox") {
            r.boolean(x, k, out.isSandbox);
        } else if (k == "is_recurring") {
            r.boolean(x, k, out.isRecurring);
        } else if (k == "client_name") {
            r.text(x, k, out.clientName);
        } else if (k == "client_comment") {
            r.text(x, k, out.clientComment.emplace()); // present, even null: the row is shown
        } else if (k == "internal_comment") {
            r.text(x, k, out.internalComment.emplace());
        } else if (k == "error_message") {
            r.text(x, k, out.errorMessage);
        } else if (k == "error_code") {
            r.text(x, k, out.errorCode);
        } else if (k == "subtotal") {
            r.money(x, k, out.subtotal);
        } else if (k == "discount_sum") {
            r.money(x, k, out.discountSum);
        } else if (k == "discount_percentage") {
            readPercentage(r, x, k, out.discountPercentage);
        } else if (k == "total_refunded") {
            r.money(x, k, out.totalRefunded);
        } else if (k == "is_fully_refunded") {
            r.boolean(x, k, out.isFullyRefunded);
        } else if (k == "available_for_refund") {
            r.money(x, k, out.availableForRefund);
        } else if (k == "pending_refund_amount") {
            r.money(x, k, out.pendingRefundAmount);
        } else if (k == "payment_url" || k == "kaspi_qr_link") {
            // payment_url wins over kaspi_qr_link whatever their order
            const int rank = k == "payment_url" ? 2 : 1;
            QString url;
            r.text(x, k, url);
            if (!url.isEmpty() && rank > urlRank) {
                out.paymentUrl = url;
                urlRank = rank;
            }
        } else if (k == "items") {
            if (tape.isNull(x)) {
                continue;
            }
            if (!tape.isArray(x)) {
                r.markUnreadable(k);
                continue;
            }
            qint64 index = 0;
            for (const quint32 item : tape.elements(x)) {
                decodeInvoiceItem(tape, item, index++, out);
            }
        }
    }
    return requireId(tape, id, path, out.id, error);
}

} // namespace detail

using namespace detail;

Decoded<Invoice> invoice(const QByteArray& body)
{
    Decoded<Invoice> result;
    JsonTape tape;
    if (!parseBody(body, tape, result.errorField)) {
        return result;
    }
    std::string_view wrapper;
    const quint32 v = unwrap(tape, 0, {"invoice", "data"}, wrapper);
    const JsonPath root;
    const JsonPath inner = root.child(wrapper);
    if (!decodeInvoice(tape, v == JsonTape::npos ? 0 : v, wrapper.empty() ? root : inner, result.value,
                       result.errorField)) {
        result.value = {};
    } else {
        logUnreadable("invoice", result.value.unreadableFields, 1);
    }
    return result;
}

Decoded<Invoice> invoiceObject(const QJsonValue& value, const QString& path)
{
    Decoded<Invoice> result;
    JsonTape tape;
    const JsonPath root{nullptr, {}, -1, &path};
    if (!parseValue(value, tape)) {
        result.errorField = root.toErrorField();
        return result;
    }
    if (!decodeInvoice(tape, 1, root, result.value, result.errorField)) {
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
    JsonTape tape;
    if (!parseBody(body, tape, result.errorField)) {
        return result;
    }
    if (!tape.isObject(0)) {
        result.errorField = QStringLiteral("<root>");
        return result;
    }
    const quint32 list = tape.find(0, "invoices");
    if (tape.isNull(list)) {
        // March 2026 form {"message": "Status check jobs dispatched", "count": 3}: no statuses to read.
        if (tape.find(0, "count") != JsonTape::npos || tape.find(0, "message") != JsonTape::npos) {
            result.value.dispatchedOnly = true;
        } else {
            result.errorField = QStringLiteral("invoices");
        }
        return result;
    }
    if (!tape.isArray(list)) {
        result.errorField = QStringLiteral("invoices");
        return result;
    }
    const JsonPath root;
    const JsonPath listPath = root.child("invoices");
    qint64 index = 0;
    for (const quint32 v : tape.elements(list)) {
        InvoiceStatusUpdate update;
        if (!decodeStatusUpdate(tape, v, listPath.child(index), update, result.errorField)) {
            result.value = {};
            return result;
        }
        result.value.invoices.append(std::move(update));
        ++index;
    }
    return result;
}

Decoded<CancelResult> cancelResult(const QByteArray& body, int httpStatus)
{
    Decoded<CancelResult> result;
    JsonTape tape;
    if (!parseBody(body, tape, result.errorField)) {
        return result;
    }
    if (!tape.isObject(0)) {
        result.errorField = QStringLiteral("<root>");
        return result;
    }
    CancelResult& out = result.value;
    out.queued = httpStatus == 202;
    QStringList ignored;
    FieldReader r(tape, ignored);
    r.text(tape.find(0, "message"), "message", out.message);
    const quint32 invoiceValue = tape.find(0, "invoice");
    const JsonPath root;
    if (tape.isObject(invoiceValue)) {
        Invoice inv;
        if (!decodeInvoice(tape, invoiceValue, root.child("invoice"), inv, result.errorField)) {
            result.value = {};
            return result;
        }
        out.invoiceId = inv.id;
        out.invoice = std::move(inv);
        return result;
    }
    const quint32 idValue = tape.find(0, "invoice_id");
    if (idValue == JsonTape::npos || !toInt64(tape, idValue, out.invoiceId)) {
        result.value = {};
        result.errorField = QStringLiteral("invoice_id");
    }
    return result;
}

} // namespace apipay::json
