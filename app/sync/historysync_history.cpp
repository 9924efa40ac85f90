// HistorySync's first sync: every invoice, then every refund, newest first, in pages bounded by the day it started,
// resumable from the store's sync values (historysync.h).
#include "store/historysynckeys.h"
#include "sync/historysync.h"

#include "api/apiclient.h"
#include "format/displayformat.h"
#include "store/historystore.h"

#include <algorithm>

namespace apipay {

namespace {

// When each record of a page (invoices or refunds) was created: how far back the page reaches.
template <typename Record> QList<QDateTime> createdTimes(const QList<Record>& records)
{
    QList<QDateTime> times;
    times.reserve(records.size());
    for (const Record& record : records) {
        times.append(record.createdAt);
    }
    return times;
}

} // namespace

QDate HistorySync::historyBoundDay()
{
    // The first sync reads the days up to and including the one it started on. Invoices of later days are the
    // business of "what changed" (newer than the newest known), so they never push the pages being read down; only
    // invoices made on that same day can, and the overlap they cause is read twice and stored once.
    QDate day = QDate::fromString(value(synckeys::historyBoundDay()), Qt::ISODate);
    if (!day.isValid()) {
        day = DisplayFormat::almatyDate(QDateTime::currentDateTimeUtc());
        setValue(synckeys::historyBoundDay(), day.toString(Qt::ISODate));
    }
    return day;
}

void HistorySync::sendHistoryInvoices()
{
    InvoiceQuery query;
    query.page = std::max<qint64>(1, intValue(synckeys::historyInvoicePage()));
    query.perPage = m_timing.perPage;
    query.dateTo = historyBoundDay();
    query.sortBy = QStringLiteral("id");
    query.sortAscending = false;
    const int page = query.page;
    m_inFlight = m_api->listInvoices(
        query, this,
        [this, page](const ApiResult<Page<Invoice>>& result) {
            if (!accept(result.error, OnError::Retry)) {
                return;
            }
            const Page<Invoice>& answer = result.value;
            if (!answer.items.isEmpty() && !storeOk(m_store->upsertInvoices(answer.items))) {
                return;
            }
            noteCovered(synckeys::historyInvoicesCoveredFrom(), createdTimes(answer.items));
            if (page == 1 && intValue(synckeys::newestInvoiceId()) <= 0) {
                qint64 newest = 0;
                for (const Invoice& invoice : answer.items) {
                    newest = std::max(newest, invoice.id);
                }
                if (newest > 0) {
                    setValue(synckeys::newestInvoiceId(), QString::number(newest));
                }
                m_updateWanted = false; // the newest page has just been read
                if (!m_asOf.isValid()) {
                    // The newest invoices are as the server has them now: "history as of" this moment, also while
                    // the older pages are still being read (an offline banner then says since when).
                    setAsOf(QDateTime::currentDateTimeUtc());
                    Q_EMIT connectivityChanged(m_offline, m_asOf);
                }
            }
            if (answer.total) {
                m_total = *answer.total;
                setValue(synckeys::historyTotal(), QString::number(m_total));
            }
            if (answer.items.isEmpty() || !answer.hasMore()) {
                setValue(synckeys::historyInvoicesDone(), QStringLiteral("1"));
                finishFirstSyncIfDone();
            } else {
                setValue(synckeys::historyInvoicePage(), QString::number(page + 1));
            }
            updateProgress();
            pump();
        },
        Priority::Background);
}

void HistorySync::noteCovered(const QString& key, const QList<QDateTime>& createdInPage)
{
    // The records not read yet have lower ids than this page's, so (ids being made in creation order) none of them
    // is much newer than the page. Its newest record, not its oldest, is the bound: a page may hold invoices dated
    // far back (the demo's subscription invoices have the highest ids and billing dates back to June), and the
    // oldest would claim months the sync has not read.
    QDateTime newest;
    for (const QDateTime& created : createdInPage) {
        if (created.isValid() && (!newest.isValid() || created > newest)) {
            newest = created;
        }
    }
    if (newest.isValid()) {
        setValue(key, newest.toUTC().toString(Qt::ISODateWithMs));
    }
}

void HistorySync::finishFirstSyncIfDone()
{
    if (!isFirstSyncDone()) {
        return; // the other part (invoices or refunds) is still being read
    }
    if (m_asOf.isNull() || !m_asOf.isValid()) {
        setAsOf(QDateTime::currentDateTimeUtc());
        Q_EMIT connectivityChanged(m_offline, m_asOf);
    }
    m_reReadDue = false; // the recent past has just been read; its re-reading comes with its timer
    m_updateWanted = true; // what arrived while the history was read
    updateProgress();
    Q_EMIT firstSyncFinished();
}

void HistorySync::sendHistoryRefunds()
{
    RefundQuery query;
    query.page = std::max<qint64>(1, intValue(synckeys::historyRefundPage()));
    query.perPage = m_timing.perPage;
    query.dateTo = historyBoundDay();
    const int page = query.page;
    m_inFlight = m_api->listRefunds(
        query, this,
        [this, page](const ApiResult<Page<Refund>>& result) {
            if (!accept(result.error, OnError::Retry)) {
                return;
            }
            const Page<Refund>& answer = result.value;
            if (!answer.items.isEmpty() && !storeOk(m_store->upsertRefunds(answer.items))) {
                return;
            }
            noteCovered(synckeys::historyRefundsCoveredFrom(), createdTimes(answer.items));
            if (answer.items.isEmpty() || !answer.hasMore()) {
                setValue(synckeys::historyRefundsDone(), QStringLiteral("1"));
                finishFirstSyncIfDone();
            } else {
                setValue(synckeys::historyRefundPage(), QString::number(page + 1));
            }
            pump();
        },
        Priority::Background);
}

} // namespace apipay
