#pragma once

#include "format/displayformat.h"
#include "overview/overviewperiod.h"
#include "store/historyquery.h"
#include "store/storeresult.h"

#include "domain/refund.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QObject;
class QTextDocument;

namespace apipay {

class HistoryStore;

namespace overview {

// What the shop took on one calendar day (in the display zone), for printing or saving as PDF: the day's paid
// invoices, the refunds made that day, the totals (counted like the overview's "Today" card: takings of the invoices
// paid that day and what was refunded of them) and the takings per hour. Built from the history store; html() is
// what a QTextDocument prints.
class EndOfDayReport
{
    Q_DECLARE_TR_FUNCTIONS(apipay::overview::EndOfDayReport) // qualified: the context lupdate writes

public:
    struct HourTakings
    {
        int hour = 0; // 0–23, display zone
        qint64 invoiceCount = 0;
        Money takings;
    };

    // Reads the day from `store`; fails with the store's translated reason.
    static StoreResult<EndOfDayReport> build(const HistoryStore& store,
        QDate day,
        const DisplayFormat& format,
        const QString& shopName,
        const QDateTime& printedAt);

    QDate day() const { return m_period.firstDay; }
    const QString& shopName() const { return m_shopName; }
    const QList<PaidInvoiceRow>& invoices() const { return m_invoices; }
    const QList<Refund>& refunds() const { return m_refunds; }
    const HistoryTotals& totals() const { return m_totals; }
    // Hours with at least one paid invoice, in order.
    const QList<HourTakings>& hours() const { return m_hours; }

    // The report as HTML (every visible text translated), for QTextDocument::setHtml().
    QString html() const;
    // A document holding html(), owned by `parent`.
    QTextDocument* createDocument(QObject* parent) const;
    // The file name a saved copy gets by default: "end-of-day-YYYY-MM-DD.pdf".
    QString defaultFileName() const;

private:
    Period m_period;
    DisplayFormat m_format;
    QString m_shopName;
    QDateTime m_printedAt;
    QList<PaidInvoiceRow> m_invoices;
    QList<Refund> m_refunds;
    HistoryTotals m_totals;
    QList<HourTakings> m_hours;
};

} // namespace overview
} // namespace apipay
