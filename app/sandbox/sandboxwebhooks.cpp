#include "sandboxwebhooks.h"

#include "sandboxjson.h"
#include "sandboxstore.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace apipay::sandbox {

SandboxWebhooks::SandboxWebhooks(QObject* parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{
}

bool SandboxWebhooks::configure(const QUrl& url, const QByteArray& secret)
{
    if (url.isEmpty()) {
        m_url = QUrl();
        m_secret.clear();
        return true;
    }
    const QString host = url.host().toLower();
    const bool loopback = host == u"localhost" || QHostAddress(host).isLoopback();
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || !loopback) {
        return false;
    }
    m_url = url;
    m_secret = secret;
    return true;
}

QByteArray SandboxWebhooks::signature(const QByteArray& body, const QByteArray& secret)
{
    if (secret.isEmpty()) {
        return {};
    }
    return "sha256=" + QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toHex();
}

void SandboxWebhooks::send(const QJsonObject& payload)
{
    if (!isEnabled()) {
        return;
    }
    const QByteArray body = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(5000);
    const QByteArray sig = signature(body, m_secret);
    if (!sig.isEmpty()) {
        request.setRawHeader("X-Webhook-Signature", sig);
    }
    QNetworkReply* reply = m_nam->post(request, body);
    const QString event = payload.value(QStringLiteral("event")).toString();
    connect(reply, &QNetworkReply::finished, this, [this, reply, event] {
        Q_EMIT delivered(event, reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
        reply->deleteLater();
    });
}

void SandboxWebhooks::invoiceStatusChanged(
    SandboxStore& store, Profile profile, const QString& rootUrl, qint64 invoiceId)
{
    const SandboxInvoice* inv = isEnabled() ? store.invoice(invoiceId) : nullptr;
    if (!inv) {
        return;
    }
    const SandboxProfile shapes(profile);
    const SandboxJson json(shapes, store, rootUrl);
    const QJsonObject payload = statusChangedPayload(json, *inv, shapes.isV21(), store.now());
    if (!payload.isEmpty()) {
        send(payload);
    }
}

void SandboxWebhooks::refundCompleted(SandboxStore& store, Profile profile, const QString& rootUrl, qint64 refundId)
{
    const SandboxRefund* refund = isEnabled() ? store.refund(refundId) : nullptr;
    const SandboxInvoice* inv = refund ? store.invoice(refund->invoiceId) : nullptr;
    if (inv) {
        const SandboxProfile shapes(profile);
        const SandboxJson json(shapes, store, rootUrl);
        send(refundedPayload(json, *inv, *refund, shapes.isV21(), store.now()));
    }
}

namespace {

QString stamp(const QDateTime& t, bool v21)
{
    return v21 ? SandboxProfile::dateTime(t) : SandboxProfile::dateTimeZ(t);
}

QJsonValue optionalStamp(const QDateTime& t, bool v21)
{
    return t.isValid() ? QJsonValue(stamp(t, v21)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject SandboxWebhooks::statusChangedPayload(
    const SandboxJson& json, const SandboxInvoice& inv, bool v21, const QDateTime& now)
{
    const QString status = json.status(inv);
    static const QStringList v21Events
        = { QStringLiteral("pending"), QStringLiteral("paid"), QStringLiteral("cancelled"), QStringLiteral("expired"),
              QStringLiteral("error"), QStringLiteral("partially_refunded") };
    if (v21 && !v21Events.contains(status)) {
        return {};
    }
    QJsonObject invoice { { QStringLiteral("id"), inv.id },
        { QStringLiteral("external_order_id"), SandboxProfile::optionalString(inv.externalOrderId) },
        { QStringLiteral("amount"), SandboxJson::money(inv.amount) }, { QStringLiteral("status"), status },
        { QStringLiteral("description"), SandboxProfile::optionalString(inv.description) },
        { QStringLiteral("kaspi_invoice_id"), SandboxProfile::optionalString(inv.kaspiInvoiceId) },
        { QStringLiteral("client_name"), SandboxProfile::optionalString(inv.clientName) },
        { QStringLiteral("client_phone"), inv.phone }, { QStringLiteral("is_sandbox"), true },
        { QStringLiteral("paid_at"), optionalStamp(inv.paidAt, v21) } };
    if (inv.discountPercent > 0) {
        invoice.insert(QStringLiteral("subtotal"), SandboxJson::money(inv.subtotal));
        invoice.insert(QStringLiteral("discount_sum"), SandboxJson::money(inv.discountSum));
        invoice.insert(QStringLiteral("discount_percentage"),
            v21 ? QJsonValue(inv.discountPercent) : QJsonValue(QString::number(inv.discountPercent)));
    }
    if (v21 && !inv.errorCode.isEmpty()) {
        invoice.insert(QStringLiteral("error_code"), inv.errorCode);
    }
    return QJsonObject { { QStringLiteral("event"), QStringLiteral("invoice.status_changed") },
        { QStringLiteral("invoice"), invoice }, { QStringLiteral("source"), QStringLiteral("Sandbox") },
        { QStringLiteral("is_sandbox"), true }, { QStringLiteral("timestamp"), stamp(now, v21) } };
}

QJsonObject SandboxWebhooks::refundedPayload(
    const SandboxJson& json, const SandboxInvoice& inv, const SandboxRefund& refund, bool v21, const QDateTime& now)
{
    QJsonObject payload { { QStringLiteral("event"), QStringLiteral("invoice.refunded") },
        { QStringLiteral("invoice"),
            QJsonObject { { QStringLiteral("id"), inv.id },
                { QStringLiteral("external_order_id"), SandboxProfile::optionalString(inv.externalOrderId) },
                { QStringLiteral("amount"), SandboxJson::money(inv.amount) },
                { QStringLiteral("status"), json.status(inv) },
                { QStringLiteral("total_refunded"), SandboxJson::money(json.totalRefunded(inv)) },
                { QStringLiteral("is_sandbox"), true } } },
        { QStringLiteral("source"), QStringLiteral("Sandbox") }, { QStringLiteral("is_sandbox"), true },
        { QStringLiteral("timestamp"), stamp(now, v21) } };
    if (v21) {
        payload.insert(QStringLiteral("refund"),
            QJsonObject { { QStringLiteral("id"), refund.id },
                { QStringLiteral("amount"), SandboxJson::money(refund.amount) },
                { QStringLiteral("status"), refund.status } });
        payload.insert(QStringLiteral("available_for_refund"), SandboxJson::moneyNumber(inv.availableForRefund()));
    }
    return payload;
}

} // namespace apipay::sandbox
