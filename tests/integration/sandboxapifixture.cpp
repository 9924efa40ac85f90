#include "sandboxapifixture.h"

#include <QSignalSpy>

namespace apipay::test {

using sandbox::Profile;
using sandbox::SandboxServer;

void SandboxApiFixture::addProfileRows()
{
    QTest::addColumn<Profile>("profile");
    QTest::newRow("v2.0") << Profile::V20;
    QTest::newRow("v2.1") << Profile::V21;
}

bool SandboxApiFixture::start(Profile profile)
{
    SandboxServer::Options options;
    options.profile = profile;
    options.demoData = false;
    options.processingDelayMs = 20;
    options.rateLimit = 100'000;
    server = std::make_unique<SandboxServer>(options);
    if (!server->start(0)) {
        return false;
    }
    nam = std::make_unique<QNetworkAccessManager>();
    api = std::make_unique<ApiClient>(nam.get());
    ApiClient::Config config;
    config.baseUrl = server->baseUrl();
    config.apiKey = SandboxServer::demoKey();
    config.requestsPerMinute = 100'000;
    config.timeoutMs = 5'000;
    return api->setConfig(config);
}

void SandboxApiFixture::stop()
{
    api.reset();
    nam.reset();
    server.reset();
}

Invoice SandboxApiFixture::waitForStatus(qint64 id, const QString& status)
{
    Invoice last;
    for (int attempt = 0; attempt < 100; ++attempt) {
        const auto r
            = awaitCall<Invoice>([&](QObject* ctx, ApiCallback<Invoice> cb) { return api->invoice(id, ctx, cb); });
        if (r && r->ok()) {
            last = r->value;
            if (last.status.raw() == status) {
                return last;
            }
        }
        QSignalSpy changed(server.get(), &SandboxServer::invoiceStatusChanged);
        changed.wait(100); // the sandbox's delay passes; its tick announces the change
    }
    return last;
}

qint64 SandboxApiFixture::createPaidInvoice(qint64 tenge)
{
    InvoiceDraft draft;
    draft.amount = Money::fromTenge(tenge);
    draft.phone = QStringLiteral("87001234567");
    const auto created
        = awaitCall<Invoice>([&](QObject* ctx, ApiCallback<Invoice> cb) { return api->createInvoice(draft, ctx, cb); });
    if (!created || !created->ok()) {
        return 0;
    }
    server->advanceClock(1000);
    return server->simulateInvoiceStatus(created->value.id, QStringLiteral("paid")) ? created->value.id : 0;
}

} // namespace apipay::test
