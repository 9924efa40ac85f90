#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QNetworkAccessManager;

namespace apipay {

class ApiClient;

// Demo mode only: asks the embedded sandbox to move a pending invoice on, through its documented
// POST /invoices/{id}/simulate-status (reference §11), so a demo user can watch an invoice get paid.
// The real service's sandbox has the same route; production answers 403 not_sandbox.
class SandboxPaymentSimulator : public QObject
{
    Q_OBJECT
public:
    SandboxPaymentSimulator(ApiClient* api, QNetworkAccessManager* nam, QObject* parent = nullptr);

    // status: paid, cancelled, expired, error. done(ok, translated error text).
    void simulate(qint64 invoiceId, const QString& status, std::function<void(bool, const QString&)> done);

private:
    ApiClient* m_api;
    QNetworkAccessManager* m_nam;
};

} // namespace apipay
