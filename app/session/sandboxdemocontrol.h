#pragma once

#include "session/democontrol.h"

namespace apipay {

namespace sandbox {
class SandboxServer;
}

// DemoControl of the embedded demo server (the session's own sandbox).
class SandboxDemoControl final : public DemoControl
{
public:
    explicit SandboxDemoControl(sandbox::SandboxServer* server);

    bool simulateInvoicePaid(qint64 invoiceId, QString* reason) override;
    std::optional<qint64> simulateStaticQrScan(qint64 sheetId, QString* reason) override;

private:
    sandbox::SandboxServer* m_server;
};

} // namespace apipay
