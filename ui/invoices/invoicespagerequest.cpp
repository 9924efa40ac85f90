// InvoicesPage: opened by another page on what it asked for (Navigator::showInvoices) — the filters set to it, and a
// notice above the list saying what was opened and which filters make the list what it is, until they change.
#include "invoicespage.h"

#include "invoices/appliedfilternotice.h"
#include "invoices/invoicefilterbar.h"
#include "shell/pagecontext.h"

#include <QDateTime>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTableView>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace apipay {

namespace {

QStringList rawNames(const QList<InvoiceStatus::Value>& statuses)
{
    QStringList raw;
    for (const InvoiceStatus::Value status : statuses) {
        raw.append(InvoiceStatus::rawName(status));
    }
    return raw;
}

bool sameStatuses(QStringList a, QStringList b)
{
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    return a == b;
}

} // namespace

void InvoicesPage::showMatching(const InvoiceListRequest& request)
{
    bindHistory(); // the period of takings can be counted only over the history on this computer
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(context().session->displayFormat().zone()).date();
    {
        // One reading of the list for all of it, below.
        const QSignalBlocker blocker(m_filters);
        m_filters->searchEdit()->clear();
        m_filters->setCheckedStatuses(rawNames(request.statuses));
        if (!request.firstDay.isValid() || !request.lastDay.isValid()) {
            m_filters->setPeriod(InvoiceFilterBar::Period::AnyTime);
        } else if (request.firstDay == today && request.lastDay == today) {
            m_filters->setPeriod(InvoiceFilterBar::Period::Today);
        } else {
            m_filters->setCustomRange(request.firstDay, request.lastDay);
        }
        m_filters->setPeriodOfTakings(request.days == InvoiceListRequest::Days::Paid && readsFromHistory());
    }
    m_request = request;
    m_table->selectionModel()->clearSelection();
    applyFilters();
}

void InvoicesPage::followRequest(const InvoiceQuery& query)
{
    if (!m_request) {
        m_appliedNotice->hideNotice();
        return;
    }
    const InvoiceListRequest& request = *m_request;
    const bool paidDays = request.days == InvoiceListRequest::Days::Paid && readsFromHistory();
    const bool same = sameStatuses(query.statuses, rawNames(request.statuses)) && query.dateFrom == request.firstDay
        && query.dateTo == request.lastDay && m_filters->periodOfTakings() == paidDays;
    if (!same) {
        m_request.reset(); // the person chose other filters (or cleared them): the list is theirs now
        m_appliedNotice->hideNotice();
        return;
    }
    showRequestNotice();
}

void InvoicesPage::showRequestNotice()
{
    if (!m_request) {
        return;
    }
    const InvoiceListRequest& request = *m_request;
    const DisplayFormat format = context().session->displayFormat();
    QStringList details;
    if (request.firstDay.isValid() && request.lastDay.isValid()) {
        const QString days = request.firstDay == request.lastDay
            ? format.date(request.firstDay)
            : tr("%1 – %2", "a period of days").arg(format.date(request.firstDay), format.date(request.lastDay));
        if (m_filters->periodOfTakings()) {
            details.append(tr("paid on %1", "the invoices shown were paid on these days").arg(days));
        } else if (request.days == InvoiceListRequest::Days::Paid) {
            // The server's list knows only the day an invoice was made.
            details.append(tr("made on %1 (the history on this computer is still being read, so the day of "
                              "payment cannot be used yet)")
                               .arg(days));
        } else {
            details.append(tr("made on %1", "the invoices shown were made on these days").arg(days));
        }
    }
    QStringList labels;
    for (const InvoiceStatus::Value status : request.statuses) {
        labels.append(InvoiceStatus::label(status));
    }
    if (!labels.isEmpty()) {
        details.append(tr("status: %1", "the statuses of the invoices shown").arg(labels.join(u", "_s)));
    }
    m_appliedNotice->showNotice(request.caption, details.join(u" · "_s));
}

} // namespace apipay
