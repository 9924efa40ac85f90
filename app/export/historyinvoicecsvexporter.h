#pragma once

#include "export/pagedcsvexporter.h"
#include "store/historyquery.h"

#include <QPointer>
#include <QTimeZone>

namespace apipay {

class HistoryStore;

// Exports the invoices of a history query — what the invoices page lists over the history on this computer, its
// search, filters and order included — from the store: no request is made, so it works offline and spends nothing of
// the request budget (the server's list would take one request per 100 invoices). The rows are read and written
// kRowsPerChunk at a time, one chunk per turn of the event loop, so that the window stays responsive and Cancel
// works; a row the history sync changes while the export runs may be written as it was before or after the change.
// Same columns as InvoiceCsvExporter.
class HistoryInvoiceCsvExporter : public PagedCsvExporter
{
    Q_OBJECT
public:
    static constexpr int kRowsPerChunk = 1000;

    HistoryInvoiceCsvExporter(
        HistoryStore* store, HistoryQuery query, QString fileName, QTimeZone zone, QObject* parent = nullptr);

protected:
    QByteArray headerBytes() const override;
    RequestId requestPage(int page) override;

private:
    void writeChunk(int page);

    QPointer<HistoryStore> m_store;
    HistoryQuery m_query;
    QTimeZone m_zone;
    qint64 m_total = -1; // counted for the first chunk (the progress bar's end)
};

} // namespace apipay
