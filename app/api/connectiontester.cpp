#include "api/connectiontester.h"

namespace apipay {

ConnectionTester::ConnectionTester(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_client(new ApiClient(network, this))
{
}

void ConnectionTester::start(const QUrl& baseUrl, const QString& apiKey)
{
    cancel();
    const quint64 generation = ++m_generation;
    m_running = true;
    ApiClient::Config config;
    config.baseUrl = baseUrl;
    config.apiKey = apiKey;
    config.timeoutMs = 15'000;
    config.maxRateLimitRetries = 0;
    QString error;
    if (!m_client->setConfig(config, &error)) {
        finish(false, error);
        return;
    }
    m_client->status(this, [this, generation, apiKey](const ApiResult<QString>& status) {
        if (generation != m_generation) {
            return;
        }
        if (!status.ok()) {
            finish(false, tr("The server did not answer the health check: %1").arg(status.error.userText()));
            return;
        }
        const QString serverText = tr("The server answers (status “%1”).").arg(status.value);
        if (apiKey.isEmpty()) {
            finish(false, serverText + u' ' + tr("Enter the API key to check it too."));
            return;
        }
        InvoiceQuery query;
        query.perPage = 1;
        m_client->listInvoices(query, this, [this, generation, serverText](const ApiResult<Page<Invoice>>& list) {
            if (generation != m_generation) {
                return;
            }
            if (!list.ok()) {
                finish(false, serverText + u' ' + list.error.userText());
                return;
            }
            QString keyText = tr("The API key is accepted.");
            if (list.value.total) {
                keyText
                    += u' ' + tr("The shop has %n invoice(s).", nullptr, int(qMin<qint64>(*list.value.total, INT_MAX)));
            }
            finish(true, serverText + u' ' + keyText);
        });
    });
}

void ConnectionTester::cancel()
{
    ++m_generation;
    if (m_running) {
        m_client->cancelAll();
        m_running = false;
    }
}

void ConnectionTester::finish(bool ok, const QString& text)
{
    m_running = false;
    Q_EMIT finished(ok, text);
}

} // namespace apipay
