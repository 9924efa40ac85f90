#include "overviewmodel.h"

#include "format/displayformat.h"
#include "store/historystore.h"

#include <algorithm>

namespace apipay::overview {

namespace {
constexpr int kBestSellerLimit = 10;
constexpr qint64 kReadAgainMs = 5 * 60 * 1000;
} // namespace

OverviewModel::OverviewModel(QObject* parent)
    : QObject(parent)
    , m_zone(DisplayFormat::almaty())
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &OverviewModel::recompute);
    m_midnight.setSingleShot(true);
    connect(&m_midnight, &QTimer::timeout, this, &OverviewModel::refresh);
}

void OverviewModel::setStore(HistoryStore* store)
{
    if (m_store) {
        disconnect(m_store, nullptr, this, nullptr);
    }
    m_store = store;
    if (store) {
        connect(store, &HistoryStore::invoicesChanged, this, &OverviewModel::onStoreChanged);
        connect(store, &HistoryStore::refundsChanged, this, &OverviewModel::onStoreChanged);
        connect(store, &QObject::destroyed, this, &OverviewModel::refresh);
    }
    refresh();
}

void OverviewModel::setZone(const QTimeZone& zone)
{
    if (zone != m_zone) {
        m_zone = zone;
        refresh();
    }
}

void OverviewModel::setBestSellerPeriod(PeriodKind kind)
{
    if (kind != m_bestSellerPeriod) {
        m_bestSellerPeriod = kind;
        refresh();
    }
}

void OverviewModel::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    refresh();
}

QDate OverviewModel::today() const
{
    return m_clock().toTimeZone(m_zone).date();
}

void OverviewModel::refresh()
{
    m_timer.start(0);
}

void OverviewModel::onStoreChanged()
{
    // The first announcement starts the wait; those that follow while it runs are answered by the same reading.
    if (!m_timer.isActive()) {
        m_timer.start(m_settleMs);
    }
}

void OverviewModel::recompute()
{
    const QDateTime now = m_clock();
    const QDate day = now.toTimeZone(m_zone).date();
    m_figures = computeOverview(m_store.data(), day, m_zone, m_bestSellerPeriod, kBestSellerLimit, now);
    // The comparisons run "to date", so they move with the clock: read again every few minutes, and a second after
    // the next midnight (a timer may fire a little early) for the new day.
    const qint64 untilMidnight = now.msecsTo(midnightUtc(day.addDays(1), m_zone)) + 1000;
    m_midnight.start(int(std::clamp<qint64>(untilMidnight, 1000, kReadAgainMs)));
    Q_EMIT figuresChanged();
}

} // namespace apipay::overview
