#include "invoicecsvexporter.h"

#include "api/apiclient.h"

#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace apipay {

namespace {
constexpr int kPerPage = 100;
constexpr int kMaxPages = 10'000; // a guard against a server that always reports another page

QString plainMoney(const std::optional<Money>& money)
{
    return money ? money->toPlainString() : QString();
}

QString dateCell(const QDateTime& utc, const QTimeZone& zone)
{
    return utc.isValid() ? utc.toTimeZone(zone).toString(u"yyyy-MM-dd HH:mm:ss"_s) : QString();
}
} // namespace

InvoiceCsvExporter::InvoiceCsvExporter(ApiClient* api, InvoiceQuery query, QString fileName, QTimeZone zone,
                                       QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_query(std::move(query))
    , m_fileName(std::move(fileName))
    , m_zone(std::move(zone))
{
}

InvoiceCsvExporter::~InvoiceCsvExporter()
{
    if (m_running && m_request != 0) {
        m_api->cancel(m_request);
    }
}

QString InvoiceCsvExporter::csvCell(const QString& text)
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

QByteArray InvoiceCsvExporter::headerLine()
{
    const QStringList names = {u"id"_s,          u"created_at"_s,     u"status"_s,         u"amount"_s,
                               u"subtotal"_s,    u"discount_sum"_s,   u"total_refunded"_s, u"phone"_s,
                               u"client_name"_s, u"description"_s,    u"external_order_id"_s,
                               u"kaspi_invoice_id"_s, u"paid_at"_s,   u"error_message"_s};
    return names.join(u',').toUtf8() + "\r\n";
}

QByteArray InvoiceCsvExporter::csvLine(const Invoice& invoice, const QTimeZone& zone)
{
    const QStringList cells = {
        QString::number(invoice.id),
        dateCell(invoice.createdAt, zone),
        csvCell(invoice.status.raw()),
        plainMoney(invoice.amount),
        plainMoney(invoice.subtotal),
        plainMoney(invoice.discountSum),
        plainMoney(invoice.totalRefunded),
        csvCell(invoice.phone),
        csvCell(invoice.clientName),
        csvCell(invoice.description),
        csvCell(invoice.externalOrderId),
        csvCell(invoice.kaspiInvoiceId),
        dateCell(invoice.paidAt, zone),
        csvCell(invoice.errorMessage),
    };
    return cells.join(u',').toUtf8() + "\r\n";
}

void InvoiceCsvExporter::start()
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
    m_file->write(headerLine());
    requestPage(1);
}

void InvoiceCsvExporter::cancel()
{
    if (!m_running) {
        return;
    }
    m_running = false;
    if (m_request != 0) {
        m_api->cancel(m_request);
        m_request = 0;
    }
    if (m_file) {
        m_file->cancelWriting();
        m_file.reset();
    }
    Q_EMIT cancelled();
}

void InvoiceCsvExporter::fail(const QString& message)
{
    m_running = false;
    if (m_file) {
        m_file->cancelWriting();
        m_file.reset();
    }
    Q_EMIT failed(message);
}

void InvoiceCsvExporter::requestPage(int page)
{
    InvoiceQuery query = m_query;
    query.page = page;
    query.perPage = kPerPage;
    m_request = m_api->listInvoices(query, this, [this, page](const ApiResult<apipay::Page<Invoice>>& result) {
        m_request = 0;
        if (!m_running) {
            return; // cancelled meanwhile
        }
        if (!result.ok()) {
            fail(tr("Export stopped at page %1: %2").arg(page).arg(result.error.userText()));
            return;
        }
        for (const Invoice& invoice : result.value.items) {
            m_file->write(csvLine(invoice, m_zone));
            ++m_rows;
        }
        Q_EMIT progress(m_rows, result.value.total.value_or(-1));
        if (result.value.hasMore() && !result.value.items.isEmpty() && page < kMaxPages) {
            requestPage(page + 1);
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
    });
}

} // namespace apipay
