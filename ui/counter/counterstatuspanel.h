#pragma once

#include "shell/pagecontext.h"

#include "api/apierror.h"
#include "domain/invoice.h"

#include <QElapsedTimer>
#include <QFrame>

class QLabel;
class QPushButton;
class QTimer;

namespace apipay {

// Below the counter form: what happened to the invoice just sent — sending, its live status until paid / expired /
// error / cancelled (with "Show QR" while a payment link exists), or, when the answer was lost, the lookup (run by
// itself; "Look it up" only after the lookup failed) and the choice to create it again with the same order id.
// "Next customer" clears the form; "Edit and send again" (after Kaspi refused the invoice, or it expired unpaid) gives
// the form back as it was, for a corrected number or a second try.
class CounterStatusPanel : public QFrame
{
    Q_OBJECT
public:
    explicit CounterStatusPanel(const PageContext& context, QWidget* parent = nullptr);

    void showSending();
    void showInvoice(const Invoice& invoice, bool foundByLookup);
    // After a lost answer (or a restart during sending) the lookup runs at once: "Checking whether the invoice was
    // created…" with the reason in front of it (lostAnswerReason()).
    void showLookingUp(const QString& externalOrderId, const QString& reason = {});
    static QString lostAnswerReason(const ApiError& error, bool restored);
    void showNotFound(const QString& externalOrderId);
    // The lookup failed: "Look it up" again, or "Next customer" to set this sale aside (it is not lost: once the
    // server answers again, an invoice that was created shows in the list and the history).
    void showLookupFailed(const ApiError& error);
    // A restored unconfirmed invoice of another shop than the open one: the lookup waits for that shop.
    void showWaitingForShop(const QString& externalOrderId, const QString& shopName);
    void hidePanel();

    QLabel* statusLabel() const { return m_statusLabel; }
    QLabel* messageLabel() const { return m_messageLabel; }
    QPushButton* showQrButton() const { return m_showQrButton; }
    QPushButton* openButton() const { return m_openButton; }
    QPushButton* lookupButton() const { return m_lookupButton; }
    QPushButton* createAgainButton() const { return m_createAgainButton; }
    QPushButton* nextCustomerButton() const { return m_nextButton; }
    QPushButton* editAgainButton() const { return m_editAgainButton; }
    QPushButton* simulatePaymentButton() const { return m_simulateButton; }

Q_SIGNALS:
    void showQrClicked();
    void openClicked();
    void lookupClicked();
    void createAgainClicked();
    void nextCustomerClicked();
    void editAgainClicked();
    void simulatePaymentClicked();

protected:
    void changeEvent(QEvent* event) override;

private:
    // The buttons' texts and tooltips in the current language (at construction and on a live language switch).
    void retranslate();
    void setButtons(bool qr, bool open, bool lookup, bool createAgain, bool next);
    void updateSendingTime();
    void setTone(const QString& color);

    PageContext m_context;
    QLabel* m_titleLabel;
    QLabel* m_statusLabel;
    QLabel* m_messageLabel;
    QPushButton* m_showQrButton;
    QPushButton* m_openButton;
    QPushButton* m_lookupButton;
    QPushButton* m_createAgainButton;
    QPushButton* m_nextButton;
    QPushButton* m_editAgainButton;
    QPushButton* m_simulateButton;
    QElapsedTimer m_sendingClock;
    QTimer* m_sendingTicker = nullptr;
};

} // namespace apipay
