#pragma once

#include "domain/refund.h"
#include "export/pagedcsvexporter.h"
#include "store/historyquery.h"

#include <QPointer>
#include <QTimeZone>

#include <optional>

namespace apipay {

class HistoryStore;

// Exports the refunds of a history query — what the refund page lists, its search included — from the history on
// this computer: no request is made, so it works offline and spends nothing of the request budget. The rows are read
// once when the export starts (one consistent snapshot, items included) and written in chunks from the event loop,
// so that the window stays responsive and Cancel works. Same columns as RefundCsvExporter.
class HistoryRefundCsvExporter : public PagedCsvExporter
{
    Q_OBJECT
public:
    static constexpr int kRowsPerChunk = 500;

    HistoryRefundCsvExporter(
        HistoryStore* store, RefundHistoryQuery query, QString fileName, QTimeZone zone, QObject* parent = nullptr);

protected:
    QByteArray headerBytes() const override;
    RequestId requestPage(int page) override;

private:
    void writeChunk(int page);

    QPointer<HistoryStore> m_store;
    RefundHistoryQuery m_query;
    QTimeZone m_zone;
    std::optional<QList<Refund>> m_rows; // the snapshot, read for the first chunk
};

} // namespace apipay
