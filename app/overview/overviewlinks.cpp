#include "overviewlinks.h"

namespace apipay::overview {

QList<InvoiceStatus::Value> waitingStatuses()
{
    return { InvoiceStatus::Processing, InvoiceStatus::Pending };
}

QList<InvoiceStatus::Value> takingsStatuses()
{
    return { InvoiceStatus::Paid, InvoiceStatus::PartiallyRefunded, InvoiceStatus::Refunded };
}

} // namespace apipay::overview
