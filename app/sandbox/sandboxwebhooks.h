#pragma once

#include "sandboxtypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace apipay::sandbox {

class SandboxJson;
class SandboxStore;
struct SandboxInvoice;
struct SandboxRefund;

// Delivers signed webhook payloads (docs/api-contract.md, project choice): POST JSON with
// X-Webhook-Signature: sha256=<lowercase hex HMAC-SHA256 of the raw body, key = secret>. Like the server itself,
// it only talks to this computer: URLs whose host is not loopback are refused.
class SandboxWebhooks : public QObject
{
    Q_OBJECT
public:
    explicit SandboxWebhooks(QObject* parent = nullptr);

    // An empty url switches delivery off. False (nothing changed) when the URL is not http(s) on loopback.
    bool configure(const QUrl& url, const QByteArray& secret);
    bool isEnabled() const { return m_url.isValid() && !m_url.isEmpty(); }
    QUrl url() const { return m_url; }

    void send(const QJsonObject& payload);
    // Builds and sends the event of the active profile (no-op while disabled).
    void invoiceStatusChanged(SandboxStore& store, Profile profile, const QString& rootUrl, qint64 invoiceId);
    void refundCompleted(SandboxStore& store, Profile profile, const QString& rootUrl, qint64 refundId);
    // invoice.status_changed of the active profile; nullopt-like empty object when the profile sends no event for
    // this status (v2.1: only pending, paid, cancelled, expired, error, partially_refunded).
    static QJsonObject statusChangedPayload(
        const SandboxJson& json, const SandboxInvoice& invoice, bool v21, const QDateTime& now);
    // invoice.refunded after a refund completed (v2.1 adds "refund" and "available_for_refund").
    static QJsonObject refundedPayload(const SandboxJson& json,
        const SandboxInvoice& invoice,
        const SandboxRefund& refund,
        bool v21,
        const QDateTime& now);
    // "sha256=" + hex HMAC-SHA256(body, secret); empty secret = no signature (v2.1 behaviour).
    static QByteArray signature(const QByteArray& body, const QByteArray& secret);

Q_SIGNALS:
    // After each delivery attempt: the event name and the receiver's HTTP status (0 = no answer).
    void delivered(const QString& event, int httpStatus);

private:
    QNetworkAccessManager* m_nam;
    QUrl m_url;
    QByteArray m_secret;
};

} // namespace apipay::sandbox
