#include "counterpage.h"

#include "api/apiclient.h"
#include "counter/cartpanel.h"
#include "counter/counterformhints.h"
#include "counter/counterstatuspanel.h"
#include "counter/descriptionedit.h"
#include "counter/invoicesubmission.h"
#include "counter/qrcounterinput.h"
#include "counter/qrcounterpanel.h"
#include "models/cartmodel.h"
#include "models/catalogtablemodel.h"
#include "session/democontrol.h"
#include "shell/pagecontext.h"
#include "widgets/moneylineedit.h"
#include "widgets/offlinebanner.h"
#include "widgets/phonelineedit.h"

#include <QApplication>
#include <QButtonGroup>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace apipay {

using namespace counterform;

CounterPage::CounterPage(const PageContext& context, QWidget* parent)
    : PageWidget(context, parent)
    , m_drafts(new CounterDraftStore(this))
    , m_submission(new InvoiceSubmission(context.session->api(), context.session->watcher(), this))
{
    setObjectName(u"counterPage"_s);
    buildUi();
    retranslate();

    connect(m_submission, &InvoiceSubmission::created, this, &CounterPage::onCreated);
    connect(m_submission, &InvoiceSubmission::statusChanged, this, &CounterPage::onStatusChanged);
    connect(m_submission, &InvoiceSubmission::failed, this, [this](const ApiError& error) {
        saveDraftNow(false); // definitely not created: the draft is an ordinary draft again
        setFormLocked(false);
        m_status->hidePanel();
        showFieldErrors(error);
        m_formErrorWaitsForServer = error.fieldErrors.isEmpty() && error.isUnreachable();
    });
    connect(context.session->api(), &ApiClient::exchangeFinished, this, [this](const ApiError& delivered) {
        if (delivered.isError() || !std::exchange(m_formErrorWaitsForServer, false)) {
            return;
        }
        showHint(m_formError, tr("The server answers again: press Enter to send the invoice."), QString());
    });
    connect(m_submission, &InvoiceSubmission::outcomeUnknown, this, [this](const ApiError& error) {
        // The invoice may exist: find out at once, by itself (a lookup is a read; nothing is sent again).
        startLookup(CounterStatusPanel::lostAnswerReason(error, false));
    });
    connect(m_submission, &InvoiceSubmission::lookupFailed, this, [this](const ApiError& error) {
        m_status->showLookupFailed(error);
        m_status->lookupButton()->setFocus();
    });
    connect(m_submission, &InvoiceSubmission::notFound, this, [this](const QString& externalOrderId) {
        m_status->showNotFound(externalOrderId);
        m_status->createAgainButton()->setFocus();
    });
    connect(m_status, &CounterStatusPanel::lookupClicked, this, [this] {
        m_lookupWaitsForShop = true;
        m_waitingLookupReason.clear();
        lookUpInItsShop();
    });
    // A restored unconfirmed invoice waits for its shop's session (the window exists before any session starts).
    connect(context.session, &Session::sessionChanged, this, [this] {
        if (m_lookupWaitsForShop) {
            lookUpInItsShop();
        }
    });
    connect(m_status, &CounterStatusPanel::createAgainClicked, this, [this] {
        // The person chose to send again after the lookup found nothing: same order id (D4.3).
        if (m_submission->state() == InvoiceSubmission::State::NotFound) {
            m_submission->reset();
            m_locked = false;
            submit();
        }
    });
    connect(m_status, &CounterStatusPanel::nextCustomerClicked, this, &CounterPage::nextCustomer);
    connect(m_status, &CounterStatusPanel::editAgainClicked, this, &CounterPage::editAgain);
    connect(m_status, &CounterStatusPanel::simulatePaymentClicked, this, [this] {
        const std::optional<Invoice> invoice = m_submission->invoice();
        DemoControl* demo = this->context().session->demoControl();
        QString reason;
        if (invoice && demo && !demo->simulateInvoicePaid(invoice->id, &reason)) {
            ApiError error;
            error.kind = ApiError::Kind::InvalidRequest;
            error.message = tr("The demo payment was refused: %1").arg(reason);
            this->context().notifier->reportError(error);
        }
        // The status arrives the real way: the watcher asks ApiPay within a few seconds.
    });
    connect(m_status, &CounterStatusPanel::openClicked, this, [this] {
        if (const std::optional<Invoice> invoice = m_submission->invoice()) {
            this->context().navigator->showInvoice(invoice->id);
        }
    });
    connect(m_status, &CounterStatusPanel::showQrClicked, this, [this] {
        if (const std::optional<Invoice> invoice = m_submission->invoice(); invoice && !invoice->paymentUrl.isEmpty()) {
            this->context().navigator->showInvoiceQr(
                invoice->id, invoice->paymentUrl, tr("Invoice %1").arg(invoice->id), invoice->amount);
        }
    });
    connect(m_drafts, &CounterDraftStore::saveFailed, this, [this](const QString& message) {
        ApiError error;
        error.kind = ApiError::Kind::InvalidRequest;
        error.message = message;
        this->context().notifier->reportError(error);
    });

    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, [this] {
        if (m_qrPanel->isVisible()) {
            m_qrPanel->escape(); // the shortcut takes Esc before the QR panel would see it
            return;
        }
        // Setting an unconfirmed invoice aside takes the button, not a stray Esc.
        const bool unconfirmed = m_submission->state() == InvoiceSubmission::State::OutcomeUnknown
            || m_submission->state() == InvoiceSubmission::State::LookingUp || m_lookupWaitsForShop;
        if (m_status->nextCustomerButton()->isVisible() && !unconfirmed) {
            nextCustomer();
        }
    });
    connect(context.session, &Session::languageChanged, this, [this] {
        m_amountEdit->setDisplayLocale(this->context().session->displayFormat().locale());
        m_cart->setFormatLocale(this->context().session->displayFormat().locale());
    });
    // Offline the form stays usable (the draft is kept) but Create waits for the server, and says why.
    const auto followConnectivity = [this] {
        m_createButton->setEnabled(!this->context().session->isOffline());
        OfflineBanner::guard(this->context().session, m_createButton);
    };
    connect(context.session, &Session::connectivityChanged, this, followConnectivity);
    followConnectivity();
    restoreDraft();
}

CounterPage::~CounterPage()
{
    // Children outlive this part of the object while QWidget destroys them (focus-out, text changes): they must not
    // call back into a half-destroyed page.
    const QList<QObject*> children = findChildren<QObject*>();
    for (QObject* child : children) {
        disconnect(child, nullptr, this, nullptr);
    }
}

void CounterPage::changeEvent(QEvent* event)
{
    PageWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
}

QString CounterPage::title() const
{
    return tr("New invoice");
}

void CounterPage::refresh()
{
    // F5 reads the catalog of the cart on screen again (the phone form's, or the QR mode's).
    const bool qrShown = m_qrPanel && m_qrPanel->isVisibleTo(this);
    CartPanel* cart = qrShown ? m_qrPanel->cartPanel() : m_cart;
    if (qrShown ? m_qrPanel->input()->isCartMode() : isCartMode()) {
        cart->ensureCatalogLoaded();
        cart->catalog()->reload();
    }
}

void CounterPage::activated()
{
    if (m_qrPanel && m_qrPanel->isVisibleTo(this)) {
        m_qrPanel->input()->entryWidget()->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (!m_locked) {
        (isCartMode() ? static_cast<QWidget*>(m_cart->barcodeEdit()) : m_amountEdit)->setFocus(Qt::OtherFocusReason);
    }
}

bool CounterPage::isCartMode() const
{
    return m_cartModeRadio->isChecked();
}

void CounterPage::setCartMode(bool cart)
{
    (cart ? m_cartModeRadio : m_amountModeRadio)->setChecked(true);
    m_cart->setVisible(cart);
    m_submitBox->setMaximumWidth(cart ? QWIDGETSIZE_MAX : kFormWidth);
    m_amountLabel->setVisible(!cart);
    m_amountEdit->setVisible(!cart);
    if (cart) {
        m_amountError->hide();
        m_cart->ensureCatalogLoaded();
    }
    onFormChanged();
}

void CounterPage::onFormChanged()
{
    updateDescriptionCounter();
    updateHints();
    if (!m_restoring && !m_locked) {
        m_drafts->scheduleSave(currentDraft());
    }
}

CounterDraft CounterPage::currentDraft() const
{
    CounterDraft draft;
    draft.cartMode = isCartMode();
    draft.amountText = m_amountEdit->text();
    draft.phoneText = m_phoneEdit->text();
    draft.description = m_descriptionEdit->text();
    draft.note = m_noteEdit->text();
    draft.externalOrderId = m_externalIdEdit->text();
    const CartModel* cart = m_cart->cart();
    for (int row = 0; row < cart->lineCount(); ++row) {
        const CartModel::Line& line = cart->lineAt(row);
        CounterDraft::Line saved;
        saved.catalogItemId = line.item.id;
        saved.name = line.item.name;
        saved.unitName = line.unitName;
        saved.imageUrl = line.item.imageUrl;
        saved.barcode = line.item.barcode;
        saved.catalogPrice = line.item.sellingPrice;
        saved.customPrice = line.customPrice;
        saved.count = line.count;
        saved.unitId = line.item.unitId;
        draft.lines.append(saved);
    }
    draft.discountPercent = cart->discountPercent();
    return draft;
}

void CounterPage::restoreDraft()
{
    QString error;
    const std::optional<CounterDraft> draft = m_drafts->load(&error);
    if (!error.isEmpty()) {
        context().notifier->reportInfo(error);
    }
    m_restoring = true;
    m_submission->reset();
    m_status->hidePanel();
    setFormLocked(false);
    m_cart->clearAll();
    if (!draft) {
        m_amountEdit->clear();
        m_phoneEdit->clear();
        m_descriptionEdit->clear();
        m_noteEdit->clear();
        m_externalIdEdit->setText(ApiClient::generateExternalOrderId(ApiClient::installId()));
        setCartMode(false);
        m_restoring = false;
        return;
    }
    setCartMode(draft->cartMode);
    m_amountEdit->setText(draft->amountText);
    m_phoneEdit->setText(draft->phoneText);
    m_descriptionEdit->setText(draft->description);
    m_noteEdit->setText(draft->note);
    m_externalIdEdit->setText(draft->externalOrderId.isEmpty()
            ? ApiClient::generateExternalOrderId(ApiClient::installId())
            : draft->externalOrderId);
    for (const CounterDraft::Line& line : draft->lines) {
        CatalogItem item;
        item.id = line.catalogItemId;
        item.name = line.name;
        item.imageUrl = line.imageUrl;
        item.barcode = line.barcode;
        item.sellingPrice = line.catalogPrice;
        item.unitId = line.unitId;
        if (m_cart->cart()->addItem(item, line.unitName, line.count) && line.customPrice) {
            m_cart->cart()->setCustomPrice(m_cart->cart()->lineCount() - 1, line.customPrice);
        }
    }
    m_cart->discountSpin()->setValue(draft->discountPercent);
    m_restoring = false;
    updateHints();
    if (draft->submissionStarted) {
        // The app stopped while this invoice was being sent: it may exist. Look it up as soon as its shop's session
        // is open (at once when it already is), never resend.
        setFormLocked(true);
        m_submissionShopKey = draft->shopKey;
        m_submissionShopName = draft->shopName;
        m_lookupWaitsForShop = true;
        m_waitingLookupReason = CounterStatusPanel::lostAnswerReason(ApiError {}, true);
        m_status->showLookingUp(m_externalIdEdit->text(), m_waitingLookupReason);
        lookUpInItsShop();
    }
}

void CounterPage::lookUpInItsShop()
{
    Session* session = context().session;
    if (!session->hasSession()) {
        return; // no shop open yet: sessionChanged brings us back
    }
    if (!m_submissionShopKey.isEmpty() && m_submissionShopKey != session->shopKey()) {
        m_status->showWaitingForShop(m_externalIdEdit->text(), m_submissionShopName);
        m_status->nextCustomerButton()->setFocus();
        return;
    }
    m_lookupWaitsForShop = false;
    startLookup(std::exchange(m_waitingLookupReason, QString()));
}

void CounterPage::startLookup(const QString& reason)
{
    m_status->showLookingUp(m_externalIdEdit->text(), reason);
    m_submission->lookUp(m_externalIdEdit->text());
}

void CounterPage::setFormLocked(bool locked)
{
    m_locked = locked;
    for (QWidget* w : std::initializer_list<QWidget*> { m_amountModeRadio, m_cartModeRadio, m_newIdButton }) {
        w->setEnabled(!locked);
    }
    m_amountEdit->setReadOnly(locked);
    m_phoneEdit->setReadOnly(locked);
    m_descriptionEdit->setReadOnly(locked);
    m_noteEdit->setReadOnly(locked);
    m_externalIdEdit->setReadOnly(locked);
    m_cart->setEditable(!locked);
    m_createButton->setVisible(!locked);
}

bool CounterPage::saveDraftNow(bool submissionStarted, QString* error)
{
    CounterDraft draft = currentDraft();
    draft.submissionStarted = submissionStarted;
    if (submissionStarted) {
        draft.shopKey = context().session->shopKey();
        draft.shopName = context().session->shopName();
    }
    QString problem;
    if (m_drafts->saveNow(draft, &problem)) {
        return true;
    }
    if (error) {
        *error = problem;
    } else {
        ApiError apiError;
        apiError.kind = ApiError::Kind::InvalidRequest;
        apiError.message = problem;
        context().notifier->reportError(apiError);
    }
    return false;
}

void CounterPage::submit()
{
    if (m_submission->state() == InvoiceSubmission::State::Sending
        || m_submission->state() == InvoiceSubmission::State::LookingUp
        || m_submission->state() == InvoiceSubmission::State::Created
        || m_submission->state() == InvoiceSubmission::State::OutcomeUnknown) {
        return; // Enter while waiting, or after creation, never sends a second invoice
    }
    if (m_locked) {
        return; // e.g. a restored draft whose outcome is unknown: the lookup comes first
    }
    if (context().session->isOffline()) {
        if (context().notifier) {
            context().notifier->reportInfo(OfflineBanner::writesUnavailableReason()); // Enter while offline
        }
        return;
    }
    const std::optional<InvoiceDraft> draft = validatedDraft();
    if (!draft) {
        return;
    }
    // From now until the answer, a crash leaves a draft that asks for the lookup. Without that record a crash during
    // the request would lose the order id, and with it the way to find the invoice: then nothing is sent.
    QString saveError;
    if (!saveDraftNow(true, &saveError)) {
        showHint(m_formError,
            tr("The invoice was not sent: the order could not be saved on this computer first "
               "(%1). Free some disk space or check the folder's permissions, then try again.")
                .arg(saveError));
        return;
    }
    setFormLocked(true);
    m_submissionShopKey = context().session->shopKey();
    m_submissionShopName = context().session->shopName();
    m_status->showSending();
    m_submission->submit(*draft);
}

void CounterPage::onCreated(const Invoice& invoice, bool foundByLookup)
{
    m_drafts->clear(); // the invoice is confirmed: nothing to restore
    m_status->showInvoice(invoice, foundByLookup);
    if (isCartMode()) {
        m_cart->showServerTotals(invoice);
    }
    m_status->nextCustomerButton()->setFocus(Qt::OtherFocusReason);
    context().notifier->reportInfo(tr("Invoice %1 created").arg(invoice.id));
    context().session->notifyInvoicesChanged();
}

void CounterPage::onStatusChanged(const Invoice& invoice)
{
    // A button that the new status hides ("Simulate payment" once paid) does not take the keyboard elsewhere: Enter
    // goes on to the next customer.
    const QWidget* focused = QApplication::focusWidget();
    const bool focusInPanel = !focused || m_status->isAncestorOf(focused);
    m_status->showInvoice(invoice, false);
    if (isCartMode()) {
        m_cart->showServerTotals(invoice);
    }
    if (focusInPanel && m_status->editAgainButton()->isVisible()) {
        m_status->editAgainButton()->setFocus(Qt::OtherFocusReason); // refused or expired: correcting comes first
    } else if (focusInPanel && m_status->nextCustomerButton()->isVisible()) {
        m_status->nextCustomerButton()->setFocus(Qt::OtherFocusReason);
    }
}

void CounterPage::editAgain()
{
    // The invoice is final (refused or expired); the form comes back as it was for a new invoice under a new order
    // id — the old one stays in the history as it ended.
    const bool refused = m_submission->invoice() && m_submission->invoice()->status.value() == InvoiceStatus::Error;
    releaseForm();
    saveDraftNow(false);
    updateHints();
    // Kaspi refused it: the number is the likely fault. Expired: the customer may pay now; Enter sends.
    QLineEdit* field = refused || isCartMode() ? static_cast<QLineEdit*>(m_phoneEdit) : m_amountEdit;
    field->setFocus(Qt::OtherFocusReason);
    field->selectAll();
}

void CounterPage::nextCustomer()
{
    m_lookupWaitsForShop = false;
    m_waitingLookupReason.clear();
    m_drafts->clear();
    m_restoring = true;
    releaseForm();
    m_amountEdit->clear();
    m_phoneEdit->clear();
    m_descriptionEdit->clear();
    m_noteEdit->clear();
    m_cart->clearAll();
    m_qrPanel->clearIdleEntry();
    m_restoring = false;
    updateHints();
    (isCartMode() ? static_cast<QWidget*>(m_cart->barcodeEdit()) : m_amountEdit)->setFocus(Qt::OtherFocusReason);
}

void CounterPage::releaseForm()
{
    m_submission->reset();
    m_submissionShopKey.clear();
    m_submissionShopName.clear();
    m_status->hidePanel();
    setFormLocked(false);
    clearFieldErrors();
    m_externalIdEdit->setText(ApiClient::generateExternalOrderId(ApiClient::installId()));
}

} // namespace apipay
