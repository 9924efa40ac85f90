#pragma once

#include "domain/invoice.h"
#include "domain/requests.h"
#include "widgets/pagedcsvexporter.h"

#include <QTimeZone>

namespace apipay {

// Exports every invoice of a query to CSV (all pages; format and file handling in PagedCsvExporter), dates in `zone`.
class InvoiceCsvExporter : public PagedCsvExporter
{
    Q_OBJECT
public:
    InvoiceCsvExporter(ApiClient* api, InvoiceQuery query, QString fileName, QTimeZone zone,
                       QObject* parent = nullptr);

    // One CSV line (with "\r\n") for an invoice, and the header line.
    static QByteArray headerLine();
    static QByteArray csvLine(const Invoice& invoice, const QTimeZone& zone);

protected:
    QByteArray headerBytes() const override { return headerLine(); }
    RequestId requestPage(int page) override;

private:
    InvoiceQuery m_query;
    QTimeZone m_zone;
};

} // namespace apipay
