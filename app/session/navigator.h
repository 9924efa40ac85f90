#pragma once

#include "money/money.h"
#include "session/listrequests.h"

#include <QString>
#include <QtGlobal>

#include <optional>

namespace apipay {

// Moves the person between the pages of the app. Pages and dialogs ask for it; the main window implements it
// (it knows the pages). Tests implement it to record what a page asked for. QtCore types only.
class Navigator
{
public:
    virtual ~Navigator() = default;

    // Opens the invoice list with this invoice selected.
    virtual void showInvoice(qint64 invoiceId) = 0;
    // Opens the invoice list filtered to what `request` names (its filters visible and clearable there).
    virtual void showInvoices(const InvoiceListRequest& request) = 0;
    // Opens the refund history filtered to the refunds made in a period.
    virtual void showRefunds(const RefundListRequest& request) = 0;
    // Shows a QR code for a payment link or any text (amount shown under it when given).
    virtual void showQr(const QString& content, const QString& title, const std::optional<Money>& amount) = 0;
    // The payment link of an invoice: the QR page and the customer display then follow its status ("Paid ✓").
    virtual void showInvoiceQr(
        qint64 invoiceId, const QString& content, const QString& title, const std::optional<Money>& amount)
        = 0;
    // Opens the counter for a new invoice.
    virtual void newInvoice() = 0;
};

} // namespace apipay
