#include "sandboxserver.h"

#include "sandboxcatalogroutes.h"
#include "sandboxclientroutes.h"
#include "sandboxcontrolroutes.h"
#include "sandboxdemodata.h"
#include "sandboxfaultanswers.h"
#include "sandboxhttpserver.h"
#include "sandboxinvoiceroutes.h"
#include "sandboxnotestatsroutes.h"
#include "sandboxqrroutes.h"
#include "sandboxratelimiter.h"
#include "sandboxrefundroutes.h"
#include "sandboxroutecontext.h"
#include "sandboxstaticqrroutes.h"
#include "sandboxstore.h"
#include "sandboxsubscriptionroutes.h"
#include "sandboxwebhooks.h"

#include <QHostAddress>
#include <QRandomGenerator>
#include <QTimer>

namespace apipay::sandbox {

SandboxServer::SandboxServer(QObject* parent)
    : SandboxServer(Options {}, parent)
{
}

SandboxServer::SandboxServer(const Options& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_store(std::make_unique<SandboxStore>())
    , m_limiter(std::make_unique<SandboxRateLimiter>())
    , m_detailLimiter(std::make_unique<SandboxRateLimiter>())
{
    init();
}

SandboxServer::~SandboxServer() = default;

void SandboxServer::init()
{
    // 128 random bits from the operating system, as hex: the control routes obey only who was shown this token.
    QByteArray secret(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(secret.data()), secret.size() / 4);
    m_controlToken = secret.toHex();
    if (m_options.clock) {
        m_store->setClock(m_options.clock);
    }
    SandboxSettings& s = m_store->settings();
    s.processingDelayMs = m_options.processingDelayMs;
    s.invoiceLifetimeSeconds = m_options.invoiceLifetimeSeconds;
    s.asyncCancel = m_options.asyncCancel;
    s.profile = m_options.profile;
    m_limiter->configure(m_options.rateLimit, m_options.rateWindowMs);
    m_detailLimiter->configure(1000, 60'000);
    m_webhooks = new SandboxWebhooks(this);
    m_store->setStatusListener([this](qint64 id, const QString& status) { notifyStatusChanged(id, status); });
    m_store->setRefundListener([this](qint64 id) { notifyRefundCompleted(id); });
    loadInitialData();
    m_tick = new QTimer(this);
    m_tick->setInterval(100);
    connect(m_tick, &QTimer::timeout, this, [this] { m_store->advance(); });
    m_clientRoutes = std::make_unique<SandboxClientRoutes>();
}

void SandboxServer::loadInitialData()
{
    m_store->clear();
    if (m_options.demoData) {
        SandboxDemoData::load(*m_store);
    }
}

void SandboxServer::notifyStatusChanged(qint64 invoiceId, const QString& status)
{
    Q_EMIT invoiceStatusChanged(invoiceId, status);
    m_webhooks->invoiceStatusChanged(
        *m_store, m_options.profile, rootUrl().toString(QUrl::StripTrailingSlash), invoiceId);
}

void SandboxServer::notifyRefundCompleted(qint64 refundId)
{
    m_webhooks->refundCompleted(*m_store, m_options.profile, rootUrl().toString(QUrl::StripTrailingSlash), refundId);
}

bool SandboxServer::setWebhook(const QUrl& url, const QByteArray& secret)
{
    return m_webhooks->configure(url, secret);
}

bool SandboxServer::start(quint16 port)
{
    if (m_http) {
        return m_port != 0;
    }
    m_http = new SandboxHttpServer(this);
    // Loopback only: the sandbox must never be reachable from another machine.
    m_port = m_http->listenOn(QHostAddress::LocalHost, port, m_options.connectionLimits);
    if (m_port == 0) {
        delete m_http;
        m_http = nullptr;
        return false;
    }
    m_tick->start();
    return true;
}

int SandboxServer::openConnections() const
{
    return m_http ? m_http->openConnections() : 0;
}

QUrl SandboxServer::rootUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url = rootUrl();
    url.setPath(QStringLiteral("/api/v1"));
    return url;
}

Profile SandboxServer::profile() const
{
    return m_options.profile;
}

void SandboxServer::setProfile(Profile profile)
{
    m_options.profile = profile;
    m_store->settings().profile = profile;
}

void SandboxServer::reset()
{
    m_clientRoutes->reset();
    m_faults.clear();
    m_requestLog.clear();
    m_limiter->reset();
    m_detailLimiter->reset();
    loadInitialData();
}

void SandboxServer::advanceClock(qint64 ms)
{
    m_store->advanceClock(ms);
    m_store->advance();
}

void SandboxServer::setClock(std::function<QDateTime()> clock)
{
    m_options.clock = clock;
    m_store->setClock(clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); });
}

QDateTime SandboxServer::now() const
{
    return m_store->now();
}

void SandboxServer::setProcessingDelay(int ms)
{
    m_options.processingDelayMs = qMax(0, ms);
    m_store->settings().processingDelayMs = m_options.processingDelayMs;
}

void SandboxServer::setInvoiceLifetime(qint64 seconds)
{
    m_options.invoiceLifetimeSeconds = qMax<qint64>(1, seconds);
    m_store->settings().invoiceLifetimeSeconds = m_options.invoiceLifetimeSeconds;
}

void SandboxServer::setAsyncCancel(bool on)
{
    m_options.asyncCancel = on;
    m_store->settings().asyncCancel = on;
}

void SandboxServer::setRateLimit(int requests, int windowMs)
{
    m_options.rateLimit = requests;
    m_options.rateWindowMs = windowMs;
    m_limiter->configure(requests, windowMs);
}

void SandboxServer::setApiKeys(const QStringList& keys)
{
    m_options.apiKeys = keys;
}

void SandboxServer::addFault(const SandboxFault& fault)
{
    m_faults.add(fault);
}

void SandboxServer::delayNext(const QByteArray& method, const QString& path, int delayMs, int count)
{
    addFault(SandboxFault::make(SandboxFault::Kind::Delay, method, path, count, delayMs));
}

void SandboxServer::dropNext(const QByteArray& method, const QString& path, int count)
{
    addFault(SandboxFault::make(SandboxFault::Kind::Drop, method, path, count));
}

void SandboxServer::failNext(
    const QByteArray& method, const QString& path, int status, const QByteArray& body, int count)
{
    SandboxFault fault = SandboxFault::make(SandboxFault::Kind::Status, method, path, count);
    fault.status = status;
    fault.body = body;
    addFault(fault);
}

void SandboxServer::malformNext(const QByteArray& method, const QString& path, int count)
{
    addFault(SandboxFault::make(SandboxFault::Kind::MalformedJson, method, path, count));
}

void SandboxServer::clearFaults()
{
    m_faults.clear();
}

int SandboxServer::pendingFaults() const
{
    return m_faults.size();
}

bool SandboxServer::simulateInvoiceStatus(
    qint64 invoiceId, const QString& status, QString* error, const QString& errorMessage)
{
    m_store->advance();
    SandboxInvoice* inv = m_store->invoice(invoiceId);
    const auto fail = [error](const QString& text) {
        if (error) {
            *error = text;
        }
        return false;
    };
    if (!inv) {
        return fail(QStringLiteral("Invoice not found"));
    }
    if (status != u"paid" && status != u"expired" && status != u"error" && status != u"cancelled") {
        return fail(QStringLiteral("status must be paid, expired, error or cancelled"));
    }
    if (inv->status != u"pending") {
        return fail(QStringLiteral("invalid_status_transition: the invoice is %1").arg(inv->status));
    }
    if (status == u"error") {
        inv->errorMessage = errorMessage.isEmpty() ? QStringLiteral("Simulated error") : errorMessage;
        inv->errorCode = QStringLiteral("simulated_error");
    }
    m_store->setInvoiceStatus(*inv, status);
    return true;
}

std::optional<qint64> SandboxServer::simulateStaticQrScan(qint64 sheetId, QString* error)
{
    return SandboxStaticQrRoutes::scan(*m_store, sheetId, error);
}

std::optional<QString> SandboxServer::invoiceStatus(qint64 invoiceId) const
{
    m_store->advance();
    if (const SandboxInvoice* inv = m_store->invoice(invoiceId)) {
        return inv->status;
    }
    return std::nullopt;
}

qint64 SandboxServer::invoiceCount() const
{
    return qint64(m_store->invoices().size());
}

qint64 SandboxServer::lastInvoiceId() const
{
    return m_store->invoices().empty() ? 0 : m_store->invoices().back().id;
}

QList<qint64> SandboxServer::invoicesWithExternalOrderId(const QString& externalOrderId) const
{
    QList<qint64> ids;
    for (const auto& inv : m_store->invoices()) {
        if (inv.externalOrderId == externalOrderId) {
            ids.append(inv.id);
        }
    }
    return ids;
}

qint64 SandboxServer::refundCount() const
{
    return qint64(m_store->refunds().size());
}

int SandboxServer::catalogItemCount() const
{
    return int(m_store->catalog().size());
}

int SandboxServer::subscriptionCount() const
{
    return int(m_store->subscriptions().size());
}

int SandboxServer::seedInvoices(int count)
{
    return SandboxDemoData::seedInvoices(*m_store, qBound(0, count, 200'000));
}

void SandboxServer::processDueTransitions()
{
    m_store->advance();
}

SandboxStore& SandboxServer::store()
{
    return *m_store;
}

SandboxClientRoutes& SandboxServer::clientRoutes()
{
    return *m_clientRoutes;
}

// ---- HTTP pipeline ----

SandboxLoggedRequest SandboxServer::loggedRequest(
    const SandboxRequest& request, std::optional<SandboxFault::Kind> fault)
{
    SandboxLoggedRequest entry;
    entry.method = request.method;
    entry.path = request.path;
    entry.query = request.query;
    entry.body = request.body;
    entry.fault = fault;
    return entry;
}

SandboxResponse SandboxServer::dispatch(const SandboxRequest& request)
{
    ++m_requestCount;
    m_store->advance();
    SandboxResponse response;
    const QString& path = request.path;
    if (path == u"/api/v1" || path.startsWith(QStringLiteral("/api/v1/"))) {
        response = dispatchApi(request);
    } else if (path.startsWith(QStringLiteral("/sandbox/"))) {
        response = SandboxControlRoutes::handle(request, *this);
    } else if (path.startsWith(QStringLiteral("/images/")) && request.method == "GET") {
        response = SandboxCatalogRoutes::image(request, *m_store);
    } else {
        response
            = SandboxResponse::json(404, QJsonObject { { QStringLiteral("message"), QStringLiteral("Not found") } });
    }
    Q_EMIT requestHandled(QString::fromLatin1(request.method), path, response.drop ? 0 : response.status);
    return response;
}

SandboxResponse SandboxServer::dispatchApi(const SandboxRequest& original)
{
    SandboxRequest request = original;
    request.path = original.path.mid(7); // below /api/v1
    request.segments = original.segments.mid(2);
    const SandboxProfile profile(m_options.profile);
    if (request.path == u"/status" && request.method == "GET") {
        m_requestLog.append(loggedRequest(request, std::nullopt));
        return SandboxResponse::json(200,
            QJsonObject { { QStringLiteral("status"), QStringLiteral("ok") },
                { QStringLiteral("timestamp"), SandboxProfile::dateTime(m_store->now()) } });
    }
    const QString key = QString::fromUtf8(request.header("X-API-Key"));
    if (key.isEmpty() || !m_options.apiKeys.contains(key)) {
        m_requestLog.append(loggedRequest(request, std::nullopt));
        return profile.unauthorized();
    }
    // v2.1: GET /invoices/{id} has its own, larger limit (1000 per minute), apart from the general one.
    const bool detailRead = profile.isV21() && request.method == "GET" && request.segments.size() == 2
        && request.segments.first() == u"invoices" && idSegment(request.segments.at(1));
    const SandboxRateLimiter::Decision budget
        = (detailRead ? *m_detailLimiter : *m_limiter).consume(key, m_store->now());
    if (!budget.allowed) {
        m_requestLog.append(loggedRequest(request, std::nullopt));
        return profile.tooManyRequests(budget.retryAfterSeconds);
    }
    const auto fault = m_faults.take(request.method, request.path);
    if (fault) {
        m_requestLog.append(loggedRequest(request, fault->kind));
    } else {
        m_requestLog.append(loggedRequest(request, std::nullopt));
    }
    SandboxResponse response
        = fault ? SandboxFaultAnswers::answer(*fault, [&] { return route(request); }) : route(request);
    if (response.drop) {
        return response;
    }
    if (!profile.isV21()) {
        response.setHeader("X-RateLimit-Limit", QByteArray::number(m_limiter->limit()));
        response.setHeader("X-RateLimit-Remaining", QByteArray::number(budget.remaining));
    }
    return response;
}

SandboxResponse SandboxServer::route(const SandboxRequest& request)
{
    const SandboxProfile profile(m_options.profile);
    const SandboxJson json(profile, *m_store, rootUrl().toString(QUrl::StripTrailingSlash));
    RouteContext context { *m_store, profile, json };
    if (auto r = SandboxQrRoutes::handle(request, context)) {
        return *r;
    }
    if (auto r = SandboxNoteStatsRoutes::handle(request, context)) {
        return *r;
    }
    if (auto r = SandboxInvoiceRoutes::handle(request, context)) {
        return *r;
    }
    if (auto r = SandboxRefundRoutes::handle(request, context)) {
        return *r;
    }
    if (auto r = m_clientRoutes->handle(request, context)) {
        return *r;
    }
    if (auto r = SandboxCatalogRoutes::handle(request, context)) {
        return *r;
    }
    if (auto r = SandboxSubscriptionRoutes::handle(request, context)) {
        return *r;
    }
    if (auto r = SandboxStaticQrRoutes::handle(request, context)) {
        return *r;
    }
    return profile.isV21()
        ? SandboxResponse::json(404, QJsonObject { { QStringLiteral("error"), QStringLiteral("Not found") } })
        : SandboxResponse::json(404, QJsonObject { { QStringLiteral("message"), QStringLiteral("Not found") } });
}

} // namespace apipay::sandbox
