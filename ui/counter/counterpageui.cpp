// CounterPage: building the form and its translated texts (the page's behaviour is in counterpage.cpp).
#include "counterformhints.h"
#include "counterpage.h"

#include "api/apiclient.h"
#include "counter/cartpanel.h"
#include "counter/countercompleters.h"
#include "counter/countermodeswitch.h"
#include "counter/counterstatuspanel.h"
#include "counter/descriptionedit.h"
#include "counter/invoicesubmission.h"
#include "counter/kaspiclienthint.h"
#include "counter/qrcounterinput.h"
#include "counter/qrcounterpanel.h"
#include "models/cartmodel.h"
#include "models/catalogtablemodel.h"
#include "session/qrcapability.h"
#include "shell/pagecontext.h"
#include "widgets/moneylineedit.h"
#include "widgets/phonelineedit.h"

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

using namespace Qt::StringLiterals;

namespace apipay {

using namespace counterform;

void CounterPage::buildUi()
{
    // "By phone" / "QR" above everything; the phone form and the QR panel take turns below it.
    auto* root = new QVBoxLayout(this);
    m_qrCapability = new QrCapability(context().session, this);
    m_modeSwitch = new CounterModeSwitch(m_qrCapability, this);
    m_phoneForm = new QWidget(this);
    m_qrPanel = new QrCounterPanel(context(), m_qrCapability, this);
    root->addWidget(m_modeSwitch);
    root->addWidget(m_phoneForm, 1);
    root->addWidget(m_qrPanel, 1);
    const auto showMode = [this](CounterModeSwitch::Mode mode) {
        const bool qr = mode == CounterModeSwitch::Mode::Qr;
        m_phoneForm->setVisible(!qr);
        m_qrPanel->setVisible(qr);
        (qr ? m_qrPanel->input()->entryWidget() : m_amountEdit)->setFocus();
    };
    connect(m_modeSwitch, &CounterModeSwitch::modeChanged, this, showMode);
    auto* outer = new QVBoxLayout(m_phoneForm);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* modeRow = new QHBoxLayout;
    m_amountModeRadio = new QRadioButton(this);
    m_amountModeRadio->setObjectName(u"amountModeRadioButton"_s);
    m_cartModeRadio = new QRadioButton(this);
    m_cartModeRadio->setObjectName(u"cartModeRadioButton"_s);
    m_modeGroup = new QButtonGroup(this);
    m_modeGroup->addButton(m_amountModeRadio, 0);
    m_modeGroup->addButton(m_cartModeRadio, 1);
    m_amountModeRadio->setChecked(true);
    modeRow->addWidget(m_amountModeRadio);
    modeRow->addWidget(m_cartModeRadio);
    modeRow->addStretch(1);
    outer->addLayout(modeRow);

    // The form itself stays compact (a counter, not a spreadsheet); the cart below uses the full width.
    auto* formBox = new QWidget(this);
    formBox->setMaximumWidth(kFormWidth);
    auto* grid = new QGridLayout(formBox);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setVerticalSpacing(4);
    grid->setColumnStretch(1, 1);
    int row = 0;
    m_amountLabel = new QLabel(this);
    m_amountEdit = new MoneyLineEdit(this);
    m_amountEdit->setObjectName(u"amountLineEdit"_s);
    m_amountEdit->setDisplayLocale(context().session->displayFormat().locale());
    QFont big = m_amountEdit->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_amountEdit->setFont(big);
    m_amountLabel->setBuddy(m_amountEdit);
    m_amountError = hintLabel(this, u"amountErrorLabel"_s);
    grid->addWidget(m_amountLabel, row, 0);
    grid->addWidget(m_amountEdit, row++, 1);
    grid->addWidget(m_amountError, row++, 1);

    m_phoneLabel = new QLabel(this);
    m_phoneEdit = new PhoneLineEdit(this);
    m_phoneEdit->setObjectName(u"phoneLineEdit"_s);
    m_phoneEdit->setFont(big);
    m_phoneLabel->setBuddy(m_phoneEdit);
    m_phoneHint = hintLabel(this, u"phoneHintLabel"_s);
    grid->addWidget(m_phoneLabel, row, 0);
    grid->addWidget(m_phoneEdit, row++, 1);
    grid->addWidget(m_phoneHint, row++, 1);
    // v2.1: whether the typed number has Kaspi; recent amounts and customers from the history as one types.
    grid->addWidget(new KaspiClientHint(context(), m_phoneEdit, this), row++, 1);
    new CounterCompleters(context(), m_amountEdit, m_phoneEdit, this);

    m_descriptionLabel = new QLabel(this);
    m_descriptionEdit = new DescriptionEdit(this);
    m_descriptionEdit->setObjectName(u"descriptionEdit"_s);
    m_descriptionLabel->setBuddy(m_descriptionEdit);
    m_descriptionCounter = new QLabel(this);
    m_descriptionCounter->setObjectName(u"descriptionCounterLabel"_s);
    m_descriptionCounter->setWordWrap(true);
    m_descriptionError = hintLabel(this, u"descriptionErrorLabel"_s);
    grid->addWidget(m_descriptionLabel, row, 0, Qt::AlignTop);
    grid->addWidget(m_descriptionEdit, row++, 1);
    grid->addWidget(m_descriptionCounter, row++, 1);
    grid->addWidget(m_descriptionError, row++, 1);

    m_noteLabel = new QLabel(this);
    m_noteEdit = new QLineEdit(this);
    m_noteEdit->setObjectName(u"counterNoteLineEdit"_s);
    m_noteEdit->setMaxLength(ApiClient::kMaxInternalCommentLength);
    m_noteLabel->setBuddy(m_noteEdit);
    grid->addWidget(m_noteLabel, row, 0);
    grid->addWidget(m_noteEdit, row++, 1);

    m_externalIdLabel = new QLabel(this);
    m_externalIdEdit = new QLineEdit(this);
    m_externalIdEdit->setObjectName(u"externalOrderIdLineEdit"_s);
    m_externalIdEdit->setMaxLength(kExternalIdLimit);
    m_externalIdLabel->setBuddy(m_externalIdEdit);
    m_newIdButton = new QToolButton(this);
    m_newIdButton->setObjectName(u"newExternalIdButton"_s);
    auto* idRow = new QHBoxLayout;
    idRow->addWidget(m_externalIdEdit, 1);
    idRow->addWidget(m_newIdButton);
    m_externalIdError = hintLabel(this, u"externalOrderIdErrorLabel"_s);
    grid->addWidget(m_externalIdLabel, row, 0);
    grid->addLayout(idRow, row++, 1);
    grid->addWidget(m_externalIdError, row++, 1);
    outer->addWidget(formBox);

    m_cart = new CartPanel(context(), this);
    m_cart->hide();
    outer->addWidget(m_cart, 10);

    m_submitBox = new QWidget(this);
    m_submitBox->setMaximumWidth(kFormWidth);
    auto* submitLayout = new QVBoxLayout(m_submitBox);
    submitLayout->setContentsMargins(0, 0, 0, 0);
    m_formError = hintLabel(m_submitBox, u"counterFormErrorLabel"_s);
    submitLayout->addWidget(m_formError);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addStretch(1);
    m_createButton = new QPushButton(m_submitBox);
    m_createButton->setObjectName(u"createInvoiceButton"_s);
    m_createButton->setDefault(true);
    buttonRow->addWidget(m_createButton);
    submitLayout->addLayout(buttonRow);
    m_status = new CounterStatusPanel(context(), m_submitBox);
    submitLayout->addWidget(m_status);
    outer->addWidget(m_submitBox);
    outer->addStretch(1);

    // Tab follows what the cashier sees, top to bottom: amount → phone → description → note → order ID → create.
    // Enter in any field sends, so nobody needs Tab to reach the button; and a Tab never lands on "Create invoice"
    // while a field the cashier can see below is still ahead (a note typed there would press the button).
    setTabOrder(m_amountEdit, m_phoneEdit);
    setTabOrder(m_phoneEdit, m_descriptionEdit);
    setTabOrder(m_descriptionEdit, m_noteEdit);
    setTabOrder(m_noteEdit, m_externalIdEdit);
    setTabOrder(m_externalIdEdit, m_newIdButton);
    setTabOrder(m_newIdButton, m_createButton);

    // The checked state, not the click: the keyboard (arrows), the mouse and a screen reader's "Toggle" all switch.
    connect(m_modeGroup, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (checked) {
            setCartMode(id == 1);
        }
    });
    connect(m_amountEdit, &QLineEdit::returnPressed, this, &CounterPage::submit);
    connect(m_phoneEdit, &QLineEdit::returnPressed, this, &CounterPage::submit);
    connect(m_externalIdEdit, &QLineEdit::returnPressed, this, &CounterPage::submit);
    connect(m_noteEdit, &QLineEdit::returnPressed, this, &CounterPage::submit);
    connect(m_noteEdit, &QLineEdit::textChanged, this, &CounterPage::onFormChanged);
    connect(m_descriptionEdit, &DescriptionEdit::submitRequested, this, &CounterPage::submit);
    connect(m_cart, &CartPanel::submitRequested, this, &CounterPage::submit);
    connect(m_createButton, &QPushButton::clicked, this, &CounterPage::submit);
    connect(m_newIdButton, &QToolButton::clicked, this,
        [this] { m_externalIdEdit->setText(ApiClient::generateExternalOrderId(ApiClient::installId())); });
    connect(m_amountEdit, &QLineEdit::textChanged, this, &CounterPage::onFormChanged);
    connect(m_phoneEdit, &QLineEdit::textChanged, this, &CounterPage::onFormChanged);
    connect(m_descriptionEdit, &QPlainTextEdit::textChanged, this, &CounterPage::onFormChanged);
    connect(m_externalIdEdit, &QLineEdit::textChanged, this, &CounterPage::onFormChanged);
    connect(m_cart, &CartPanel::changed, this, &CounterPage::onFormChanged);
    connect(m_amountEdit, &QLineEdit::textEdited, this, [this] {
        m_amountServerError.clear();
        updateHints();
    });
    connect(m_phoneEdit, &QLineEdit::textEdited, this, [this] {
        m_phoneServerError.clear();
        updateHints();
    });
    connect(m_amountEdit, &QLineEdit::editingFinished, this, &CounterPage::updateHints);
    connect(m_phoneEdit, &QLineEdit::editingFinished, this, &CounterPage::updateHints);
    const bool qr = m_modeSwitch->mode() == CounterModeSwitch::Mode::Qr;
    m_phoneForm->setVisible(!qr);
    m_qrPanel->setVisible(qr);
}

void CounterPage::retranslate()
{
    m_amountModeRadio->setText(tr("By a&mount"));
    m_cartModeRadio->setText(tr("From the ca&talog"));
    m_amountLabel->setText(tr("&Amount, ₸:"));
    m_amountEdit->setPlaceholderText(tr("e.g. 15 000"));
    m_phoneLabel->setText(tr("&Phone:"));
    m_phoneEdit->setPlaceholderText(tr("+7 700 123 45 67"));
    m_descriptionLabel->setText(tr("&Description:"));
    m_descriptionEdit->setPlaceholderText(tr("What is paid for (optional)"));
    m_noteLabel->setText(tr("N&ote (only for you):"));
    m_noteEdit->setPlaceholderText(tr("Kept with the invoice; the customer does not see it (optional)"));
    m_externalIdLabel->setText(tr("Order &id:"));
    m_externalIdEdit->setToolTip(tr("Your order number; the app makes a unique one, you may type your own"));
    m_newIdButton->setText(tr("New id"));
    m_createButton->setText(tr("Create invoice (Enter)"));
    updateDescriptionCounter();
}

} // namespace apipay
