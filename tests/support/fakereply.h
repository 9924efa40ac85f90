#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>

#include <memory>

namespace apipay::test {

// What a FakeReply does: answer with a payload (any HTTP status), fail with a network error, hang until aborted,
// or stream a body chunk by chunk (long, endless or trickled). Any of them may be delayed.
struct FakeResponse
{
    enum class Mode { Payload, NetworkError, Hanging, Stream };

    Mode mode = Mode::Payload;
    int status = 200;
    QByteArray reasonPhrase;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    int delayMs = 0;
    // Stream: streamBytes in chunks of chunkBytes ('x'), one chunk every chunkIntervalMs; streamBytes < 0 = endless.
    // announceLength sends Content-Length (only for a finite stream). The reply keeps just the unread part.
    qint64 streamBytes = 0;
    int chunkBytes = 64 * 1024;
    int chunkIntervalMs = 0;
    bool announceLength = false;
    // When set, the reply adds every byte it streams here (outlives the reply: what reached the client).
    std::shared_ptr<qint64> streamed;

    static FakeResponse json(int status, const QByteArray& body);
    static FakeResponse json(int status, const QJsonObject& body);
    static FakeResponse text(int status, const QByteArray& body, const QByteArray& contentType = "text/html");
    static FakeResponse networkError(QNetworkReply::NetworkError error, const QString& text = {});
    static FakeResponse hanging();
    static FakeResponse stream(int status, qint64 bytes, int chunkBytes, int intervalMs, bool announceLength);

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
    void streamNextChunk();
    static QNetworkReply::NetworkError errorForStatus(int status);

    FakeResponse m_response;
    QByteArray m_payload;
    qint64 m_offset = 0;
    qint64 m_streamedSoFar = 0;
    bool m_aborted = false;
};

} // namespace apipay::test
