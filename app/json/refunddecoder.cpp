// Refunds: refund answer, refunds of one invoice, all refunds (docs/api-contract.md).
#include "json/decoderparts.h"
#include "json/pagedecoder.h"

namespace apipay::json {

namespace detail {

namespace {

void decodeRefundItem(const JsonTape& tape, quint32 v, qint64 index, Refund& owner)
{
    const QString path = QStringLiteral("items.") + QString::number(index);
    if (!tape.isObject(v)) {
        owner.unreadableFields.append(path);
        return;
    }
    RefundItem item;
    FieldReader r(tape, owner.unreadableFields, path + u'.');
    for (const JsonTape::Member m : tape.members(v)) {
        const std::string_view k = tape.key(m.key);
        const quint32 x = m.value;
        if (k == "id") {
            r.int64(x, k, item.id);
        } else if (k == "invoice_item_id") {
            r.int64(x, k, item.invoiceItemId);
        } else if (k == "catalog_item_id") {
            r.int64(x, k, item.catalogItemId);
        } else if (k == "name") {
            r.text(x, k, item.name);
        } else if (k == "price") {
            r.money(x, k, item.price);
        } else if (k == "count") {
            r.int64(x, k, item.count);
        } else if (k == "amount") {
            r.money(x, k, item.amount);
        }
    }
    owner.items.append(std::move(item));
}

} // namespace

void decodeRefundSummary(const JsonTape& tape, quint32 v, RefundInvoiceSummary& out, QStringList& unreadable,
                         const QString& prefix)
{
    FieldReader r(tape, unreadable, prefix);
    for (const JsonTape::Member m : tape.members(v)) {
        const std::string_view k = tape.key(m.key);
        const quint32 x = m.value;
        if (k == "id") {
            r.int64(x, k, out.id);
        } else if (k == "external_order_id") {
            r.text(x, k, out.externalOrderId);
        } else if (k == "amount") {
            r.money(x, k, out.amount);
        } else if (k == "total_refunded") {
            r.money(x, k, out.totalRefunded);
        } else if (k == "available_for_refund") {
            r.money(x, k, out.availableForRefund);
        } else if (k == "pending_refund_amount") {
            r.money(x, k, out.pendingRefundAmount);
        } else if (k == "is_fully_refunded") {
            r.boolean(x, k, out.isFullyRefunded);
        } else if (k == "status") {
            r.word(x, k, out.status);
        } else if (k == "kaspi_invoice_id") {
            r.text(x, k, out.kaspiInvoiceId);
        }
    }
}

bool decodeRefund(const JsonTape& tape, quint32 v, const JsonPath& path, Refund& out, QString& error)
{
    if (!tape.isObject(v)) {
        error = path.toErrorField();
        return false;
    }
    FieldReader r(tape, out.unreadableFields);
    quint32 id = JsonTape::npos;
    for (const JsonTape::Member m : tape.members(v)) {
        const std::string_view k = tape.key(m.key);
        const quint32 x = m.value;
        if (k == "id") {
            id = x;
        } else if (k == "invoice_id") {
            r.int64(x, k, out.invoiceId);
        } else if (k == "amount") {
            r.money(x, k, out.amount);
        } else if (k == "status") {
            r.word(x, k, out.status);
        } else if (k == "reason") {
            r.text(x, k, out.reason);
        } else if (k == "kaspi_refund_id") {
            r.text(x, k, out.kaspiRefundId);
        } else if (k == "kaspi_status") {
            r.word(x, k, out.kaspiStatus);
        } else if (k == "initiated_by") {
            r.word(x, k, out.initiatedBy);
        } else if (k == "error_message") {
            r.text(x, k, out.errorMessage);
        } else if (k == "error_code") {
            r.text(x, k, out.errorCode);
        } else if (k == "created_at") {
            r.dateTime(x, k, out.createdAt);
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
                decodeRefundItem(tape, item, index++, out);
            }
        } else if (k == "invoice") {
            if (tape.isNull(x)) {
                continue;
            }
            if (!tape.isObject(x)) {
                r.markUnreadable(k);
                continue;
            }
            RefundInvoiceSummary summary;
            decodeRefundSummary(tape, x, summary, out.unreadableFields, QStringLiteral("invoice."));
            out.invoice = std::move(summary);
        }
    }
    if (!requireId(tape, id, path, out.id, error)) {
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
    JsonTape tape;
    const JsonPath root{nullptr, {}, -1, &path};
    if (!parseValue(value, tape)) {
        result.errorField = root.toErrorField();
        return result;
    }
    if (!decodeRefund(tape, 1, root, result.value, result.errorField)) {
        result.value = {};
    }
    return result;
}

Decoded<RefundResult> refundResult(const QByteArray& body)
{
    Decoded<RefundResult> result;
    JsonTape tape;
    if (!parseBody(body, tape, result.errorField)) {
        return result;
    }
    if (!tape.isObject(0)) {
        result.errorField = QStringLiteral("<root>");
        return result;
    }
    RefundResult& out = result.value;
    const JsonPath root;
    const quint32 refund = tape.find(0, "refund");
    const bool flat = !tape.isObject(refund) && tape.find(0, "id") != JsonTape::npos;
    if (!flat && !tape.isObject(refund)) {
        result.errorField = QStringLiteral("refund");
        return result;
    }
    if (!decodeRefund(tape, flat ? 0 : refund, flat ? root : root.child("refund"), out.refund,
                      result.errorField)) {
        result.value = {};
        return result;
    }
    QStringList ignored;
    FieldReader r(tape, ignored);
    r.text(tape.find(0, "message"), "message", out.message);
    const quint32 invoice = tape.find(0, "invoice");
    if (!flat && tape.isObject(invoice)) {
        RefundInvoiceSummary summary;
        decodeRefundSummary(tape, invoice, summary, out.refund.unreadableFields, QStringLiteral("invoice."));
        out.invoice = std::move(summary);
    } else if (!flat && !tape.isNull(invoice)) {
        out.refund.unreadableFields.append(QStringLiteral("invoice"));
    } else if (flat && out.refund.invoice) {
        out.invoice = out.refund.invoice;
    }
    logUnreadable("refund answer", out.refund.unreadableFields, 1);
    return result;
}

Decoded<InvoiceRefunds> invoiceRefunds(const QByteArray& body)
{
    Decoded<InvoiceRefunds> result;
    JsonTape tape;
    if (!parseBody(body, tape, result.errorField)) {
        return result;
    }
    if (!tape.isObject(0)) {
        result.errorField = QStringLiteral("<root>");
        return result;
    }
    InvoiceRefunds& out = result.value;
    const quint32 invoice = tape.find(0, "invoice");
    if (tape.isObject(invoice)) {
        QStringList ignored; // the summary has no unreadable list; unreadable keys stay empty
        decodeRefundSummary(tape, invoice, out.invoice, ignored, {});
    } else if (!tape.isNull(invoice)) {
        result.errorField = QStringLiteral("invoice");
        return result;
    }
    quint32 list = tape.find(0, "refunds");
    if (tape.isNull(list)) {
        list = tape.find(0, "data");
    }
    const JsonPath root;
    const JsonPath listPath = root.child("refunds");
    if (!tape.isNull(list) && !tape.isArray(list)) {
        result.value = {};
        result.errorField = QStringLiteral("refunds");
        return result;
    }
    qint64 index = 0;
    for (const quint32 v : tape.elements(list)) {
        Refund refund;
        if (!decodeRefund(tape, v, listPath.child(index), refund, result.errorField)) {
            result.value = {};
            return result;
        }
        if (refund.invoiceId == 0) {
            refund.invoiceId = out.invoice.id;
        }
        out.refunds.append(std::move(refund));
        ++index;
    }
    qint64 total = 0;
    out.total = toInt64(tape, tape.find(0, "total"), total) ? total : out.refunds.size();
    return result;
}

Decoded<Page<Refund>> refundPage(const QByteArray& body, int requestedPerPage)
{
    return decodePage<Refund>("GET /refunds", body, requestedPerPage, &decodeRefund);
}

} // namespace apipay::json
