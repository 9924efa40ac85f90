#pragma once

#include <QObject>

namespace apipay::sandbox {

// Placeholder until the sandbox lands (owned by the sandbox work).
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(QObject* parent = nullptr);
};

} // namespace apipay::sandbox
