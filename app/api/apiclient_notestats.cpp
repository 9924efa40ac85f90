// ApiClient, v2.1 internal note and shift totals: PATCH /invoices/{id}, GET /invoices/stats and the summary of
// GET /invoices?with_summary=1.
#include "api/apiclient.h"

#include "api/apicallfactory.h"
#include "json/invoicestatsdecoder.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace apipay {

using namespace detail;

namespace {

QString dayText(QDate day)
{
    return day.toString(QStringLiteral("yyyy-MM-dd"));
}

} // namespace

RequestId ApiClient::updateInvoiceNote(qint64 id, const QString& note, QObject* context, ApiCallback<Invoice> done)
{
    auto call = std::make_shared<ApiCall>();
    call->verb = QByteArrayLiteral("PATCH");
    call->path = idPath("/invoices/", id);
    call->priority = Priority::User;
    call->context = context;
    call->hasContext = context != nullptr;
    // A 2xx answer that cannot be read leaves the outcome unknown: the note may be stored.
    call->finish = deliverTo<Invoice>(
        context, std::move(done), [](const RawResponse& r) { return json::invoice(r.body); },
        ApiError::Kind::OutcomeUnknown);
    if (note.size() > kMaxInternalCommentLength) {
        return refuse(call,
            invalidInput(QString(),
                { { QStringLiteral("internal_comment"),
                    { QCoreApplication::translate("apipay::ApiClient", "A note may have at most %n characters.",
                        nullptr, kMaxInternalCommentLength) } } }));
    }
    QJsonObject body;
    body.insert(QStringLiteral("internal_comment"), note.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(note));
    setJsonBody(*call, body);
    return submit(call);
}

bool ApiClient::noteUnsupported(const ApiError& error)
{
    if (error.httpStatus == 405) {
        return true;
    }
    // v2.1 names the missing invoice; a server without the route answers a bare "Not found".
    return error.httpStatus == 404 && !error.message.contains(QStringLiteral("Invoice not found"), Qt::CaseInsensitive)
        && !error.reason.contains(QStringLiteral("invoice_not_found"), Qt::CaseInsensitive);
}

RequestId ApiClient::invoiceStats(
    const InvoiceStatsQuery& query, QObject* context, ApiCallback<InvoiceStats> done, Priority priority)
{
    auto call = makeCall<InvoiceStats>("GET", QStringLiteral("/invoices/stats"), priority, context, std::move(done),
        [](const RawResponse& r) { return json::invoiceStats(r.body); });
    switch (query.period) {
    case InvoiceStatsQuery::Period::Today:
        call->query.append({ QStringLiteral("period"), QStringLiteral("today") });
        break;
    case InvoiceStatsQuery::Period::Week:
        call->query.append({ QStringLiteral("period"), QStringLiteral("week") });
        break;
    case InvoiceStatsQuery::Period::Month:
        call->query.append({ QStringLiteral("period"), QStringLiteral("month") });
        break;
    case InvoiceStatsQuery::Period::Year:
        call->query.append({ QStringLiteral("period"), QStringLiteral("year") });
        break;
    case InvoiceStatsQuery::Period::None:
        if (!query.startDate.isValid() || !query.endDate.isValid() || query.endDate < query.startDate) {
            return refuse(call,
                invalidInput(QCoreApplication::translate(
                    "apipay::ApiClient", "The first and the last day of the period are needed.")));
        }
        call->query.append({ QStringLiteral("start_date"), dayText(query.startDate) });
        call->query.append({ QStringLiteral("end_date"), dayText(query.endDate) });
        break;
    }
    return submit(call);
}

RequestId ApiClient::invoiceSummary(QDate from,
    QDate to,
    bool byPaidAt,
    QObject* context,
    ApiCallback<std::optional<InvoiceListSummary>> done,
    Priority priority)
{
    auto call = makeCall<std::optional<InvoiceListSummary>>("GET", QStringLiteral("/invoices"), priority, context,
        std::move(done), [](const RawResponse& r) { return json::invoiceListSummary(r.body); });
    if (!from.isValid() || !to.isValid() || to < from) {
        return refuse(call,
            invalidInput(QCoreApplication::translate(
                "apipay::ApiClient", "The first and the last day of the period are needed.")));
    }
    call->query = { { QStringLiteral("date_from"), dayText(from) }, { QStringLiteral("date_to"), dayText(to) },
        { QStringLiteral("date_field"), byPaidAt ? QStringLiteral("paid_at") : QStringLiteral("created_at") },
        { QStringLiteral("with_summary"), QStringLiteral("1") }, { QStringLiteral("per_page"), QStringLiteral("1") } };
    return submit(call);
}

} // namespace apipay
