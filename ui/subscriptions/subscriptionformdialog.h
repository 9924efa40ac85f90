#pragma once

#include "shell/pagecontext.h"

#include "api/apierror.h"
#include "api/apiresult.h"
#include "domain/requests.h"
#include "domain/subscription.h"

#include <QDateTime>
#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QSpinBox;

namespace apipay {

class MoneyLineEdit;
class PhoneLineEdit;
class SubscriptionCartEditor;
class UnsavedInputGuard;

// Create (POST /subscriptions) or edit (PUT /subscriptions/{id}, only the changed fields) a subscription. Every
// documented field with its limits; metadata as optional JSON text (must be an object); cart items from the
// catalog. Sends the request itself, shows progress, puts 422 errors next to their fields, and emits saved().
class SubscriptionFormDialog : public QDialog
{
    Q_OBJECT
public:
    // Create mode.
    explicit SubscriptionFormDialog(const PageContext& context, QWidget* parent = nullptr);
    // Edit mode for an existing subscription (as loaded by GET /subscriptions/{id}).
    SubscriptionFormDialog(const PageContext& context, const Subscription& original, QWidget* parent = nullptr);
    ~SubscriptionFormDialog() override;

    bool isEditMode() const { return m_original.id != 0; }
    // The request of the current inputs; nullopt (and the errors shown) when an input is invalid.
    std::optional<SubscriptionDraft> draft();
    std::optional<SubscriptionPatch> patch();
    // Validates and sends; the dialog closes itself after success.
    void submit();
    bool isBusy() const { return m_request != 0 || m_settling; }

    MoneyLineEdit* amountEdit() const { return m_amountEdit; }
    PhoneLineEdit* phoneEdit() const { return m_phoneEdit; }
    QComboBox* periodCombo() const { return m_periodCombo; }
    QSpinBox* billingDaySpin() const { return m_billingDaySpin; }
    QLineEdit* descriptionEdit() const { return m_descriptionEdit; }
    QLineEdit* subscriberNameEdit() const { return m_nameEdit; }
    QLineEdit* externalIdEdit() const { return m_externalIdEdit; }
    QDateEdit* startedAtEdit() const { return m_startedAtEdit; }
    QSpinBox* maxRetrySpin() const { return m_maxRetrySpin; }
    QSpinBox* retryIntervalSpin() const { return m_retryIntervalSpin; }
    QSpinBox* graceDaysSpin() const { return m_graceSpin; }
    QCheckBox* billImmediatelyCheck() const { return m_billNowCheck; }
    QPlainTextEdit* metadataEdit() const { return m_metadataEdit; }
    SubscriptionCartEditor* cartEditor() const { return m_cartEditor; }
    QLabel* errorLabelFor(const QString& field) const { return m_errorLabels.value(field); }
    QLabel* generalErrorLabel() const { return m_generalError; }

Q_SIGNALS:
    void saved(const apipay::Subscription& subscription);

public:
    void reject() override;

private:
    void build();
    void fillFrom(const Subscription& subscription);
    void addField(const QString& key, QWidget* field);
    void clearErrors();
    void showFieldError(const QString& key, const QString& text);
    void showApiError(const ApiError& error);
    void setBusy(bool busy);
    void updateDescriptionCounter();
    void updateAmountState();
    std::optional<std::optional<QJsonObject>> parseMetadata();
    bool validateCommon();
    void finish(const ApiResult<Subscription>& result);
    // After an update whose outcome is unknown: reads the subscription back and shows what the server has.
    void settleUnknownUpdate(const SubscriptionPatch& sent);
    void showSettled(const QString& lead, const Subscription& server);
    // After a create whose outcome is unknown: looks for the new subscription among the customer's; until that read
    // succeeds, Save checks again instead of creating another one.
    void settleUnknownCreate();
    // A read-back answered: the form is usable again. False when the dialog stopped waiting for it meanwhile.
    bool endSettling();

    PageContext m_context;
    Subscription m_original;
    QFormLayout* m_form = nullptr;
    MoneyLineEdit* m_amountEdit = nullptr;
    PhoneLineEdit* m_phoneEdit = nullptr;
    QComboBox* m_periodCombo = nullptr;
    QSpinBox* m_billingDaySpin = nullptr;
    QLineEdit* m_descriptionEdit = nullptr;
    QLabel* m_descriptionCounter = nullptr;
    QLineEdit* m_nameEdit = nullptr;
    QLineEdit* m_externalIdEdit = nullptr;
    QDateEdit* m_startedAtEdit = nullptr;
    QSpinBox* m_maxRetrySpin = nullptr;
    QSpinBox* m_retryIntervalSpin = nullptr;
    QSpinBox* m_graceSpin = nullptr;
    QCheckBox* m_billNowCheck = nullptr;
    QPlainTextEdit* m_metadataEdit = nullptr;
    SubscriptionCartEditor* m_cartEditor = nullptr;
    QLabel* m_generalError = nullptr;
    QProgressBar* m_progress = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QHash<QString, QLabel*> m_errorLabels;
    QHash<QString, QWidget*> m_fields;
    RequestId m_request = 0;
    std::optional<SubscriptionPatch> m_sentPatch; // the last PUT sent (for the read-back)
    std::optional<SubscriptionDraft> m_sentDraft; // the last POST sent and when (for the read-back)
    QDateTime m_sentAt;
    bool m_createUnchecked = false; // the last POST's outcome is still unknown: Save reads back, never re-sends
    bool m_settling = false; // reading the subscription back after an update whose outcome is unknown
    UnsavedInputGuard* m_guard = nullptr;
};

} // namespace apipay
