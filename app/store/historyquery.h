#pragma once

#include "domain/invoicestatus.h"
#include "money/money.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

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
    // Period [from, to) in UTC; an invalid bound is open. It bounds the moment of creation, or with
    // periodOfTakings the moment the money came in, the way totals() counts a period: only invoices paid, partially
    // refunded or refunded, by paid_at (else created_at).
    QDateTime from;
    QDateTime to;
    bool periodOfTakings = false;
    SortKey sortKey = SortKey::CreatedAt;
    Qt::SortOrder order = Qt::DescendingOrder;
    int limit = 100; // ≤ 0: no limit
    int offset = 0;
};

// The money of a period as a cash drawer sees it: every invoice paid in [from, to) (statuses paid, partially_refunded
// and refunded, on the moment its money came in) adds its amount to the takings; every refund made in [from, to) that
// has not failed adds its amount to the refunds, whenever its invoice was paid. So the refunds of a day are exactly
// the refunds the refund history lists for that day (less the failed ones), and a past day's figures do not change
// when an old sale is refunded today.
struct HistoryTotals
{
    Money paidTakings;
    Money refunds;
    Money net; // paidTakings − refunds; below zero on a day with more refunded than taken
    qint64 invoiceCount = 0; // paid invoices in the period
    Money averageTicket; // paidTakings / invoiceCount, rounded half up to the tiyn; zero without invoices
    // Paid invoices left out of the sums because their stored amount is missing or impossible (negative or above the
    // largest invoice); shown as a warning, never silently added.
    qint64 unreadableAmounts = 0;
    // The same for refunds made in the period.
    qint64 unreadableRefunds = 0;
};

// One paid invoice of a period, as the end-of-day report lists it (HistoryStore::paidInvoices()).
struct PaidInvoiceRow
{
    qint64 id = 0;
    QDateTime paidAt; // when the money came in (paid_at, else created_at), UTC
    QString description;
    QString externalOrderId;
    std::optional<Money> amount; // empty when it cannot be real (counted, never added; see HistoryTotals)
    Money refunded; // what was refunded of it (all of it when fully refunded)
};

// One line of the best sellers: an item name, how many were sold and for how much (price × count of every line).
struct ItemSale
{
    QString name;
    qint64 quantity = 0;
    Money amount;
};

struct ItemSales
{
    QList<ItemSale> items; // largest amount first
    // Lines left out because their price or count cannot be real (negative, or above the largest invoice).
    qint64 unreadableLines = 0;
};

// What the refund history asks the store for. Every part is optional; an empty query lists every refund, newest first.
struct RefundHistoryQuery
{
    // Raw refund statuses (pending, processing, completed, failed); empty = every status.
    QStringList statuses;
    // Creation period [from, to) in UTC; an invalid bound is open.
    QDateTime from;
    QDateTime to;
    // Only the refunds of this invoice (0 = every invoice).
    qint64 invoiceId = 0;
    // Words as typed, matched like the invoice search (docs/history-store.md, "Search"): each word must be the start
    // of a word of the refund (its number, its invoice's number, the reason, the returned items' names) or of its
    // stored invoice (the customer's phone in any form and name, description, order id, items, note). A phone may be
    // typed with spaces, brackets, dashes or +7.
    QString text;
    int limit = 200; // ≤ 0: no limit
    int offset = 0;
};

// Totals over every refund a RefundHistoryQuery matches (not only the rows read). Exact: a sum that does not fit is an
// error, never a wrapped number.
struct RefundHistoryTotals
{
    qint64 count = 0;
    Money total; // every refund with a readable amount
    // Refunds whose amount is missing or impossible (negative or above the largest invoice): left out of the sums.
    qint64 unreadableAmounts = 0;
    // Per raw status: how many, and the sum of their readable amounts.
    QMap<QString, qint64> countByStatus;
    QMap<QString, Money> totalByStatus;
};

} // namespace apipay
