#include "export/historyinvoicecsvexporter.h"

#include "export/invoicecsvexporter.h"
#include "store/historystore.h"

namespace apipay {

HistoryInvoiceCsvExporter::HistoryInvoiceCsvExporter(
    HistoryStore* store, HistoryQuery query, QString fileName, QTimeZone zone, QObject* parent)
    : HistoryCsvExporter(store, std::move(fileName), std::move(zone), parent)
    , m_query(std::move(query))
{
    m_query.limit = kRowsPerChunk;
}

QByteArray HistoryInvoiceCsvExporter::headerBytes() const
{
    return InvoiceCsvExporter::headerLine();
}

void HistoryInvoiceCsvExporter::readChunk(int page, HistoryStore& store)
{
    if (m_total < 0) {
        const StoreResult<qint64> count = store.countInvoices(m_query);
        if (!count.ok()) {
            pageFailed(page, count.error());
            return;
        }
        m_total = count.value();
    }
    HistoryQuery chunk = m_query;
    chunk.offset = (page - 1) * kRowsPerChunk;
    const StoreResult<QList<Invoice>> rows = store.findInvoices(chunk);
    if (!rows.ok()) {
        pageFailed(page, rows.error());
        return;
    }
    QByteArrayList lines;
    lines.reserve(rows.value().size());
    for (const Invoice& invoice : rows.value()) {
        lines.append(InvoiceCsvExporter::csvLine(invoice, zone()));
    }
    pageArrived(page, lines, m_total, rows.value().size() == kRowsPerChunk);
}

} // namespace apipay
