#pragma once

#include "api/apiresult.h"
#include "domain/countercheck.h"
#include "money/phonenumber.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <deque>
#include <optional>

class QTimer;

namespace apipay {

class ApiClient;

// "Has Kaspi?" for the phone the cashier is typing (POST /clients/check, ApiPay v2.1).
//
// The page calls setPhone() on every edit: the parsed number when the typed text is a complete, valid phone, else
// nullopt. A number is asked about only after it stayed unchanged for debounceMs (so typing through does not ask),
// never twice while the app runs (every answer, "no Kaspi" included, is kept in memory for the whole run, shared by
// every instance), and never more than 10 times in any minute (a request beyond that is not sent: the result is
// LimitReached). Nothing here makes up numbers: only the one the cashier typed is ever sent — the service
// deactivates keys that enumerate numbers.
//
// A server that answers 404 (ApiPay v2.0) is remembered by its base URL for the run: nothing is asked there again
// and the result is Unsupported (the page shows nothing). A failed check (429, no connection, …) is NotChecked and is
// not remembered: typing the number again may ask again, within the same limit. When the check failed for want of a
// connection (no connection, no answer in time, the connection lost mid-answer), the number on screen is asked again
// by itself as soon as any other request gets an answer — the hint does not keep saying "could not check" after the
// network is back.
class KaspiClientCheck : public QObject
{
    Q_OBJECT
public:
    enum class Result {
        None, // no complete number, or waiting for the pause in typing / the answer
        Checking, // the request is out
        HasKaspi, // clientName() says who
        NoKaspi, // the customer will not receive the invoice in Kaspi
        NotChecked, // 429, no connection, a server error: could not check now
        LimitReached, // our own 10-per-minute limit: not asked
        Unsupported, // the server has no client check (v2.0): show nothing
    };
    Q_ENUM(Result)

    static constexpr int kDefaultDebounceMs = 400;
    static constexpr int kChecksPerWindow = 10;
    static constexpr int kWindowMs = 60'000;

    explicit KaspiClientCheck(ApiClient* api, QObject* parent = nullptr);

    void setPhone(const std::optional<PhoneNumber>& phone);
    std::optional<PhoneNumber> phone() const { return m_phone; }
    Result result() const { return m_result; }
    QString clientName() const { return m_clientName; }

    // Tests: the pause in typing, and the limit (checks per window).
    void setDebounceMs(int ms);
    void setLimit(int checks, int windowMs);
    // Requests this instance has sent (tests and the benchmark).
    int requestsSent() const { return m_requestsSent; }

    // The run-wide memory of answers and of servers without the check (tests start from a clean slate).
    static void forgetAnswers();
    // The Kaspi name a check of this number (8XXXXXXXXXX) already returned in this run — no request is made. Empty
    // when the number was not checked or has no Kaspi. The invoice detail shows it while Kaspi has not yet named the
    // payer (client_name stays null until the invoice is paid).
    static QString knownClientName(const QString& normalizedPhone);

Q_SIGNALS:
    void resultChanged(apipay::KaspiClientCheck::Result result);

private:
    void setResult(Result result, const QString& clientName = {});
    void checkNow();
    void onAnswer(const QString& digits, const QString& server, const ApiResult<ClientCheck>& answer);
    bool takeSlot();
    QString serverKey() const;
    void onExchangeFinished(const ApiError& delivered);

    QPointer<ApiClient> m_api; // the session may replace (and destroy) its client before it replaces us
    QTimer* m_debounce;
    std::optional<PhoneNumber> m_phone;
    Result m_result = Result::None;
    QString m_clientName;
    QString m_inFlight; // the number whose request is out (empty = none)
    int m_limit = kChecksPerWindow;
    int m_windowMs = kWindowMs;
    QElapsedTimer m_clock;
    std::deque<qint64> m_sentAt; // m_clock ms of the requests in the window
    int m_requestsSent = 0;
    bool m_recheckWhenConnected = false; // the last check of the current number failed for want of a connection
};

} // namespace apipay
