#include "sandboxserver.h"

namespace apipay::sandbox {

SandboxServer::SandboxServer(QObject* parent)
    : QObject(parent)
{
}

} // namespace apipay::sandbox
