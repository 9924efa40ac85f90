#include "overview/servertodaytotals.h"

#include "api/apiclient.h"
#include "store/historystore.h"
#include "store/historysynckeys.h"

#include <algorithm>

namespace apipay::overview {

Agreement compare(qint64 serverCount, Money serverAmount, const HistoryTotals& local, bool firstSyncDone)
{
    if (serverCount == local.invoiceCount && serverAmount == local.paidTakings) {
        return Agreement::Same;
    }
    if (!firstSyncDone) {
        return Agreement::Syncing;
    }
    if (serverCount > local.invoiceCount || (serverCount == local.invoiceCount && serverAmount > local.paidTakings)) {
        return Agreement::LatePayments;
    }
    return Agreement::Differs;
}

ServerTodayTotals::ServerTodayTotals(QObject* parent)
    : QObject(parent)
{
}

void ServerTodayTotals::setApi(ApiClient* api)
{
    if (api == m_api) {
        return;
    }
    m_api = api;
    reset();
}

void ServerTodayTotals::reset()
{
    ++m_generation;
    m_today = ServerToday {};
    m_lastAsked = {};
    m_lastAskedDay = {};
    Q_EMIT changed();
}

bool ServerTodayTotals::firstSyncDone(const HistoryStore* store)
{
    if (!store || !store->isOpen()) {
        return false;
    }
    return synckeys::isFirstPassDone(*store, synckeys::historyInvoicesDone())
        && synckeys::isFirstPassDone(*store, synckeys::historyRefundsDone());
}

void ServerTodayTotals::requestRead(QDate day, Asked asked)
{
    if (!m_api || !day.isValid() || m_today.state == ServerToday::State::Reading) {
        return;
    }
    if (m_today.state == ServerToday::State::Unsupported) {
        return; // this server has no summary (API v2.0): not asked again until reset() (another shop or server)
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int minInterval
        = asked == Asked::ByPerson ? std::min(m_minIntervalMs, kPersonMinIntervalMs) : m_minIntervalMs;
    if (day == m_lastAskedDay && m_lastAsked.isValid() && m_lastAsked.msecsTo(now) < minInterval) {
        return;
    }
    m_lastAsked = now;
    m_lastAskedDay = day;
    if (m_today.day != day) {
        m_today.hasFigures = false;
        m_today.paidCount = 0;
        m_today.paidAmount = Money();
    }
    m_today.day = day;
    m_today.state = ServerToday::State::Reading;
    const quint64 generation = ++m_generation;
    m_api->invoiceSummary(
        day, day, true, this, [this, generation, day](const ApiResult<std::optional<InvoiceListSummary>>& result) {
            if (generation != m_generation) {
                return;
            }
            if (!result.ok()) {
                // A server without the list summary may also refuse the unknown parameters.
                const bool unsupported = result.error.kind == ApiError::Kind::NotFound;
                m_today.state = unsupported ? ServerToday::State::Unsupported : ServerToday::State::Failed;
                if (result.error.kind == ApiError::Kind::InvalidRequest
                    || result.error.kind == ApiError::Kind::Cancelled) {
                    m_lastAsked = {}; // never reached the server: the next opening asks again
                }
            } else if (!result.value || !result.value->sales.count) {
                m_today.state = ServerToday::State::Unsupported; // v2.0 ignores with_summary
            } else {
                m_today.state = ServerToday::State::Shown;
                m_today.day = day;
                m_today.paidCount = *result.value->sales.count;
                m_today.paidAmount = result.value->sales.amount.value_or(Money());
                m_today.hasFigures = true;
                m_today.readAt = QDateTime::currentDateTimeUtc();
            }
            Q_EMIT changed();
        });
    Q_EMIT changed();
}

} // namespace apipay::overview
