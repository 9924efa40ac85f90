// HistoryStore: what the counter offers while the cashier types — the shop's usual amounts and its recent
// customers' phones. Both read the newest invoices through the invoices(created_at) index.
#include "historystore.h"

#include "store/sqlvalues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace apipay {

StoreResult<QList<Money>> HistoryStore::recentAmounts(int recentInvoices, int limit) const
{
    if (!isOpen()) {
        return notOpen();
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const StoreStatus status = sql::run(query,
        u"SELECT amount, count(*) AS uses, max(created_at) AS last_used FROM "
        u"(SELECT amount, created_at FROM invoices ORDER BY created_at DESC, id DESC LIMIT ?) "
        u"WHERE amount IS NOT NULL AND amount > 0 GROUP BY amount ORDER BY uses DESC, last_used DESC LIMIT ?"_s,
        { qMax(0, recentInvoices), qMax(0, limit) });
    if (!status.ok()) {
        return status;
    }
    QList<Money> amounts;
    while (query.next()) {
        if (const auto amount = sql::toMoney(query.value(0)); amount && !amount->isNegative() && !amount->isZero()) {
            amounts.append(*amount);
        }
    }
    return amounts;
}

StoreResult<QList<HistoryStore::RecentCustomer>> HistoryStore::recentCustomers(int recentInvoices, int limit) const
{
    if (!isOpen()) {
        return notOpen();
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // The newest row of each phone gives its order; the newest non-empty name of that phone is its name.
    const StoreStatus status = sql::run(query,
        u"WITH recent AS (SELECT id, phone, client_name, created_at FROM invoices "
        u"ORDER BY created_at DESC, id DESC LIMIT ?) "
        u"SELECT phone, max(created_at) AS last_used, "
        u"(SELECT r2.client_name FROM recent r2 WHERE r2.phone = recent.phone AND r2.client_name <> '' "
        u"ORDER BY r2.created_at DESC, r2.id DESC LIMIT 1) "
        u"FROM recent WHERE phone <> '' GROUP BY phone ORDER BY last_used DESC LIMIT ?"_s,
        { qMax(0, recentInvoices), qMax(0, limit) });
    if (!status.ok()) {
        return status;
    }
    QList<RecentCustomer> customers;
    while (query.next()) {
        RecentCustomer customer;
        customer.phone = query.value(0).toString();
        customer.clientName = query.value(2).toString();
        customers.append(customer);
    }
    return customers;
}

} // namespace apipay
