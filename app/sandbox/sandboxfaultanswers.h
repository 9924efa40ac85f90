#pragma once

#include "sandbox/sandboxfaults.h"
#include "sandbox/sandboxhttp.h"

#include <functional>

namespace apipay::sandbox {

// Turns an injected fault into the answer the client receives. `handle` runs the real route (the server acts);
// it is called only by the kinds that handle the request.
class SandboxFaultAnswers
{
public:
    static SandboxResponse answer(const SandboxFault& fault, const std::function<SandboxResponse()>& handle);

    // 200 bodies of the faults (public for the tests of the sandbox itself).
    static QByteArray malformedJson();
    static QByteArray wrongTypesJson();
    // The same JSON with whitespace after its first character so that it is sizeMb megabytes and still valid.
    static QByteArray padded(const QByteArray& json, int sizeMb);
};

} // namespace apipay::sandbox
