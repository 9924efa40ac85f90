#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>

namespace apipay::test {

// What a FakeReply does: answer with a payload (any HTTP status), fail with a network error, or hang until aborted.
// Any of them may be delayed.
struct FakeResponse
{
    enum class Mode { Payload, NetworkError, Hanging };

    Mode mode = Mode::Payload;
    int status = 200;
    QByteArray reasonPhrase;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    int delayMs = 0;

    static FakeResponse json(int status, const QByteArray& body);
    static FakeResponse json(int status, const QJsonObject& body);
    static FakeResponse text(int status, const QByteArray& body, const QByteArray& contentType = "text/html");
    static FakeResponse networkError(QNetworkReply::NetworkError error, const QString& text = {});
    static FakeResponse hanging();

    FakeResponse& withHeader(const QByteArray& name, const QByteArray& value);
    FakeResponse& delayed(int ms);
};

// A QNetworkReply that plays a FakeResponse: opens itself read-only, sets HttpStatusCodeAttribute and raw headers,
// and emits metaDataChanged / readyRead / finished through queued invocations (never inside the request call).
class FakeReply : public QNetworkReply
{
    Q_OBJECT
public:
    FakeReply(QNetworkAccessManager::Operation operation,
        const QNetworkRequest& request,
        const FakeResponse& response,
        QObject* parent = nullptr);

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }
    bool wasAborted() const { return m_aborted; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;

private:
    void respond();
    static QNetworkReply::NetworkError errorForStatus(int status);

    FakeResponse m_response;
    QByteArray m_payload;
    qint64 m_offset = 0;
    bool m_aborted = false;
};

} // namespace apipay::test
