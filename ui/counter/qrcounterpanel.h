#pragma once

#include "shell/pagecontext.h"

#include "api/apierror.h"
#include "domain/invoice.h"
#include "domain/qrinvoice.h"
#include "qr/qrcode.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;

namespace apipay {

class CartPanel;
class CustomerScreenButton;
class CustomerDisplayWindow;
class ReceiptFetcher;
class MoneyLineEdit;
class QrCapability;
class QrCounterInput;
class QrInvoiceWatch;
class QrWidget;

// The counter's QR mode (API v2.1): amount (or a cart from the catalog), Enter → a Kaspi QR invoice (POST
// /invoices/qr), its QR drawn here from qr_token_url (the server's picture from qr_image_url only when there is no
// token URL) and on the customer display, the time left to scan, then "Paid ✓" → "Next customer" (Enter or Esc
// goes back to an empty amount). The invoice is asked about every second while it waits (QrInvoiceWatch) and watched
// past the deadline until Kaspi's final status. A QR invoice cannot be cancelled: "Cancel" says until when it stays
// open and offers a new QR. A new QR never cancels the old one; nothing is re-created by itself.
class QrCounterPanel : public QWidget
{
    Q_OBJECT
public:
    QrCounterPanel(const PageContext& context, QrCapability* capability, QWidget* parent = nullptr);
    ~QrCounterPanel() override;

    QrCounterInput* input() const { return m_input; }
    MoneyLineEdit* amountEdit() const;
    CartPanel* cartPanel() const;
    QPushButton* createButton() const;
    QLabel* errorLabel() const;
    QrWidget* qrWidget() const { return m_qr; }
    QLabel* statusLabel() const { return m_statusLabel; }
    QLabel* countdownLabel() const { return m_countdownLabel; }
    QPushButton* cancelButton() const { return m_cancelButton; }
    QPushButton* newQrButton() const { return m_newQrButton; }
    QPushButton* nextButton() const { return m_nextButton; }
    QPushButton* simulateButton() const { return m_simulateButton; }
    CustomerDisplayWindow* customerDisplay() const;
    QrInvoiceWatch* watch() const { return m_watch; }
    const Invoice& invoice() const { return m_invoice; }
    CustomerScreenButton* customerScreenButton() const { return m_screenButton; }
    // Whether the customer display is opened with each QR (the "Customer screen" switch, not remembered).
    void setUsesCustomerDisplay(bool use);

public Q_SLOTS:
    void submit();
    void newQr();
    void cancelInvoice();
    void simulatePayment();
    void nextCustomer();
    // "Next customer" at the phone form: an amount typed (or refused) here earlier is cleared too, so the next QR
    // starts empty. A QR invoice on screen or being created is left as it is.
    void clearIdleEntry();
    // Esc at the counter in QR mode: after a QR (or a failure) the next customer, as Esc does at the phone form.
    // Returns whether it did anything.
    bool escape();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void buildUi();
    void retranslate();
    void createFrom(QrInvoiceDraft draft);
    void onCreateFailed(const ApiError& error, const QString& externalOrderId);
    void showInvoice(const Invoice& invoice);
    void showServerPicture(const QUrl& url);
    QString qrPlaceholder() const;
    void onUpdated(const Invoice& invoice);
    void showStatus();
    void updateCountdown();
    void setBusy(bool busy);
    // Asks the server whether the invoice of this order id exists (after its create answer was lost).
    void lookUp(const QString& externalOrderId);
    QString stopsAtText(const QDateTime& utc) const;
    CustomerDisplayWindow* display();
    // The "Customer screen" switch: on → the display opens (with the waiting QR, or idle), off → it closes.
    void onCustomerScreenSwitched(bool on);
    // The QR being paid on the customer display (opened on the customer's screen when not yet open).
    void presentOnDisplay(const QrCode& code);
    void focusIfShown(QWidget* widget);

    PageContext m_context;
    QPointer<QrCapability> m_capability;
    QrInvoiceWatch* m_watch = nullptr;
    ReceiptFetcher* m_receipts = nullptr; // the receipt QR on the display after payment
    QPointer<CustomerDisplayWindow> m_display;
    Invoice m_invoice;
    QrInvoiceDraft m_lastDraft; // what the last QR was for ("New QR" asks for the same again)
    QString m_refusalText; // "A QR invoice cannot be cancelled; …" after Cancel
    QString m_failureText;
    // The order id of a QR invoice whose create answer was lost and whose lookup failed: Enter (or "New QR") looks it
    // up again instead of creating another invoice; "Next customer" sets the sale aside.
    QString m_uncheckedOrderId;
    bool m_busy = false;

    QrCounterInput* m_input = nullptr;
    QrWidget* m_qr = nullptr;
    QUrl m_pictureUrl; // the server's PNG (qr_image_url), only when there is no qr_token_url to draw
    QLabel* m_amountShown = nullptr;
    QLabel* m_statusLabel = nullptr;
    QLabel* m_countdownLabel = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_newQrButton = nullptr;
    QPushButton* m_nextButton = nullptr;
    QPushButton* m_simulateButton = nullptr; // demo mode only: the customer pays
    CustomerScreenButton* m_screenButton = nullptr;
    QrCode m_code; // the QR drawn from qr_token_url (null when the server's picture is shown)
    QTimer* m_clock = nullptr;
};

} // namespace apipay
