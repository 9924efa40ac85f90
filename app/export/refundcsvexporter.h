#pragma once

#include "domain/refund.h"
#include "domain/requests.h"
#include "export/pagedcsvexporter.h"

#include <QTimeZone>

namespace apipay {

// Exports every refund of a query to CSV (all pages; paging and the file in PagedCsvExporter), dates in `zone`.
class RefundCsvExporter : public PagedCsvExporter
{
    Q_OBJECT
public:
    RefundCsvExporter(ApiClient* api, RefundQuery query, QString fileName, QTimeZone zone, QObject* parent = nullptr);

    static QByteArray headerLine();
    static QByteArray csvLine(const Refund& refund, const QTimeZone& zone);

protected:
    QByteArray headerBytes() const override { return headerLine(); }
    RequestId requestPage(int page) override;

private:
    RefundQuery m_query;
    QTimeZone m_zone;
};

} // namespace apipay
