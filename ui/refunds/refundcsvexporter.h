#pragma once

#include "api/apiresult.h"
#include "domain/refund.h"
#include "domain/requests.h"

#include <QObject>
#include <QTimeZone>

#include <memory>

class QSaveFile;

namespace apipay {

class ApiClient;

// Exports every refund of a query (all pages, 100 per request) to a CSV file for Excel: UTF-8 with BOM, comma
// separated, RFC 4180 quoting, money as plain "5000.00", dates as "yyyy-MM-dd HH:mm:ss" in `zone`. Written through
// QSaveFile: the file appears only when every page arrived; cancel() or an error leaves an existing file untouched.
class RefundCsvExporter : public QObject
{
    Q_OBJECT
public:
    RefundCsvExporter(ApiClient* api, RefundQuery query, QString fileName, QTimeZone zone, QObject* parent = nullptr);
    ~RefundCsvExporter() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }

    static QByteArray headerLine();
    static QByteArray csvLine(const Refund& refund, const QTimeZone& zone);
    // Quotes when needed; a cell a spreadsheet would read as a formula (=, +, -, @) gets a leading apostrophe.
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
    RefundQuery m_query;
    QString m_fileName;
    QTimeZone m_zone;
    std::unique_ptr<QSaveFile> m_file;
    RequestId m_request = 0;
    qint64 m_rows = 0;
    bool m_running = false;
};

} // namespace apipay
