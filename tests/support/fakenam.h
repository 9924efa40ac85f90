#pragma once

#include "fakereply.h"

#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

namespace apipay::test {

// One request the code under test made, as FakeNam saw it.
struct FakeRequest
{
    QNetworkAccessManager::Operation operation = QNetworkAccessManager::GetOperation;
    QByteArray verb; // GET, POST, PUT, PATCH, DELETE, …
    QNetworkRequest request;
    QByteArray body;

    QUrl url() const { return request.url(); }
    QString path() const { return request.url().path(); }
    QUrlQuery query() const { return QUrlQuery(request.url()); }
    // Fully decoded value of the query item, or a null string when absent.
    QString queryValue(const QString& key) const;
    QStringList queryValues(const QString& key) const;
    bool hasHeader(const QByteArray& name) const { return request.hasRawHeader(name); }
    QByteArray header(const QByteArray& name) const { return request.rawHeader(name); }
    QJsonObject json() const;
};

// A QNetworkAccessManager that never touches the network: createRequest() records the request and asks the
// per-test route for a FakeResponse, then returns a FakeReply playing it (docs/design-notes.md, "Tests on a fake
// network").
class FakeNam : public QNetworkAccessManager
{
    Q_OBJECT
public:
    using Route = std::function<FakeResponse(const FakeRequest&)>;

    explicit FakeNam(QObject* parent = nullptr);

    void setRoute(Route route) { m_route = std::move(route); }
    const QList<FakeRequest>& requests() const { return m_requests; }
    int requestCount() const { return static_cast<int>(m_requests.size()); }
    const FakeRequest& lastRequest() const { return m_requests.constLast(); }
    void clearRequests() { m_requests.clear(); }
    // Replies that are still open (hanging or not yet answered).
    QList<FakeReply*> openReplies() const;

Q_SIGNALS:
    void requestStarted(int index);

protected:
    QNetworkReply* createRequest(Operation operation, const QNetworkRequest& request, QIODevice* outgoingData) override;

private:
    Route m_route;
    QList<FakeRequest> m_requests;
    QList<QPointer<FakeReply>> m_replies;
};

} // namespace apipay::test
