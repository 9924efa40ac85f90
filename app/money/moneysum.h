#pragma once

#include "money/money.h"

namespace apipay {

// A sum of amounts that came from a server, computed without signed overflow. No real ApiPay amount is larger than
// the largest invoice (99 999 999.99 ₸) or negative, so an amount outside 0 … limit is unreadable: it is counted as
// such and never added (a broken or hostile answer must not turn a total into nonsense or undefined behaviour). The
// additions themselves are checked as well; a sum that would not fit 64 bits stops growing and reports overflowed().
class MoneySum
{
public:
    explicit MoneySum(Money limit = Money::invoiceMaximum())
        : m_limit(limit)
    {
    }

    // Whether an amount from a server can be real (0 … limit).
    static bool isReadable(Money amount, Money limit = Money::invoiceMaximum())
    {
        return !amount.isNegative() && amount <= limit;
    }

    // Adds one amount; false when it was not added (unreadable, or the sum would overflow).
    bool add(Money amount);
    // Adds price × count (count ≥ 0); false when the price is unreadable or the product or the sum would overflow.
    bool addProduct(Money price, qint64 count);

    // The sum of what was added.
    Money total() const { return m_total; }
    // Amounts left out because they were unreadable.
    int unreadableCount() const { return m_unreadable; }
    // An addition was refused because the sum would not fit.
    bool overflowed() const { return m_overflowed; }
    // Everything offered was added.
    bool isComplete() const { return m_unreadable == 0 && !m_overflowed; }

private:
    Money m_limit;
    Money m_total;
    int m_unreadable = 0;
    bool m_overflowed = false;
};

} // namespace apipay
