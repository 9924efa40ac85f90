#pragma once

#include "domain/invoicestatus.h"

#include <QDate>
#include <QList>
#include <QString>

namespace apipay {

// What the invoice list is asked to show when another page opens it on a figure ("Waiting for payment now: 3", the
// paid invoices of this week). The list sets its own filters to it, so the person sees what was applied and can clear
// it.
struct InvoiceListRequest
{
    // Which day of an invoice the period counts: the day it was made, or the day the money came in (the takings of
    // the overview count paid invoices by the day they were paid; an invoice made yesterday and paid today is in
    // today's takings).
    enum class Days { Created, Paid };

    // Statuses as a person sees them (a fully refunded paid invoice is Refunded); empty: every status.
    QList<InvoiceStatus::Value> statuses;
    // Days of the display zone, both included; invalid: any time.
    QDate firstDay;
    QDate lastDay;
    Days days = Days::Created;
    // Translated, shown above the list while these filters are applied: what was opened ("Paid this week").
    QString caption;
};

// What the refund history is asked to show: the refunds made in a period.
struct RefundListRequest
{
    // Days of the display zone, both included.
    QDate firstDay;
    QDate lastDay;
};

} // namespace apipay
