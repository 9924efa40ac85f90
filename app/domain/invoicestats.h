#pragma once

#include "money/money.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace apipay {

// v2.1 GET /invoices/stats: counts and sums of the invoices *created* in a window. `paid_*` counts only invoices whose
// status is `paid` (not partially refunded ones); `pending_*` includes `processing`. Amounts arrive as JSON numbers
// and are read exactly into tiyn. Missing keys stay empty; unreadable ones are listed.
struct InvoiceStats
{
    std::optional<qint64> totalInvoices;
    std::optional<qint64> paidInvoices;
    std::optional<qint64> pendingInvoices;
    std::optional<qint64> cancelledInvoices;
    std::optional<qint64> expiredInvoices;
    std::optional<Money> totalAmount;
    std::optional<Money> paidAmount;
    std::optional<Money> pendingAmount;
    std::optional<Money> cancelledAmount;
    std::optional<Money> expiredAmount;
    QString conversionRate; // percent as the server wrote it ("75", "66.67"); empty when absent
    QDateTime periodStart; // UTC; invalid when the answer has no period
    QDateTime periodEnd;
    QStringList unreadableFields;
};

// The period of GET /invoices/stats: a named one, or a pair of days (Asia/Almaty, both inclusive).
struct InvoiceStatsQuery
{
    enum class Period { None, Today, Week, Month, Year };
    Period period = Period::Today;
    QDate startDate; // used when period is None
    QDate endDate;
};

// A count with an optional sum, as the parts of the list summary carry them. A part written as a bare number is a
// count without a sum.
struct SummaryPart
{
    std::optional<qint64> count;
    std::optional<Money> amount;
};

// v2.1 GET /invoices?with_summary=1: the `summary` object beside the page, over every invoice the filters select (not
// only the page). With date_field=paid_at the window is cut by the payment time, and `sales` holds the invoices paid in
// it (also those refunded later, in part or whole: `refunded_later` says how much). Amounts arrive as strings.
struct InvoiceListSummary
{
    std::optional<qint64> count; // invoices the filters select
    SummaryPart sales;
    std::optional<Money> salesRefundedLater;
    SummaryPart refunds;
    std::optional<Money> netAmount;
    SummaryPart cancelled;
    SummaryPart expired;
    SummaryPart pending;
    QString periodFrom; // as the server wrote it
    QString periodTo;
    QString periodField; // created_at or paid_at
    QStringList unreadableFields;
};

} // namespace apipay
