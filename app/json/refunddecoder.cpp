// Refunds: refund answer, refunds of one invoice, all refunds (docs/api-contract.md).
#include "json/decoderparts.h"
#include "json/pagedecoder.h"

namespace apipay::json {

namespace detail {

namespace {

using L1 = QLatin1StringView;

void decodeRefundItem(QJsonValueConstRef value, qint64 index, Refund& owner)
{
    const QString path = QStringLiteral("items.") + QString::number(index);
    if (!value.isObject()) {
        owner.unreadableFields.append(path);
        return;
    }
    const QJsonObject object = value.toObject();
    RefundItem item;
    FieldReader r(owner.unreadableFields, path + u'.');
    for (auto it = object.constBegin(), end = object.constEnd(); it != end; ++it) {
        const QString k = it.key();
        const QJsonValueConstRef x = it.value();
        if (k == L1("id")) {
            r.int64(x, k, item.id);
        } else if (k == L1("invoice_item_id")) {
            r.int64(x, k, item.invoiceItemId);
        } else if (k == L1("catalog_item_id")) {
            r.int64(x, k, item.catalogItemId);
        } else if (k == L1("name")) {
            r.text(x, k, item.name);
        } else if (k == L1("price")) {
            r.money(x, k, item.price);
        } else if (k == L1("count")) {
            r.int64(x, k, item.count);
        } else if (k == L1("amount")) {
            r.money(x, k, item.amount);
        }
    }
    owner.items.append(std::move(item));
}

} // namespace

void decodeRefundSummary(
    const QJsonObject& object, RefundInvoiceSummary& out, QStringList& unreadable, const QString& prefix)
{
    FieldReader r(unreadable, prefix);
    for (auto it = object.constBegin(), end = object.constEnd(); it != end; ++it) {
        const QString k = it.key();
        const QJsonValueConstRef x = it.value();
        if (k == L1("id")) {
            r.int64(x, k, out.id);
        } else if (k == L1("external_order_id")) {
            r.text(x, k, out.externalOrderId);
        } else if (k == L1("amount")) {
            r.money(x, k, out.amount);
        } else if (k == L1("total_refunded")) {
            r.money(x, k, out.totalRefunded);
        } else if (k == L1("available_for_refund")) {
            r.money(x, k, out.availableForRefund);
        } else if (k == L1("pending_refund_amount")) {
            r.money(x, k, out.pendingRefundAmount);
        } else if (k == L1("is_fully_refunded")) {
            r.boolean(x, k, out.isFullyRefunded);
        } else if (k == L1("status")) {
            r.word(x, k, out.status);
        } else if (k == L1("kaspi_invoice_id")) {
            r.text(x, k, out.kaspiInvoiceId);
        }
    }
}

bool decodeRefund(const QJsonObject& object, const JsonPath& path, Refund& out, QString& error)
{
    FieldReader r(out.unreadableFields);
    for (auto it = object.constBegin(), end = object.constEnd(); it != end; ++it) {
        const QString k = it.key();
        const QJsonValueConstRef x = it.value();
        if (k == L1("invoice_id")) {
            r.int64(x, k, out.invoiceId);
        } else if (k == L1("amount")) {
            r.money(x, k, out.amount);
        } else if (k == L1("status")) {
            r.word(x, k, out.status);
        } else if (k == L1("reason")) {
            r.text(x, k, out.reason);
        } else if (k == L1("kaspi_refund_id")) {
            r.text(x, k, out.kaspiRefundId);
        } else if (k == L1("kaspi_status")) {
            r.word(x, k, out.kaspiStatus);
        } else if (k == L1("initiated_by")) {
            r.word(x, k, out.initiatedBy);
        } else if (k == L1("error_message")) {
            r.text(x, k, out.errorMessage);
        } else if (k == L1("error_code")) {
            r.text(x, k, out.errorCode);
        } else if (k == L1("created_at")) {
            r.dateTime(x, k, out.createdAt);
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
                decodeRefundItem(item, index++, out);
            }
        } else if (k == L1("invoice")) {
            if (x.isNull()) {
                continue;
            }
            if (!x.isObject()) {
                r.markUnreadable(k);
                continue;
            }
            RefundInvoiceSummary summary;
            decodeRefundSummary(x.toObject(), summary, out.unreadableFields, QStringLiteral("invoice."));
            out.invoice = std::move(summary);
        }
    }
    if (!requireId(object, path, out.id, error)) {
        return false;
    }
    if (out.invoiceId == 0 && out.invoice) {
        out.invoiceId = out.invoice->id;
    }
    return true;
}

} // namespace detail

using namespace detail;

Decoded<Refund> refundObject(const QJsonValue& value, const QString& path)
{
    Decoded<Refund> result;
    const JsonPath root { nullptr, {}, -1, &path };
    if (!value.isObject()) {
        result.errorField = root.toErrorField();
    } else if (!decodeRefund(value.toObject(), root, result.value, result.errorField)) {
        result.value = {};
    }
    return result;
}

Decoded<RefundResult> refundResult(const QByteArray& body)
{
    Decoded<RefundResult> result;
    QJsonDocument json;
    if (!parseBody(body, json, result.errorField)) {
        return result;
    }
    if (!json.isObject()) {
        result.errorField = QStringLiteral("<root>");
        return result;
    }
    const QJsonObject root = json.object();
    RefundResult& out = result.value;
    const JsonPath rootPath;
    const auto refund = member(root, L1("refund"));
    const bool wrapped = refund && refund->isObject();
    const bool flat = !wrapped && root.contains(L1("id"));
    if (!wrapped && !flat) {
        result.errorField = QStringLiteral("refund");
        return result;
    }
    if (!decodeRefund(wrapped ? refund->toObject() : root, wrapped ? rootPath.child(L1("refund")) : rootPath,
            out.refund, result.errorField)) {
        result.value = {};
        return result;
    }
    if (const auto message = present(root, L1("message"))) {
        toText(*message, out.message);
    }
    if (flat) {
        out.invoice = out.refund.invoice;
    } else if (const auto invoice = present(root, L1("invoice"))) {
        if (invoice->isObject()) {
            RefundInvoiceSummary summary;
            decodeRefundSummary(invoice->toObject(), summary, out.refund.unreadableFields, QStringLiteral("invoice."));
            out.invoice = std::move(summary);
        } else {
            out.refund.unreadableFields.append(QStringLiteral("invoice"));
        }
    }
    logUnreadable("refund answer", out.refund.unreadableFields, 1);
    return result;
}

Decoded<InvoiceRefunds> invoiceRefunds(const QByteArray& body)
{
    Decoded<InvoiceRefunds> result;
    QJsonDocument json;
    if (!parseBody(body, json, result.errorField)) {
        return result;
    }
    if (!json.isObject()) {
        result.errorField = QStringLiteral("<root>");
        return result;
    }
    const QJsonObject root = json.object();
    InvoiceRefunds& out = result.value;
    if (const auto invoice = present(root, L1("invoice"))) {
        if (!invoice->isObject()) {
            result.errorField = QStringLiteral("invoice");
            return result;
        }
        QStringList ignored; // the summary has no unreadable list; unreadable keys stay empty
        decodeRefundSummary(invoice->toObject(), out.invoice, ignored, {});
    }
    const auto refundsKey = present(root, L1("refunds"));
    const auto list = refundsKey ? refundsKey : present(root, L1("data"));
    if (list && !list->isArray()) {
        result.value = {};
        result.errorField = QStringLiteral("refunds");
        return result;
    }
    const JsonPath rootPath;
    const JsonPath listPath = rootPath.child(L1("refunds"));
    if (list && !decodeList(list->toArray(), listPath, out.refunds, result.errorField, &decodeRefund)) {
        result.value = {};
        return result;
    }
    for (Refund& refund : out.refunds) {
        if (refund.invoiceId == 0) {
            refund.invoiceId = out.invoice.id;
        }
    }
    qint64 total = 0;
    const auto totalValue = member(root, L1("total"));
    out.total = totalValue && toInt64(*totalValue, total) ? total : out.refunds.size();
    return result;
}

Decoded<Page<Refund>> refundPage(const QByteArray& body, int requestedPerPage)
{
    return decodePage<Refund>("GET /refunds", body, requestedPerPage, &decodeRefund);
}

} // namespace apipay::json
