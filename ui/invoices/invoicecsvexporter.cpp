#include "invoicecsvexporter.h"

#include "api/apiclient.h"

using namespace Qt::StringLiterals;

namespace apipay {

InvoiceCsvExporter::InvoiceCsvExporter(ApiClient* api, InvoiceQuery query, QString fileName, QTimeZone zone,
                                       QObject* parent)
    : PagedCsvExporter(api, std::move(fileName), parent)
    , m_query(std::move(query))
    , m_zone(std::move(zone))
{
}

QByteArray InvoiceCsvExporter::headerLine()
{
    const QStringList names = {u"id"_s,          u"created_at"_s,     u"status"_s,         u"amount"_s,
                               u"subtotal"_s,    u"discount_sum"_s,   u"total_refunded"_s, u"phone"_s,
                               u"client_name"_s, u"description"_s,    u"external_order_id"_s,
                               u"kaspi_invoice_id"_s, u"paid_at"_s,   u"error_message"_s};
    return joinLine(names);
}

QByteArray InvoiceCsvExporter::csvLine(const Invoice& invoice, const QTimeZone& zone)
{
    const QStringList cells = {
        QString::number(invoice.id),
        dateCell(invoice.createdAt, zone),
        csvCell(invoice.status.raw()),
        plainMoney(invoice.amount),
        plainMoney(invoice.subtotal),
        plainMoney(invoice.discountSum),
        plainMoney(invoice.totalRefunded),
        csvCell(invoice.phone),
        csvCell(invoice.clientName),
        csvCell(invoice.description),
        csvCell(invoice.externalOrderId),
        csvCell(invoice.kaspiInvoiceId),
        dateCell(invoice.paidAt, zone),
        csvCell(invoice.errorMessage),
    };
    return joinLine(cells);
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
