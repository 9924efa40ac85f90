#include "moneysum.h"

namespace apipay {

bool MoneySum::add(Money amount)
{
    if (!isReadable(amount, m_limit)) {
        ++m_unreadable;
        return false;
    }
    const std::optional<Money> sum = Money::checkedAdd(m_total, amount);
    if (!sum) {
        m_overflowed = true;
        return false;
    }
    m_total = *sum;
    return true;
}

bool MoneySum::addProduct(Money price, qint64 count)
{
    if (!isReadable(price, m_limit) || count < 0) {
        ++m_unreadable;
        return false;
    }
    const std::optional<Money> product = Money::checkedMul(price, count);
    if (!product) {
        m_overflowed = true;
        return false;
    }
    const std::optional<Money> sum = Money::checkedAdd(m_total, *product);
    if (!sum) {
        m_overflowed = true;
        return false;
    }
    m_total = *sum;
    return true;
}

} // namespace apipay
