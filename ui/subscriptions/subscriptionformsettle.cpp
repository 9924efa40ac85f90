// SubscriptionFormDialog, third part: settling a create or an update whose outcome is unknown (the connection broke
// after the POST or PUT may have reached the server) by reading the subscriptions back. The form and its payload are in
// subscriptionformdialog.cpp and subscriptionformpayload.cpp.
#include "subscriptions/subscriptionformdialog.h"

#include "api/apiclient.h"
#include "api/writereadback.h"
#include "shell/pagecontext.h"

#include <QLabel>

namespace apipay {

void SubscriptionFormDialog::settleUnknownUpdate(const SubscriptionPatch& sent)
{
    m_settling = true;
    setBusy(true);
    clearErrors();
    m_generalError->setText(tr("The connection broke before ApiPay confirmed the change. Checking whether it was "
                               "saved…"));
    m_generalError->show();
    WriteReadBack::subscriptionUpdate(m_context.session->api(), m_original.id, sent, this,
        [this](WriteReadBack::Verdict verdict, const std::optional<Subscription>& server, const ApiError& error) {
            if (!endSettling()) {
                return;
            }
            switch (verdict) {
            case WriteReadBack::Verdict::Done:
                m_generalError->hide();
                Q_EMIT saved(*server);
                accept();
                return;
            case WriteReadBack::Verdict::NotDone:
                showSettled(tr("The change was not saved: the request did not reach ApiPay. Press Save to send it "
                               "again."),
                    *server);
                return;
            case WriteReadBack::Verdict::Unknown:
                break;
            }
            if (server) {
                // Only cart items changed: the answer does not list them, so the person judges by the amount.
                showSettled(tr("The connection broke before ApiPay confirmed the change, and the cart cannot be read "
                               "back. Check the amount; press Save again if it is not what you wanted."),
                    *server);
                return;
            }
            ApiError shown = error;
            if (shown.kind == ApiError::Kind::None) {
                shown.kind = ApiError::Kind::OutcomeUnknown;
            }
            showApiError(shown);
        });
}

void SubscriptionFormDialog::settleUnknownCreate()
{
    if (!m_sentDraft) {
        return;
    }
    m_createUnchecked = true;
    m_settling = true;
    setBusy(true);
    clearErrors();
    m_generalError->setText(tr("The connection broke before ApiPay confirmed the subscription. Checking whether it "
                               "was created…"));
    m_generalError->show();
    WriteReadBack::subscriptionCreation(m_context.session->api(), *m_sentDraft, m_sentAt, this,
        [this](WriteReadBack::Verdict verdict, const std::optional<Subscription>& server, const ApiError& error) {
            if (!endSettling()) {
                return;
            }
            switch (verdict) {
            case WriteReadBack::Verdict::Done:
                m_createUnchecked = false;
                m_generalError->hide();
                Q_EMIT saved(*server);
                accept();
                return;
            case WriteReadBack::Verdict::NotDone:
                m_createUnchecked = false;
                m_generalError->setText(tr("The subscription was not created: the request did not reach ApiPay. "
                                           "Press Save to send it again."));
                return;
            case WriteReadBack::Verdict::Unknown:
                break;
            }
            m_generalError->setText(tr("Could not check whether the subscription was created: %1 Press Save to "
                                       "check again; nothing is sent until it is known.")
                                        .arg(error.userText()));
        });
}

bool SubscriptionFormDialog::endSettling()
{
    if (!m_settling) {
        return false; // the dialog was closed meanwhile
    }
    m_settling = false;
    setBusy(false);
    return true;
}

void SubscriptionFormDialog::showSettled(const QString& lead, const Subscription& server)
{
    const QString billingDay = server.billingDay ? QString::number(*server.billingDay) : QStringLiteral("—");
    const QString description = server.description.isEmpty() ? QStringLiteral("—") : server.description;
    m_generalError->setText(lead + u'\n'
        + tr("ApiPay has now: amount %1, billing day %2, description “%3”.")
              .arg(m_context.session->displayFormat().money(server.amount), billingDay, description));
    m_generalError->show();
}

} // namespace apipay
