#include "refunds/refundcsvexporter.h"

#include "api/apiclient.h"

#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace apipay {

namespace {
constexpr int kPerPage = 100;
constexpr int kMaxPages = 10'000; // guard against a server that always reports another page

QString plainMoney(const std::optional<Money>& money)
{
    return money ? money->toPlainString() : QString();
}

QString dateCell(const QDateTime& utc, const QTimeZone& zone)
{
    return utc.isValid() ? utc.toTimeZone(zone).toString(u"yyyy-MM-dd HH:mm:ss"_s) : QString();
}

QString itemsCell(const QList<RefundItem>& items)
{
    QStringList parts;
    for (const RefundItem& item : items) {
        parts.append(item.name + u" × "_s + QString::number(item.count));
    }
    return parts.join(u"; "_s);
}
} // namespace

RefundCsvExporter::RefundCsvExporter(ApiClient* api, RefundQuery query, QString fileName, QTimeZone zone,
                                     QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_query(std::move(query))
    , m_fileName(std::move(fileName))
    , m_zone(std::move(zone))
{
}

RefundCsvExporter::~RefundCsvExporter()
{
    if (m_running && m_request != 0 && m_api) {
        m_running = false; // the cancelled call's answer is then ignored
        m_api->cancel(m_request);
    }
}

QString RefundCsvExporter::csvCell(const QString& text)
{
    QString cell = text;
    if (!cell.isEmpty()
        && (cell.front() == u'=' || cell.front() == u'+' || cell.front() == u'-' || cell.front() == u'@'
            || cell.front() == u'\t' || cell.front() == u'\r')) {
        cell.prepend(u'\'');
    }
    if (cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n') || cell.contains(u'\r')
        || cell.contains(u';')) {
        cell.replace(u"\""_s, u"\"\""_s);
        cell = u'"' + cell + u'"';
    }
    return cell;
}

QByteArray RefundCsvExporter::headerLine()
{
    const QStringList names = {u"id"_s,          u"created_at"_s,      u"invoice_id"_s,       u"external_order_id"_s,
                               u"amount"_s,      u"status"_s,          u"reason"_s,           u"initiated_by"_s,
                               u"kaspi_refund_id"_s, u"error_message"_s, u"invoice_amount"_s, u"invoice_total_refunded"_s,
                               u"items"_s};
    return names.join(u',').toUtf8() + "\r\n";
}

QByteArray RefundCsvExporter::csvLine(const Refund& refund, const QTimeZone& zone)
{
    const RefundInvoiceSummary invoice = refund.invoice.value_or(RefundInvoiceSummary{});
    const QStringList cells = {
        QString::number(refund.id),
        dateCell(refund.createdAt, zone),
        QString::number(refund.invoiceId),
        csvCell(invoice.externalOrderId),
        plainMoney(refund.amount),
        csvCell(refund.status),
        csvCell(refund.reason),
        csvCell(refund.initiatedBy),
        csvCell(refund.kaspiRefundId),
        csvCell(refund.errorMessage),
        plainMoney(invoice.amount),
        plainMoney(invoice.totalRefunded),
        csvCell(itemsCell(refund.items)),
    };
    return cells.join(u',').toUtf8() + "\r\n";
}

void RefundCsvExporter::start()
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

void RefundCsvExporter::cancel()
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

void RefundCsvExporter::fail(const QString& message)
{
    m_running = false;
    if (m_file) {
        m_file->cancelWriting();
        m_file.reset();
    }
    Q_EMIT failed(message);
}

void RefundCsvExporter::requestPage(int page)
{
    RefundQuery query = m_query;
    query.page = page;
    query.perPage = kPerPage;
    m_request = m_api->listRefunds(query, this, [this, page](const ApiResult<apipay::Page<Refund>>& result) {
        m_request = 0;
        if (!m_running) {
            return; // cancelled meanwhile
        }
        if (!result.ok()) {
            fail(tr("Export stopped at page %1: %2").arg(page).arg(result.error.userText()));
            return;
        }
        for (const Refund& refund : result.value.items) {
            m_file->write(csvLine(refund, m_zone));
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
