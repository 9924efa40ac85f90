#pragma once

#include "api/apiresult.h"
#include "money/money.h"

#include <QByteArrayList>
#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimeZone>

#include <memory>
#include <optional>

class QSaveFile;

namespace apipay {

class ApiClient;

// Exports every row of a paginated list (100 per request, one page after the other) to a CSV file for Excel: UTF-8
// with BOM, comma separated, RFC 4180 quoting, money as plain "15000.00", dates as "yyyy-MM-dd HH:mm:ss". Written
// through QSaveFile: the file appears only when every page arrived; cancel() or an error leaves it untouched.
// Subclasses name the columns and fetch one page (InvoiceCsvExporter, RefundCsvExporter).
class PagedCsvExporter : public QObject
{
    Q_OBJECT
public:
    ~PagedCsvExporter() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }

    // Quotes when needed; a cell a spreadsheet would read as a formula (=, +, -, @) gets a leading apostrophe.
    static QString csvCell(const QString& text);
    static QString plainMoney(const std::optional<Money>& money);
    static QString dateCell(const QDateTime& utc, const QTimeZone& zone);
    static QByteArray joinLine(const QStringList& cells);

Q_SIGNALS:
    // rowsWritten so far; total when the server reported it (else -1).
    void progress(qint64 rowsWritten, qint64 total);
    void finished(qint64 rowsWritten);
    void failed(const QString& message);
    void cancelled();

protected:
    static constexpr int kPerPage = 100;

    PagedCsvExporter(ApiClient* api, QString fileName, QObject* parent);
    ApiClient* api() const { return m_api; }

    virtual QByteArray headerBytes() const = 0;
    // Sends the request for one page; its answer must end in pageArrived() or pageFailed().
    virtual RequestId requestPage(int page) = 0;
    void pageArrived(int page, const QByteArrayList& lines, std::optional<qint64> total, bool hasMore);
    void pageFailed(int page, const ApiError& error);

private:
    void fetch(int page);
    void fail(const QString& message);

    QPointer<ApiClient> m_api;
    QString m_fileName;
    std::unique_ptr<QSaveFile> m_file;
    RequestId m_request = 0;
    qint64 m_rows = 0;
    bool m_running = false;
};

} // namespace apipay
