#include "testrecords.h"

namespace apipay::test {

Refund refundOf(qint64 id, qint64 invoiceId, Money amount, const QString& status, const QDateTime& createdAt)
{
    Refund refund;
    refund.id = id;
    refund.invoiceId = invoiceId;
    refund.amount = amount;
    refund.status = status;
    refund.createdAt = createdAt;
    return refund;
}

} // namespace apipay::test
