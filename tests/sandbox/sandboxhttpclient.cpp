#include "sandboxhttpclient.h"

#include <QElapsedTimer>
#include <QHttpMultiPart>
#include <QSignalSpy>

namespace apipay::test {

QByteArray HttpAnswer::header(const QByteArray& name) const
{
    for (const auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            return h.second;
        }
    }
    return {};
}

bool HttpAnswer::hasHeader(const QByteArray& name) const
{
    for (const auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

QUrl SandboxHttpClient::api(const QString& apiPath) const
{
    QUrl url = m_server.baseUrl();
    const QString path = apiPath.section(u'?', 0, 0);
    url.setPath(url.path() + path);
    if (apiPath.contains(u'?')) {
        url.setQuery(apiPath.section(u'?', 1));
    }
    return url;
}

HttpAnswer SandboxHttpClient::send(const QByteArray& method,
    const QUrl& url,
    const QByteArray& body,
    const QByteArray& contentType,
    bool withKey,
    const QByteArray& controlToken)
{
    QNetworkRequest request(url);
    if (!controlToken.isEmpty()) {
        request.setRawHeader(sandbox::SandboxServer::kControlTokenHeader, controlToken);
    }
    request.setTransferTimeout(8000);
    if (withKey && !m_key.isEmpty()) {
        request.setRawHeader("X-API-Key", m_key.toUtf8());
    }
    if (!contentType.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    }
    request.setRawHeader("Accept", "application/json");
    QElapsedTimer timer;
    timer.start();
    QNetworkReply* reply = m_nam.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    HttpAnswer answer;
    if (!finished.wait(10'000)) {
        reply->abort();
    }
    answer.elapsedMs = timer.elapsed();
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.error = reply->error();
    answer.body = reply->readAll();
    answer.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return answer;
}

HttpAnswer SandboxHttpClient::get(const QString& apiPath)
{
    return send("GET", api(apiPath), {}, {}, true);
}

HttpAnswer SandboxHttpClient::post(const QString& apiPath, const QJsonObject& body)
{
    return send("POST", api(apiPath), QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json", true);
}

HttpAnswer SandboxHttpClient::postRaw(const QString& apiPath, const QByteArray& body)
{
    return send("POST", api(apiPath), body, "application/json", true);
}

HttpAnswer SandboxHttpClient::put(const QString& apiPath, const QJsonObject& body)
{
    return send("PUT", api(apiPath), QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json", true);
}

HttpAnswer SandboxHttpClient::patch(const QString& apiPath, const QJsonObject& body)
{
    return send("PATCH", api(apiPath), QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json", true);
}

HttpAnswer SandboxHttpClient::del(const QString& apiPath)
{
    return send("DELETE", api(apiPath), {}, {}, true);
}

HttpAnswer SandboxHttpClient::upload(const QByteArray& bytes, const QString& fileName, const QByteArray& mimeType)
{
    const QByteArray boundary = "----sandboxtestboundary7MA4YWxkTrZu0gW";
    QByteArray body;
    body += "--" + boundary + "\r\n";
    body += "Content-Disposition: form-data; name=\"image\"; filename=\"" + fileName.toUtf8() + "\"\r\n";
    body += "Content-Type: " + mimeType + "\r\n\r\n";
    body += bytes;
    body += "\r\n--" + boundary + "--\r\n";
    return send(
        "POST", api(QStringLiteral("/catalog/upload-image")), body, "multipart/form-data; boundary=" + boundary, true);
}

HttpAnswer SandboxHttpClient::control(const QByteArray& method, const QString& rootPath, const QJsonObject& body)
{
    QUrl url = m_server.rootUrl();
    url.setPath(rootPath);
    return send(method, url, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
        body.isEmpty() ? QByteArray() : QByteArray("application/json"), false, m_server.controlToken());
}

HttpAnswer SandboxHttpClient::getUrl(const QUrl& url)
{
    return send("GET", url, {}, {}, false);
}

qint64 SandboxHttpClient::createInvoice(qint64 tenge, const QString& phone, const QJsonObject& extra)
{
    QJsonObject body = extra;
    body.insert(QStringLiteral("amount"), tenge);
    body.insert(QStringLiteral("phone_number"), phone);
    const HttpAnswer answer = post(QStringLiteral("/invoices"), body);
    return answer.status == 201 ? qint64(answer.json().value(QStringLiteral("id")).toDouble()) : 0;
}

QString SandboxHttpClient::statusOf(qint64 id)
{
    return get(QStringLiteral("/invoices/%1").arg(id)).json().value(QStringLiteral("status")).toString();
}

} // namespace apipay::test
