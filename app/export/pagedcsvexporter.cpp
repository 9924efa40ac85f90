#include "export/pagedcsvexporter.h"

#include "api/apiclient.h"

namespace apipay {

namespace {
constexpr int kMaxPages = 10'000; // a guard against a server that always reports another page
}

PagedCsvExporter::PagedCsvExporter(ApiClient* api, QString fileName, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_fileName(std::move(fileName))
{
}

PagedCsvExporter::~PagedCsvExporter()
{
    if (m_running && m_request != 0 && m_api) {
        m_running = false; // the cancelled call's answer is then ignored
        m_api->cancel(m_request);
    }
}

ApiClient* PagedCsvExporter::api() const
{
    return m_api;
}

void PagedCsvExporter::start()
{
    if (m_running) {
        return;
    }
    m_file = std::make_unique<CsvFileWriter>(m_fileName);
    if (!m_file->open(headerBytes())) {
        const QString reason = m_file->errorString();
        m_file.reset();
        Q_EMIT failed(tr("Cannot write %1: %2").arg(m_fileName, reason));
        return;
    }
    m_running = true;
    m_rows = 0;
    fetch(1);
}

void PagedCsvExporter::cancel()
{
    if (!m_running) {
        return;
    }
    m_running = false;
    if (m_request != 0 && m_api) {
        m_api->cancel(m_request);
    }
    m_request = 0;
    m_file.reset(); // abandons what was written
    Q_EMIT cancelled();
}

void PagedCsvExporter::fetch(int page)
{
    m_request = requestPage(page);
}

void PagedCsvExporter::fail(const QString& message)
{
    m_running = false;
    m_file.reset();
    Q_EMIT failed(message);
}

void PagedCsvExporter::pageFailed(int page, const ApiError& error)
{
    pageFailed(page, error.userText());
}

void PagedCsvExporter::pageFailed(int page, const QString& reason)
{
    m_request = 0;
    if (!m_running) {
        return; // cancelled meanwhile
    }
    fail(tr("Export stopped at page %1: %2").arg(page).arg(reason));
}

void PagedCsvExporter::pageArrived(int page, const QByteArrayList& lines, std::optional<qint64> total, bool hasMore)
{
    m_request = 0;
    if (!m_running) {
        return; // cancelled meanwhile
    }
    m_file->writeLines(lines);
    m_rows += lines.size();
    Q_EMIT progress(m_rows, total.value_or(-1));
    if (hasMore && !lines.isEmpty() && page < kMaxPages) {
        fetch(page + 1);
        return;
    }
    m_running = false;
    const bool committed = m_file->commit();
    const QString reason = m_file->errorString();
    m_file.reset();
    if (!committed) {
        Q_EMIT failed(tr("Cannot write %1: %2").arg(m_fileName, reason));
        return;
    }
    Q_EMIT finished(m_rows);
}

} // namespace apipay
