// HistorySync after the first sync: what changed (new invoices, new refunds, statuses of invoices not yet final,
// invoices to read whole) and the slow re-reading of the recent past (historysync.h).
#include "store/historysynckeys.h"
#include "sync/historysync.h"

#include "api/apiclient.h"
#include "format/displayformat.h"
#include "store/historystore.h"

#include <algorithm>

namespace apipay {

namespace {
constexpr int kStatusBatch = 100; // the most ids one status check takes
constexpr int kStatusChecksPerPass = 3; // the newest 300 invoices that are not final
} // namespace

// ---- What changed -----------------------------------------------------------------------------------------------

bool HistorySync::beginUpdate()
{
    m_updateWanted = false;
    const bool historyStarted
        = intValue(synckeys::newestInvoiceId()) > 0 || firstPassDone(synckeys::historyInvoicesDone());
    if (historyStarted) {
        m_updateStep = Step::NewInvoices;
        m_updatePage = 1;
        m_updateNewest = intValue(synckeys::newestInvoiceId());
    } else if (!m_detailIds.isEmpty()) {
        m_updateStep = Step::Details;
    } else {
        m_updateStep = Step::None; // the first page of the first sync is what changed
    }
    return m_updateStep != Step::None;
}

void HistorySync::finishUpdate()
{
    m_updateStep = Step::None;
    setAsOf(QDateTime::currentDateTimeUtc());
    Q_EMIT connectivityChanged(m_offline, m_asOf);
    updateProgress();
}

void HistorySync::sendNewInvoices()
{
    InvoiceQuery query;
    query.page = m_updatePage;
    query.perPage = m_timing.perPage;
    query.sortBy = QStringLiteral("id");
    query.sortAscending = false;
    const qint64 known = intValue(synckeys::newestInvoiceId());
    m_inFlight = m_api->listInvoices(
        query, this,
        [this, known](const ApiResult<Page<Invoice>>& result) {
            if (!accept(result.error, OnError::Retry)) {
                return;
            }
            const Page<Invoice>& answer = result.value;
            if (!answer.items.isEmpty() && !storeOk(m_store->upsertInvoices(answer.items))) {
                return;
            }
            bool reachedKnown = false;
            for (const Invoice& invoice : answer.items) {
                m_updateNewest = std::max(m_updateNewest, invoice.id);
                reachedKnown = reachedKnown || invoice.id <= known;
            }
            if (reachedKnown || answer.items.isEmpty() || !answer.hasMore()) {
                // Everything down to the newest known has been read: only now may the newest known move up (a pass
                // cut short leaves no gap behind).
                if (m_updateNewest > known) {
                    setValue(synckeys::newestInvoiceId(), QString::number(m_updateNewest));
                }
                m_updateStep = firstPassDone(synckeys::historyRefundsDone()) ? Step::NewRefunds : Step::Statuses;
                m_updatePage = 1;
                m_statusIds.clear();
                if (m_updateStep == Step::Statuses) {
                    m_statusIds.append(-1); // built when the step starts
                }
            } else {
                ++m_updatePage;
            }
            pump();
        },
        Priority::Background);
}

void HistorySync::sendNewRefunds()
{
    RefundQuery query;
    query.page = m_updatePage;
    query.perPage = m_timing.perPage;
    m_inFlight = m_api->listRefunds(
        query, this,
        [this](const ApiResult<Page<Refund>>& result) {
            if (!accept(result.error, OnError::Retry)) {
                return;
            }
            const Page<Refund>& answer = result.value;
            bool reachedKnown = false;
            for (const Refund& refund : answer.items) {
                const StoreResult<QList<Refund>> stored = m_store->refundsOfInvoice(refund.invoiceId);
                if (stored.ok()) {
                    for (const Refund& known : stored.value()) {
                        reachedKnown = reachedKnown || known.id == refund.id;
                    }
                }
            }
            if (!answer.items.isEmpty() && !storeOk(m_store->upsertRefunds(answer.items))) {
                return;
            }
            if (reachedKnown || answer.items.isEmpty() || !answer.hasMore()) {
                m_updateStep = Step::Statuses;
                m_updatePage = 1;
                m_statusIds = { -1 };
            } else {
                ++m_updatePage;
            }
            pump();
        },
        Priority::Background);
}

void HistorySync::sendStatuses()
{
    if (m_statusIds.value(0) == -1) {
        // The invoices on this computer that are not final yet, newest first.
        HistoryQuery query;
        query.statuses = { InvoiceStatus::Processing, InvoiceStatus::Pending, InvoiceStatus::Cancelling };
        query.limit = kStatusBatch * kStatusChecksPerPass;
        m_statusIds.clear();
        const StoreResult<QList<Invoice>> open = m_store->findInvoices(query);
        if (open.ok()) {
            for (const Invoice& invoice : open.value()) {
                m_statusIds.append(invoice.id);
            }
        }
    }
    if (m_statusIds.isEmpty()) {
        m_updateStep = m_detailIds.isEmpty() ? Step::None : Step::Details;
        if (m_updateStep == Step::None) {
            finishUpdate();
        }
        return; // nothing sent: pump() goes on
    }
    const QList<qint64> batch = m_statusIds.mid(0, kStatusBatch);
    m_statusIds.remove(0, batch.size());
    m_inFlight = m_api->checkStatuses(
        batch, this,
        [this](const ApiResult<StatusCheckResult>& result) {
            if (!accept(result.error, OnError::Skip)) {
                return;
            }
            // "Status check jobs dispatched" carries no statuses: the re-reading of the recent past catches up.
            applyStatusUpdates(result.value.invoices);
            pump();
        },
        Priority::Background);
}

void HistorySync::sendDetails()
{
    if (m_detailIds.isEmpty()) {
        finishUpdate();
        return;
    }
    const qint64 id = m_detailIds.first();
    m_inFlight = m_api->invoice(
        id, this,
        [this, id](const ApiResult<Invoice>& result) {
            if (result.error.kind == ApiError::Kind::NotFound) {
                m_inFlight = 0;
                succeeded();
                m_detailIds.removeAll(id);
                if (storeOk(m_store->removeInvoice(id))) {
                    pump();
                }
                return;
            }
            if (!accept(result.error, OnError::Skip)) {
                if (result.error.kind != ApiError::Kind::Offline && result.error.kind != ApiError::Kind::Timeout) {
                    m_detailIds.removeAll(id); // not read now; the re-reading of the recent past covers it
                }
                return;
            }
            m_detailIds.removeAll(id);
            if (storeOk(m_store->upsertInvoices({ result.value }))) {
                pump();
            }
        },
        Priority::Background);
}

// ---- The recent past --------------------------------------------------------------------------------------------

void HistorySync::sendReReadList()
{
    if (m_reReadPage == 1) {
        m_reReadFrom = DisplayFormat::almatyDate(QDateTime::currentDateTimeUtc()).addDays(-m_timing.reReadDays);
        m_reReadSeen.clear();
        m_reReadStartedAt = QDateTime::currentDateTimeUtc();
    }
    InvoiceQuery query;
    query.page = m_reReadPage;
    query.perPage = m_timing.perPage;
    query.dateFrom = m_reReadFrom;
    query.sortBy = QStringLiteral("id");
    query.sortAscending = false;
    m_inFlight = m_api->listInvoices(
        query, this,
        [this](const ApiResult<Page<Invoice>>& result) {
            if (!accept(result.error, OnError::Retry)) {
                return;
            }
            const Page<Invoice>& answer = result.value;
            if (!answer.items.isEmpty() && !storeOk(m_store->upsertInvoices(answer.items))) {
                return;
            }
            for (const Invoice& invoice : answer.items) {
                m_reReadSeen.insert(invoice.id);
            }
            if (answer.items.isEmpty() || !answer.hasMore()) {
                finishReReadList();
            } else {
                ++m_reReadPage;
            }
            pump();
        },
        Priority::Background);
}

void HistorySync::finishReReadList()
{
    m_reReadPage = 1;
    m_reReadMissing.clear();
    if (m_reReadStartedAt.isValid()) {
        // Stored invoices of the same days, made before the first page was asked for, that the server did not list:
        // deleted there. Each is read once; a 404 removes it. (One made while the pages were read is read once more
        // and kept.)
        HistoryQuery query;
        query.from = DisplayFormat::almatyMidnightUtc(m_reReadFrom);
        query.to = m_reReadStartedAt;
        query.limit = 0;
        const StoreResult<QList<Invoice>> stored = m_store->findInvoices(query);
        if (stored.ok()) {
            for (const Invoice& invoice : stored.value()) {
                if (!m_reReadSeen.contains(invoice.id)) {
                    m_reReadMissing.append(invoice.id);
                }
            }
        }
    }
    m_reReadSeen.clear();
    if (m_reReadMissing.isEmpty()) {
        m_reReadDue = false;
        m_reReadStep = Step::ReReadList;
    } else {
        m_reReadStep = Step::ReReadCheck;
    }
}

void HistorySync::sendReReadCheck()
{
    if (m_reReadMissing.isEmpty()) {
        m_reReadDue = false;
        m_reReadStep = Step::ReReadList;
        return;
    }
    const qint64 id = m_reReadMissing.first();
    m_inFlight = m_api->invoice(
        id, this,
        [this, id](const ApiResult<Invoice>& result) {
            if (result.error.kind == ApiError::Kind::NotFound) {
                m_inFlight = 0;
                succeeded();
                m_reReadMissing.removeAll(id);
                if (storeOk(m_store->removeInvoice(id))) {
                    pump();
                }
                return;
            }
            if (!accept(result.error, OnError::Skip)) {
                if (result.error.kind != ApiError::Kind::Offline && result.error.kind != ApiError::Kind::Timeout) {
                    m_reReadMissing.removeAll(id);
                }
                return;
            }
            m_reReadMissing.removeAll(id);
            if (storeOk(m_store->upsertInvoices({ result.value }))) {
                pump();
            }
        },
        Priority::Background);
}

} // namespace apipay
