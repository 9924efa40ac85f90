#pragma once

#include "domain/refund.h"
#include "money/money.h"

#include <QDateTime>
#include <QString>

namespace apipay::test {

// A refund as the store keeps one from GET /refunds: its id, its invoice, amount, status and the moment it was made.
Refund refundOf(qint64 id, qint64 invoiceId, Money amount, const QString& status, const QDateTime& createdAt);

} // namespace apipay::test
