#pragma once

#include "shell/pagecontext.h"

#include "domain/refund.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QTableWidget;

namespace apipay {

// The detail of one refund: amount, status, reason, who started it, Kaspi ids, the invoice it belongs to (with its
// refund totals) and the returned items. "Open invoice" asks the main window to show the invoice.
class RefundDetailPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RefundDetailPanel(const PageContext& context, QWidget* parent = nullptr);

    void setRefund(const Refund& refund);
    void clear();
    bool hasRefund() const { return m_refund.id != 0; }
    const Refund& refund() const { return m_refund; }
    QPushButton* openInvoiceButton() const { return m_openInvoiceButton; }
    QTableWidget* itemsTable() const { return m_itemsTable; }

Q_SIGNALS:
    void openInvoiceRequested(qint64 invoiceId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fill();

    PageContext m_context;
    Refund m_refund;
    QLabel* m_titleLabel;
    QLabel* m_placeholderLabel;
    QWidget* m_content;
    QFormLayout* m_form;
    QLabel* m_amountValue;
    QLabel* m_statusValue;
    QLabel* m_createdValue;
    QLabel* m_reasonValue;
    QLabel* m_initiatedValue;
    QLabel* m_kaspiValue;
    QLabel* m_errorValue;
    QLabel* m_invoiceValue;
    QLabel* m_invoiceTotalsValue;
    QLabel* m_itemsLabel;
    QTableWidget* m_itemsTable;
    QPushButton* m_openInvoiceButton;
};

} // namespace apipay
