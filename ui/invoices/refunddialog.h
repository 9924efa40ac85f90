#pragma once

#include "shell/pagecontext.h"

#include "api/apiresult.h"
#include "api/lostanswer.h"
#include "domain/invoice.h"
#include "domain/refund.h"
#include "domain/requests.h"

#include <QDateTime>
#include <QDialog>
#include <QList>

#include <optional>

class QButtonGroup;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace apipay {

// Refund of one paid invoice: full, partial (amount capped at available_for_refund) or by cart items with counts.
// The request is sent once per click and never re-sent automatically. After an ambiguous failure (the answer was
// lost) the dialog reloads GET /invoices/{id}/refunds and shows them before it offers to send again (D8); when that
// read, right after the loss, shows no new refund, it is made once more a few seconds later (LostAnswer).
class UnsavedInputGuard;

class RefundDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Full, Partial, ByItems };

    RefundDialog(const PageContext& context,
        const Invoice& invoice,
        const std::optional<InvoiceRefunds>& refunds,
        QWidget* parent = nullptr);

    Mode mode() const;
    void reject() override;
    // The amount that may still be refunded (available_for_refund, else amount − total_refunded).
    std::optional<Money> available() const { return m_available; }

Q_SIGNALS:
    // The server accepted the refund (201).
    void refundCreated(const apipay::RefundResult& result);
    // Refunds were reloaded (after an ambiguous failure); the page refreshes its detail.
    void refundsReloaded(const apipay::InvoiceRefunds& refunds);

private:
    void buildItemsTable();
    void updateState();
    std::optional<RefundDraft> draftFromInputs(QString* problem) const;
    void send();
    void onAnswer(const ApiResult<RefundResult>& result);
    // Reads the invoice's refunds back after an ambiguous failure (the send button then says "Check again" until the
    // outcome is known): a refund that was not there when this one was sent means it was made.
    void checkOutcome();
    void setAvailableFrom(const InvoiceRefunds& refunds);
    // available_for_refund, else amount − total_refunded; unknown when an amount is unreadable.
    static std::optional<Money> availableFrom(const std::optional<Money>& availableForRefund,
        const std::optional<Money>& amount,
        const std::optional<Money>& totalRefunded);
    qint64 alreadyReturnedCount(const InvoiceItem& item) const;

    PageContext m_context;
    Invoice m_invoice;
    std::optional<InvoiceRefunds> m_refunds;
    std::optional<Money> m_available;
    bool m_busy = false;
    // The outcome of the last send is not known yet (its answer was lost and the read-back has not settled it).
    bool m_unsettled = false;
    ApiError m_unsettledError;
    LostAnswer m_lostAnswer; // a read-back finding nothing right after the loss is made once more
    // What was known when the refund was sent: the invoice's refund ids (when its refunds had been read) and the time.
    std::optional<QList<qint64>> m_refundIdsAtSend;
    QDateTime m_sentAt;

    QLabel* m_summaryLabel = nullptr;
    QRadioButton* m_fullRadio = nullptr;
    QRadioButton* m_partialRadio = nullptr;
    QRadioButton* m_itemsRadio = nullptr;
    QButtonGroup* m_modeGroup = nullptr;
    QLineEdit* m_amountEdit = nullptr;
    QLabel* m_amountHint = nullptr;
    QTableWidget* m_itemsTable = nullptr;
    QLabel* m_itemsTotalLabel = nullptr;
    QPlainTextEdit* m_reasonEdit = nullptr;
    QLabel* m_reasonCounter = nullptr;
    QLabel* m_messageLabel = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_sendButton = nullptr;
    UnsavedInputGuard* m_guard = nullptr;
};

} // namespace apipay
