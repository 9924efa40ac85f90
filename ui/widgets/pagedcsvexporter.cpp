#include "pagedcsvexporter.h"

#include "api/apiclient.h"

#include <QSaveFile>

using namespace Qt::StringLiterals;

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

QString PagedCsvExporter::csvCell(const QString& text)
{
    QString cell = text;
    if (!cell.isEmpty() && (cell.front() == u'=' || cell.front() == u'+' || cell.front() == u'-'
                            || cell.front() == u'@' || cell.front() == u'\t' || cell.front() == u'\r')) {
        cell.prepend(u'\'');
    }
    if (cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n') || cell.contains(u'\r')
        || cell.contains(u';')) {
        cell.replace(u"\""_s, u"\"\""_s);
        cell = u'"' + cell + u'"';
    }
    return cell;
}

QString PagedCsvExporter::plainMoney(const std::optional<Money>& money)
{
    return money ? money->toPlainString() : QString();
}

QString PagedCsvExporter::dateCell(const QDateTime& utc, const QTimeZone& zone)
{
    return utc.isValid() ? utc.toTimeZone(zone).toString(u"yyyy-MM-dd HH:mm:ss"_s) : QString();
}

QByteArray PagedCsvExporter::joinLine(const QStringList& cells)
{
    return cells.join(u',').toUtf8() + "\r\n";
}

void PagedCsvExporter::start()
{
    if (m_running) {
        return;
    }
    m_file = std::make_unique<QSaveFile>(m_fileName);
    if (!m_file->open(QIODevice::WriteOnly)) {
        const QString reason = m_file->errorString();
        m_file.reset();
        Q_EMIT failed(tr("Cannot write %1: %2").arg(m_fileName, reason));
        return;
    }
    m_running = true;
    m_rows = 0;
    m_file->write("\xEF\xBB\xBF"); // UTF-8 BOM: Excel then reads the file as UTF-8
    m_file->write(headerBytes());
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
    if (m_file) {
        m_file->cancelWriting();
        m_file.reset();
    }
    Q_EMIT cancelled();
}

void PagedCsvExporter::fetch(int page)
{
    m_request = requestPage(page);
}

void PagedCsvExporter::fail(const QString& message)
{
    m_running = false;
    if (m_file) {
        m_file->cancelWriting();
        m_file.reset();
    }
    Q_EMIT failed(message);
}

void PagedCsvExporter::pageFailed(int page, const ApiError& error)
{
    m_request = 0;
    if (!m_running) {
        return; // cancelled meanwhile
    }
    fail(tr("Export stopped at page %1: %2").arg(page).arg(error.userText()));
}

void PagedCsvExporter::pageArrived(int page, const QByteArrayList& lines, std::optional<qint64> total, bool hasMore)
{
    m_request = 0;
    if (!m_running) {
        return; // cancelled meanwhile
    }
    for (const QByteArray& line : lines) {
        m_file->write(line);
    }
    m_rows += lines.size();
    Q_EMIT progress(m_rows, total.value_or(-1));
    if (hasMore && !lines.isEmpty() && page < kMaxPages) {
        fetch(page + 1);
        return;
    }
    m_running = false;
    if (!m_file->commit()) {
        const QString reason = m_file->errorString();
        m_file.reset();
        Q_EMIT failed(tr("Cannot write %1: %2").arg(m_fileName, reason));
        return;
    }
    m_file.reset();
    Q_EMIT finished(m_rows);
}

} // namespace apipay
