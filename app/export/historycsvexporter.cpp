#include "export/historycsvexporter.h"

#include "store/historystore.h"

#include <QTimer>

namespace apipay {

HistoryCsvExporter::HistoryCsvExporter(HistoryStore* store, QString fileName, QTimeZone zone, QObject* parent)
    : PagedCsvExporter(nullptr, std::move(fileName), parent)
    , m_store(store)
    , m_zone(std::move(zone))
{
}

RequestId HistoryCsvExporter::requestPage(int page)
{
    // Answered from the event loop, like a request: the base class expects the page after this call returns.
    QTimer::singleShot(0, this, [this, page] {
        if (!m_store) {
            pageFailed(page, tr("The history on this computer is closed."));
            return;
        }
        readChunk(page, *m_store);
    });
    return 0;
}

} // namespace apipay
