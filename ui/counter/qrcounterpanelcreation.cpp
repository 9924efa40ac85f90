// QrCounterPanel, second part: creating the QR invoice (Enter, "New QR") and settling a create whose answer was lost
// by looking the order up, never by creating it again. The panel, its screen and the watch are in qrcounterpanel.cpp.
#include "qrcounterpanel.h"

#include "qrcounterinput.h"

#include "api/apiclient.h"
#include "counter/qrinvoicewatch.h"
#include "session/qrcapability.h"

#include <QLabel>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace apipay {

void QrCounterPanel::submit()
{
    if (m_busy) {
        return;
    }
    if (m_invoice.id != 0 && m_invoice.shownStatus().value() == InvoiceStatus::Paid) {
        nextCustomer(); // Enter after "Paid ✓": the next customer
        return;
    }
    if (!m_uncheckedOrderId.isEmpty()) {
        lookUp(m_uncheckedOrderId);
        return;
    }
    std::optional<QrInvoiceDraft> draft = m_input->draft();
    if (draft) {
        createFrom(*draft);
    }
}

void QrCounterPanel::newQr()
{
    if (m_busy) {
        return;
    }
    if (!m_uncheckedOrderId.isEmpty()) {
        lookUp(m_uncheckedOrderId);
        return;
    }
    // The same amount or cart again, under a new order ID (a new invoice, not a repeat of the old request).
    if (!m_lastDraft.amount && m_lastDraft.cartItems.isEmpty()) {
        nextCustomer();
        return;
    }
    createFrom(m_lastDraft);
}

void QrCounterPanel::createFrom(QrInvoiceDraft draft)
{
    ApiClient* api = m_context.session->api();
    if (!api) {
        return;
    }
    // The old QR, if still open, stays open and is watched by the ordinary watcher.
    m_watch->release();
    m_invoice = Invoice {};
    m_refusalText.clear();
    m_failureText.clear();
    m_input->errorLabel()->clear();
    m_lastDraft = draft;
    draft.externalOrderId = ApiClient::generateExternalOrderId(ApiClient::installId());
    setBusy(true);
    api->createQrInvoice(draft, this, [this](const ApiResult<Invoice>& result) {
        setBusy(false);
        if (!result.ok()) {
            onCreateFailed(result.error, result.value.externalOrderId);
            return;
        }
        showInvoice(result.value);
    });
    m_statusLabel->setText(tr("Creating the QR invoice…"));
}

void QrCounterPanel::onCreateFailed(const ApiError& error, const QString& externalOrderId)
{
    if (error.kind == ApiError::Kind::NotFound && m_capability) {
        m_capability->markUnavailable(); // a v2.0 server: the mode switch says so
    }
    if (error.kind == ApiError::Kind::OutcomeUnknown && !externalOrderId.isEmpty()) {
        // The answer was lost: the invoice may exist. Look it up by its order ID, never create it again blindly.
        lookUp(externalOrderId);
        return;
    }
    m_input->showRefusal(error);
    m_failureText = error.kind == ApiError::Kind::RateLimited && error.reason == u"qr_rate_limit"
        ? tr("Too many QR invoices this minute. Try again in %n second(s).", nullptr,
            std::max(1, error.retryAfterSeconds))
        : error.userText();
    showStatus();
}

void QrCounterPanel::lookUp(const QString& externalOrderId)
{
    m_uncheckedOrderId = externalOrderId;
    m_failureText.clear();
    m_statusLabel->setText(tr("The answer was lost. Checking whether the QR invoice was created…"));
    setBusy(true);
    m_context.session->api()->lookupInvoiceByExternalId(
        externalOrderId, this, [this](const ApiResult<std::optional<Invoice>>& found) {
            setBusy(false);
            if (!found.ok()) {
                // Still unknown: Enter checks again; a new invoice only once the server says there is none.
                m_failureText = tr("Could not check whether the QR invoice was created: %1 Press Enter to check "
                                   "again, or Esc to set this sale aside.")
                                    .arg(found.error.userText());
                showStatus();
                return;
            }
            m_uncheckedOrderId.clear();
            if (found.value) {
                showInvoice(*found.value);
                return;
            }
            m_failureText = tr("The QR invoice was not created. Press Enter to try again.");
            showStatus();
        });
}

} // namespace apipay
