// WriteReadBack for the invoice's internal note (PATCH /invoices/{id}).
#include "api/writereadback.h"

namespace apipay {

void WriteReadBack::invoiceNote(ApiClient* api, qint64 id, const QString& note, QObject* context, NoteDone done)
{
    api->invoice(id, context, [note, done = std::move(done)](const ApiResult<Invoice>& result) {
        if (!result.ok()) {
            done(Verdict::Unknown, std::nullopt, result.error);
            return;
        }
        const QString stored = result.value.internalComment.value_or(QString());
        done(stored == note ? Verdict::Done : Verdict::NotDone, result.value, ApiError());
    });
}

} // namespace apipay
