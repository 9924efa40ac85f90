#pragma once

#include "api/apiresult.h"
#include "domain/countercheck.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>

class QTimer;

namespace apipay {

class ApiClient;

// The Kaspi receipt of a paid invoice (GET /invoices/{id}/receipt, ApiPay v2.1), fetched on demand.
//
// fetch(id) asks; a 202 "pending" is asked again after its poll_after seconds, a 429 after the server's wait, a 503
// "receipt_unavailable" after a minute — each wait on a timer, and never longer than giveUpAfterMs in all (then
// failed() with a message). A ready receipt is kept in memory for the run, never on disk (its share and download
// links carry a secret), and a later fetch() of it answers from memory. Exactly one of ready() / failed() follows
// every fetch(); fetching an invoice that is already being fetched joins that fetch.
//
// Wiring: connect ready() to whatever shows the receipt (the customer display's receipt QR, the invoice detail).
class ReceiptFetcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultGiveUpAfterMs = 5 * 60'000;
    static constexpr int kUnavailableRetrySeconds = 60;

    explicit ReceiptFetcher(ApiClient* api, QObject* parent = nullptr);
    ~ReceiptFetcher() override;

    void fetch(qint64 invoiceId);
    bool isFetching(qint64 invoiceId) const { return m_fetches.contains(invoiceId); }
    std::optional<KaspiReceipt> cached(qint64 invoiceId) const;
    // Forgets what is being fetched (no signal follows for those); the cache stays.
    void cancelAll();

    // Whether the server of `api` gives Kaspi receipts, as learnt during this run by any fetcher: true after a
    // 200, 202 or 409 of the endpoint, false after a 404 (an ApiPay v2.0 server), nullopt while nobody asked.
    static std::optional<bool> serverHasReceipts(const ApiClient* api);
    static void forgetServers(); // tests

    // Tests: how long one second of a server's wait lasts (ms), and the overall bound of one fetch.
    void setMsPerSecond(int ms) { m_msPerSecond = qMax(1, ms); }
    void setGiveUpAfterMs(int ms) { m_giveUpAfterMs = qMax(1, ms); }

Q_SIGNALS:
    void ready(qint64 invoiceId, const apipay::KaspiReceipt& receipt);
    // serverHasReceipts() was learnt or changed by an answer to this fetcher.
    void serverSupportKnown(bool hasReceipts);
    void failed(qint64 invoiceId, const QString& message);
    // A wait before asking again (not ready yet, rate limited, Kaspi unavailable); message for a status line.
    void waiting(qint64 invoiceId, const QString& message);

private:
    struct Fetch
    {
        QElapsedTimer started;
        QTimer* timer = nullptr;
        RequestId request = 0;
    };

    void ask(qint64 invoiceId);
    void onAnswer(qint64 invoiceId, const ApiResult<ReceiptAnswer>& answer);
    void askAgainAfter(qint64 invoiceId, int seconds, const QString& message);
    void fail(qint64 invoiceId, const QString& message);
    void finishFetch(qint64 invoiceId);
    static QString messageFor(const ApiError& error);
    void learnSupport(bool hasReceipts);

    QPointer<ApiClient> m_api; // the session may replace (and destroy) its client before it replaces us
    QHash<qint64, Fetch> m_fetches;
    QHash<qint64, KaspiReceipt> m_cache;
    int m_msPerSecond = 1000;
    int m_giveUpAfterMs = kDefaultGiveUpAfterMs;
};

} // namespace apipay
