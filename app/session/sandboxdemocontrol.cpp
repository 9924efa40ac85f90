#include "session/sandboxdemocontrol.h"

#include "sandbox/sandboxserver.h"

using namespace Qt::StringLiterals;

namespace apipay {

SandboxDemoControl::SandboxDemoControl(sandbox::SandboxServer* server)
    : m_server(server)
{
}

bool SandboxDemoControl::simulateInvoicePaid(qint64 invoiceId, QString* reason)
{
    return m_server->simulateInvoiceStatus(invoiceId, u"paid"_s, reason);
}

std::optional<qint64> SandboxDemoControl::simulateStaticQrScan(qint64 sheetId, QString* reason)
{
    return m_server->simulateStaticQrScan(sheetId, reason);
}

} // namespace apipay
