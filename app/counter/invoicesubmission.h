#pragma once

#include "api/apiresult.h"
#include "api/lostanswer.h"
#include "domain/invoice.h"
#include "domain/requests.h"

#include <QObject>

#include <optional>

namespace apipay {

class ApiClient;
class InvoiceWatcher;

// One invoice at the counter, from POST /invoices to a final status (D4, D9):
//   submit() sends once — never again by itself; a definite error → failed(); an ambiguous one → outcomeUnknown();
//   lookUp() asks whether the invoice exists after all (by its external order id); 409 duplicate_idempotency_key
//   links to the existing invoice; a lookup that finds nothing within LostAnswer's settle time of the lost answer is
//   made once more when that time has passed (a server that was slow to answer may still have been writing the invoice)
//   before notFound() lets the person send again;
//   once created the invoice is watched at the fast cadence until it is final (statusChanged()).
class InvoiceSubmission : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Sending, Created, OutcomeUnknown, LookingUp, NotFound };
    Q_ENUM(State)

    InvoiceSubmission(ApiClient* api, InvoiceWatcher* watcher, QObject* parent = nullptr);

    State state() const { return m_state; }
    std::optional<Invoice> invoice() const { return m_invoice; }
    QString externalOrderId() const { return m_draft.externalOrderId; }

    void submit(const InvoiceDraft& draft);
    // After an ambiguous failure or a restored unconfirmed draft.
    void lookUp(const QString& externalOrderId);
    // Back to Idle; the invoice is no longer watched.
    void reset();

Q_SIGNALS:
    void stateChanged(apipay::InvoiceSubmission::State state);
    void created(const apipay::Invoice& invoice, bool foundByLookup);
    void failed(const apipay::ApiError& error);
    void outcomeUnknown(const apipay::ApiError& error);
    void lookupFailed(const apipay::ApiError& error);
    void notFound(const QString& externalOrderId);
    void statusChanged(const apipay::Invoice& invoice);

private:
    void setState(State state);
    void askServer(const QString& externalOrderId, quint64 generation);
    void adopt(const Invoice& invoice, bool foundByLookup);
    void linkExisting(qint64 invoiceId);
    void onStatuses(const QList<InvoiceStatusUpdate>& updates);
    void refreshDetail();

    ApiClient* m_api;
    InvoiceWatcher* m_watcher;
    State m_state = State::Idle;
    InvoiceDraft m_draft;
    std::optional<Invoice> m_invoice;
    quint64 m_generation = 0;
    LostAnswer m_lostAnswer; // from a lost answer until the next submit()
};

} // namespace apipay
