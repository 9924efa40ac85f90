#include "counter/qrinvoicewatch.h"

#include "api/apiclient.h"
#include "watch/invoicewatcher.h"

#include <algorithm>

namespace apipay {

QrInvoiceWatch::QrInvoiceWatch(ApiClient* api, InvoiceWatcher* watcher, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_watcher(watcher)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &QrInvoiceWatch::poll);
}

void QrInvoiceWatch::setIntervals(int fastMs, int lateMs, qint64 lateWindowMs)
{
    m_fastMs = std::max(50, fastMs);
    m_lateMs = std::max(50, lateMs);
    m_lateWindowMs = std::max<qint64>(0, lateWindowMs);
}

void QrInvoiceWatch::watch(const Invoice& invoice)
{
    release();
    m_current = invoice;
    m_lastStatus = invoice.status.raw();
    m_endedFor.invalidate();
    m_failures = 0;
    ++m_generation;
    schedule();
}

void QrInvoiceWatch::release()
{
    if (m_current.id == 0) {
        return;
    }
    const InvoiceStatus status = InvoiceStatus(m_lastStatus);
    if (m_watcher && !status.isFinal()) {
        m_watcher->watchCustomerWaiting(m_current.id, status);
    }
    m_current = Invoice {};
    m_lastStatus.clear();
    m_timer.stop();
    ++m_generation;
    m_inFlight = false;
}

void QrInvoiceWatch::clear()
{
    m_current = Invoice {};
    m_lastStatus.clear();
    m_timer.stop();
    ++m_generation;
    m_inFlight = false;
}

void QrInvoiceWatch::schedule()
{
    if (m_current.id == 0) {
        return;
    }
    const InvoiceStatus status = InvoiceStatus(m_lastStatus);
    if (status.value() == InvoiceStatus::Paid || status.value() == InvoiceStatus::PartiallyRefunded
        || status.value() == InvoiceStatus::Refunded) {
        return; // final for good: nothing more can happen at the counter
    }
    if (status.isFinal()) {
        if (!m_endedFor.isValid()) {
            m_endedFor.start();
        }
        if (m_endedFor.elapsed() >= m_lateWindowMs) {
            return;
        }
        m_timer.start(m_lateMs);
        return;
    }
    m_endedFor.invalidate();
    // After failures (offline, 5xx) ask less often: 1, 2, 4 … at most 8 intervals.
    const int factor = 1 << std::min(m_failures, 3);
    m_timer.start(m_fastMs * factor);
}

void QrInvoiceWatch::poll()
{
    if (!m_api || m_current.id == 0 || m_inFlight) {
        return;
    }
    m_inFlight = true;
    const quint64 generation = m_generation;
    const qint64 id = m_current.id;
    m_api->watchQrInvoice(id, this, [this, generation, id](const ApiResult<Invoice>& result) {
        if (generation != m_generation) {
            return;
        }
        m_inFlight = false;
        if (!result.ok()) {
            if (result.error.kind == ApiError::Kind::NotFound) {
                m_current = Invoice {};
                m_timer.stop();
                Q_EMIT lost(id);
                return;
            }
            if (result.error.kind != ApiError::Kind::Cancelled) {
                ++m_failures;
                schedule();
            }
            return;
        }
        m_failures = 0;
        Invoice fresh = result.value;
        // A detail answer may leave out the QR keys: keep what the creation told.
        if (fresh.qrTokenUrl.isEmpty()) {
            fresh.qrTokenUrl = m_current.qrTokenUrl;
        }
        if (fresh.qrImageUrl.isEmpty()) {
            fresh.qrImageUrl = m_current.qrImageUrl;
        }
        if (!fresh.qrExpiresAt.isValid()) {
            fresh.qrExpiresAt = m_current.qrExpiresAt;
        }
        if (!fresh.isQrToken) {
            fresh.isQrToken = m_current.isQrToken;
        }
        m_current = fresh;
        const QString status = fresh.status.raw();
        const bool changed = status != m_lastStatus;
        m_lastStatus = status;
        if (changed) {
            Q_EMIT updated(fresh);
        }
        if (generation == m_generation) {
            schedule();
        }
    });
}

} // namespace apipay
