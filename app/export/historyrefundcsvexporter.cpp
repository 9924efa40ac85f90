#include "export/historyrefundcsvexporter.h"

#include "export/refundcsvexporter.h"
#include "store/historystore.h"

namespace apipay {

HistoryRefundCsvExporter::HistoryRefundCsvExporter(
    HistoryStore* store, RefundHistoryQuery query, QString fileName, QTimeZone zone, QObject* parent)
    : HistoryCsvExporter(store, std::move(fileName), std::move(zone), parent)
    , m_query(std::move(query))
{
    m_query.limit = 0; // every row of the filter, not the page the view shows
    m_query.offset = 0;
}

QByteArray HistoryRefundCsvExporter::headerBytes() const
{
    return RefundCsvExporter::headerLine();
}

void HistoryRefundCsvExporter::readChunk(int page, HistoryStore& store)
{
    if (!m_rows) {
        StoreResult<QList<Refund>> read = store.findRefunds(m_query);
        if (!read.ok()) {
            pageFailed(page, read.error());
            return;
        }
        const StoreStatus items = store.attachRefundItems(read.value());
        if (!items.ok()) {
            pageFailed(page, items.error());
            return;
        }
        m_rows = std::move(read.value());
    }
    const qsizetype total = m_rows->size();
    const qsizetype first = qsizetype(page - 1) * kRowsPerChunk;
    const qsizetype end = std::min(total, first + kRowsPerChunk);
    QByteArrayList lines;
    lines.reserve(std::max<qsizetype>(0, end - first));
    for (qsizetype n = first; n < end; ++n) {
        lines.append(RefundCsvExporter::csvLine(m_rows->at(n), zone()));
    }
    pageArrived(page, lines, total, end < total);
}

} // namespace apipay
