#pragma once

#include "shell/pagecontext.h"

#include "domain/invoice.h"

#include <QObject>
#include <QPointer>

class QSystemTrayIcon;

namespace apipay {

class InvoiceWatcher;

// Tells the cashier when a watched invoice becomes paid (or expired, cancelled, failed): a system tray message
// where a tray exists, else the status bar (the Notifier); optionally a short sound (QApplication::beep —
// Qt Multimedia is not part of the build). The sound setting is kept in QSettings ("notifications/sound").
class PaymentNotifier : public QObject
{
    Q_OBJECT
public:
    PaymentNotifier(InvoiceWatcher* watcher, const PageContext& context, QObject* parent = nullptr);
    ~PaymentNotifier() override;

    bool isSoundEnabled() const { return m_sound; }
    void setSoundEnabled(bool enabled);
    // The text of the last notification (for tests and the status bar).
    QString lastMessage() const { return m_lastMessage; }

Q_SIGNALS:
    void notified(const QString& title, const QString& message);

private:
    void onPaid(const apipay::InvoiceStatusUpdate& update);
    void onEnded(const apipay::InvoiceStatusUpdate& update);
    void notifyError(qint64 id, const QString& errorCode, const QString& errorMessage);
    void notify(const QString& title, const QString& message, bool important);

    PageContext m_context;
    QSystemTrayIcon* m_tray = nullptr;
    bool m_sound = true;
    QString m_lastMessage;
};

} // namespace apipay
