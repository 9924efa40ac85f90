#pragma once

#include "domain/invoice.h"
#include "domain/requests.h"
#include "export/pagedcsvexporter.h"

#include <QTimeZone>

namespace apipay {

// Exports every invoice of a query to CSV (all pages; paging and the file in PagedCsvExporter), dates in `zone`.
// No column holds a link: a receipt link carries a secret and must never end up in a file.
class InvoiceCsvExporter : public PagedCsvExporter
{
    Q_OBJECT
public:
    InvoiceCsvExporter(ApiClient* api, InvoiceQuery query, QString fileName, QTimeZone zone, QObject* parent = nullptr);

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
