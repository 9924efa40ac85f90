#pragma once

#include "shell/pagecontext.h"

#include "domain/invoice.h"
#include "money/money.h"

#include <QObject>

namespace apipay {

class InvoiceDetailPane;
class InvoiceTableModel;

// After a refund was accepted, reads the invoice back (GET /invoices/{id}) and puts the server's invoice in the list
// row, the detail pane and the history on this computer at once, so that the three never disagree about what was
// refunded. A v2.0 server counts the refund at once; a v2.1 server changes the totals and the status only when the
// refund completes, so while the invoice does not count it yet it is read again a few times, further and further
// apart (at most kMaxReads reads per refund, a small share of the request budget); the history sync's re-reading
// of the recent past catches a refund that takes longer.
class RefundReadBack : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxReads = 6;

    RefundReadBack(const PageContext& context, InvoiceTableModel* model, InvoiceDetailPane* detail, QObject* parent);

    // `refundedBefore` is the invoice's refunded total before this refund, `refund` its amount.
    void start(qint64 invoiceId, Money refundedBefore, Money refund);

    // The pause before each further read (ms); tests shorten it.
    void setFirstDelayMs(int ms) { m_firstDelayMs = ms; }

Q_SIGNALS:
    // The server's invoice was put everywhere (once per read).
    void settled(const apipay::Invoice& invoice);

private:
    void read(qint64 invoiceId, Money expected, int attempt);
    void apply(const Invoice& invoice);

    PageContext m_context;
    InvoiceTableModel* m_model;
    InvoiceDetailPane* m_detail;
    int m_firstDelayMs = 2000;
};

} // namespace apipay
