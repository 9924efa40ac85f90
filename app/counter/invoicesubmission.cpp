#include "counter/invoicesubmission.h"

#include "api/apiclient.h"
#include "watch/invoicewatcher.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace apipay {

InvoiceSubmission::InvoiceSubmission(ApiClient* api, InvoiceWatcher* watcher, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_watcher(watcher)
{
    if (m_watcher) {
        connect(m_watcher, &InvoiceWatcher::statusesChanged, this, &InvoiceSubmission::onStatuses);
    }
}

void InvoiceSubmission::setState(State state)
{
    if (m_state != state) {
        m_state = state;
        Q_EMIT stateChanged(state);
    }
}

void InvoiceSubmission::submit(const InvoiceDraft& draft)
{
    if (m_state == State::Sending || m_state == State::LookingUp || m_state == State::Created) {
        return; // one request at a time; a created invoice is never re-created
    }
    m_draft = draft;
    m_lostAnswer.clear();
    const quint64 generation = ++m_generation;
    setState(State::Sending);
    m_api->createInvoice(draft, this, [this, generation](const ApiResult<Invoice>& result) {
        if (generation != m_generation) {
            return;
        }
        if (result.ok()) {
            adopt(result.value, false);
            return;
        }
        if (result.error.kind == ApiError::Kind::Conflict && result.error.relatedInvoiceId > 0) {
            linkExisting(result.error.relatedInvoiceId); // v2.1 duplicate_idempotency_key: it exists already
            return;
        }
        if (result.error.mayHaveBeenCarriedOut()) {
            m_lostAnswer.markLost();
            setState(State::OutcomeUnknown);
            Q_EMIT outcomeUnknown(result.error);
            return;
        }
        setState(State::Idle);
        Q_EMIT failed(result.error);
    });
}

void InvoiceSubmission::lookUp(const QString& externalOrderId)
{
    if (externalOrderId.isEmpty() || m_state == State::Sending || m_state == State::LookingUp) {
        return;
    }
    m_draft.externalOrderId = externalOrderId;
    const quint64 generation = ++m_generation;
    setState(State::LookingUp);
    askServer(externalOrderId, generation);
}

void InvoiceSubmission::askServer(const QString& externalOrderId, quint64 generation)
{
    m_api->lookupInvoiceByExternalId(
        externalOrderId, this, [this, generation, externalOrderId](const ApiResult<std::optional<Invoice>>& result) {
            if (generation != m_generation) {
                return;
            }
            if (!result.ok()) {
                setState(State::OutcomeUnknown);
                Q_EMIT lookupFailed(result.error);
                return;
            }
            if (result.value) {
                adopt(*result.value, true);
                return;
            }
            if (const std::optional<int> wait = m_lostAnswer.recheckAfterMs()) {
                // Right after the loss "not there" may only mean "not written yet": ask once more when the settle
                // time has passed (the state stays LookingUp; the next answer is believed).
                QTimer::singleShot(*wait, this, [this, externalOrderId, generation] {
                    if (generation == m_generation) {
                        askServer(externalOrderId, generation);
                    }
                });
                return;
            }
            setState(State::NotFound);
            Q_EMIT notFound(externalOrderId);
        });
}

void InvoiceSubmission::linkExisting(qint64 invoiceId)
{
    const quint64 generation = m_generation;
    m_api->invoice(invoiceId, this, [this, generation, invoiceId](const ApiResult<Invoice>& result) {
        if (generation != m_generation) {
            return;
        }
        if (result.ok()) {
            adopt(result.value, true);
            return;
        }
        Invoice minimal; // the invoice exists; its detail will come with the status polling
        minimal.id = invoiceId;
        minimal.externalOrderId = m_draft.externalOrderId;
        adopt(minimal, true);
    });
}

void InvoiceSubmission::adopt(const Invoice& invoice, bool foundByLookup)
{
    m_invoice = invoice;
    setState(State::Created);
    if (m_watcher && !invoice.status.isFinal()) {
        // The status the answer carried (usually processing) is what the counter shows: the first status check
        // that differs from it (pending) is a change and reaches the screen.
        m_watcher->watchCustomerWaiting(invoice.id, invoice.status);
    }
    Q_EMIT created(invoice, foundByLookup);
}

void InvoiceSubmission::onStatuses(const QList<InvoiceStatusUpdate>& updates)
{
    if (!m_invoice || m_state != State::Created) {
        return;
    }
    for (const InvoiceStatusUpdate& update : updates) {
        if (update.id != m_invoice->id) {
            continue;
        }
        m_invoice->status = update.status;
        if (!update.kaspiInvoiceId.isEmpty()) {
            m_invoice->kaspiInvoiceId = update.kaspiInvoiceId;
        }
        if (!update.errorMessage.isEmpty()) {
            m_invoice->errorMessage = update.errorMessage;
        }
        if (!update.errorCode.isEmpty()) {
            m_invoice->errorCode = update.errorCode;
        }
        if (update.amount) {
            m_invoice->amount = update.amount;
        }
        Q_EMIT statusChanged(*m_invoice);
        refreshDetail(); // payment link, paid_at and the server's totals come with the detail
    }
}

void InvoiceSubmission::refreshDetail()
{
    if (!m_invoice) {
        return;
    }
    const quint64 generation = m_generation;
    m_api->invoice(m_invoice->id, this, [this, generation](const ApiResult<Invoice>& result) {
        if (generation != m_generation || !result.ok() || !m_invoice || result.value.id != m_invoice->id) {
            return;
        }
        m_invoice = result.value;
        Q_EMIT statusChanged(*m_invoice);
    });
}

void InvoiceSubmission::reset()
{
    ++m_generation;
    if (m_invoice && m_watcher) {
        m_watcher->forget(m_invoice->id);
    }
    m_invoice.reset();
    m_draft = InvoiceDraft();
    m_lostAnswer.clear();
    setState(State::Idle);
}

} // namespace apipay
