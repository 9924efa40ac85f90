#pragma once

#include "api/apiresult.h"
#include "domain/requests.h"
#include "domain/subscription.h"
#include "widgets/listpage.h"

#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QMessageBox;
class QProgressBar;
class QPushButton;

namespace apipay {

class PhoneLineEdit;
class SubscriptionDetailPanel;
class SubscriptionFormDialog;
class SubscriptionTableModel;

// Subscriptions: the list with filters (status, phone, external subscriber id), "New subscription", and the detail
// of the selected one with Edit / Pause / Resume / Cancel (each confirmed; enabled only where the status allows).
class SubscriptionsPage : public ListPage
{
    Q_OBJECT
public:
    enum class Action { Pause, Resume, Cancel };

    explicit SubscriptionsPage(const PageContext& context, QWidget* parent = nullptr);
    ~SubscriptionsPage() override;

    QString title() const override;
    void refresh() override;
    void focusSearch() override;

    // Opens the create form (modeless-modal, QDialog::open()).
    SubscriptionFormDialog* openCreateForm();
    SubscriptionFormDialog* openEditForm();
    // Asks for confirmation (QMessageBox::open()) and then runs the action on the selected subscription.
    QMessageBox* requestAction(Action action);
    bool isActionRunning() const { return m_actionRequest != 0; }

    SubscriptionTableModel* model() const { return m_model; }
    SubscriptionDetailPanel* detailPanel() const { return m_detail; }
    QComboBox* statusFilter() const { return m_statusCombo; }
    PhoneLineEdit* phoneFilter() const { return m_phoneEdit; }
    QLineEdit* externalIdFilter() const { return m_externalIdEdit; }
    QPushButton* newButton() const { return m_newButton; }
    // Selects the row of this id (if loaded) and shows its detail.
    bool selectSubscription(qint64 id);

Q_SIGNALS:
    void actionFinished(apipay::SubscriptionsPage::Action action, bool ok);

protected:
    QString emptyText(EmptyReason reason) const override;
    void load() override;
    void retranslate() override;
    void sessionChanged() override;

private:
    void applyFilters();
    // Offline with stored subscriptions: shows them instead of asking the server; false when it did not. Back online
    // it loads the server's list again.
    bool showStoredWhileOffline();
    void showCurrentDetail();
    void runAction(Action action, qint64 id);

    SubscriptionTableModel* m_model;
    QComboBox* m_statusCombo;
    QLabel* m_statusLabel;
    QLabel* m_phoneLabel;
    PhoneLineEdit* m_phoneEdit;
    QLabel* m_externalIdLabel;
    QLineEdit* m_externalIdEdit;
    QPushButton* m_applyButton;
    QPushButton* m_newButton;
    QLabel* m_filterError;
    SubscriptionDetailPanel* m_detail;
    QProgressBar* m_progress;
    QPointer<SubscriptionFormDialog> m_form;
    RequestId m_actionRequest = 0;
    qint64 m_pendingSelection = 0;
    bool m_showingStored = false; // the rows are the subscriptions stored on this computer (offline)
};

} // namespace apipay
