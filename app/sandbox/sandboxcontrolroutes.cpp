#include "sandboxcontrolroutes.h"

#include "sandboxprofile.h"
#include "sandboxserver.h"
#include "sandboxstore.h"
#include "sandboxwebhooks.h"

#include <cmath>

namespace apipay::sandbox {

namespace {

SandboxResponse ok(const QJsonObject& extra = {})
{
    QJsonObject body = extra;
    body.insert(QStringLiteral("ok"), true);
    return SandboxResponse::json(200, body);
}

SandboxResponse bad(const QString& message)
{
    return SandboxResponse::json(400, QJsonObject { { QStringLiteral("message"), message } });
}

QJsonObject state(SandboxServer& server)
{
    const SandboxSettings& s = server.store().settings();
    return QJsonObject { { QStringLiteral("profile"), SandboxProfile::name(server.profile()) },
        { QStringLiteral("now"), SandboxProfile::dateTime(server.now()) },
        { QStringLiteral("base_url"), server.baseUrl().toString() },
        { QStringLiteral("invoices"), server.invoiceCount() }, { QStringLiteral("refunds"), server.refundCount() },
        { QStringLiteral("catalog_items"), server.catalogItemCount() },
        { QStringLiteral("subscriptions"), server.subscriptionCount() },
        { QStringLiteral("pending_faults"), server.pendingFaults() },
        { QStringLiteral("processing_delay_ms"), s.processingDelayMs },
        { QStringLiteral("invoice_lifetime_seconds"), s.invoiceLifetimeSeconds },
        { QStringLiteral("async_cancel"), s.asyncCancel }, { QStringLiteral("requests"), server.requestCount() },
        { QStringLiteral("webhook_url"), server.webhooks()->url().toString() } };
}

} // namespace

SandboxResponse SandboxControlRoutes::handle(const SandboxRequest& r, SandboxServer& server)
{
    const QStringList s = r.segments.mid(1); // below /sandbox
    const auto body = r.jsonBody();
    if (!body) {
        return bad(QStringLiteral("The request body is not valid JSON."));
    }
    const QJsonObject& o = *body;
    if (s == QStringList { QStringLiteral("state") } && r.method == "GET") {
        return SandboxResponse::json(200, state(server));
    }
    if (r.method == "POST" && s == QStringList { QStringLiteral("reset") }) {
        server.reset();
        return ok(state(server));
    }
    if (r.method == "POST" && s == QStringList { QStringLiteral("profile") }) {
        const auto profile = SandboxProfile::parse(o.value(QStringLiteral("profile")).toString());
        if (!profile) {
            return bad(QStringLiteral("profile must be v2.0 or v2.1"));
        }
        server.setProfile(*profile);
        return ok(state(server));
    }
    if (r.method == "POST" && s == QStringList { QStringLiteral("clock"), QStringLiteral("advance") }) {
        // Bounded before any conversion (a double outside qint64 is undefined behaviour): at most ten years.
        constexpr double kMaxMs = 10.0 * 366 * 24 * 3600 * 1000;
        const double seconds = o.value(QStringLiteral("seconds")).toDouble();
        const double extraMs = o.value(QStringLiteral("ms")).toDouble();
        const double total = seconds * 1000 + extraMs;
        if (!std::isfinite(total) || !(seconds >= 0 && extraMs >= 0) || total < 1 || total > kMaxMs) {
            return bad(QStringLiteral("seconds or ms must be positive (at most ten years)"));
        }
        const qint64 ms = static_cast<qint64>(total);
        server.advanceClock(ms);
        return ok(state(server));
    }
    if (r.method == "POST" && s == QStringList { QStringLiteral("config") }) {
        if (o.contains(QStringLiteral("processing_delay_ms"))) {
            server.setProcessingDelay(o.value(QStringLiteral("processing_delay_ms")).toInt());
        }
        if (o.contains(QStringLiteral("invoice_lifetime_seconds"))) {
            const double lifetime = o.value(QStringLiteral("invoice_lifetime_seconds")).toDouble();
            if (!(lifetime >= 1 && lifetime <= 10.0 * 366 * 24 * 3600)) {
                return bad(QStringLiteral("invoice_lifetime_seconds must be between 1 s and ten years"));
            }
            server.setInvoiceLifetime(static_cast<qint64>(lifetime));
        }
        if (o.contains(QStringLiteral("async_cancel"))) {
            server.setAsyncCancel(o.value(QStringLiteral("async_cancel")).toBool());
        }
        if (o.contains(QStringLiteral("rate_limit")) || o.contains(QStringLiteral("rate_window_ms"))) {
            const int limit = o.value(QStringLiteral("rate_limit")).toInt(60);
            const int window = o.value(QStringLiteral("rate_window_ms")).toInt(60'000);
            if (limit < 1 || window < 1) {
                return bad(QStringLiteral("rate_limit and rate_window_ms must be positive"));
            }
            server.setRateLimit(limit, window);
        }
        return ok(state(server));
    }
    if (s == QStringList { QStringLiteral("faults") }) {
        if (r.method == "DELETE") {
            server.clearFaults();
            return ok(state(server));
        }
        if (r.method == "POST") {
            QString error;
            const auto fault = SandboxFault::fromJson(o, &error);
            if (!fault) {
                return bad(error);
            }
            server.addFault(*fault);
            return ok(state(server));
        }
    }
    if (r.method == "POST" && s.size() == 3 && s.at(0) == u"invoices" && s.at(2) == u"simulate") {
        QString error;
        if (!server.simulateInvoiceStatus(s.at(1).toLongLong(), o.value(QStringLiteral("status")).toString(), &error,
                o.value(QStringLiteral("error_message")).toString())) {
            return bad(error);
        }
        return ok(QJsonObject { { QStringLiteral("status"), *server.invoiceStatus(s.at(1).toLongLong()) } });
    }
    if (r.method == "POST" && s.size() == 3 && s.at(0) == u"static-qr" && s.at(2) == u"scan") {
        QString error;
        const auto invoiceId = server.simulateStaticQrScan(s.at(1).toLongLong(), &error);
        if (!invoiceId) {
            return bad(error);
        }
        return ok(QJsonObject { { QStringLiteral("invoice_id"), *invoiceId } });
    }
    if (r.method == "POST" && s == QStringList { QStringLiteral("webhook") }) {
        const QUrl url(o.value(QStringLiteral("url")).toString());
        if (!server.setWebhook(url, o.value(QStringLiteral("secret")).toString().toUtf8())) {
            return bad(QStringLiteral("url must be an http(s) address on this computer (loopback)"));
        }
        return ok(state(server));
    }
    if (r.method == "POST" && s == QStringList { QStringLiteral("seed") }) {
        const int count = o.value(QStringLiteral("invoices")).toInt();
        if (count < 1 || count > 200'000) {
            return bad(QStringLiteral("invoices must be 1–200000"));
        }
        return ok(QJsonObject { { QStringLiteral("added"), server.seedInvoices(count) } });
    }
    return SandboxResponse::json(404, QJsonObject { { QStringLiteral("message"), QStringLiteral("Not found") } });
}

} // namespace apipay::sandbox
