#include "export/historyrefundcsvexporter.h"

#include "export/refundcsvexporter.h"
#include "store/historystore.h"

#include <QTimer>

namespace apipay {

HistoryRefundCsvExporter::HistoryRefundCsvExporter(
    HistoryStore* store, RefundHistoryQuery query, QString fileName, QTimeZone zone, QObject* parent)
    : PagedCsvExporter(nullptr, std::move(fileName), parent)
    , m_store(store)
    , m_query(std::move(query))
    , m_zone(std::move(zone))
{
    m_query.limit = 0; // every row of the filter, not the page the view shows
    m_query.offset = 0;
}

QByteArray HistoryRefundCsvExporter::headerBytes() const
{
    return RefundCsvExporter::headerLine();
}

RequestId HistoryRefundCsvExporter::requestPage(int page)
{
    // Answered from the event loop, like a request: the base class expects the page after this call returns.
    QTimer::singleShot(0, this, [this, page] { writeChunk(page); });
    return 0;
}

void HistoryRefundCsvExporter::writeChunk(int page)
{
    if (!m_rows) {
        if (!m_store) {
            pageFailed(page, tr("The history on this computer is closed."));
            return;
        }
        StoreResult<QList<Refund>> read = m_store->findRefunds(m_query);
        if (!read.ok()) {
            pageFailed(page, read.error());
            return;
        }
        const StoreStatus items = m_store->attachRefundItems(read.value());
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
        lines.append(RefundCsvExporter::csvLine(m_rows->at(n), m_zone));
    }
    pageArrived(page, lines, total, end < total);
}

} // namespace apipay
