#pragma once

#include "sandbox/sandboxserver.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace apipay::test {

// One raw HTTP answer of the sandbox.
struct HttpAnswer
{
    int status = 0; // 0 = no HTTP answer (connection closed, timeout)
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    qint64 elapsedMs = 0;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray data() const { return json().value(QStringLiteral("data")).toArray(); }
    QByteArray header(const QByteArray& name) const;
    bool hasHeader(const QByteArray& name) const;
};

// A plain QNetworkAccessManager client for the raw sandbox tests (no ApiClient): waits for each reply with
// QSignalSpy.
class SandboxHttpClient
{
public:
    explicit SandboxHttpClient(sandbox::SandboxServer& server)
        : m_server(server)
    {
    }

    void setKey(const QString& key) { m_key = key; }

    HttpAnswer get(const QString& apiPath);
    HttpAnswer post(const QString& apiPath, const QJsonObject& body = {});
    HttpAnswer postRaw(const QString& apiPath, const QByteArray& body);
    HttpAnswer put(const QString& apiPath, const QJsonObject& body);
    HttpAnswer patch(const QString& apiPath, const QJsonObject& body);
    HttpAnswer del(const QString& apiPath);
    HttpAnswer upload(const QByteArray& bytes, const QString& fileName, const QByteArray& mimeType);
    // Outside /api/v1 (control routes with this run's token, images): path from the root.
    HttpAnswer control(const QByteArray& method, const QString& rootPath, const QJsonObject& body = {});
    HttpAnswer getUrl(const QUrl& url);

    // Convenience: POST /invoices with amount (tenge) and phone; returns the new id (0 on failure).
    qint64 createInvoice(
        qint64 tenge, const QString& phone = QStringLiteral("87001234567"), const QJsonObject& extra = {});
    // GET /invoices/{id} → status (for QTRY_COMPARE_WITH_TIMEOUT).
    QString statusOf(qint64 id);

private:
    HttpAnswer send(const QByteArray& method,
        const QUrl& url,
        const QByteArray& body,
        const QByteArray& contentType,
        bool withKey,
        const QByteArray& controlToken = {});
    QUrl api(const QString& apiPath) const;

    sandbox::SandboxServer& m_server;
    QNetworkAccessManager m_nam;
    QString m_key = sandbox::SandboxServer::demoKey();
};

} // namespace apipay::test
