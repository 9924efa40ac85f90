#include "paymentnotifier.h"

#include "shell/pagecontext.h"
#include "watch/invoicewatcher.h"

#include <QApplication>
#include <QSettings>
#include <QSystemTrayIcon>

namespace apipay {

namespace {

const char* const kSoundKey = "notifications/sound";

} // namespace

PaymentNotifier::PaymentNotifier(InvoiceWatcher* watcher, const PageContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_sound(QSettings().value(QLatin1String(kSoundKey), true).toBool())
{
    if (watcher) {
        connect(watcher, &InvoiceWatcher::invoicePaid, this, &PaymentNotifier::onPaid);
        connect(watcher, &InvoiceWatcher::invoiceEnded, this, &PaymentNotifier::onEnded);
    }
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(QApplication::applicationDisplayName());
        m_tray->show();
    }
}

PaymentNotifier::~PaymentNotifier() = default;

void PaymentNotifier::setSoundEnabled(bool enabled)
{
    m_sound = enabled;
    QSettings().setValue(QLatin1String(kSoundKey), enabled);
}

void PaymentNotifier::onPaid(const InvoiceStatusUpdate& update)
{
    const QString amount = m_context.session ? m_context.session->displayFormat().money(update.amount) : QString();
    const QString message = update.amount ? tr("Invoice %1 was paid: %2").arg(update.id).arg(amount)
                                          : tr("Invoice %1 was paid.").arg(update.id);
    notify(tr("Payment received"), message, true);
}

void PaymentNotifier::onEnded(const InvoiceStatusUpdate& update)
{
    QString message;
    switch (update.status.value()) {
    case InvoiceStatus::Expired:
        message = tr("Invoice %1 expired without payment.").arg(update.id);
        break;
    case InvoiceStatus::Cancelled:
        message = tr("Invoice %1 was cancelled.").arg(update.id);
        break;
    case InvoiceStatus::Error: {
        const QString why = Invoice::shortErrorText(update.errorCode, update.errorMessage);
        message = why.isEmpty() ? tr("Invoice %1 could not be delivered to Kaspi.").arg(update.id)
                                : tr("Invoice %1 could not be delivered to Kaspi: %2").arg(update.id).arg(why);
    } break;
    default:
        message = tr("Invoice %1 is now %2.").arg(update.id).arg(update.status.label());
        break;
    }
    notify(tr("Invoice ended"), message, false);
}

void PaymentNotifier::notify(const QString& title, const QString& message, bool important)
{
    m_lastMessage = message;
    if (m_tray && m_tray->isVisible()) {
        m_tray->showMessage(title, message, important ? QSystemTrayIcon::Information : QSystemTrayIcon::Warning, 8000);
    } else if (m_context.notifier) {
        m_context.notifier->reportInfo(message);
    }
    if (m_sound) {
        QApplication::beep();
    }
    Q_EMIT notified(title, message);
}

} // namespace apipay
