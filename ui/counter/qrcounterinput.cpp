#include "qrcounterinput.h"

#include "cartpanel.h"
#include "widgets/moneylineedit.h"

#include <QButtonGroup>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace apipay {

namespace {
constexpr auto kCartModeKey = "counter/qrCartMode";
}

QrCounterInput::QrCounterInput(const PageContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(u"qrCounterInput"_s);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);

    auto* modeRow = new QHBoxLayout;
    m_amountModeRadio = new QRadioButton(this);
    m_amountModeRadio->setObjectName(u"qrAmountModeRadioButton"_s);
    m_cartModeRadio = new QRadioButton(this);
    m_cartModeRadio->setObjectName(u"qrCartModeRadioButton"_s);
    m_modeGroup = new QButtonGroup(this);
    m_modeGroup->addButton(m_amountModeRadio, 0);
    m_modeGroup->addButton(m_cartModeRadio, 1);
    modeRow->addWidget(m_amountModeRadio);
    modeRow->addWidget(m_cartModeRadio);
    modeRow->addStretch(1);
    outer->addLayout(modeRow);

    m_cart = new CartPanel(context, this);
    m_cart->setObjectName(u"qrCartPanel"_s);
    outer->addWidget(m_cart, 1);

    // The amount row stays compact like the phone form.
    auto* formBox = new QWidget(this);
    formBox->setMaximumWidth(640);
    auto* form = new QGridLayout(formBox);
    form->setContentsMargins(0, 0, 0, 0);
    m_amountLabel = new QLabel(this);
    m_amountEdit = new MoneyLineEdit(this);
    m_amountEdit->setObjectName(u"qrAmountLineEdit"_s);
    m_amountEdit->setDisplayLocale(m_context.session->displayFormat().locale());
    m_amountEdit->setRange(Money::invoiceMinimum(), Money::invoiceMaximum());
    QFont big = m_amountEdit->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_amountEdit->setFont(big);
    m_amountLabel->setBuddy(m_amountEdit);
    m_createButton = new QPushButton(this);
    m_createButton->setObjectName(u"createQrButton"_s);
    m_createButton->setAutoDefault(false);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(u"qrErrorLabel"_s);
    m_errorLabel->setWordWrap(true);
    QPalette warn = m_errorLabel->palette();
    warn.setColor(QPalette::WindowText, QColor(0xA0, 0x00, 0x18));
    m_errorLabel->setPalette(warn);
    form->addWidget(m_amountLabel, 0, 0);
    form->addWidget(m_amountEdit, 0, 1);
    form->addWidget(m_createButton, 0, 2);
    form->addWidget(m_errorLabel, 1, 0, 1, 3);
    form->setColumnStretch(1, 1);
    outer->addWidget(formBox);

    // The checked state, not the click: the keyboard, the mouse and a screen reader's "Toggle" all switch.
    connect(m_modeGroup, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (checked) {
            QSettings().setValue(QLatin1String(kCartModeKey), id == 1);
            applyMode();
            Q_EMIT cartModeChanged(id == 1);
        }
    });
    connect(m_amountEdit, &QLineEdit::returnPressed, this, &QrCounterInput::submitRequested);
    connect(m_createButton, &QPushButton::clicked, this, &QrCounterInput::submitRequested);
    connect(m_cart, &CartPanel::submitRequested, this, &QrCounterInput::submitRequested);
    connect(m_amountEdit, &QLineEdit::textEdited, m_errorLabel, &QLabel::clear);
    connect(m_cart, &CartPanel::changed, m_errorLabel, &QLabel::clear);

    const bool cart = QSettings().value(QLatin1String(kCartModeKey), false).toBool();
    (cart ? m_cartModeRadio : m_amountModeRadio)->setChecked(true);
    applyMode();
    retranslate();
}

bool QrCounterInput::isCartMode() const
{
    return m_cartModeRadio->isChecked();
}

void QrCounterInput::setCartMode(bool cart)
{
    (cart ? m_cartModeRadio : m_amountModeRadio)->setChecked(true);
}

void QrCounterInput::applyMode()
{
    const bool cart = isCartMode();
    m_amountLabel->setVisible(!cart);
    m_amountEdit->setVisible(!cart);
    m_cart->setVisible(cart && !m_collapsed);
    m_errorLabel->clear();
    if (cart) {
        m_cart->ensureCatalogLoaded(); // only now: the catalog costs requests
    }
    if (isVisible()) {
        entryWidget()->setFocus();
    }
}

std::optional<QrInvoiceDraft> QrCounterInput::draft()
{
    QrInvoiceDraft draft;
    if (isCartMode()) {
        QString problem;
        QWidget* fix = nullptr;
        if (!m_cart->readyToSend(draft.cartItems, draft.discountPercentage, &problem, &fix)) {
            m_errorLabel->setText(problem);
            fix->setFocus();
            return std::nullopt;
        }
        return draft;
    }
    const std::optional<Money> amount = m_amountEdit->value();
    if (!amount || !m_amountEdit->isValid()) {
        m_errorLabel->setText(
            m_amountEdit->text().trimmed().isEmpty() ? tr("Enter the amount.") : m_amountEdit->errorText());
        m_amountEdit->setFocus();
        return std::nullopt;
    }
    draft.amount = amount;
    return draft;
}

void QrCounterInput::setCollapsed(bool collapsed)
{
    m_collapsed = collapsed;
    m_cart->setVisible(isCartMode() && !collapsed);
    for (QRadioButton* radio : { m_amountModeRadio, m_cartModeRadio }) {
        radio->setEnabled(!collapsed);
    }
}

void QrCounterInput::setBusy(bool busy)
{
    m_createButton->setEnabled(!busy);
    m_amountEdit->setReadOnly(busy);
    m_cart->setEditable(!busy);
}

void QrCounterInput::showRefusal(const ApiError& error)
{
    if (isCartMode()) {
        m_cart->showFieldErrors(error);
    }
}

void QrCounterInput::clear()
{
    m_errorLabel->clear();
    m_amountEdit->clear();
    m_cart->clearAll();
}

QWidget* QrCounterInput::entryWidget() const
{
    return isCartMode() ? static_cast<QWidget*>(m_cart->barcodeEdit()) : m_amountEdit;
}

void QrCounterInput::retranslate()
{
    m_amountModeRadio->setText(tr("By a&mount"));
    m_cartModeRadio->setText(tr("From the ca&talog"));
    m_amountLabel->setText(tr("&Amount, ₸:"));
    m_createButton->setText(tr("Show QR"));
    m_createButton->setToolTip(tr("Create a Kaspi QR invoice for this amount or cart (Enter)"));
}

void QrCounterInput::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace apipay
