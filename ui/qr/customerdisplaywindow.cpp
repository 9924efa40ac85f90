#include "customerdisplaywindow.h"

#include "qrcountdown.h"
#include "qrwidget.h"
#include "shell/pagecontext.h"
#include "watch/invoicewatcher.h"

#include <QEvent>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QScreen>
#include <QTimer>
#include <QVBoxLayout>
#include <QWindow>

namespace apipay {

namespace {

QFont scaledFont(const QFont& base, qreal factor, bool bold)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() > 0 ? base.pointSizeF() * factor : 12 * factor);
    font.setBold(bold);
    return font;
}

} // namespace

CustomerDisplayWindow::CustomerDisplayWindow(const PageContext& context, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_context(context)
    , m_shopLabel(new QLabel(this))
    , m_qr(new QrWidget(this))
    , m_amountLabel(new QLabel(this))
    , m_countdownLabel(new QLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_hintLabel(new QLabel(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("customerDisplayWindow"));
    // High contrast regardless of the desktop theme.
    QPalette pal = palette();
    pal.setColor(QPalette::Window, Qt::white);
    pal.setColor(QPalette::WindowText, Qt::black);
    setPalette(pal);
    setAutoFillBackground(true);

    m_shopLabel->setFont(scaledFont(font(), 2.2, true));
    m_amountLabel->setFont(scaledFont(font(), 4.0, true));
    m_countdownLabel->setFont(scaledFont(font(), 2.0, false));
    m_statusLabel->setFont(scaledFont(font(), 6.0, true));
    m_hintLabel->setFont(scaledFont(font(), 1.6, false)); // read by the customer from a step away
    for (QLabel* label : { m_shopLabel, m_amountLabel, m_countdownLabel, m_statusLabel, m_hintLabel }) {
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
    }
    m_shopLabel->setObjectName(QStringLiteral("shopLabel"));
    m_amountLabel->setObjectName(QStringLiteral("amountLabel"));
    m_countdownLabel->setObjectName(QStringLiteral("countdownLabel"));
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->hide();
    m_hintLabel->setForegroundRole(QPalette::WindowText);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 16);
    layout->addWidget(m_shopLabel);
    layout->addWidget(m_qr, 1);
    layout->addWidget(m_statusLabel, 1);
    layout->addWidget(m_amountLabel);
    layout->addWidget(m_countdownLabel);
    layout->addWidget(m_hintLabel);

    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &CustomerDisplayWindow::updateCountdown);
    if (InvoiceWatcher* watcher = m_context.session ? m_context.session->watcher() : nullptr) {
        connect(watcher, &InvoiceWatcher::statusesChanged, this, &CustomerDisplayWindow::onStatusesChanged);
    }
    retranslate();
}

void CustomerDisplayWindow::setPayment(
    const QrCode& code, const QString& amountText, const QDateTime& expireUtc, qint64 invoiceId)
{
    m_qrInvoice = false;
    m_qr->setCode(code);
    m_qr->setImage({});
    m_qr->setExpired(false);
    m_qr->show();
    m_statusLabel->hide();
    m_amountLabel->setText(amountText);
    m_amountLabel->setVisible(!amountText.isEmpty());
    m_expireUtc = expireUtc;
    m_invoiceId = invoiceId;
    m_paid = false;
    if (m_context.session) {
        m_shopLabel->setText(m_context.session->shopName());
    }
    if (invoiceId > 0 && m_context.session && m_context.session->watcher()) {
        // The customer is waiting in front of this screen: the fast cadence applies.
        m_context.session->watcher()->watchCustomerWaiting(invoiceId);
    }
    updateCountdown();
    if (m_expireUtc.isValid()) {
        m_timer->start();
    } else {
        m_timer->stop();
    }
}

QScreen* CustomerDisplayWindow::separateScreen(const QWidget* mainWindow)
{
    const QWindow* handle = mainWindow ? mainWindow->window()->windowHandle() : nullptr;
    const QScreen* own = handle ? handle->screen() : QGuiApplication::primaryScreen();
    const QList<QScreen*> screens = QGuiApplication::screens();
    for (QScreen* screen : screens) {
        if (screen != own) {
            return screen;
        }
    }
    return nullptr;
}

void CustomerDisplayWindow::showOnCustomerScreen(QWidget* mainWindow)
{
    QScreen* target = separateScreen(mainWindow);
    const bool separate = target != nullptr;
    if (!target) {
        const QWindow* handle = mainWindow ? mainWindow->window()->windowHandle() : nullptr;
        target = handle ? handle->screen() : QGuiApplication::primaryScreen();
    }
    if (target) {
        setGeometry(target->geometry());
        if (QWindow* handle = windowHandle()) {
            handle->setScreen(target);
        }
    }
    // On the customer's own screen the cashier keeps typing in the main window.
    setAttribute(Qt::WA_ShowWithoutActivating, separate);
    showFullScreen();
    if (!separate) {
        raise();
        activateWindow();
    }
}

QString CustomerDisplayWindow::statusText() const
{
    return m_statusLabel->isVisible() || m_paid ? m_statusLabel->text() : QString();
}

void CustomerDisplayWindow::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

void CustomerDisplayWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void CustomerDisplayWindow::onStatusesChanged(const QList<InvoiceStatusUpdate>& updates)
{
    if (m_invoiceId <= 0) {
        return;
    }
    for (const InvoiceStatusUpdate& update : updates) {
        if (update.id == m_invoiceId && update.status.isFinal()) {
            showFinal(update.status);
        }
    }
}

void CustomerDisplayWindow::showFinal(const InvoiceStatus& status)
{
    m_paid = status.value() == InvoiceStatus::Paid;
    m_timer->stop();
    m_qr->hide();
    m_countdownLabel->clear();
    QPalette pal = m_statusLabel->palette();
    pal.setColor(QPalette::WindowText, m_paid ? QColor(0x00, 0x5A, 0x1E) : QColor(0xA0, 0x00, 0x18));
    m_statusLabel->setPalette(pal);
    m_statusLabel->setText(m_paid ? tr("Paid ✓") : status.label());
    m_statusLabel->show();
}

void CustomerDisplayWindow::updateCountdown()
{
    if (m_paid) {
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool expired = QrCountdown::isExpired(m_expireUtc, now);
    if (m_qrInvoice) {
        // A payment started before the deadline may still finish: the display keeps waiting for Kaspi.
        m_countdownLabel->setText(
            expired ? tr("Time is up — waiting for Kaspi's final answer") : QrCountdown::text(m_expireUtc, now));
        m_qr->setExpired(expired);
        return;
    }
    m_countdownLabel->setText(QrCountdown::text(m_expireUtc, now));
    m_qr->setExpired(expired);
    if (expired) {
        m_timer->stop();
    }
}

void CustomerDisplayWindow::retranslate()
{
    setWindowTitle(tr("Customer display"));
    m_hintLabel->setText(
        m_qrInvoice ? tr("Scan with the Kaspi app") : tr("Scan with the Kaspi.kz app · Esc closes this window"));
    m_qr->setPlaceholderText(tr("No QR code"));
    if (m_paid) {
        m_statusLabel->setText(tr("Paid ✓"));
    }
    updateCountdown();
}

} // namespace apipay
