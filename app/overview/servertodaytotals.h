#pragma once

#include "domain/invoicestats.h"
#include "money/money.h"
#include "store/historyquery.h"

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace apipay {

class ApiClient;
class HistoryStore;

namespace overview {

// Today's takings as the server counts them, read with GET /invoices?with_summary=1 over today, cut by paid_at
// (date_field=paid_at): the invoices paid today, partially or wholly refunded later ones included — exactly what the
// overview's local "today" counts (paid, partially refunded and refunded invoices by their payment time). The stats
// endpoint is not used for this: it cuts by created_at and counts only `paid`, so it would differ from the local
// figures for every invoice created yesterday and paid today, and for every refund.
struct ServerToday
{
    enum class State {
        NotRead, // nothing asked yet (or no API)
        Reading,
        Shown, // paidCount / paidAmount hold the server's figures of `day`
        Unsupported, // the server sends no summary (API v2.0): nothing is shown
        Failed, // the last reading failed; figures of the same day read earlier stay in paidCount / paidAmount
    };
    State state = State::NotRead;
    QDate day; // the day the figures are of
    qint64 paidCount = 0;
    Money paidAmount;
    bool hasFigures = false; // paidCount / paidAmount were read for `day`
    QDateTime readAt; // UTC
};

// How the server's figures of today compare with this computer's.
enum class Agreement {
    Same,
    Syncing, // the history's first sync is not finished: the store does not have everything yet
    LatePayments, // the server has more paid than the store: payments arrived after the last sync
    Differs, // different, for no reason the app can tell
};
Agreement compare(qint64 serverCount, Money serverAmount, const HistoryTotals& local, bool firstSyncDone);

// Reads the server's figures for today in the background (Priority::Background), at most once per `minIntervalMs`
// (5 minutes by default) unless the day changed: the overview asks each time it opens, the budget sees one request
// per five minutes at most. Widget-free.
class ServerTodayTotals : public QObject
{
    Q_OBJECT
public:
    explicit ServerTodayTotals(QObject* parent = nullptr);

    static constexpr int kDefaultMinIntervalMs = 5 * 60 * 1000;

    void setApi(ApiClient* api);
    // Forgets what was read (another shop or server): the next requestRead() asks at once.
    void reset();
    void setMinIntervalMs(int ms) { m_minIntervalMs = ms; }
    const ServerToday& today() const { return m_today; }

    // Who asks: the page being shown (at most every minimum interval), or the person (F5: at most every
    // kPersonMinIntervalMs, so that a refresh they ask for is not answered with five-minute-old figures).
    enum class Asked { WhenShown, ByPerson };
    static constexpr int kPersonMinIntervalMs = 5 * 1000;

    // Asks the server for `day` unless it was asked less than the minimum interval ago for the same day, or a
    // reading is under way. A request refused before it was sent (no key yet, no server) does not count. A server
    // found without the summary (API v2.0) is not asked again until reset(): it would only spend the budget.
    void requestRead(QDate day, Asked asked = Asked::WhenShown);

    // Whether the store's first history sync is finished (its sync keys).
    static bool firstSyncDone(const HistoryStore* store);

Q_SIGNALS:
    void changed();

private:
    QPointer<ApiClient> m_api;
    ServerToday m_today;
    QDateTime m_lastAsked; // UTC
    QDate m_lastAskedDay;
    int m_minIntervalMs = kDefaultMinIntervalMs;
    quint64 m_generation = 0;
};

} // namespace overview
} // namespace apipay
