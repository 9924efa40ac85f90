#include "qrcounterpanel.h"

#include "customerscreenbutton.h"
#include "qrcounterinput.h"

#include "api/apiclient.h"
#include "counter/qrinvoicewatch.h"
#include "counter/receiptfetcher.h"
#include "images/imagecache.h"
#include "qr/customerdisplaywindow.h"
#include "qr/qrcountdown.h"
#include "qr/qrwidget.h"
#include "session/democontrol.h"
#include "session/qrcapability.h"
#include "widgets/moneylineedit.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace apipay {

QrCounterPanel::QrCounterPanel(const PageContext& context, QrCapability* capability, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_capability(capability)
{
    setObjectName(u"qrCounterPanel"_s);
    Session* session = m_context.session;
    m_watch = new QrInvoiceWatch(session->api(), session->watcher(), this);
    connect(m_watch, &QrInvoiceWatch::updated, this, &QrCounterPanel::onUpdated);
    connect(m_watch, &QrInvoiceWatch::lost, this, [this] {
        m_failureText = tr("The server no longer knows this QR invoice.");
        showStatus();
    });
    // After "Paid ✓" the customer display offers the Kaspi receipt as a QR code (the customer's share link).
    m_receipts = new ReceiptFetcher(session->api(), this);
    connect(m_receipts, &ReceiptFetcher::ready, this, [this](qint64 invoiceId, const KaspiReceipt& receipt) {
        if (m_display && m_display->invoiceId() == invoiceId && receipt.customerLink().isValid()) {
            m_display->showReceiptLink(receipt.customerLink());
        }
    });
    buildUi();
    retranslate();
    showStatus();
    // Another shop or server: what was on the display belongs to the previous one.
    connect(session, &Session::sessionChanged, this, [this] {
        m_watch->clear();
        m_receipts->cancelAll();
        nextCustomer();
    });
}

QrCounterPanel::~QrCounterPanel()
{
    if (m_display) {
        delete m_display.data();
    }
}

void QrCounterPanel::buildUi()
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_input = new QrCounterInput(m_context, this);
    outer->addWidget(m_input);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.4);

    m_qr = new QrWidget(this);
    m_qr->setObjectName(u"counterQrWidget"_s);
    m_qr->setMinimumSize(220, 220);
    m_amountShown = new QLabel(this);
    m_amountShown->setObjectName(u"qrAmountShownLabel"_s);
    m_amountShown->setAlignment(Qt::AlignCenter);
    m_amountShown->setFont(big);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(u"qrStatusLabel"_s);
    m_statusLabel->setAlignment(Qt::AlignCenter);
    m_statusLabel->setWordWrap(true);
    QFont bold = big;
    bold.setBold(true);
    m_statusLabel->setFont(bold);
    m_countdownLabel = new QLabel(this);
    m_countdownLabel->setObjectName(u"qrCountdownLabel"_s);
    m_countdownLabel->setAlignment(Qt::AlignCenter);
    outer->addWidget(m_qr, 1);
    outer->addWidget(m_amountShown);
    outer->addWidget(m_statusLabel);
    outer->addWidget(m_countdownLabel);

    auto* buttons = new QHBoxLayout;
    m_cancelButton = new QPushButton(this);
    m_cancelButton->setObjectName(u"qrCancelButton"_s);
    m_newQrButton = new QPushButton(this);
    m_newQrButton->setObjectName(u"newQrButton"_s);
    m_nextButton = new QPushButton(this);
    m_nextButton->setObjectName(u"qrNextCustomerButton"_s);
    m_simulateButton = new QPushButton(this);
    m_simulateButton->setObjectName(u"qrSimulatePaymentButton"_s);
    for (QPushButton* button : { m_cancelButton, m_newQrButton, m_nextButton }) {
        button->setAutoDefault(true); // Enter on the focused button presses it
    }
    buttons->addStretch(1);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_newQrButton);
    buttons->addWidget(m_nextButton);
    buttons->addWidget(m_simulateButton);
    buttons->addStretch(1);
    m_screenButton = new CustomerScreenButton(this);
    buttons->addWidget(m_screenButton);
    outer->addLayout(buttons);

    m_clock = new QTimer(this);
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, &QrCounterPanel::updateCountdown);

    if (ImageCache* cache = m_context.session->imageCache()) {
        connect(cache, &ImageCache::imageReady, this, [this](const QUrl& url) {
            if (url == m_pictureUrl) {
                showServerPicture(url);
            }
        });
        connect(cache, &ImageCache::imageFailed, this, [this](const QUrl& url) {
            if (url == m_pictureUrl) {
                m_failureText = tr("The QR picture could not be loaded from the server.");
                showStatus();
            }
        });
    }
    connect(m_input, &QrCounterInput::submitRequested, this, &QrCounterPanel::submit);
    connect(m_input, &QrCounterInput::cartModeChanged, this, &QrCounterPanel::showStatus);
    // A new amount typed while a QR waits: say what Enter will do, and that the QR shown stays payable.
    connect(m_input->amountEdit(), &MoneyLineEdit::valueChanged, this, &QrCounterPanel::showStatus);
    connect(m_newQrButton, &QPushButton::clicked, this, &QrCounterPanel::newQr);
    connect(m_cancelButton, &QPushButton::clicked, this, &QrCounterPanel::cancelInvoice);
    connect(m_nextButton, &QPushButton::clicked, this, &QrCounterPanel::nextCustomer);
    connect(m_simulateButton, &QPushButton::clicked, this, &QrCounterPanel::simulatePayment);
    connect(m_screenButton, &QPushButton::toggled, this, &QrCounterPanel::onCustomerScreenSwitched);
}

void QrCounterPanel::retranslate()
{
    m_cancelButton->setText(tr("Cancel invoice"));
    m_newQrButton->setText(tr("New QR"));
    m_nextButton->setText(tr("Next customer"));
    m_simulateButton->setText(tr("Simulate payment (demo)"));
    m_qr->setPlaceholderText(qrPlaceholder());
    showStatus();
}

void QrCounterPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void QrCounterPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_invoice.id == 0) {
        focusIfShown(m_input->entryWidget());
    }
}

void QrCounterPanel::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape && escape()) {
        return;
    }
    QWidget::keyPressEvent(event);
}

bool QrCounterPanel::escape()
{
    if (m_busy || (m_invoice.id == 0 && m_failureText.isEmpty())) {
        return false;
    }
    nextCustomer();
    return true;
}

void QrCounterPanel::showInvoice(const Invoice& invoice)
{
    m_invoice = invoice;
    m_failureText.clear();
    m_refusalText.clear();
    QrCode code;
    if (!invoice.qrTokenUrl.isEmpty()) {
        const QrCode::EncodeResult encoded = QrCode::encode(invoice.qrTokenUrl);
        if (encoded.ok()) {
            code = encoded.code;
        }
    }
    m_qr->setCode(code);
    m_qr->setImage({});
    m_pictureUrl = code.isNull() ? QUrl(invoice.qrImageUrl) : QUrl();
    m_qr->setPlaceholderText(qrPlaceholder());
    m_amountShown->setText(m_context.session->displayFormat().money(invoice.amount));
    m_watch->watch(invoice);
    m_code = code;
    if (m_screenButton->isChecked()) {
        presentOnDisplay(code);
    }
    if (m_pictureUrl.isValid()) {
        // No token URL to draw: the server's own picture, through the image cache (fetched without the key).
        showServerPicture(m_pictureUrl);
    }
    m_clock->start();
    showStatus();
    // The focus goes to the code, where Enter does nothing: a cashier's second Enter must neither cancel the code the
    // customer is about to scan nor make another. Paid, the focus moves to "Next customer"; the buttons are a Tab away.
    focusIfShown(m_qr);
}

void QrCounterPanel::onUpdated(const Invoice& invoice)
{
    if (invoice.id != m_invoice.id) {
        return;
    }
    m_invoice = invoice;
    if (m_display && m_display->invoiceId() == invoice.id) {
        m_display->showQrInvoiceStatus(invoice.shownStatus());
    }
    showStatus();
    if (invoice.shownStatus().value() == InvoiceStatus::Paid) {
        m_context.session->notifyInvoicesChanged();
        if (m_display && m_display->invoiceId() == invoice.id
            && ReceiptFetcher::serverHasReceipts(m_context.session->api()) != std::optional<bool>(false)) {
            m_receipts->fetch(invoice.id);
        }
        focusIfShown(m_nextButton);
    } else if (invoice.status.isFinal()) {
        focusIfShown(m_newQrButton);
    }
}

void QrCounterPanel::cancelInvoice()
{
    if (m_invoice.id == 0 || m_busy) {
        return;
    }
    const qint64 id = m_invoice.id;
    setBusy(true);
    m_context.session->api()->cancelInvoice(id, this, [this, id](const ApiResult<CancelResult>& result) {
        setBusy(false);
        if (id != m_invoice.id) {
            return;
        }
        if (result.value.qrCancelUnsupported) {
            const QDateTime stops = result.value.qrStopsAt.isValid() ? result.value.qrStopsAt : m_invoice.qrExpiresAt;
            m_refusalText = tr("A QR invoice cannot be cancelled; it stops at %1.").arg(stopsAtText(stops));
            showStatus();
            focusIfShown(m_newQrButton);
            return;
        }
        if (!result.ok()) {
            m_refusalText = result.error.userText();
            showStatus();
            return;
        }
        // Some server cancelled it after all: the watch reports the new status.
        m_refusalText.clear();
        showStatus();
    });
}

void QrCounterPanel::simulatePayment()
{
    DemoControl* demo = m_context.session->demoControl();
    QString reason;
    if (m_invoice.id != 0 && demo && !demo->simulateInvoicePaid(m_invoice.id, &reason)) {
        m_failureText = tr("The demo payment was refused: %1").arg(reason);
        showStatus();
    }
    // The status arrives the real way: the watch asks the server within a second.
}

// Only while the panel is on screen: a hidden panel (another page, another mode) must not take the focus from what
// the person is looking at, e.g. when a new session clears it.
void QrCounterPanel::focusIfShown(QWidget* widget)
{
    if (isVisible()) {
        widget->setFocus();
    }
}

void QrCounterPanel::nextCustomer()
{
    m_watch->release();
    m_receipts->cancelAll();
    m_invoice = Invoice {};
    m_refusalText.clear();
    m_failureText.clear();
    m_uncheckedOrderId.clear(); // set aside: if it was created, it shows in the invoice list
    m_lastDraft = QrInvoiceDraft {};
    m_input->clear();
    m_clock->stop();
    m_qr->setCode(QrCode());
    m_qr->setImage({});
    m_pictureUrl.clear();
    m_code = QrCode();
    m_amountShown->clear();
    if (m_display) {
        m_display->showIdle();
    }
    m_qr->setPlaceholderText(qrPlaceholder());
    showStatus();
    focusIfShown(m_input->entryWidget());
}

void QrCounterPanel::clearIdleEntry()
{
    if (m_busy || m_invoice.id != 0 || !m_uncheckedOrderId.isEmpty()) {
        return;
    }
    m_refusalText.clear();
    m_failureText.clear();
    m_lastDraft = QrInvoiceDraft {};
    m_input->clear();
    showStatus();
}

void QrCounterPanel::setBusy(bool busy)
{
    m_busy = busy;
    m_input->setBusy(busy);
}

QString QrCounterPanel::stopsAtText(const QDateTime& utc) const
{
    if (!utc.isValid()) {
        return tr("its expiry time");
    }
    const DisplayFormat format = m_context.session->displayFormat();
    return format.locale().toString(format.toDisplayZone(utc).time(), u"HH:mm"_s);
}

void QrCounterPanel::showStatus()
{
    const bool hasInvoice = m_invoice.id != 0;
    const InvoiceStatus status = m_invoice.shownStatus();
    const bool paid = hasInvoice && status.value() == InvoiceStatus::Paid;
    const bool ended = hasInvoice && status.isFinal() && !paid;
    QString text;
    if (!m_failureText.isEmpty()) {
        text = m_failureText;
    } else if (!hasInvoice) {
        text.clear();
    } else if (paid) {
        text = tr("Paid ✓");
    } else if (status.value() == InvoiceStatus::Expired) {
        text = tr("The QR invoice expired without payment.");
    } else if (status.value() == InvoiceStatus::Cancelled) {
        text = tr("The customer cancelled the payment in the Kaspi app.");
    } else if (status.value() == InvoiceStatus::Error) {
        text = m_invoice.shortErrorText().isEmpty()
            ? tr("Kaspi could not take this payment.")
            : tr("Kaspi could not take this payment: %1").arg(m_invoice.shortErrorText());
    } else {
        text = tr("Waiting for the customer to scan and pay…");
    }
    if (!m_refusalText.isEmpty() && hasInvoice && !paid && !ended) {
        text = m_refusalText;
    }
    const std::optional<Money> typed = m_input->isCartMode() ? std::nullopt : m_input->amountEdit()->value();
    if (hasInvoice && !paid && !ended && m_failureText.isEmpty() && typed && typed != m_invoice.amount) {
        //: QR counter: the cashier typed another amount while a QR waits to be scanned, e.g. "Enter makes a new QR
        //: for 7,000.00 ₸. The QR shown, for 5,000.00 ₸, can still be paid until 16:52."
        text = tr("Enter makes a new QR for %1. The QR shown, for %2, can still be paid until %3.")
                   .arg(m_context.session->displayFormat().money(*typed),
                       m_context.session->displayFormat().money(m_invoice.amount), stopsAtText(m_invoice.qrExpiresAt));
    }
    m_statusLabel->setText(text);
    // A paid or ended QR must not be scanned again by the next person in the queue.
    m_qr->setPaid(paid);
    m_cancelButton->setVisible(hasInvoice && !status.isFinal() && m_refusalText.isEmpty());
    m_newQrButton->setVisible((hasInvoice && !paid) || !m_failureText.isEmpty());
    m_nextButton->setVisible(hasInvoice || !m_failureText.isEmpty());
    m_simulateButton->setVisible(
        hasInvoice && !status.isFinal() && m_context.session && m_context.session->demoControl() != nullptr);
    m_qr->setExpired(ended);
    // With a cart, the picker gives way to the QR once there is one; before that the QR area would be empty.
    m_input->setCollapsed(hasInvoice);
    m_qr->setVisible(hasInvoice || !m_input->isCartMode());
    updateCountdown();
}

void QrCounterPanel::updateCountdown()
{
    if (m_invoice.id == 0 || m_invoice.status.isFinal() || !m_invoice.qrExpiresAt.isValid()) {
        m_countdownLabel->clear();
        if (m_invoice.id == 0 || m_invoice.status.isFinal()) {
            m_clock->stop();
        }
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (QrCountdown::isExpired(m_invoice.qrExpiresAt, now)) {
        m_countdownLabel->setText(tr("Time is up — waiting for Kaspi's final answer"));
        m_qr->setExpired(true);
        return;
    }
    m_countdownLabel->setText(
        tr("%1 left to scan (until %2)")
            .arg(QrCountdown::clockText(now.secsTo(m_invoice.qrExpiresAt)), stopsAtText(m_invoice.qrExpiresAt)));
}

void QrCounterPanel::showServerPicture(const QUrl& url)
{
    ImageCache* cache = m_context.session->imageCache();
    const QImage image = cache ? cache->image(url) : QImage();
    if (image.isNull()) {
        return; // asked for; imageReady brings it
    }
    m_qr->setImage(image);
    if (m_display && m_display->invoiceId() == m_invoice.id) {
        m_display->setQrImage(image);
    }
}

QString QrCounterPanel::qrPlaceholder() const
{
    if (m_invoice.id == 0) {
        if (!m_screenButton || !m_screenButton->isChecked()) {
            return tr("Type the amount and press Enter");
        }
        // The switch is on and nothing is to be paid: say where the next QR will go, so that switching it on is
        // seen to do something even before there is a QR.
        return CustomerDisplayWindow::separateScreen(this)
            ? tr("Type the amount and press Enter\nThe QR will also show on the customer screen")
            : tr("Type the amount and press Enter\nThe QR will also fill this screen for the customer (Esc closes it)");
    }
    return m_pictureUrl.isValid() ? tr("Loading the QR code…") : tr("No QR code to show");
}

MoneyLineEdit* QrCounterPanel::amountEdit() const
{
    return m_input->amountEdit();
}

CartPanel* QrCounterPanel::cartPanel() const
{
    return m_input->cartPanel();
}

QPushButton* QrCounterPanel::createButton() const
{
    return m_input->createButton();
}

QLabel* QrCounterPanel::errorLabel() const
{
    return m_input->errorLabel();
}

CustomerDisplayWindow* QrCounterPanel::customerDisplay() const
{
    return m_display.data();
}

void QrCounterPanel::setUsesCustomerDisplay(bool use)
{
    m_screenButton->setOn(use);
}

void QrCounterPanel::presentOnDisplay(const QrCode& code)
{
    if (code.isNull() && !m_pictureUrl.isValid()) {
        return; // nothing to scan: the counter says why
    }
    CustomerDisplayWindow* window = display();
    window->showQrInvoice(code, m_amountShown->text(), m_invoice.qrExpiresAt, m_invoice.id);
    if (!window->isVisible()) {
        window->showOnCustomerScreen(this);
    }
}

void QrCounterPanel::onCustomerScreenSwitched(bool on)
{
    m_qr->setPlaceholderText(qrPlaceholder());
    if (!on) {
        if (m_display) {
            m_display->close();
        }
        return;
    }
    if (m_invoice.id != 0 && !m_invoice.shownStatus().isFinal()) {
        presentOnDisplay(m_code);
        if (m_pictureUrl.isValid()) {
            showServerPicture(m_pictureUrl);
        }
        return;
    }
    // Nothing to pay yet: a second screen shows the shop's idle screen at once; on this screen the display waits
    // for the next QR (an idle full-screen window would only hide the counter).
    if (CustomerDisplayWindow::separateScreen(this)) {
        CustomerDisplayWindow* window = display();
        window->showIdle();
        if (!window->isVisible()) {
            window->showOnCustomerScreen(this);
        }
    }
    if (m_invoice.id == 0) {
        focusIfShown(m_input->entryWidget()); // the next amount is typed here, not on the switch
    }
}

CustomerDisplayWindow* QrCounterPanel::display()
{
    if (!m_display) {
        m_display = new CustomerDisplayWindow(m_context, nullptr);
        m_display->setAttribute(Qt::WA_DeleteOnClose);
    }
    return m_display;
}

} // namespace apipay
