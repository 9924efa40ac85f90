#pragma once

#include <QByteArray>
#include <QIODevice>

namespace apipay {

// A request body that can be read exactly once. QNetworkAccessManager silently re-sends a request whose connection
// closed while it waited for the answer, unless the upload cannot be rewound; non-idempotent writes (POST, PATCH)
// therefore go out through this device, so that a lost answer surfaces as an error (ApiError::OutcomeUnknown)
// instead of a second invoice (docs/api-contract.md D4). Use with DoNotBufferUploadDataAttribute and a Content-Length
// header.
class OneShotUploadDevice : public QIODevice
{
    Q_OBJECT
public:
    explicit OneShotUploadDevice(const QByteArray& data, QObject* parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    qint64 size() const override { return m_data.size(); }
    bool atEnd() const override { return m_offset >= m_data.size(); }
    // Never rewinds: that is the point.
    bool reset() override { return false; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 maxSize) override;

private:
    QByteArray m_data;
    qint64 m_offset = 0;
};

} // namespace apipay
