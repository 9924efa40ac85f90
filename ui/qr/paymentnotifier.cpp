#include "paymentnotifier.h"

#include "shell/pagecontext.h"

#include "api/apiclient.h"
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
    case InvoiceStatus::Error:
        if (update.errorCode.isEmpty() && m_context.session && m_context.session->api()) {
            // The status check carries the server's text but not its reason code: the invoice itself says which
            // reason it was, so the cashier reads the app's own sentence in their language, not the server's words.
            const InvoiceStatusUpdate ended = update;
            m_context.session->api()->invoice(
                update.id, this,
                [this, ended](const ApiResult<Invoice>& detail) {
                    notifyError(ended.id, detail.ok() ? detail.value.errorCode : QString(),
                        detail.ok() && !detail.value.errorMessage.isEmpty() ? detail.value.errorMessage
                                                                            : ended.errorMessage);
                },
                Priority::Background);
            return;
        }
        notifyError(update.id, update.errorCode, update.errorMessage);
        return;
    default:
        message = tr("Invoice %1 is now %2.").arg(update.id).arg(update.status.label());
        break;
    }
    notify(tr("Invoice ended"), message, false);
}

void PaymentNotifier::notifyError(qint64 id, const QString& errorCode, const QString& errorMessage)
{
    const QString why = Invoice::shortErrorText(errorCode, errorMessage);
    notify(tr("Invoice ended"),
        why.isEmpty() ? tr("Invoice %1 could not be delivered to Kaspi.").arg(id)
                      : tr("Invoice %1 could not be delivered to Kaspi: %2").arg(id).arg(why),
        false);
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
