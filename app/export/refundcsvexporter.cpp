#include "export/refundcsvexporter.h"

#include "api/apiclient.h"
#include "export/csvformat.h"

using namespace Qt::StringLiterals;

namespace apipay {

namespace {
QString itemsCell(const QList<RefundItem>& items)
{
    QStringList parts;
    for (const RefundItem& item : items) {
        parts.append(item.name + u" × "_s + QString::number(item.count));
    }
    return parts.join(u"; "_s);
}
} // namespace

RefundCsvExporter::RefundCsvExporter(
    ApiClient* api, RefundQuery query, QString fileName, QTimeZone zone, QObject* parent)
    : PagedCsvExporter(api, std::move(fileName), parent)
    , m_query(std::move(query))
    , m_zone(std::move(zone))
{
}

QByteArray RefundCsvExporter::headerLine()
{
    const QStringList names = { u"id"_s, u"created_at"_s, u"invoice_id"_s, u"external_order_id"_s, u"amount"_s,
        u"status"_s, u"reason"_s, u"initiated_by"_s, u"kaspi_refund_id"_s, u"error_message"_s, u"invoice_amount"_s,
        u"invoice_total_refunded"_s, u"items"_s };
    return csv::line(names);
}

QByteArray RefundCsvExporter::csvLine(const Refund& refund, const QTimeZone& zone)
{
    const RefundInvoiceSummary invoice = refund.invoice.value_or(RefundInvoiceSummary {});
    const QStringList cells = {
        QString::number(refund.id),
        csv::dateCell(refund.createdAt, zone),
        QString::number(refund.invoiceId),
        csv::cell(invoice.externalOrderId),
        csv::plainMoney(refund.amount),
        csv::cell(refund.status),
        csv::cell(refund.reason),
        csv::cell(refund.initiatedBy),
        csv::cell(refund.kaspiRefundId),
        csv::cell(refund.errorMessage),
        csv::plainMoney(invoice.amount),
        csv::plainMoney(invoice.totalRefunded),
        csv::cell(itemsCell(refund.items)),
    };
    return csv::line(cells);
}

RequestId RefundCsvExporter::requestPage(int page)
{
    RefundQuery query = m_query;
    query.page = page;
    query.perPage = kPerPage;
    return api()->listRefunds(query, this, [this, page](const ApiResult<apipay::Page<Refund>>& result) {
        if (!result.ok()) {
            pageFailed(page, result.error);
            return;
        }
        QByteArrayList lines;
        lines.reserve(result.value.items.size());
        for (const Refund& refund : result.value.items) {
            lines.append(csvLine(refund, m_zone));
        }
        pageArrived(page, lines, result.value.total, result.value.hasMore());
    });
}

} // namespace apipay
