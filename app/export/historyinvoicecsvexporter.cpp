#include "export/historyinvoicecsvexporter.h"

#include "export/invoicecsvexporter.h"
#include "store/historystore.h"

#include <QTimer>

namespace apipay {

HistoryInvoiceCsvExporter::HistoryInvoiceCsvExporter(
    HistoryStore* store, HistoryQuery query, QString fileName, QTimeZone zone, QObject* parent)
    : PagedCsvExporter(nullptr, std::move(fileName), parent)
    , m_store(store)
    , m_query(std::move(query))
    , m_zone(std::move(zone))
{
    m_query.limit = kRowsPerChunk;
}

QByteArray HistoryInvoiceCsvExporter::headerBytes() const
{
    return InvoiceCsvExporter::headerLine();
}

RequestId HistoryInvoiceCsvExporter::requestPage(int page)
{
    // Answered from the event loop, like a request: the base class expects the page after this call returns.
    QTimer::singleShot(0, this, [this, page] { writeChunk(page); });
    return 0;
}

void HistoryInvoiceCsvExporter::writeChunk(int page)
{
    if (!m_store) {
        pageFailed(page, tr("The history on this computer is closed."));
        return;
    }
    if (m_total < 0) {
        const StoreResult<qint64> count = m_store->countInvoices(m_query);
        if (!count.ok()) {
            pageFailed(page, count.error());
            return;
        }
        m_total = count.value();
    }
    HistoryQuery chunk = m_query;
    chunk.offset = (page - 1) * kRowsPerChunk;
    const StoreResult<QList<Invoice>> rows = m_store->findInvoices(chunk);
    if (!rows.ok()) {
        pageFailed(page, rows.error());
        return;
    }
    QByteArrayList lines;
    lines.reserve(rows.value().size());
    for (const Invoice& invoice : rows.value()) {
        lines.append(InvoiceCsvExporter::csvLine(invoice, m_zone));
    }
    pageArrived(page, lines, m_total, rows.value().size() == kRowsPerChunk);
}

} // namespace apipay
