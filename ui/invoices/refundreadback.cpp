#include "refundreadback.h"

#include "api/apiclient.h"
#include "invoices/invoicedetailpane.h"
#include "models/invoicetablemodel.h"
#include "store/historystore.h"

#include <QTimer>

namespace apipay {

RefundReadBack::RefundReadBack(
    const PageContext& context, InvoiceTableModel* model, InvoiceDetailPane* detail, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_model(model)
    , m_detail(detail)
{
}

void RefundReadBack::start(qint64 invoiceId, Money refundedBefore, Money refund)
{
    const std::optional<Money> expected = Money::checkedAdd(refundedBefore, refund);
    read(invoiceId, expected.value_or(refund), 1);
}

void RefundReadBack::read(qint64 invoiceId, Money expected, int attempt)
{
    m_context.session->api()->invoice(
        invoiceId, this,
        [this, invoiceId, expected, attempt](const ApiResult<Invoice>& result) {
            if (!result.ok()) {
                // The refund was made; only the read failed. The detail says so when it is loaded again.
                if (m_detail->invoiceId() == invoiceId) {
                    m_detail->reload();
                }
                return;
            }
            apply(result.value);
            const bool counted = result.value.fullyRefunded()
                || result.value.totalRefunded.value_or(Money()).tiyn() >= expected.tiyn();
            if (!counted && attempt < kMaxReads) {
                // 2 s, 4 s, 8 s, … after the first read: the refund is still being processed.
                const int delay = m_firstDelayMs * (1 << (attempt - 1));
                QTimer::singleShot(
                    delay, this, [this, invoiceId, expected, attempt] { read(invoiceId, expected, attempt + 1); });
            }
        },
        // The first read answers the cashier's refund; the later ones only wait for a v2.1 refund to complete and
        // must not take the counter's place in the request budget.
        attempt == 1 ? Priority::User : Priority::Background);
}

void RefundReadBack::apply(const Invoice& invoice)
{
    if (m_detail->invoiceId() == invoice.id) {
        // The pane shows it, emits invoiceChanged, and the page puts it in the row and the history.
        m_detail->showLoaded(invoice);
    } else {
        m_model->upsert(invoice);
        if (HistoryStore* store = m_context.session->history()) {
            store->upsertInvoices({ invoice });
        }
    }
    Q_EMIT settled(invoice);
}

} // namespace apipay
