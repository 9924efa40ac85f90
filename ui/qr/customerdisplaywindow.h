#pragma once

#include "shell/pagecontext.h"

#include "domain/invoice.h"
#include "qr/qrcode.h"

#include <QDateTime>
#include <QUrl>
#include <QWidget>

class QLabel;
class QScreen;
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
    // A Kaspi QR invoice (v2.1): the QR of its qr_token_url, the amount, the time left to scan (qr_expires_at − now)
    // and "Scan with the Kaspi app". After the deadline the QR is greyed and the display says it waits for Kaspi's
    // final answer. The caller watches the invoice (QrInvoiceWatch) and reports with showQrInvoiceStatus().
    void showQrInvoice(const QrCode& code, const QString& amountText, const QDateTime& qrExpiresUtc, qint64 invoiceId);
    // The server's picture of the QR invoice's code (qr_image_url), for an invoice shown without a code to draw.
    void setQrImage(const QImage& image);
    // The watched QR invoice's status: "Paid ✓" once paid (also late, after expired), the plain status when it ended.
    void showQrInvoiceStatus(const InvoiceStatus& status);
    // The receipt link after payment as a QR, with "Scan for your receipt".
    void showReceiptLink(const QUrl& url);
    // Back to the shop's name only (next customer).
    void showIdle();
    bool isShowingQrInvoice() const { return m_qrInvoice; }

    // Full screen on the screen that does not show `mainWindow` when there are several — without taking the keyboard
    // from the cashier's window —, else on its screen, in front (Esc closes it there).
    void showOnCustomerScreen(QWidget* mainWindow);
    // The screen other than the one showing `mainWindow`, or nullptr when there is only one.
    static QScreen* separateScreen(const QWidget* mainWindow);

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
    bool m_qrInvoice = false; // showing a Kaspi QR invoice (its own countdown wording)
};

} // namespace apipay
