#include "counter/kaspiclientcheck.h"

#include "api/apiclient.h"

#include <QTimer>

namespace apipay {

namespace {

// Answers for the whole run, by number (8XXXXXXXXXX); servers without the check, by base URL.
struct RunMemory
{
    QHash<QString, ClientCheck> answers;
    QSet<QString> unsupportedServers;
};

RunMemory& memory()
{
    static RunMemory instance;
    return instance;
}

} // namespace

KaspiClientCheck::KaspiClientCheck(ApiClient* api, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_debounce(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDefaultDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &KaspiClientCheck::checkNow);
    if (m_api) {
        connect(m_api, &ApiClient::exchangeFinished, this, &KaspiClientCheck::onExchangeFinished);
    }
    m_clock.start();
}

void KaspiClientCheck::forgetAnswers()
{
    memory() = RunMemory {};
}

QString KaspiClientCheck::knownClientName(const QString& normalizedPhone)
{
    const auto known = memory().answers.constFind(normalizedPhone);
    return known != memory().answers.cend() && known->hasKaspi ? known->clientName : QString();
}

void KaspiClientCheck::setDebounceMs(int ms)
{
    m_debounce->setInterval(qMax(0, ms));
}

void KaspiClientCheck::setLimit(int checks, int windowMs)
{
    m_limit = qMax(1, checks);
    m_windowMs = qMax(1, windowMs);
    m_sentAt.clear();
}

QString KaspiClientCheck::serverKey() const
{
    return m_api ? m_api->config().baseUrl.toString(QUrl::StripTrailingSlash) : QString();
}

void KaspiClientCheck::setPhone(const std::optional<PhoneNumber>& phone)
{
    if (phone == m_phone) {
        return;
    }
    m_phone = phone;
    m_debounce->stop();
    m_recheckWhenConnected = false;
    if (!m_phone || !m_api) {
        setResult(Result::None);
        return;
    }
    if (memory().unsupportedServers.contains(serverKey())) {
        setResult(Result::Unsupported);
        return;
    }
    const auto known = memory().answers.constFind(m_phone->normalized());
    if (known != memory().answers.cend()) {
        setResult(known->hasKaspi ? Result::HasKaspi : Result::NoKaspi, known->clientName);
        return;
    }
    setResult(m_inFlight == m_phone->normalized() ? Result::Checking : Result::None);
    if (m_inFlight.isEmpty() || m_inFlight != m_phone->normalized()) {
        m_debounce->start();
    }
}

bool KaspiClientCheck::takeSlot()
{
    const qint64 now = m_clock.elapsed();
    while (!m_sentAt.empty() && now - m_sentAt.front() >= m_windowMs) {
        m_sentAt.pop_front();
    }
    if (int(m_sentAt.size()) >= m_limit) {
        return false;
    }
    m_sentAt.push_back(now);
    return true;
}

void KaspiClientCheck::checkNow()
{
    if (!m_phone || !m_api || !m_inFlight.isEmpty()) {
        // One request at a time: a number typed while another is being checked waits for that answer (onAnswer
        // starts the pause again for it).
        return;
    }
    if (memory().unsupportedServers.contains(serverKey())) {
        setResult(Result::Unsupported);
        return;
    }
    const QString digits = m_phone->normalized();
    if (memory().answers.contains(digits)) {
        return;
    }
    if (!takeSlot()) {
        setResult(Result::LimitReached);
        return;
    }
    m_inFlight = digits;
    ++m_requestsSent;
    setResult(Result::Checking);
    const QString server = serverKey();
    m_api->checkClient(*m_phone, this,
        [this, digits, server](const ApiResult<ClientCheck>& answer) { onAnswer(digits, server, answer); });
}

void KaspiClientCheck::onAnswer(const QString& digits, const QString& server, const ApiResult<ClientCheck>& answer)
{
    m_inFlight.clear();
    const bool current = m_phone && m_phone->normalized() == digits;
    if (answer.ok()) {
        memory().answers.insert(digits, answer.value);
        if (current) {
            setResult(answer.value.hasKaspi ? Result::HasKaspi : Result::NoKaspi, answer.value.clientName);
        }
    } else if (answer.error.kind == ApiError::Kind::NotFound) {
        memory().unsupportedServers.insert(server);
        if (current) {
            setResult(Result::Unsupported);
        }
    } else if (current) {
        const ApiError::Kind kind = answer.error.kind;
        setResult(kind == ApiError::Kind::Cancelled ? Result::None : Result::NotChecked);
        m_recheckWhenConnected = answer.error.isUnreachable() || kind == ApiError::Kind::OutcomeUnknown;
    }
    if (!current && m_phone) {
        // The cashier typed another complete number while this one was out: check that one after the pause.
        m_debounce->start();
    }
}

void KaspiClientCheck::onExchangeFinished(const ApiError& delivered)
{
    // Any answer read from the server means the connection is back: ask again about the number that could not be
    // checked (once per failure; the pause in typing and the per-minute limit still apply).
    if (delivered.isError() || !m_recheckWhenConnected || m_result != Result::NotChecked || !m_inFlight.isEmpty()) {
        return;
    }
    m_recheckWhenConnected = false;
    m_debounce->start();
}

void KaspiClientCheck::setResult(Result result, const QString& clientName)
{
    if (result == m_result && clientName == m_clientName) {
        return;
    }
    m_result = result;
    m_clientName = clientName;
    Q_EMIT resultChanged(result);
}

} // namespace apipay
