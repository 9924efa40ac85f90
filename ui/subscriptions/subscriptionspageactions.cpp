// SubscriptionsPage, second part: the create/edit forms and the pause/resume/cancel actions (confirmation, request,
// result). Layout, filters and the list are in subscriptionspage.cpp.
#include "subscriptions/subscriptionspage.h"

#include "subscriptions/subscriptiondetailpanel.h"
#include "subscriptions/subscriptionformdialog.h"

#include "api/apiclient.h"
#include "models/subscriptiontablemodel.h"
#include "shell/pagecontext.h"
#include "widgets/emptystatelabel.h"
#include "widgets/phonelineedit.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace apipay {

SubscriptionFormDialog* SubscriptionsPage::openCreateForm()
{
    if (context().session->isOffline()) {
        return nullptr; // writes wait for the server; the buttons say why
    }
    if (m_form) {
        m_form->raise();
        return m_form;
    }
    m_form = new SubscriptionFormDialog(context(), this);
    m_form->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_form, &SubscriptionFormDialog::saved, this, [this](const Subscription& created) {
        context().notifier->reportInfo(tr("Subscription %1 created").arg(created.id));
        m_model->upsert(created);
        selectSubscription(created.id);
        m_detail->showSubscription(m_model->subscriptionAt(std::max(0, m_model->rowOfId(created.id))));
    });
    connect(m_form, &QDialog::rejected, this, [this] { m_model->reload(); });
    m_form->open();
    return m_form;
}

SubscriptionFormDialog* SubscriptionsPage::openEditForm()
{
    if (context().session->isOffline()) {
        return nullptr; // writes wait for the server; the buttons say why
    }
    const Subscription& current = m_detail->subscription();
    if (current.id == 0 || m_form) {
        return m_form;
    }
    m_form = new SubscriptionFormDialog(context(), current, this);
    m_form->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_form, &SubscriptionFormDialog::saved, this, [this, id = current.id](const Subscription&) {
        context().notifier->reportInfo(tr("Subscription %1 updated").arg(id));
        m_detail->reload(); // the PUT answer may be partial; the reload brings the full object into the list
    });
    m_form->open();
    return m_form;
}

QMessageBox* SubscriptionsPage::requestAction(Action action)
{
    if (context().session->isOffline()) {
        return nullptr; // writes wait for the server; the buttons say why
    }
    const Subscription& s = m_detail->subscription();
    const bool allowed = (action == Action::Pause && s.canPause()) || (action == Action::Resume && s.canResume())
        || (action == Action::Cancel && s.canCancel());
    if (s.id == 0 || !allowed || m_actionRequest != 0) {
        return nullptr;
    }
    QString question;
    QString confirm;
    switch (action) {
    case Action::Pause:
        question = tr("Pause subscription %1? No invoices are sent while it is paused.").arg(s.id);
        confirm = tr("&Pause");
        break;
    case Action::Resume:
        question = tr("Resume subscription %1? The next billing date is computed from today; missed periods are "
                      "not billed.")
                       .arg(s.id);
        confirm = tr("&Resume");
        break;
    case Action::Cancel:
        question = tr("Cancel subscription %1 for good? This cannot be undone.").arg(s.id);
        confirm = tr("Ca&ncel subscription");
        break;
    }
    auto* box = new QMessageBox(action == Action::Cancel ? QMessageBox::Warning : QMessageBox::Question, tr("Confirm"),
        question, QMessageBox::NoButton, this);
    box->setObjectName(u"confirmActionMessageBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* yes = box->addButton(confirm, QMessageBox::AcceptRole);
    yes->setObjectName(u"confirmPushButton"_s);
    QPushButton* no = box->addButton(tr("&Keep as it is"), QMessageBox::RejectRole);
    no->setObjectName(u"keepPushButton"_s);
    box->setDefaultButton(action == Action::Cancel ? no : yes);
    box->setEscapeButton(no);
    const qint64 id = s.id;
    connect(box, &QMessageBox::finished, this, [this, box, yes, action, id] {
        if (box->clickedButton() == yes) {
            runAction(action, id);
        }
    });
    box->open();
    return box;
}

void SubscriptionsPage::runAction(Action action, qint64 id)
{
    auto done = [this, action, id](const ApiResult<Subscription>& result) {
        m_actionRequest = 0;
        m_progress->setVisible(m_model->isLoading());
        if (!result.ok()) {
            if (result.error.kind != ApiError::Kind::Cancelled) {
                // An action that may have been carried out is never offered again: the detail reads it back.
                std::function<void()> retry;
                if (!result.error.mayHaveBeenCarriedOut()) {
                    retry = [this, action, id] { runAction(action, id); };
                }
                context().notifier->reportError(result.error, retry);
            }
            m_detail->reload();
            Q_EMIT actionFinished(action, false);
            return;
        }
        const QString text = action == Action::Pause ? tr("Subscription %1 paused").arg(id)
            : action == Action::Resume               ? tr("Subscription %1 resumed").arg(id)
                                                     : tr("Subscription %1 cancelled").arg(id);
        context().notifier->reportInfo(text);
        if (m_detail->subscription().id == id) {
            Subscription updated = m_detail->subscription();
            if (!result.value.status.isEmpty()) {
                updated.status = result.value.status;
            }
            m_detail->showSubscription(updated); // shows the new status at once, then reloads the full detail
        }
        Q_EMIT actionFinished(action, true);
    };
    ApiClient* api = context().session->api();
    switch (action) {
    case Action::Pause:
        m_actionRequest = api->pauseSubscription(id, this, done);
        break;
    case Action::Resume:
        m_actionRequest = api->resumeSubscription(id, this, done);
        break;
    case Action::Cancel:
        m_actionRequest = api->cancelSubscription(id, this, done);
        break;
    }
    m_progress->show();
}

} // namespace apipay
