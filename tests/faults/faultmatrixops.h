#pragma once

#include "sandbox/sandboxfaults.h"
#include "shell/pagecontext.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace apipay {

namespace sandbox {
class SandboxServer;
}

namespace faults {

// One fault of the matrix, as the sandbox injects it on the operation's request (or, for "connection refused", as
// the client's base URL pointing at a closed port).
struct MatrixFault
{
    QString name;
    bool refused = false;
    sandbox::SandboxFault fault; // method and path are the operation's
};

QList<MatrixFault> matrixFaults();

// One operation of a person on a real page: prepare() shows the page with data loaded; run() does the operation
// once (the fault is injected in between); previousDataShown() says whether what was on screen before is still
// there; messages() is what the page itself says (besides the main window's error banner).
class MatrixOperation
{
public:
    virtual ~MatrixOperation() = default;
    virtual bool prepare() = 0;
    virtual void run() = 0;
    virtual bool previousDataShown() const = 0;
    virtual QStringList messages() const = 0;
    // The write this operation sends (empty method for reads), below /api/v1 with '*' for one segment.
    QByteArray writeMethod;
    QString writePath;
    QByteArray faultMethod;
    QString faultPath;
};

QStringList operationNames();
std::unique_ptr<MatrixOperation> makeOperation(
    const QString& name, const PageContext& context, sandbox::SandboxServer* server);

} // namespace faults
} // namespace apipay
