#include "export/invoicecsvexporter.h"

#include "api/apiclient.h"
#include "export/csvformat.h"

using namespace Qt::StringLiterals;

namespace apipay {

InvoiceCsvExporter::InvoiceCsvExporter(
    ApiClient* api, InvoiceQuery query, QString fileName, QTimeZone zone, QObject* parent)
    : PagedCsvExporter(api, std::move(fileName), parent)
    , m_query(std::move(query))
    , m_zone(std::move(zone))
{
}

QByteArray InvoiceCsvExporter::headerLine()
{
    const QStringList names = { u"id"_s, u"created_at"_s, u"status"_s, u"amount"_s, u"subtotal"_s, u"discount_sum"_s,
        u"total_refunded"_s, u"phone"_s, u"client_name"_s, u"description"_s, u"external_order_id"_s,
        u"kaspi_invoice_id"_s, u"paid_at"_s, u"error_message"_s };
    return csv::line(names);
}

QByteArray InvoiceCsvExporter::csvLine(const Invoice& invoice, const QTimeZone& zone)
{
    const QStringList cells = {
        QString::number(invoice.id),
        csv::dateCell(invoice.createdAt, zone),
        csv::cell(invoice.status.raw()),
        csv::plainMoney(invoice.amount),
        csv::plainMoney(invoice.subtotal),
        csv::plainMoney(invoice.discountSum),
        csv::plainMoney(invoice.totalRefunded),
        csv::cell(invoice.phone),
        csv::cell(invoice.clientName),
        csv::cell(invoice.description),
        csv::cell(invoice.externalOrderId),
        csv::cell(invoice.kaspiInvoiceId),
        csv::dateCell(invoice.paidAt, zone),
        csv::cell(invoice.errorMessage),
    };
    return csv::line(cells);
}

RequestId InvoiceCsvExporter::requestPage(int page)
{
    InvoiceQuery query = m_query;
    query.page = page;
    query.perPage = kPerPage;
    return api()->listInvoices(query, this, [this, page](const ApiResult<apipay::Page<Invoice>>& result) {
        if (!result.ok()) {
            pageFailed(page, result.error);
            return;
        }
        QByteArrayList lines;
        lines.reserve(result.value.items.size());
        for (const Invoice& invoice : result.value.items) {
            lines.append(csvLine(invoice, m_zone));
        }
        pageArrived(page, lines, result.value.total, result.value.hasMore());
    });
}

} // namespace apipay
