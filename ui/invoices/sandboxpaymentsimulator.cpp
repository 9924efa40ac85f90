#include "sandboxpaymentsimulator.h"

#include "api/apiclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace apipay {

namespace {
constexpr int kTimeoutMs = 15'000;
}

SandboxPaymentSimulator::SandboxPaymentSimulator(ApiClient* api, QNetworkAccessManager* nam, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_nam(nam)
{
}

void SandboxPaymentSimulator::simulate(qint64 invoiceId, const QString& status,
                                       std::function<void(bool, const QString&)> done)
{
    const ApiClient::Config config = m_api->config();
    if (!m_nam || !config.baseUrl.isValid()) {
        done(false, tr("The sandbox is not available."));
        return;
    }
    QUrl url = config.baseUrl;
    QString path = url.path();
    while (path.endsWith(u'/')) {
        path.chop(1);
    }
    url.setPath(path + u"/invoices/%1/simulate-status"_s.arg(invoiceId));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("X-API-Key", config.apiKey.toUtf8());
    request.setTransferTimeout(kTimeoutMs);
    const QByteArray body = QJsonDocument(QJsonObject{{u"status"_s, status}}).toJson(QJsonDocument::Compact);
    QNetworkReply* reply = m_nam->post(request, body);
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        const int code = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() == QNetworkReply::NoError && code >= 200 && code < 300) {
            done(true, QString());
            return;
        }
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        QString message = json.value(u"message"_s).toString();
        if (message.isEmpty()) {
            message = reply->errorString();
        }
        done(false, tr("The sandbox refused (%1): %2").arg(code).arg(message));
    });
}

} // namespace apipay
