#include "api/lostanswer.h"

#include <QtGlobal>

#include <atomic>

namespace apipay {

namespace {
std::atomic<int> g_settleMs { LostAnswer::kDefaultSettleMs };
} // namespace

int LostAnswer::settleMs()
{
    return g_settleMs.load(std::memory_order_relaxed);
}

void LostAnswer::setSettleMs(int ms)
{
    g_settleMs.store(qMax(0, ms), std::memory_order_relaxed);
}

} // namespace apipay
