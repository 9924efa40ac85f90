#pragma once

#include "api/apiresult.h"
#include "export/csvfilewriter.h"

#include <QByteArrayList>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace apipay {

class ApiClient;

// Exports every row of a paginated list (100 per request, one page after the other) to a CSV file for Excel
// (cells and lines: export/csvformat.h; the file: CsvFileWriter). The file appears only when every page arrived;
// cancel() or an error leaves any file of that name untouched. Subclasses name the columns and fetch one page
// (InvoiceCsvExporter, RefundCsvExporter; HistoryCsvExporter and its subclasses read the history on this computer, with
// a null ApiClient). The file dialog and the messages belong to the page that starts it.
class PagedCsvExporter : public QObject
{
    Q_OBJECT
public:
    ~PagedCsvExporter() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    QString fileName() const { return m_fileName; }

Q_SIGNALS:
    // rowsWritten so far; total when the server reported it (else -1).
    void progress(qint64 rowsWritten, qint64 total);
    void finished(qint64 rowsWritten);
    // `message` is a translated sentence for the user.
    void failed(const QString& message);
    void cancelled();

protected:
    static constexpr int kPerPage = 100;

    PagedCsvExporter(ApiClient* api, QString fileName, QObject* parent);
    ApiClient* api() const;

    virtual QByteArray headerBytes() const = 0;
    // Sends the request for one page; its answer must end in pageArrived() or pageFailed().
    virtual RequestId requestPage(int page) = 0;
    void pageArrived(int page, const QByteArrayList& lines, std::optional<qint64> total, bool hasMore);
    void pageFailed(int page, const ApiError& error);
    // `reason` is a translated sentence (a source other than the API).
    void pageFailed(int page, const QString& reason);

private:
    void fetch(int page);
    void fail(const QString& message);

    QPointer<ApiClient> m_api;
    QString m_fileName;
    std::unique_ptr<CsvFileWriter> m_file;
    RequestId m_request = 0;
    qint64 m_rows = 0;
    bool m_running = false;
};

} // namespace apipay
