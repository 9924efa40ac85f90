// HistorySync's engine: choosing the next request, pacing, failures, offline and connectivity, progress, and the
// statuses the InvoiceWatcher reports (historysync.h).
#include "sync/historysync.h"
#include "store/historysynckeys.h"

#include "api/apiclient.h"
#include "store/historystore.h"
#include "watch/invoicewatcher.h"

#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcSync, "apipay.sync")

namespace apipay {

HistorySync::HistorySync(ApiClient* api, HistoryStore* store, InvoiceWatcher* watcher, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_store(store)
    , m_watcher(watcher)
    , m_pacer(api)
{
    m_pacer.setMinIntervalMs(m_timing.minIntervalMs);
    m_waitTimer.setSingleShot(true);
    connect(&m_waitTimer, &QTimer::timeout, this, &HistorySync::pump);
    connect(&m_updateTimer, &QTimer::timeout, this, [this] {
        m_updateWanted = true;
        pump();
    });
    connect(&m_listsTimer, &QTimer::timeout, this, [this] {
        m_listsDue = true;
        pump();
    });
    connect(&m_reReadTimer, &QTimer::timeout, this, [this] {
        m_reReadDue = true;
        pump();
    });
    // A 429 anywhere on this client (the counter's or ours) means the key's budget is spent: every instance's
    // background work waits as long as the server asked.
    connect(api, &ApiClient::rateLimited, this, [this](int seconds) {
        if (m_api) {
            m_pacer.pauseAllInstances(qint64(seconds) * m_api->config().msPerRetryAfterSecond);
        }
    });
    // Any answer read from the server (a page's, the counter's, the session's probe) means it is back: an offline wait
    // is cut short, as for F5, instead of lasting up to retryMaxMs.
    connect(api, &ApiClient::exchangeFinished, this, [this](const ApiError& delivered) {
        if (!delivered.isError() && m_offline && m_waitTimer.isActive()) {
            m_waitTimer.stop();
            m_retryDelayMs = m_timing.retryMinMs;
            pump();
        }
    });
    if (watcher) {
        connect(watcher, &InvoiceWatcher::statusesChanged, this, &HistorySync::applyStatusUpdates);
    }
    if (store) {
        const QString asOf = value(synckeys::historyAsOf());
        m_asOf = QDateTime::fromString(asOf, Qt::ISODateWithMs);
        m_total = intValue(synckeys::historyTotal());
    }
}

HistorySync::~HistorySync()
{
    if (m_api && m_inFlight != 0) {
        m_api->cancel(m_inFlight);
    }
}

void HistorySync::setTiming(const Timing& timing)
{
    m_timing = timing;
    m_pacer.setWorkingWindowMs(timing.workingWindowMs);
    m_pacer.setMinIntervalMs(timing.minIntervalMs);
    if (!timing.sharedDirectory.isEmpty()) {
        m_pacer.setSharedDirectory(timing.sharedDirectory);
    }
}

void HistorySync::start()
{
    if (m_running || !m_store || !m_api) {
        return;
    }
    m_running = true;
    m_idle = false;
    m_retryDelayMs = m_timing.retryMinMs;
    m_updateWanted = intValue(synckeys::newestInvoiceId()) > 0;
    m_listsDue = true;
    m_reReadDue = isFirstSyncDone();
    m_updateTimer.start(m_timing.updateIntervalMs);
    m_listsTimer.start(m_timing.listsIntervalMs);
    m_reReadTimer.start(m_timing.reReadIntervalMs);
    updateProgress();
    QTimer::singleShot(0, this, &HistorySync::pump);
}

void HistorySync::stop()
{
    m_running = false;
    m_waitTimer.stop();
    m_updateTimer.stop();
    m_listsTimer.stop();
    m_reReadTimer.stop();
    if (m_api && m_inFlight != 0) {
        m_api->cancel(m_inFlight);
    }
    m_inFlight = 0;
}

void HistorySync::requestUpdate()
{
    m_updateWanted = true;
    if (m_offline) {
        m_waitTimer.stop(); // try now: the person is asking
        m_retryDelayMs = m_timing.retryMinMs;
    }
    pump();
}

void HistorySync::fetchNewest()
{
    m_updateWanted = true;
    pump();
}

bool HistorySync::isFirstSyncDone() const
{
    return firstPassDone(synckeys::historyInvoicesDone()) && firstPassDone(synckeys::historyRefundsDone());
}

QString HistorySync::progressText() const
{
    if (m_total <= 0 || isFirstSyncDone()) {
        return {};
    }
    const qint64 done = std::min(m_synced, m_total);
    return tr("History: %L1 of %Ln invoice(s)", nullptr, int(std::min<qint64>(m_total, INT_MAX))).arg(done);
}

// ---- Choosing and sending ---------------------------------------------------------------------------------------

HistorySync::Step HistorySync::nextStep()
{
    if (m_updateStep == Step::None && m_updateWanted) {
        beginUpdate();
    }
    if (m_updateStep != Step::None) {
        return m_updateStep;
    }
    const bool invoicesDone = firstPassDone(synckeys::historyInvoicesDone());
    const bool refundsDone = firstPassDone(synckeys::historyRefundsDone());
    if (!invoicesDone && !refundsDone) {
        // Both go back in time together, the one that has come less far first: a day is whole (and the overview
        // compares it) once its invoices and its refunds are read. Refunds are fewer, so one of their pages reaches
        // back further; they are read now and then between the invoices' pages.
        const QDateTime invoicesFrom
            = QDateTime::fromString(value(synckeys::historyInvoicesCoveredFrom()), Qt::ISODateWithMs);
        const QDateTime refundsFrom
            = QDateTime::fromString(value(synckeys::historyRefundsCoveredFrom()), Qt::ISODateWithMs);
        const bool refundsBehind = invoicesFrom.isValid() && (!refundsFrom.isValid() || refundsFrom > invoicesFrom);
        return refundsBehind ? Step::HistoryRefunds : Step::HistoryInvoices;
    }
    if (!invoicesDone) {
        return Step::HistoryInvoices;
    }
    if (!refundsDone) {
        return Step::HistoryRefunds;
    }
    if (m_listsDue) {
        return m_listsStep;
    }
    if (m_reReadDue) {
        return m_reReadStep;
    }
    return Step::None;
}

void HistorySync::pump()
{
    if (!m_running || !m_store || !m_api || m_inFlight != 0 || m_waitTimer.isActive()) {
        return;
    }
    const Step step = nextStep();
    if (step == Step::None) {
        if (!m_idle) {
            m_idle = true;
            Q_EMIT idle();
        }
        return;
    }
    m_idle = false;
    const qint64 waitMs = m_pacer.msUntilNextRequest();
    if (waitMs > 0) {
        m_waitTimer.start(int(std::min<qint64>(waitMs, INT_MAX)));
        return;
    }
    send(step);
    if (m_inFlight != 0) {
        m_pacer.recordSent();
        ++m_requestsSent;
    } else {
        QTimer::singleShot(0, this, &HistorySync::pump); // the step had nothing to send after all
    }
}

void HistorySync::send(Step step)
{
    switch (step) {
    case Step::NewInvoices:
        return sendNewInvoices();
    case Step::NewRefunds:
        return sendNewRefunds();
    case Step::Statuses:
        return sendStatuses();
    case Step::Details:
        return sendDetails();
    case Step::HistoryInvoices:
        return sendHistoryInvoices();
    case Step::HistoryRefunds:
        return sendHistoryRefunds();
    case Step::Units:
        return sendUnits();
    case Step::Catalog:
        return sendCatalog();
    case Step::Subscriptions:
        return sendSubscriptions();
    case Step::ReReadList:
        return sendReReadList();
    case Step::ReReadCheck:
        return sendReReadCheck();
    case Step::None:
        return;
    }
}

// ---- Answers ----------------------------------------------------------------------------------------------------

bool HistorySync::accept(const ApiError& error, OnError onError)
{
    m_inFlight = 0;
    if (!error.isError()) {
        succeeded();
        return true;
    }
    switch (error.kind) {
    case ApiError::Kind::Cancelled:
        // stop(), or the session cancelled every request (a new key): carry on if still running.
        QTimer::singleShot(0, this, &HistorySync::pump);
        return false;
    case ApiError::Kind::Offline:
    case ApiError::Kind::Timeout:
        qCInfo(lcSync) << "no answer from the server:" << error.message;
        goOffline();
        scheduleRetry();
        return false;
    case ApiError::Kind::RateLimited:
        // The client already waited and re-sent; the key is still out of budget. Everyone's background work waits.
        if (m_api) {
            m_pacer.pauseAllInstances(
                qint64(std::max(1, error.retryAfterSeconds)) * m_api->config().msPerRetryAfterSecond);
        }
        QTimer::singleShot(0, this, &HistorySync::pump);
        return false;
    case ApiError::Kind::Unauthorized:
        qCWarning(lcSync) << "the key was refused; history sync stopped";
        stop();
        return false;
    default:
        break;
    }
    qCWarning(lcSync) << "sync request failed:" << int(error.kind) << error.httpStatus << error.message;
    if (onError == OnError::Retry) {
        scheduleRetry();
    } else {
        QTimer::singleShot(0, this, &HistorySync::pump);
    }
    return false;
}

void HistorySync::succeeded()
{
    m_retryDelayMs = m_timing.retryMinMs;
    if (m_offline) {
        m_offline = false;
        setAsOf(QDateTime::currentDateTimeUtc());
        m_updateWanted = true; // what changed while the server was away
        Q_EMIT connectivityChanged(false, m_asOf);
    }
}

void HistorySync::goOffline()
{
    if (!m_offline) {
        m_offline = true;
        Q_EMIT connectivityChanged(true, m_asOf);
    }
}

void HistorySync::scheduleRetry()
{
    if (!m_running) {
        return;
    }
    m_waitTimer.start(m_retryDelayMs);
    m_retryDelayMs = std::min(m_timing.retryMaxMs, std::max(1, m_retryDelayMs) * 2);
}

void HistorySync::setAsOf(const QDateTime& asOf)
{
    m_asOf = asOf;
    setValue(synckeys::historyAsOf(), asOf.toUTC().toString(Qt::ISODateWithMs));
}

bool HistorySync::storeOk(const StoreStatus& status)
{
    if (status.ok()) {
        return true;
    }
    qCWarning(lcSync) << "history store write failed; sync stopped:" << status.error();
    stop();
    Q_EMIT failed(status.error());
    return false;
}

bool HistorySync::firstPassDone(const QString& doneKey) const
{
    return m_store && synckeys::isFirstPassDone(*m_store, doneKey);
}

QString HistorySync::value(const QString& key) const
{
    if (!m_store) {
        return {};
    }
    const StoreResult<QString> result = m_store->syncValue(key);
    return result.ok() ? result.value() : QString();
}

qint64 HistorySync::intValue(const QString& key) const
{
    return value(key).toLongLong();
}

void HistorySync::setValue(const QString& key, const QString& text)
{
    if (m_store) {
        storeOk(m_store->setSyncValue(key, text));
    }
}

void HistorySync::updateProgress()
{
    if (!m_store) {
        return;
    }
    const StoreResult<qint64> count = m_store->countInvoices(HistoryQuery());
    if (count.ok()) {
        m_synced = count.value();
    }
    Q_EMIT progressChanged(m_synced, isFirstSyncDone() ? m_synced : m_total);
}

// ---- Statuses ---------------------------------------------------------------------------------------------------

void HistorySync::applyStatusUpdates(const QList<InvoiceStatusUpdate>& updates)
{
    if (!m_store || !m_store->isOpen()) {
        return;
    }
    QList<Invoice> changed;
    for (const InvoiceStatusUpdate& update : updates) {
        const StoreResult<std::optional<Invoice>> stored = m_store->invoice(update.id);
        if (!stored.ok() || !stored.value()) {
            continue; // not in the history yet: the next read of what changed brings it whole
        }
        Invoice invoice = *stored.value();
        if (invoice.status == update.status
            && (update.kaspiInvoiceId.isEmpty() || invoice.kaspiInvoiceId == update.kaspiInvoiceId)) {
            continue;
        }
        const bool becamePaid
            = update.status.value() == InvoiceStatus::Paid && invoice.status.value() != InvoiceStatus::Paid;
        invoice.status = update.status;
        if (!update.kaspiInvoiceId.isEmpty()) {
            invoice.kaspiInvoiceId = update.kaspiInvoiceId;
        }
        if (update.amount) {
            invoice.amount = update.amount;
        }
        if (!update.errorMessage.isEmpty()) {
            invoice.errorMessage = update.errorMessage;
        }
        if (!update.errorCode.isEmpty()) {
            invoice.errorCode = update.errorCode;
        }
        if (update.updatedAt.isValid()) {
            invoice.updatedAt = update.updatedAt;
        }
        if (becamePaid && !invoice.paidAt.isValid()) {
            // Paid now: its paid_at (and cart) come with the whole invoice, read soon.
            invoice.paidAt = update.updatedAt;
            if (!m_detailIds.contains(invoice.id)) {
                m_detailIds.append(invoice.id);
            }
        }
        changed.append(invoice);
    }
    if (!changed.isEmpty()) {
        storeOk(m_store->upsertInvoices(changed));
    }
    if (!m_detailIds.isEmpty()) {
        m_updateWanted = true;
        pump();
    }
}

} // namespace apipay
