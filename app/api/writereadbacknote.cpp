// WriteReadBack for the invoice's internal note (PATCH /invoices/{id}).
#include "api/writereadback.h"

namespace apipay {

namespace {

void readInvoiceNote(ApiClient* api, qint64 id, const QString& note, QObject* context, WriteReadBack::NoteDone done)
{
    using Verdict = WriteReadBack::Verdict;
    api->invoice(id, context, [note, done = std::move(done)](const ApiResult<Invoice>& result) {
        if (!result.ok()) {
            done(Verdict::Unknown, std::nullopt, result.error);
            return;
        }
        const QString stored = result.value.internalComment.value_or(QString());
        done(stored == note ? Verdict::Done : Verdict::NotDone, result.value, ApiError());
    });
}

} // namespace

void WriteReadBack::invoiceNote(ApiClient* api, qint64 id, const QString& note, QObject* context, NoteDone done)
{
    settled<NoteDone>(context, std::move(done),
        [api, id, note, context](NoteDone finish) { readInvoiceNote(api, id, note, context, std::move(finish)); });
}

} // namespace apipay
