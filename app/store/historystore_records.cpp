// HistoryStore: refunds, subscriptions with their billing history, the catalog and its units.
#include "historystore.h"

#include "store/refundsearchindex.h"
#include "store/sqlvalues.h"

#include <QJsonDocument>
#include <QSqlQuery>

#include <functional>

using namespace Qt::StringLiterals;

namespace apipay {

namespace {

// Runs `body` in one transaction; rolls back when it fails.
StoreStatus inTransaction(QSqlDatabase& db, const std::function<StoreStatus()>& body)
{
    if (!db.transaction()) {
        return sql::failure(db);
    }
    StoreStatus status = body();
    if (status.ok() && !db.commit()) {
        status = sql::failure(db);
    }
    if (!status.ok()) {
        db.rollback();
    }
    return status;
}

template <typename T>
StoreResult<QList<T>> readAll(
    const QSqlDatabase& db, const QString& statement, const QVariantList& values, T (*read)(const QSqlQuery&))
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const StoreStatus status = sql::run(query, statement, values);
    if (!status.ok()) {
        return status;
    }
    QList<T> rows;
    while (query.next()) {
        rows.append(read(query));
    }
    return rows;
}

const QStringList kRefundColumns = { u"id"_s, u"invoice_id"_s, u"amount"_s, u"status"_s, u"reason"_s,
    u"kaspi_refund_id"_s, u"kaspi_status"_s, u"initiated_by"_s, u"error_message"_s, u"error_code"_s, u"created_at"_s };

Refund readRefund(const QSqlQuery& q)
{
    Refund r;
    r.id = q.value(0).toLongLong();
    r.invoiceId = q.value(1).toLongLong();
    r.amount = sql::toMoney(q.value(2));
    r.status = q.value(3).toString();
    r.reason = q.value(4).toString();
    r.kaspiRefundId = q.value(5).toString();
    r.kaspiStatus = q.value(6).toString();
    r.initiatedBy = q.value(7).toString();
    r.errorMessage = q.value(8).toString();
    r.errorCode = q.value(9).toString();
    r.createdAt = sql::toInstant(q.value(10));
    return r;
}

RefundItem readRefundItem(const QSqlQuery& q)
{
    RefundItem item;
    item.id = q.value(0).toLongLong();
    item.invoiceItemId = sql::toNumber(q.value(1));
    item.catalogItemId = sql::toNumber(q.value(2));
    item.name = q.value(3).toString();
    item.price = sql::toMoney(q.value(4));
    item.count = q.value(5).toLongLong();
    item.amount = sql::toMoney(q.value(6));
    return item;
}

const QStringList kSubscriptionColumns = { u"id"_s, u"phone"_s, u"amount"_s, u"billing_period"_s, u"billing_day"_s,
    u"status"_s, u"description"_s, u"subscriber_name"_s, u"external_subscriber_id"_s, u"next_billing_at"_s,
    u"started_on"_s, u"failed_attempts"_s, u"in_grace_period"_s, u"max_retry_attempts"_s, u"retry_interval_hours"_s,
    u"grace_period_days"_s, u"is_sandbox"_s, u"metadata"_s, u"created_at"_s, u"updated_at"_s, u"paused_at"_s,
    u"cancelled_at"_s, u"stats_total_payments"_s, u"stats_successful_payments"_s, u"stats_failed_payments"_s,
    u"stats_total_collected"_s, u"last_payment_status"_s, u"last_payment_amount"_s, u"last_payment_paid_at"_s };

QVariantList subscriptionValues(const Subscription& s)
{
    const QVariant none(QMetaType::fromType<qint64>());
    const QVariant noText(QMetaType::fromType<QString>());
    return { s.id, s.phone, sql::money(s.amount), s.billingPeriod, sql::number(s.billingDay), s.status, s.description,
        s.subscriberName, s.externalSubscriberId, sql::instant(s.nextBillingAt), sql::day(s.startedAt),
        sql::number(s.failedAttempts), sql::flag(s.inGracePeriod), sql::number(s.maxRetryAttempts),
        sql::number(s.retryIntervalHours), sql::number(s.gracePeriodDays), sql::flag(s.isSandbox),
        s.metadata.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(s.metadata).toJson(QJsonDocument::Compact)),
        sql::instant(s.createdAt), sql::instant(s.updatedAt), sql::instant(s.pausedAt), sql::instant(s.cancelledAt),
        s.stats ? QVariant(s.stats->totalPayments) : none, s.stats ? QVariant(s.stats->successfulPayments) : none,
        s.stats ? QVariant(s.stats->failedPayments) : none, s.stats ? sql::money(s.stats->totalCollected) : none,
        s.lastPayment ? QVariant(s.lastPayment->status) : noText,
        s.lastPayment ? sql::money(s.lastPayment->amount) : none,
        s.lastPayment ? sql::instant(s.lastPayment->paidAt) : none };
}

Subscription readSubscription(const QSqlQuery& q)
{
    Subscription s;
    s.id = q.value(0).toLongLong();
    s.phone = q.value(1).toString();
    s.amount = sql::toMoney(q.value(2));
    s.billingPeriod = q.value(3).toString();
    s.billingDay = sql::toInt(q.value(4));
    s.status = q.value(5).toString();
    s.description = q.value(6).toString();
    s.subscriberName = q.value(7).toString();
    s.externalSubscriberId = q.value(8).toString();
    s.nextBillingAt = sql::toInstant(q.value(9));
    s.startedAt = sql::toDay(q.value(10));
    s.failedAttempts = sql::toInt(q.value(11));
    s.inGracePeriod = sql::toFlag(q.value(12));
    s.maxRetryAttempts = sql::toInt(q.value(13));
    s.retryIntervalHours = sql::toInt(q.value(14));
    s.gracePeriodDays = sql::toInt(q.value(15));
    s.isSandbox = sql::toFlag(q.value(16));
    s.metadata = QJsonDocument::fromJson(q.value(17).toString().toUtf8()).object();
    s.createdAt = sql::toInstant(q.value(18));
    s.updatedAt = sql::toInstant(q.value(19));
    s.pausedAt = sql::toInstant(q.value(20));
    s.cancelledAt = sql::toInstant(q.value(21));
    if (!q.value(22).isNull()) {
        s.stats = SubscriptionStats { q.value(22).toLongLong(), q.value(23).toLongLong(), q.value(24).toLongLong(),
            sql::toMoney(q.value(25)) };
    }
    if (!q.value(26).isNull()) {
        s.lastPayment = SubscriptionLastPayment { sql::toMoney(q.value(27)), q.value(26).toString(),
            sql::toInstant(q.value(28)) };
    }
    return s;
}

const QStringList kBillingColumns = { u"id"_s, u"subscription_id"_s, u"invoice_id"_s, u"period_start"_s,
    u"period_end"_s, u"period_label"_s, u"amount"_s, u"attempt_number"_s, u"status"_s, u"status_label"_s, u"paid_at"_s,
    u"failure_reason"_s, u"invoice_kaspi_id"_s, u"invoice_status"_s, u"created_at"_s };

SubscriptionInvoice readBilling(const QSqlQuery& q)
{
    SubscriptionInvoice b;
    b.id = q.value(0).toLongLong();
    b.invoiceId = sql::toNumber(q.value(2));
    b.periodStart = sql::toDay(q.value(3));
    b.periodEnd = sql::toDay(q.value(4));
    b.periodLabel = q.value(5).toString();
    b.amount = sql::toMoney(q.value(6));
    b.attemptNumber = sql::toInt(q.value(7));
    b.status = q.value(8).toString();
    b.statusLabel = q.value(9).toString();
    b.paidAt = sql::toInstant(q.value(10));
    b.failureReason = q.value(11).toString();
    b.invoiceKaspiId = q.value(12).toString();
    b.invoiceStatus = q.value(13).toString();
    b.createdAt = sql::toInstant(q.value(14));
    return b;
}

const QStringList kCatalogColumns = { u"id"_s, u"name"_s, u"selling_price"_s, u"unit_id"_s, u"barcode"_s,
    u"image_url"_s, u"status"_s, u"error_message"_s, u"error_code"_s, u"created_at"_s };

CatalogItem readCatalogItem(const QSqlQuery& q)
{
    CatalogItem c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.sellingPrice = sql::toMoney(q.value(2));
    c.unitId = sql::toNumber(q.value(3));
    c.barcode = q.value(4).toString();
    c.imageUrl = q.value(5).toString();
    c.status = q.value(6).toString();
    c.errorMessage = q.value(7).toString();
    c.errorCode = q.value(8).toString();
    c.createdAt = sql::toInstant(q.value(9));
    return c;
}

CatalogUnit readUnit(const QSqlQuery& q)
{
    return CatalogUnit { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString() };
}

} // namespace

StoreStatus HistoryStore::upsertRefunds(const QList<Refund>& refunds)
{
    if (!isOpen()) {
        return notOpen();
    }
    const StoreStatus written = inTransaction(m_db, [&]() -> StoreStatus {
        sql::Upsert upsert(m_db);
        QSqlQuery deleteItems(m_db);
        QSqlQuery insertItem(m_db);
        RefundSearchIndex searchIndex(m_db);
        StoreStatus prepared
            = upsert.prepare(u"refunds"_s, kRefundColumns, { u"id"_s }, { u"amount"_s, u"created_at"_s });
        if (prepared.ok()) {
            prepared = searchIndex.prepare();
        }
        if (!prepared.ok()) {
            return prepared;
        }
        if (!deleteItems.prepare(u"DELETE FROM refund_items WHERE refund_id = ?"_s)) {
            return sql::failure(deleteItems);
        }
        if (!insertItem.prepare(u"INSERT INTO refund_items(refund_id, position, id, invoice_item_id, "
                                u"catalog_item_id, name, price, count, amount) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"_s)) {
            return sql::failure(insertItem);
        }
        for (const Refund& r : refunds) {
            StoreStatus status
                = upsert.write({ r.id, r.invoiceId, sql::money(r.amount), r.status, r.reason, r.kaspiRefundId,
                    r.kaspiStatus, r.initiatedBy, r.errorMessage, r.errorCode, sql::instant(r.createdAt) });
            if (status.ok() && !r.items.isEmpty()) {
                status = sql::rerun(deleteItems, { r.id });
                for (qsizetype n = 0; status.ok() && n < r.items.size(); ++n) {
                    const RefundItem& item = r.items.at(n);
                    status = sql::rerun(insertItem,
                        { r.id, qint64(n), item.id, sql::number(item.invoiceItemId), sql::number(item.catalogItemId),
                            item.name, sql::money(item.price), item.count, sql::money(item.amount) });
                }
            }
            if (status.ok()) {
                status = searchIndex.update(r.id);
            }
            if (!status.ok()) {
                return status;
            }
        }
        return {};
    });
    return announce(written, &HistoryStore::refundsChanged);
}

StoreResult<QList<Refund>> HistoryStore::refundsOfInvoice(qint64 invoiceId) const
{
    if (!isOpen()) {
        return notOpen();
    }
    StoreResult<QList<Refund>> refunds = readAll<Refund>(m_db,
        u"SELECT "_s + kRefundColumns.join(u", ")
            + u" FROM refunds WHERE invoice_id = ? "
              u"ORDER BY created_at DESC, id DESC"_s,
        { invoiceId }, &readRefund);
    if (!refunds.ok()) {
        return refunds;
    }
    for (Refund& refund : refunds.value()) {
        const StoreResult<QList<RefundItem>> items = readAll<RefundItem>(m_db,
            u"SELECT id, invoice_item_id, catalog_item_id, name, price, count, amount FROM refund_items "
            u"WHERE refund_id = ? ORDER BY position"_s,
            { refund.id }, &readRefundItem);
        if (!items.ok()) {
            return StoreStatus::failure(items.error());
        }
        refund.items = items.value();
    }
    return refunds;
}

StoreStatus HistoryStore::attachRefundItems(QList<Refund>& refunds) const
{
    if (!isOpen()) {
        return notOpen();
    }
    QHash<qint64, qsizetype> rowOfRefund;
    rowOfRefund.reserve(refunds.size());
    for (qsizetype n = 0; n < refunds.size(); ++n) {
        rowOfRefund.insert(refunds.at(n).id, n);
    }
    // Every stored item once, in order: cheaper than one query per refund for a whole export.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const StoreStatus status = sql::run(q,
        u"SELECT id, invoice_item_id, catalog_item_id, name, price, count, amount, refund_id FROM refund_items "
        u"ORDER BY refund_id, position"_s,
        {});
    if (!status.ok()) {
        return status;
    }
    qint64 filledRefund = 0;
    while (q.next()) {
        const qint64 refundId = q.value(7).toLongLong();
        const auto row = rowOfRefund.constFind(refundId);
        if (row == rowOfRefund.cend()) {
            continue;
        }
        Refund& refund = refunds[*row];
        if (filledRefund != refundId) {
            refund.items.clear(); // the stored items replace whatever the row carried
            filledRefund = refundId;
        }
        refund.items.append(readRefundItem(q));
    }
    return {};
}

StoreStatus HistoryStore::upsertSubscriptions(const QList<Subscription>& subscriptions)
{
    if (!isOpen()) {
        return notOpen();
    }
    const StoreStatus written = inTransaction(m_db, [&]() -> StoreStatus {
        sql::Upsert upsert(m_db);
        const StoreStatus prepared = upsert.prepare(u"subscriptions"_s, kSubscriptionColumns, { u"id"_s });
        if (!prepared.ok()) {
            return prepared;
        }
        for (const Subscription& s : subscriptions) {
            const StoreStatus status = upsert.write(subscriptionValues(s));
            if (!status.ok()) {
                return status;
            }
        }
        return {};
    });
    return announce(written, &HistoryStore::subscriptionsChanged);
}

StoreStatus HistoryStore::replaceBillingHistory(qint64 subscriptionId, const QList<SubscriptionInvoice>& history)
{
    if (!isOpen()) {
        return notOpen();
    }
    const StoreStatus written = inTransaction(m_db, [&]() -> StoreStatus {
        QSqlQuery query(m_db);
        StoreStatus status
            = sql::run(query, u"DELETE FROM subscription_invoices WHERE subscription_id = ?"_s, { subscriptionId });
        sql::Upsert insert(m_db);
        if (status.ok()) {
            status = insert.prepare(u"subscription_invoices"_s, kBillingColumns, { u"id"_s });
        }
        for (qsizetype n = 0; status.ok() && n < history.size(); ++n) {
            const SubscriptionInvoice& b = history.at(n);
            status = insert.write({ b.id, subscriptionId, sql::number(b.invoiceId), sql::day(b.periodStart),
                sql::day(b.periodEnd), b.periodLabel, sql::money(b.amount), sql::number(b.attemptNumber), b.status,
                b.statusLabel, sql::instant(b.paidAt), b.failureReason, b.invoiceKaspiId, b.invoiceStatus,
                sql::instant(b.createdAt) });
        }
        return status;
    });
    return announce(written, &HistoryStore::subscriptionsChanged);
}

StoreResult<QList<Subscription>> HistoryStore::subscriptions() const
{
    if (!isOpen()) {
        return notOpen();
    }
    return readAll<Subscription>(m_db,
        u"SELECT "_s + kSubscriptionColumns.join(u", ")
            + u" FROM subscriptions "
              u"ORDER BY id DESC"_s,
        {}, &readSubscription);
}

StoreResult<QList<SubscriptionInvoice>> HistoryStore::billingHistory(qint64 subscriptionId) const
{
    if (!isOpen()) {
        return notOpen();
    }
    return readAll<SubscriptionInvoice>(m_db,
        u"SELECT "_s + kBillingColumns.join(u", ")
            + u" FROM subscription_invoices WHERE subscription_id = ? "
              u"ORDER BY period_start DESC, id DESC"_s,
        { subscriptionId }, &readBilling);
}

StoreStatus HistoryStore::upsertCatalog(const QList<CatalogItem>& items)
{
    if (!isOpen()) {
        return notOpen();
    }
    const StoreStatus written = inTransaction(m_db, [&]() -> StoreStatus {
        sql::Upsert upsert(m_db);
        const StoreStatus prepared
            = upsert.prepare(u"catalog_items"_s, kCatalogColumns, { u"id"_s }, { u"selling_price"_s, u"created_at"_s });
        if (!prepared.ok()) {
            return prepared;
        }
        for (const CatalogItem& c : items) {
            const StoreStatus status = upsert.write({ c.id, c.name, sql::money(c.sellingPrice), sql::number(c.unitId),
                c.barcode, c.imageUrl, c.status, c.errorMessage, c.errorCode, sql::instant(c.createdAt) });
            if (!status.ok()) {
                return status;
            }
        }
        return {};
    });
    return announce(written, &HistoryStore::catalogChanged);
}

StoreStatus HistoryStore::removeCatalogItem(qint64 id)
{
    if (!isOpen()) {
        return notOpen();
    }
    QSqlQuery query(m_db);
    return announce(
        sql::run(query, u"DELETE FROM catalog_items WHERE id = ?"_s, { id }), &HistoryStore::catalogChanged);
}

StoreStatus HistoryStore::upsertUnits(const QList<CatalogUnit>& units)
{
    if (!isOpen()) {
        return notOpen();
    }
    const StoreStatus written = inTransaction(m_db, [&]() -> StoreStatus {
        sql::Upsert upsert(m_db);
        const StoreStatus prepared = upsert.prepare(u"units"_s, { u"id"_s, u"name"_s, u"name_kaz"_s }, { u"id"_s });
        if (!prepared.ok()) {
            return prepared;
        }
        for (const CatalogUnit& u : units) {
            const StoreStatus status = upsert.write({ u.id, u.name, u.nameKaz });
            if (!status.ok()) {
                return status;
            }
        }
        return {};
    });
    return announce(written, &HistoryStore::catalogChanged);
}

StoreResult<QList<CatalogItem>> HistoryStore::catalog() const
{
    if (!isOpen()) {
        return notOpen();
    }
    return readAll<CatalogItem>(m_db,
        u"SELECT "_s + kCatalogColumns.join(u", ")
            + u" FROM catalog_items ORDER BY "
              u"name COLLATE NOCASE, id"_s,
        {}, &readCatalogItem);
}

StoreResult<QList<CatalogUnit>> HistoryStore::units() const
{
    if (!isOpen()) {
        return notOpen();
    }
    return readAll<CatalogUnit>(m_db, u"SELECT id, name, name_kaz FROM units ORDER BY id"_s, {}, &readUnit);
}

} // namespace apipay
