#pragma once

#include "api/apiclient.h"

#include <QObject>

namespace apipay {

// "Test connection" (docs/api-contract.md): GET /status without the key, then one authenticated GET
// /invoices?per_page=1, with a client of its own (the session's budget and key are not touched). finished() says what
// worked.
class ConnectionTester : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionTester(QNetworkAccessManager* network, QObject* parent = nullptr);

    // Starts a test (cancels one running). Refused at once (finished(false, …)) for an unacceptable base URL.
    void start(const QUrl& baseUrl, const QString& apiKey);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    // `text` is a translated sentence for the user.
    void finished(bool ok, const QString& text);

private:
    void finish(bool ok, const QString& text);

    ApiClient* m_client;
    bool m_running = false;
    quint64 m_generation = 0;
};

} // namespace apipay
