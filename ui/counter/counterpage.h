#pragma once

#include "shell/pagecontext.h"

#include "api/apierror.h"
#include "counter/counterdraftstore.h"
#include "domain/invoice.h"
#include "domain/requests.h"
#include "shell/page.h"

#include <optional>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QToolButton;

namespace apipay {

class CartPanel;
class CounterModeSwitch;
class QrCapability;
class QrCounterPanel;
class CounterStatusPanel;
class DescriptionEdit;
class InvoiceSubmission;
class MoneyLineEdit;
class PhoneLineEdit;

// "New invoice": the counter form for a queue of customers — keyboard only, Enter sends. Amount or cart, phone,
// description (60 characters shown to the buyer), an app-generated order id; 422 messages appear at their fields;
// afterwards the invoice's live status, "Show QR" and "Next customer". The draft is saved while typing and restored
// after a crash; an invoice whose answer was lost is looked up at once by itself, never sent again without the
// person's click.
class CounterPage : public PageWidget
{
    Q_OBJECT
public:
    explicit CounterPage(const PageContext& context, QWidget* parent = nullptr);
    ~CounterPage() override;

    QString title() const override;
    void refresh() override;
    void activated() override;

    // Where the draft lives (tests point it into a temporary directory, then call restoreDraft()).
    CounterDraftStore* draftStore() const { return m_drafts; }
    void restoreDraft();
    CounterDraft currentDraft() const;

    bool isCartMode() const;
    void setCartMode(bool cart);
    MoneyLineEdit* amountEdit() const { return m_amountEdit; }
    PhoneLineEdit* phoneEdit() const { return m_phoneEdit; }
    DescriptionEdit* descriptionEdit() const { return m_descriptionEdit; }
    QLineEdit* externalIdEdit() const { return m_externalIdEdit; }
    QPushButton* createButton() const { return m_createButton; }
    QLabel* amountError() const { return m_amountError; }
    QLabel* phoneHint() const { return m_phoneHint; }
    QLabel* descriptionCounter() const { return m_descriptionCounter; }
    QLabel* descriptionError() const { return m_descriptionError; }
    QLineEdit* noteEdit() const { return m_noteEdit; }
    QLabel* formError() const { return m_formError; }
    CartPanel* cartPanel() const { return m_cart; }
    CounterStatusPanel* statusPanel() const { return m_status; }
    InvoiceSubmission* submission() const { return m_submission; }
    // QR mode (API v2.1): the switch "By phone" / "QR" and the QR panel shown instead of the phone form.
    CounterModeSwitch* modeSwitch() const { return m_modeSwitch; }
    QrCounterPanel* qrPanel() const { return m_qrPanel; }
    QrCapability* qrCapability() const { return m_qrCapability; }

public Q_SLOTS:
    void submit();
    void nextCustomer();
    // After a refused or expired invoice: the form as it was, unlocked, under a new order id.
    void editAgain();

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslate();
    void updateDescriptionCounter();
    void updateHints();
    void onFormChanged();
    void setFormLocked(bool locked);
    // The invoice just sent is let go (no longer watched here), the panel hidden, the form unlocked without errors,
    // under a new order id; what was typed stays (nextCustomer() and editAgain() differ only in that).
    void releaseForm();
    void clearFieldErrors();
    void showFieldErrors(const ApiError& error);
    std::optional<InvoiceDraft> validatedDraft();
    void onCreated(const Invoice& invoice, bool foundByLookup);
    void onStatusChanged(const Invoice& invoice);
    bool saveDraftNow(bool submissionStarted, QString* error = nullptr);
    // Asks ApiPay whether the invoice of this order id exists (after a lost answer, a restart during sending, or the
    // person's "Look it up" after a failed lookup). `reason` says why, in front of "Checking…".
    void startLookup(const QString& reason);
    // The lookup of an unconfirmed invoice, once a session of the shop it was sent to is open; until then the panel
    // says what it waits for (another shop's session: "switch to …"). Called again on every session change.
    void lookUpInItsShop();

    CounterDraftStore* m_drafts = nullptr;
    InvoiceSubmission* m_submission = nullptr;
    bool m_restoring = false;
    // 422 messages stay at their field until the person edits that field.
    QString m_amountServerError;
    QString m_phoneServerError;
    bool m_locked = false;
    // The form error tells of a create that reached no server (no connection, no answer): the next answer read from
    // the server replaces it with "the server answers again".
    bool m_formErrorWaitsForServer = false;
    // The unconfirmed invoice's shop (CounterDraft::shopKey / shopName) and, while its lookup waits for that shop's
    // session, the reason to show in front of "Checking…".
    QString m_submissionShopKey;
    QString m_submissionShopName;
    bool m_lookupWaitsForShop = false;
    QString m_waitingLookupReason;

    QRadioButton* m_amountModeRadio = nullptr;
    QRadioButton* m_cartModeRadio = nullptr;
    QButtonGroup* m_modeGroup = nullptr;
    QLabel* m_amountLabel = nullptr;
    MoneyLineEdit* m_amountEdit = nullptr;
    QLabel* m_amountError = nullptr;
    QLabel* m_phoneLabel = nullptr;
    PhoneLineEdit* m_phoneEdit = nullptr;
    QLabel* m_phoneHint = nullptr;
    QLabel* m_descriptionLabel = nullptr;
    DescriptionEdit* m_descriptionEdit = nullptr;
    QLabel* m_descriptionCounter = nullptr;
    QLabel* m_descriptionError = nullptr;
    QLabel* m_noteLabel = nullptr; // v2.1 internal_comment, sent on create when not empty
    QLineEdit* m_noteEdit = nullptr;
    QLabel* m_externalIdLabel = nullptr;
    QLineEdit* m_externalIdEdit = nullptr;
    QToolButton* m_newIdButton = nullptr;
    QLabel* m_externalIdError = nullptr;
    CartPanel* m_cart = nullptr;
    QWidget* m_submitBox = nullptr;
    QLabel* m_formError = nullptr;
    QPushButton* m_createButton = nullptr;
    CounterStatusPanel* m_status = nullptr;
    QrCapability* m_qrCapability = nullptr;
    CounterModeSwitch* m_modeSwitch = nullptr;
    QrCounterPanel* m_qrPanel = nullptr;
    QWidget* m_phoneForm = nullptr;
};

} // namespace apipay
