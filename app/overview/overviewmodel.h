#pragma once

#include "overview/overviewfigures.h"
#include "store/historystore.h"

#include <QObject>
#include <QPointer>
#include <QTimeZone>
#include <QTimer>

#include <functional>

namespace apipay::overview {

// The overview's figures kept current: reads them from the store when it is set, and again after the store announces
// new invoices or refunds. Announcements are coalesced — a sync writing page after page causes at most one reading
// per `settleMs` — so the GUI thread stays free —, every few minutes (the comparisons are "to date") and at midnight of
// the display zone (a new "today").
// Widget-free; the overview page shows figures().
class OverviewModel : public QObject
{
    Q_OBJECT
public:
    explicit OverviewModel(QObject* parent = nullptr);

    // The store to read (nullptr: none). Reads at once (in the next event-loop turn).
    void setStore(HistoryStore* store);
    HistoryStore* store() const { return m_store; }
    // The display zone (calendar days, weeks and months are counted in it).
    void setZone(const QTimeZone& zone);
    QTimeZone zone() const { return m_zone; }
    // The period of the best sellers (this month unless chosen).
    void setBestSellerPeriod(PeriodKind kind);
    PeriodKind bestSellerPeriod() const { return m_bestSellerPeriod; }
    // What "now" is (tests); the system clock by default.
    void setClock(std::function<QDateTime()> clock);
    // How long announcements of the store are gathered before the figures are read again (default 250 ms).
    void setSettleMs(int ms) { m_settleMs = ms; }

    // The calendar day of now in the display zone.
    QDate today() const;
    const OverviewFigures& figures() const { return m_figures; }
    // Whether a reading is scheduled.
    bool isPending() const { return m_timer.isActive(); }

public Q_SLOTS:
    // Reads the figures again in the next event-loop turn (also when the day may have changed).
    void refresh();

Q_SIGNALS:
    // figures() changed.
    void figuresChanged();

private:
    void onStoreChanged();
    void recompute();

    QPointer<HistoryStore> m_store;
    QTimeZone m_zone;
    PeriodKind m_bestSellerPeriod = PeriodKind::Month;
    std::function<QDateTime()> m_clock;
    int m_settleMs = 250;
    QTimer m_timer;
    QTimer m_midnight; // reads again every few minutes ("to date" moves) and when the day changes in the zone
    OverviewFigures m_figures;
};

} // namespace apipay::overview
