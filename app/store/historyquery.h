#pragma once

#include "domain/invoicestatus.h"
#include "money/money.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace apipay {

// What an invoice view asks the history for. Every part is optional; an empty query lists everything, newest first.
struct HistoryQuery
{
    enum class SortKey { CreatedAt, PaidAt, Amount, Id };

    // Words as typed: each word must match the start of a word of the invoice (its number, description, order id,
    // phone in any form, customer name, item names). Phone numbers may be typed with spaces, brackets, dashes or +7.
    QString text;
    // Statuses as a person sees them (a fully refunded paid invoice counts as Refunded); empty = every status.
    QList<InvoiceStatus::Value> statuses;
    // Creation period [from, to) in UTC; an invalid bound is open.
    QDateTime from;
    QDateTime to;
    SortKey sortKey = SortKey::CreatedAt;
    Qt::SortOrder order = Qt::DescendingOrder;
    int limit = 100; // ≤ 0: no limit
    int offset = 0;
};

// The takings of a period, counted by the day each invoice was paid: every invoice paid in [from, to) (statuses paid,
// partially_refunded and refunded) adds its amount to the takings and what was refunded of it to the refunds.
struct HistoryTotals
{
    Money paidTakings;
    Money refunds;
    Money net; // paidTakings − refunds
    qint64 invoiceCount = 0; // paid invoices in the period
    Money averageTicket; // paidTakings / invoiceCount, rounded half up to the tiyn; zero without invoices
    // Paid invoices left out of the sums because their stored amount is missing or impossible (negative or above the
    // largest invoice); shown as a warning, never silently added.
    qint64 unreadableAmounts = 0;
};

} // namespace apipay
