#pragma once

#include <QElapsedTimer>

#include <optional>

namespace apipay {

// A write whose answer was lost (a timeout, a connection broken after sending) may still be in progress on the server:
// a read right after the loss that does not find it proves little. LostAnswer keeps the moment of the loss; after a
// read that found nothing, recheckAfterMs() says whether to read once more (and after how long) before "it was not
// done" is believed and the person may send again. Used by every read-back of a write: the invoice lookup, the refund
// read-back and WriteReadBack.
class LostAnswer
{
public:
    static constexpr int kDefaultSettleMs = 5000;

    // The answer to a write was lost now.
    void markLost()
    {
        m_lostAt.start();
        m_rechecked = false;
    }
    // A new write: nothing is pending.
    void clear() { m_lostAt.invalidate(); }

    // After a read-back that found nothing: nullopt when that is final (the loss is older than the settle time, or
    // the one more read was made already, or nothing was lost), else the milliseconds to wait before that one more
    // read (the remainder of the settle time).
    std::optional<int> recheckAfterMs()
    {
        if (!m_lostAt.isValid() || m_rechecked || m_lostAt.elapsed() >= settleMs()) {
            return std::nullopt;
        }
        m_rechecked = true;
        return int(settleMs() - m_lostAt.elapsed());
    }

    // How long after a loss a read that finds nothing is not yet believed: five seconds; the tests shorten it.
    static int settleMs();
    static void setSettleMs(int ms);

private:
    QElapsedTimer m_lostAt;
    bool m_rechecked = false;
};

} // namespace apipay
