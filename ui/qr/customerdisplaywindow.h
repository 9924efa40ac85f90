#pragma once

#include "shell/pagecontext.h"

#include "domain/invoice.h"
#include "qr/qrcode.h"

#include <QDateTime>
#include <QWidget>

class QLabel;
class QTimer;

namespace apipay {

class QrWidget;

// The window the customer sees: full screen (on a second screen when there is one), black on white, the QR code,
// the amount in large digits, the shop name and the countdown; a large "Paid ✓" once the watched invoice is paid
// (InvoiceWatcher). Esc closes it.
class CustomerDisplayWindow : public QWidget
{
    Q_OBJECT
public:
    explicit CustomerDisplayWindow(const PageContext& context, QWidget* parent = nullptr);

    // invoiceId 0 = no ApiPay invoice to watch (e.g. an Antom code): only the countdown applies.
    void setPayment(const QrCode& code, const QString& amountText, const QDateTime& expireUtc, qint64 invoiceId);
    qint64 invoiceId() const { return m_invoiceId; }
    bool isPaid() const { return m_paid; }
    // Full screen on the screen that does not show `mainWindow` when there are several, else on its screen.
    void showOnCustomerScreen(QWidget* mainWindow);

    QrWidget* qrWidget() const { return m_qr; }
    QString statusText() const;

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void onStatusesChanged(const QList<apipay::InvoiceStatusUpdate>& updates);
    void showFinal(const InvoiceStatus& status);
    void updateCountdown();
    void retranslate();

    PageContext m_context;
    QLabel* m_shopLabel;
    QrWidget* m_qr;
    QLabel* m_amountLabel;
    QLabel* m_countdownLabel;
    QLabel* m_statusLabel;
    QLabel* m_hintLabel;
    QTimer* m_timer;
    QDateTime m_expireUtc;
    qint64 m_invoiceId = 0;
    bool m_paid = false;
};

} // namespace apipay
