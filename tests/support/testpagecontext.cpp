#include "testpagecontext.h"

#include "session/session.h"

#include <utility>

namespace apipay {

void TestNotifier::setSession(const Session* session)
{
    m_session = session;
}

void TestNotifier::reportError(const ApiError& error, std::function<void()> retry)
{
    if (m_session && !m_session->isWorthReporting(error)) {
        return;
    }
    Q_EMIT errorReported(error, std::move(retry));
}

} // namespace apipay
