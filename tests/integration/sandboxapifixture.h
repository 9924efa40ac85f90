#pragma once

#include "apicallwaiter.h"

#include "api/apiclient.h"
#include "sandbox/sandboxserver.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <memory>

Q_DECLARE_METATYPE(apipay::sandbox::Profile)

// Waits for an ApiClient call (ctx, cb are provided) and fails the test when it times out or fails.
#define AWAIT_OK(Type, var, call)                                                                                      \
    const auto var##Opt = apipay::test::awaitCall<Type>([&](QObject* ctx, ApiCallback<Type> cb) { return (call); });   \
    QVERIFY2(var##Opt.has_value(), "no answer");                                                                       \
    QVERIFY2(var##Opt->ok(), qPrintable(var##Opt->error.userText()));                                                  \
    const Type& var = var##Opt->value

namespace apipay::test {

// The in-process sandbox (no demo data, 20 ms processing delay, no budget pressure) and a real ApiClient on it.
class SandboxApiFixture
{
public:
    // The _data() rows of every integration test: the v2.0 and v2.1 profiles.
    static void addProfileRows();
    // Starts both; false (with a QTest failure message) when the sandbox cannot listen.
    bool start(sandbox::Profile profile);
    void stop();
    // Reads the invoice until it has status (≤ ~10 s, waiting on the sandbox's status signal).
    Invoice waitForStatus(qint64 id, const QString& status);
    // Creates an invoice of tenge and marks it paid in the sandbox; 0 on failure.
    qint64 createPaidInvoice(qint64 tenge);

    std::unique_ptr<sandbox::SandboxServer> server;
    std::unique_ptr<QNetworkAccessManager> nam;
    std::unique_ptr<ApiClient> api;
};

} // namespace apipay::test
