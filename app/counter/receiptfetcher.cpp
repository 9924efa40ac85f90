#include "counter/receiptfetcher.h"

#include "api/apiclient.h"

#include <QTimer>

namespace apipay {

namespace {

QString serverOf(const ApiClient* api)
{
    return api ? api->config().baseUrl.toString(QUrl::StripTrailingSlash) : QString();
}

// Base URL → whether it gives receipts, for the whole run.
QHash<QString, bool>& knownServers()
{
    static QHash<QString, bool> servers;
    return servers;
}

} // namespace

std::optional<bool> ReceiptFetcher::serverHasReceipts(const ApiClient* api)
{
    const auto it = knownServers().constFind(serverOf(api));
    return it == knownServers().cend() ? std::nullopt : std::optional(*it);
}

void ReceiptFetcher::forgetServers()
{
    knownServers().clear();
}

void ReceiptFetcher::learnSupport(bool hasReceipts)
{
    const QString server = serverOf(m_api);
    const auto known = knownServers().constFind(server);
    if (known != knownServers().cend() && *known == hasReceipts) {
        return;
    }
    knownServers().insert(server, hasReceipts);
    Q_EMIT serverSupportKnown(hasReceipts);
}

ReceiptFetcher::ReceiptFetcher(ApiClient* api, QObject* parent)
    : QObject(parent)
    , m_api(api)
{
}

ReceiptFetcher::~ReceiptFetcher()
{
    cancelAll();
}

std::optional<KaspiReceipt> ReceiptFetcher::cached(qint64 invoiceId) const
{
    const auto it = m_cache.constFind(invoiceId);
    return it == m_cache.cend() ? std::nullopt : std::optional(*it);
}

void ReceiptFetcher::cancelAll()
{
    const auto fetches = m_fetches;
    m_fetches.clear();
    for (const Fetch& fetch : fetches) {
        delete fetch.timer;
        if (fetch.request != 0 && m_api) {
            m_api->cancel(fetch.request);
        }
    }
}

void ReceiptFetcher::fetch(qint64 invoiceId)
{
    if (const auto receipt = cached(invoiceId)) {
        // Asynchronous like a real answer, so a caller connected after fetch() still hears it.
        QMetaObject::invokeMethod(
            this, [this, invoiceId, r = *receipt] { Q_EMIT ready(invoiceId, r); }, Qt::QueuedConnection);
        return;
    }
    if (m_fetches.contains(invoiceId)) {
        return;
    }
    Fetch fetch;
    fetch.started.start();
    fetch.timer = new QTimer(this);
    fetch.timer->setSingleShot(true);
    connect(fetch.timer, &QTimer::timeout, this, [this, invoiceId] { ask(invoiceId); });
    m_fetches.insert(invoiceId, fetch);
    ask(invoiceId);
}

void ReceiptFetcher::ask(qint64 invoiceId)
{
    auto it = m_fetches.find(invoiceId);
    if (it == m_fetches.end()) {
        return;
    }
    if (!m_api) {
        fail(invoiceId, tr("Not connected to ApiPay."));
        return;
    }
    it->request = m_api->invoiceReceipt(
        invoiceId, this, [this, invoiceId](const ApiResult<ReceiptAnswer>& answer) { onAnswer(invoiceId, answer); });
}

void ReceiptFetcher::onAnswer(qint64 invoiceId, const ApiResult<ReceiptAnswer>& answer)
{
    if (!m_fetches.contains(invoiceId)) {
        return;
    }
    // (A slot of serverSupportKnown() may start other fetches: the entry is looked up after it.)
    if (answer.ok() || answer.error.kind == ApiError::Kind::Conflict) {
        learnSupport(true);
    } else if (answer.error.kind == ApiError::Kind::NotFound) {
        learnSupport(false);
    }
    auto it = m_fetches.find(invoiceId);
    if (it == m_fetches.end()) {
        return;
    }
    it->request = 0;
    if (answer.ok() && answer.value.ready) {
        m_cache.insert(invoiceId, answer.value.receipt);
        finishFetch(invoiceId);
        Q_EMIT ready(invoiceId, answer.value.receipt);
        return;
    }
    if (answer.ok()) {
        askAgainAfter(invoiceId, answer.value.pollAfterSeconds, tr("Kaspi is preparing the receipt…"));
        return;
    }
    const ApiError& error = answer.error;
    if (error.kind == ApiError::Kind::Cancelled) {
        finishFetch(invoiceId);
        return;
    }
    if (error.kind == ApiError::Kind::RateLimited) {
        const int seconds = qMax(1, error.retryAfterSeconds);
        askAgainAfter(invoiceId, seconds, tr("Too many receipt requests: asking again in %n second(s).", "", seconds));
        return;
    }
    if (error.httpStatus == 503 || error.reason == u"receipt_unavailable") {
        askAgainAfter(
            invoiceId, kUnavailableRetrySeconds, tr("Kaspi did not return the receipt: asking again in a minute."));
        return;
    }
    fail(invoiceId, messageFor(error));
}

void ReceiptFetcher::askAgainAfter(qint64 invoiceId, int seconds, const QString& message)
{
    auto it = m_fetches.find(invoiceId);
    if (it == m_fetches.end()) {
        return;
    }
    const qint64 waitMs = qint64(qMax(1, seconds)) * m_msPerSecond;
    if (it->started.elapsed() + waitMs > m_giveUpAfterMs) {
        const int minutes = qMax(1, int((m_giveUpAfterMs + 59'999) / 60'000));
        fail(invoiceId, tr("The Kaspi receipt is still not ready after %n minute(s). Try again later.", "", minutes));
        return;
    }
    it->timer->start(int(waitMs));
    Q_EMIT waiting(invoiceId, message);
}

void ReceiptFetcher::fail(qint64 invoiceId, const QString& message)
{
    finishFetch(invoiceId);
    Q_EMIT failed(invoiceId, message);
}

void ReceiptFetcher::finishFetch(qint64 invoiceId)
{
    const auto it = m_fetches.find(invoiceId);
    if (it == m_fetches.end()) {
        return;
    }
    it->timer->deleteLater();
    m_fetches.erase(it);
}

QString ReceiptFetcher::messageFor(const ApiError& error)
{
    if (error.reason == u"receipt_not_available_for_status") {
        return tr("The Kaspi receipt is available only for paid invoices.");
    }
    if (error.reason == u"kaspi_session_expired") {
        return tr("The Kaspi cashier session has expired: reconnect the cashier in the ApiPay dashboard, then try "
                  "again.");
    }
    if (error.reason == u"kaspi_session_unavailable") {
        return tr("The Kaspi cashier is unavailable right now. Try again in a few minutes.");
    }
    if (error.kind == ApiError::Kind::NotFound) {
        return tr("This ApiPay server gives no Kaspi receipt for this invoice.");
    }
    return error.userText();
}

} // namespace apipay
