#pragma once

#include "api/apiresult.h"

#include <QObject>
#include <QSignalSpy>

#include <optional>

namespace apipay::test {

// Receives one ApiClient callback and signals it, so that a test can wait with QSignalSpy (no sleeps).
class CallDone : public QObject
{
    Q_OBJECT
Q_SIGNALS:
    void done();
};

// Runs call(context, callback) and waits (≤ timeoutMs) for the callback. Returns nullopt on timeout.
template <typename T, typename Call> std::optional<ApiResult<T>> awaitCall(Call&& call, int timeoutMs = 15'000)
{
    CallDone context;
    std::optional<ApiResult<T>> result;
    QSignalSpy spy(&context, &CallDone::done);
    call(&context, [&result, &context](const ApiResult<T>& r) {
        result = r;
        Q_EMIT context.done();
    });
    if (!result && !spy.wait(timeoutMs)) {
        return std::nullopt;
    }
    return result;
}

} // namespace apipay::test
