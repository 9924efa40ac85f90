#pragma once

#include "domain/refund.h"
#include "export/historycsvexporter.h"
#include "store/historyquery.h"

#include <optional>

namespace apipay {

// Exports the refunds of a history query — what the refund page lists, its search included — from the history on
// this computer. The rows are read once, at the first chunk (one consistent snapshot, returned items included), and
// written kRowsPerChunk at a time. Same columns as RefundCsvExporter.
class HistoryRefundCsvExporter : public HistoryCsvExporter
{
    Q_OBJECT
public:
    static constexpr int kRowsPerChunk = 500;

    HistoryRefundCsvExporter(
        HistoryStore* store, RefundHistoryQuery query, QString fileName, QTimeZone zone, QObject* parent = nullptr);

protected:
    QByteArray headerBytes() const override;
    void readChunk(int page, HistoryStore& store) override;

private:
    RefundHistoryQuery m_query;
    std::optional<QList<Refund>> m_rows; // the snapshot, read for the first chunk
};

} // namespace apipay
