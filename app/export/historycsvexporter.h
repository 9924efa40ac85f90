#pragma once

#include "export/pagedcsvexporter.h"

#include <QPointer>
#include <QTimeZone>

namespace apipay {

class HistoryStore;

// What every CSV export from the history on this computer shares: no request is made (so it works offline and spends
// nothing of the request budget); each chunk is read from the store in its own turn of the event loop, as a page's
// answer would arrive, so that the window stays responsive and Cancel works. Subclasses read one chunk
// (HistoryInvoiceCsvExporter, HistoryRefundCsvExporter); paging and the file are PagedCsvExporter's.
class HistoryCsvExporter : public PagedCsvExporter
{
    Q_OBJECT
protected:
    HistoryCsvExporter(HistoryStore* store, QString fileName, QTimeZone zone, QObject* parent);

    RequestId requestPage(int page) final;
    // Reads chunk `page` (from 1) and ends in pageArrived() or pageFailed().
    virtual void readChunk(int page, HistoryStore& store) = 0;
    const QTimeZone& zone() const { return m_zone; }

private:
    QPointer<HistoryStore> m_store;
    QTimeZone m_zone;
};

} // namespace apipay
