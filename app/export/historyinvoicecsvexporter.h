#pragma once

#include "export/historycsvexporter.h"
#include "store/historyquery.h"

namespace apipay {

// Exports the invoices of a history query — what the invoices page lists over the history on this computer, its
// search, filters and order included — from the store (the server's list would take one request per 100 invoices).
// The rows are read kRowsPerChunk at a time; a row the history sync changes while the export runs may be written as
// it was before or after the change. Same columns as InvoiceCsvExporter.
class HistoryInvoiceCsvExporter : public HistoryCsvExporter
{
    Q_OBJECT
public:
    static constexpr int kRowsPerChunk = 1000;

    HistoryInvoiceCsvExporter(
        HistoryStore* store, HistoryQuery query, QString fileName, QTimeZone zone, QObject* parent = nullptr);

protected:
    QByteArray headerBytes() const override;
    void readChunk(int page, HistoryStore& store) override;

private:
    HistoryQuery m_query;
    qint64 m_total = -1; // counted for the first chunk (the progress bar's end)
};

} // namespace apipay
