#include "fakenam.h"

#include <QIODevice>
#include <QJsonDocument>

namespace apipay::test {

QString FakeRequest::queryValue(const QString& key) const
{
    const QUrlQuery q = query();
    if (!q.hasQueryItem(key)) {
        return QString();
    }
    return q.queryItemValue(key, QUrl::FullyDecoded);
}

QStringList FakeRequest::queryValues(const QString& key) const
{
    return query().allQueryItemValues(key, QUrl::FullyDecoded);
}

QJsonObject FakeRequest::json() const
{
    return QJsonDocument::fromJson(body).object();
}

FakeNam::FakeNam(QObject* parent)
    : QNetworkAccessManager(parent)
{
    m_route = [](const FakeRequest&) {
        return FakeResponse::json(404, QByteArrayLiteral(R"({"message": "No fake route"})"));
    };
}

QList<FakeReply*> FakeNam::openReplies() const
{
    QList<FakeReply*> open;
    for (const QPointer<FakeReply>& reply : m_replies) {
        if (reply && !reply->isFinished()) {
            open.append(reply);
        }
    }
    return open;
}

QNetworkReply* FakeNam::createRequest(Operation operation, const QNetworkRequest& request, QIODevice* outgoingData)
{
    FakeRequest recorded;
    recorded.operation = operation;
    recorded.request = request;
    switch (operation) {
    case GetOperation:
        recorded.verb = QByteArrayLiteral("GET");
        break;
    case PostOperation:
        recorded.verb = QByteArrayLiteral("POST");
        break;
    case PutOperation:
        recorded.verb = QByteArrayLiteral("PUT");
        break;
    case DeleteOperation:
        recorded.verb = QByteArrayLiteral("DELETE");
        break;
    case HeadOperation:
        recorded.verb = QByteArrayLiteral("HEAD");
        break;
    default:
        recorded.verb = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
        break;
    }
    if (outgoingData) {
        if (!outgoingData->isOpen()) {
            outgoingData->open(QIODevice::ReadOnly);
        }
        recorded.body = outgoingData->readAll();
    }
    m_requests.append(recorded);
    const FakeResponse response = m_route ? m_route(recorded) : FakeResponse::hanging();
    auto* reply = new FakeReply(operation, request, response, this);
    m_replies.append(reply);
    Q_EMIT requestStarted(static_cast<int>(m_requests.size()) - 1);
    return reply;
}

} // namespace apipay::test
