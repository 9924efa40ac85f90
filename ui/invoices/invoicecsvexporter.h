#pragma once

#include "api/apiresult.h"
#include "domain/invoice.h"
#include "domain/requests.h"

#include <QObject>
#include <QTimeZone>

#include <memory>

class QSaveFile;

namespace apipay {

class ApiClient;

// Exports every invoice of a query (all pages, 100 per request) to a CSV file for Excel: UTF-8 with BOM, comma
// separated, RFC 4180 quoting, money as plain "15000.00", dates as "yyyy-MM-dd HH:mm:ss" in `zone`. Written through
// QSaveFile: the target file appears only when every page arrived; cancel() or an error leaves it untouched.
class InvoiceCsvExporter : public QObject
{
    Q_OBJECT
public:
    InvoiceCsvExporter(ApiClient* api, InvoiceQuery query, QString fileName, QTimeZone zone,
                       QObject* parent = nullptr);
    ~InvoiceCsvExporter() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }

    // One CSV line (with "\r\n") for an invoice, and the header line. Text cells that a spreadsheet would read as a
    // formula (=, +, -, @) are prefixed with an apostrophe.
    static QByteArray headerLine();
    static QByteArray csvLine(const Invoice& invoice, const QTimeZone& zone);
    static QString csvCell(const QString& text);

Q_SIGNALS:
    // rowsWritten so far; total when the server reported it (else -1).
    void progress(qint64 rowsWritten, qint64 total);
    void finished(qint64 rowsWritten);
    void failed(const QString& message);
    void cancelled();

private:
    void requestPage(int page);
    void fail(const QString& message);

    ApiClient* m_api;
    InvoiceQuery m_query;
    QString m_fileName;
    QTimeZone m_zone;
    std::unique_ptr<QSaveFile> m_file;
    RequestId m_request = 0;
    qint64 m_rows = 0;
    bool m_running = false;
};

} // namespace apipay
