#include "json/invoicestatsdecoder.h"

#include "json/fieldreader.h"
#include "json/jsonreader.h"

namespace apipay::json {

using namespace detail;

namespace {

QLatin1StringView L1(const char* text)
{
    return QLatin1StringView(text);
}

// A part of the summary: an object {count, amount, …} or a bare count.
void readPart(QJsonValueConstRef v,
    const QString& key,
    SummaryPart& out,
    QStringList& unreadable,
    std::optional<Money>* refundedLater = nullptr)
{
    if (v.type() == QJsonValue::Null) {
        return;
    }
    if (v.type() != QJsonValue::Object) {
        FieldReader(unreadable, QStringLiteral("summary.")).int64(v, key, out.count);
        return;
    }
    FieldReader inner(unreadable, QStringLiteral("summary.") + key + QLatin1Char('.'));
    const QJsonObject o = v.toObject();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QString k = it.key();
        if (k == L1("count")) {
            inner.int64(*it, k, out.count);
        } else if (k == L1("amount")) {
            inner.money(*it, k, out.amount);
        } else if (refundedLater && k == L1("refunded_later")) {
            inner.money(*it, k, *refundedLater);
        }
    }
}

} // namespace

Decoded<InvoiceStats> invoiceStats(const QByteArray& body)
{
    Decoded<InvoiceStats> result;
    QJsonDocument json;
    if (!parseBody(body, json, result.errorField)) {
        return result;
    }
    if (!json.isObject()) {
        result.errorField = QStringLiteral("<root>");
        return result;
    }
    InvoiceStats& s = result.value;
    FieldReader r(s.unreadableFields);
    const QJsonObject o = json.object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QString k = it.key();
        if (k == L1("total_invoices")) {
            r.int64(*it, k, s.totalInvoices);
        } else if (k == L1("paid_invoices")) {
            r.int64(*it, k, s.paidInvoices);
        } else if (k == L1("pending_invoices")) {
            r.int64(*it, k, s.pendingInvoices);
        } else if (k == L1("cancelled_invoices")) {
            r.int64(*it, k, s.cancelledInvoices);
        } else if (k == L1("expired_invoices")) {
            r.int64(*it, k, s.expiredInvoices);
        } else if (k == L1("total_amount")) {
            r.money(*it, k, s.totalAmount);
        } else if (k == L1("paid_amount")) {
            r.money(*it, k, s.paidAmount);
        } else if (k == L1("pending_amount")) {
            r.money(*it, k, s.pendingAmount);
        } else if (k == L1("cancelled_amount")) {
            r.money(*it, k, s.cancelledAmount);
        } else if (k == L1("expired_amount")) {
            r.money(*it, k, s.expiredAmount);
        } else if (k == L1("conversion_rate")) {
            r.text(*it, k, s.conversionRate);
        } else if (k == L1("period") && it->isObject()) {
            FieldReader p(s.unreadableFields, QStringLiteral("period."));
            const QJsonObject period = it->toObject();
            for (auto pit = period.constBegin(); pit != period.constEnd(); ++pit) {
                if (pit.key() == L1("start")) {
                    p.dateTime(*pit, pit.key(), s.periodStart);
                } else if (pit.key() == L1("end")) {
                    p.dateTime(*pit, pit.key(), s.periodEnd);
                }
            }
        }
    }
    return result;
}

Decoded<std::optional<InvoiceListSummary>> invoiceListSummary(const QByteArray& body)
{
    Decoded<std::optional<InvoiceListSummary>> result;
    QJsonDocument json;
    if (!parseBody(body, json, result.errorField)) {
        return result;
    }
    if (!json.isObject()) {
        result.errorField = QStringLiteral("<root>");
        return result;
    }
    const QJsonValue summary = json.object().value(L1("summary"));
    if (!summary.isObject()) {
        return result; // no summary: the server does not know with_summary
    }
    InvoiceListSummary& s = result.value.emplace();
    QStringList& unreadable = s.unreadableFields;
    FieldReader r(unreadable, QStringLiteral("summary."));
    const QJsonObject o = summary.toObject();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QString k = it.key();
        if (k == L1("count")) {
            r.int64(*it, k, s.count);
        } else if (k == L1("sales")) {
            readPart(*it, k, s.sales, unreadable, &s.salesRefundedLater);
        } else if (k == L1("refunds")) {
            readPart(*it, k, s.refunds, unreadable);
        } else if (k == L1("net_amount")) {
            r.money(*it, k, s.netAmount);
        } else if (k == L1("cancelled")) {
            readPart(*it, k, s.cancelled, unreadable);
        } else if (k == L1("expired")) {
            readPart(*it, k, s.expired, unreadable);
        } else if (k == L1("pending")) {
            readPart(*it, k, s.pending, unreadable);
        } else if (k == L1("period") && it->isObject()) {
            FieldReader p(unreadable, QStringLiteral("summary.period."));
            const QJsonObject period = it->toObject();
            for (auto pit = period.constBegin(); pit != period.constEnd(); ++pit) {
                if (pit.key() == L1("from")) {
                    p.text(*pit, pit.key(), s.periodFrom);
                } else if (pit.key() == L1("to")) {
                    p.text(*pit, pit.key(), s.periodTo);
                } else if (pit.key() == L1("field")) {
                    p.text(*pit, pit.key(), s.periodField);
                }
            }
        }
    }
    return result;
}

} // namespace apipay::json
