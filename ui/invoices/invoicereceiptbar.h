#pragma once

#include "shell/pagecontext.h"

#include "domain/invoice.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace apipay {

class ReceiptFetcher;

// "Open receipt" and "Copy receipt link" in the invoice detail, for a paid or partially refunded invoice on a server
// that gives Kaspi receipts (ApiPay v2.1). The receipt is fetched when a button is pressed (ReceiptFetcher: waits
// for Kaspi, caches it for the run). Whether the server gives receipts at all is learnt once per server and run
// from the first paid invoice shown; until then, and on a v2.0 server, the buttons stay hidden.
// The link given out is the customer's share_link (else the fiscal receipt_link); it carries a secret, so it is
// never shown as text, logged or stored — only opened or put on the clipboard at the person's request.
class InvoiceReceiptBar : public QWidget
{
    Q_OBJECT
public:
    explicit InvoiceReceiptBar(const PageContext& context, QWidget* parent = nullptr);

    void setInvoice(const std::optional<Invoice>& invoice);
    QPushButton* openButton() const { return m_openButton; }
    QPushButton* copyButton() const { return m_copyButton; }
    QLabel* stateLabel() const { return m_state; }
    ReceiptFetcher* fetcher() const { return m_fetcher; }

protected:
    void changeEvent(QEvent* event) override;

private:
    enum class Action { None, Open, Copy };

    void rebuildFetcher();
    void request(Action action);
    void onReady(qint64 invoiceId);
    void updateVisibility();
    void retranslate();

    PageContext m_context;
    ReceiptFetcher* m_fetcher = nullptr;
    qint64 m_invoiceId = 0;
    bool m_eligible = false; // paid or partially refunded
    Action m_pending = Action::None;
    QPushButton* m_openButton = nullptr;
    QPushButton* m_copyButton = nullptr;
    QLabel* m_state = nullptr;
};

} // namespace apipay
