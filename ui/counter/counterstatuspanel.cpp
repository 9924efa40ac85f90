#include "counterstatuspanel.h"

#include "invoices/invoicestatusstyle.h"
#include "money/phonenumber.h"
#include "shell/pagecontext.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace apipay {

CounterStatusPanel::CounterStatusPanel(const PageContext& context, QWidget* parent)
    : QFrame(parent)
    , m_context(context)
    , m_titleLabel(new QLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_messageLabel(new QLabel(this))
    , m_showQrButton(new QPushButton(this))
    , m_openButton(new QPushButton(this))
    , m_lookupButton(new QPushButton(this))
    , m_createAgainButton(new QPushButton(this))
    , m_nextButton(new QPushButton(this))
    , m_editAgainButton(new QPushButton(this))
    , m_simulateButton(new QPushButton(this))
{
    m_simulateButton->setObjectName(u"counterSimulatePaymentButton"_s);
    m_sendingTicker = new QTimer(this);
    m_sendingTicker->setInterval(1000);
    connect(m_sendingTicker, &QTimer::timeout, this, &CounterStatusPanel::updateSendingTime);
    setObjectName(u"counterStatusPanel"_s);
    setFrameShape(QFrame::StyledPanel);
    m_statusLabel->setObjectName(u"counterStatusLabel"_s);
    m_messageLabel->setObjectName(u"counterStatusMessageLabel"_s);
    m_showQrButton->setObjectName(u"counterShowQrButton"_s);
    m_openButton->setObjectName(u"counterOpenInvoiceButton"_s);
    m_lookupButton->setObjectName(u"counterLookupButton"_s);
    m_createAgainButton->setObjectName(u"counterCreateAgainButton"_s);
    m_nextButton->setObjectName(u"nextCustomerButton"_s);
    m_editAgainButton->setObjectName(u"counterEditAgainButton"_s);
    retranslate();

    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_titleLabel->setFont(titleFont);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    auto* header = new QHBoxLayout;
    header->addWidget(m_titleLabel);
    header->addWidget(m_statusLabel);
    header->addStretch(1);
    layout->addLayout(header);
    layout->addWidget(m_messageLabel);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : { m_showQrButton, m_openButton, m_lookupButton, m_createAgainButton, m_simulateButton }) {
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    buttons->addWidget(m_editAgainButton);
    buttons->addWidget(m_nextButton);
    // The page moves the focus to these after an answer ("Next customer", "Look it up", "Create again"), and Tab
    // reaches the others: Enter on any of them works as on a dialog button (outside a QDialog a QPushButton reacts
    // to Enter only when it is auto-default).
    for (QPushButton* b : { m_showQrButton, m_openButton, m_lookupButton, m_createAgainButton, m_simulateButton,
             m_editAgainButton, m_nextButton }) {
        b->setAutoDefault(true);
    }
    layout->addLayout(buttons);

    connect(m_showQrButton, &QPushButton::clicked, this, &CounterStatusPanel::showQrClicked);
    connect(m_openButton, &QPushButton::clicked, this, &CounterStatusPanel::openClicked);
    connect(m_lookupButton, &QPushButton::clicked, this, &CounterStatusPanel::lookupClicked);
    connect(m_createAgainButton, &QPushButton::clicked, this, &CounterStatusPanel::createAgainClicked);
    connect(m_nextButton, &QPushButton::clicked, this, &CounterStatusPanel::nextCustomerClicked);
    connect(m_editAgainButton, &QPushButton::clicked, this, &CounterStatusPanel::editAgainClicked);
    connect(m_simulateButton, &QPushButton::clicked, this, &CounterStatusPanel::simulatePaymentClicked);
    hidePanel();
}

void CounterStatusPanel::retranslate()
{
    m_showQrButton->setText(tr("Show &QR"));
    m_openButton->setText(tr("&Open invoice"));
    m_lookupButton->setText(tr("&Look it up"));
    m_createAgainButton->setText(tr("Create &again"));
    m_nextButton->setText(tr("&Next customer"));
    m_editAgainButton->setText(tr("&Edit and send again"));
    m_editAgainButton->setToolTip(tr("Back to the form as it was: correct the number or the amount and send a new "
                                     "invoice"));
    m_simulateButton->setText(tr("Simulate &payment (demo)"));
    m_simulateButton->setToolTip(tr("Demo mode: pretend the customer paid in the Kaspi app"));
    m_nextButton->setToolTip(tr("Clear the form for the next customer (Esc)"));
    m_createAgainButton->setToolTip(tr("Send the invoice again with the same order id"));
}

void CounterStatusPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QFrame::changeEvent(event);
}

void CounterStatusPanel::setButtons(bool qr, bool open, bool lookup, bool createAgain, bool next)
{
    m_sendingTicker->stop(); // every state but "sending" is set through here
    m_showQrButton->setVisible(qr);
    m_openButton->setVisible(open);
    m_lookupButton->setVisible(lookup);
    m_createAgainButton->setVisible(createAgain);
    m_nextButton->setVisible(next);
    m_editAgainButton->hide();
    m_simulateButton->hide();
}

void CounterStatusPanel::setTone(const QString& color)
{
    m_messageLabel->setStyleSheet(color.isEmpty() ? QString() : u"color: %1;"_s.arg(color));
}

void CounterStatusPanel::hidePanel()
{
    m_sendingTicker->stop();
    hide();
}

void CounterStatusPanel::showSending()
{
    m_titleLabel->setText(tr("Sending the invoice…"));
    m_statusLabel->hide();
    m_messageLabel->setText(tr("Please wait; the form stays as it is until ApiPay answers."));
    setTone(QString());
    setButtons(false, false, false, false, false);
    // A slow answer shows how long it has been, so that the cashier sees the app is still waiting, not stuck.
    m_sendingClock.start();
    m_sendingTicker->start();
    show();
}

void CounterStatusPanel::updateSendingTime()
{
    const int seconds = int((m_sendingClock.elapsed() + 500) / 1000); // a tick may come a little early
    if (seconds < 3) {
        return;
    }
    //: Counter, while ApiPay has not yet answered the new invoice; %n is the seconds since it was sent.
    m_messageLabel->setText(tr("Still waiting for ApiPay: %n second(s). The form stays as it is until it answers; "
                               "nothing is sent twice.",
        nullptr, seconds));
}

void CounterStatusPanel::showInvoice(const Invoice& invoice, bool foundByLookup)
{
    const PhoneNumber::ParseResult phone = PhoneNumber::parse(invoice.phone);
    m_titleLabel->setText(
        tr("Invoice %1 · %2").arg(invoice.id).arg(m_context.session->displayFormat().money(invoice.amount))
        + (phone.ok() ? u" · "_s + phone.value->display() : QString()));
    m_statusLabel->setText(invoice.status.label());
    m_statusLabel->setStyleSheet(InvoiceStatusStyle::chipStyleSheet(invoice.status, palette()));
    m_statusLabel->show();

    QString message;
    QString tone;
    switch (invoice.status.value()) {
    case InvoiceStatus::Processing:
        message = tr("Sending the invoice to Kaspi…");
        break;
    case InvoiceStatus::Pending:
        message = tr("Waiting for the customer to pay in the Kaspi app.");
        break;
    case InvoiceStatus::Paid:
        message = tr("Paid. Thank you!");
        tone = u"#2e7d32"_s;
        break;
    case InvoiceStatus::Expired:
        message = tr("The invoice expired before it was paid.");
        tone = u"#b26a00"_s;
        break;
    case InvoiceStatus::Error:
        message = invoice.shortErrorText().isEmpty()
            ? tr("Kaspi did not accept the invoice.")
            : tr("Kaspi did not accept the invoice: %1").arg(invoice.shortErrorText());
        tone = u"#c62828"_s;
        break;
    case InvoiceStatus::Cancelling:
        message = tr("Cancellation in progress…");
        break;
    case InvoiceStatus::Cancelled:
        message = tr("The invoice was cancelled.");
        tone = u"#b26a00"_s;
        break;
    case InvoiceStatus::PartiallyRefunded:
    case InvoiceStatus::Refunded:
        message = tr("Paid, and refunded since.");
        break;
    case InvoiceStatus::Unknown:
        message = tr("Status reported by ApiPay: %1").arg(invoice.status.raw());
        break;
    }
    if (foundByLookup) {
        message = tr("The answer was lost, but the invoice exists — nothing was sent twice. %1").arg(message);
    }
    m_messageLabel->setText(message);
    setTone(tone);
    setButtons(!invoice.paymentUrl.isEmpty() && !invoice.status.isFinal(), true, false, false, true);
    m_simulateButton->setVisible(
        m_context.session->demoControl() != nullptr && invoice.status.value() == InvoiceStatus::Pending);
    // Refused by Kaspi (e.g. a number without Kaspi) or expired unpaid: the same sale may go out again, corrected.
    m_editAgainButton->setVisible(
        invoice.status.value() == InvoiceStatus::Error || invoice.status.value() == InvoiceStatus::Expired);
    show();
}

QString CounterStatusPanel::lostAnswerReason(const ApiError& error, bool restored)
{
    return restored ? tr("The app was closed while the invoice was being sent.")
                    : tr("The answer was lost (%1).").arg(ApiError::kindTitle(error.kind));
}

void CounterStatusPanel::showLookingUp(const QString& externalOrderId, const QString& reason)
{
    m_titleLabel->setText(tr("Checking whether the invoice was created…"));
    m_statusLabel->hide();
    const QString searching = tr("Looking for order id %1. Nothing is sent again, so the customer does not get two "
                                 "invoices.")
                                  .arg(externalOrderId);
    m_messageLabel->setText(reason.isEmpty() ? searching : reason + u' ' + searching);
    setTone(reason.isEmpty() ? QString() : u"#b26a00"_s);
    setButtons(false, false, false, false, false);
    show();
}

void CounterStatusPanel::showNotFound(const QString& externalOrderId)
{
    m_titleLabel->setText(tr("The invoice was not created"));
    m_statusLabel->hide();
    m_messageLabel->setText(
        tr("No invoice with order id %1 exists. You can create it again with the same order id.").arg(externalOrderId));
    setTone(QString());
    setButtons(false, false, false, true, true);
    show();
}

void CounterStatusPanel::showLookupFailed(const ApiError& error)
{
    m_titleLabel->setText(tr("Was the invoice created?"));
    m_statusLabel->hide();
    m_messageLabel->setText(
        tr("The lookup failed too: %1").arg(error.userText()) // userText() ends with the advice for this kind + u' '
        + tr("“Next customer” sets this sale aside: if the invoice was created, it shows in the invoice list once the "
             "server answers again. Do not invoice the same customer again before that."));
    setTone(u"#c62828"_s);
    setButtons(false, false, true, false, true);
    show();
}

void CounterStatusPanel::showWaitingForShop(const QString& externalOrderId, const QString& shopName)
{
    m_titleLabel->setText(tr("Was the invoice created?"));
    m_statusLabel->hide();
    m_messageLabel->setText(
        tr("The app was closed while an invoice with order id %1 was being sent to the shop “%2”. Open that shop to "
           "check whether it was created, or press “Next customer” to set it aside.")
            .arg(externalOrderId, shopName.isEmpty() ? tr("(unknown)") : shopName));
    setTone(u"#b26a00"_s);
    setButtons(false, false, false, false, true);
    show();
}

} // namespace apipay
