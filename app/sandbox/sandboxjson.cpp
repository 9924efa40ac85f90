#include "sandboxjson.h"

#include "sandboxstore.h"

#include <QJsonArray>

namespace apipay::sandbox {

namespace {

QJsonValue idOrNull(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

struct BillingStatus
{
    QString status;
    QString label;
    QString color;
};

BillingStatus billingStatusOf(const QString& invoiceStatus)
{
    if (invoiceStatus == u"paid" || invoiceStatus == u"partially_refunded" || invoiceStatus == u"refunded") {
        return { QStringLiteral("paid"), QStringLiteral("Оплачен"), QStringLiteral("green") };
    }
    if (invoiceStatus == u"cancelled") {
        return { QStringLiteral("cancelled"), QStringLiteral("Отменён"), QStringLiteral("gray") };
    }
    if (invoiceStatus == u"error" || invoiceStatus == u"expired") {
        return { QStringLiteral("failed"), QStringLiteral("Не оплачен"), QStringLiteral("red") };
    }
    return { QStringLiteral("pending"), QStringLiteral("Ожидает оплаты"), QStringLiteral("orange") };
}

QString periodLabel(const QString& period)
{
    if (period == u"daily") {
        return QStringLiteral("Ежедневно");
    }
    if (period == u"weekly") {
        return QStringLiteral("Еженедельно");
    }
    if (period == u"biweekly") {
        return QStringLiteral("Раз в две недели");
    }
    if (period == u"quarterly") {
        return QStringLiteral("Ежеквартально");
    }
    if (period == u"yearly") {
        return QStringLiteral("Ежегодно");
    }
    return QStringLiteral("Ежемесячно");
}

} // namespace

QString SandboxJson::status(const SandboxInvoice& inv) const
{
    // v2.1 has no "refunded": a fully refunded invoice stays "paid" with is_fully_refunded (docs/api-contract.md).
    if (m_profile.isV21() && inv.status == u"refunded") {
        return QStringLiteral("paid");
    }
    return inv.status;
}

Money SandboxJson::totalRefunded(const SandboxInvoice& inv) const
{
    // v2.0 counts a refund at once; v2.1 when it completes (docs/api-contract.md).
    return m_profile.isV21() ? inv.refundedCompleted : inv.refundedCompleted + inv.refundedPending;
}

bool SandboxJson::isFullyRefunded(const SandboxInvoice& inv) const
{
    return !inv.amount.isZero() && totalRefunded(inv) >= inv.amount;
}

void SandboxJson::addDiscountKeys(QJsonObject& o, const SandboxInvoice& inv) const
{
    if (inv.discountPercent > 0) {
        o.insert(QStringLiteral("subtotal"), money(inv.subtotal));
        o.insert(QStringLiteral("discount_sum"), money(inv.discountSum));
        o.insert(QStringLiteral("discount_percentage"), QString::number(inv.discountPercent));
    }
}

QJsonObject SandboxJson::invoiceCreated(const SandboxInvoice& inv) const
{
    QJsonObject o { { QStringLiteral("id"), inv.id }, { QStringLiteral("amount"), money(inv.amount) },
        { QStringLiteral("status"), status(inv) },
        { QStringLiteral("description"), SandboxProfile::optionalString(inv.description) },
        { QStringLiteral("external_order_id"), SandboxProfile::optionalString(inv.externalOrderId) },
        { m_profile.isV21() ? QStringLiteral("phone") : QStringLiteral("phone_number"), inv.phone },
        { QStringLiteral("error_message"), SandboxProfile::optionalString(inv.errorMessage) },
        { QStringLiteral("paid_at"), SandboxProfile::optionalDateTime(inv.paidAt) },
        { QStringLiteral("created_at"),
            m_profile.isV21() ? SandboxProfile::dateTime(inv.createdAt) : SandboxProfile::dateTimeZ(inv.createdAt) } };
    addDiscountKeys(o, inv);
    if (m_profile.isV21() && !inv.internalComment.isEmpty()) {
        o.insert(QStringLiteral("internal_comment"), inv.internalComment);
    }
    return o;
}

QJsonObject SandboxJson::invoiceItem(const SandboxInvoice& inv, const SandboxInvoiceItem& item) const
{
    QJsonObject o { { QStringLiteral("id"), item.id }, { QStringLiteral("invoice_id"), inv.id },
        { QStringLiteral("catalog_item_id"), idOrNull(item.catalogItemId) }, { QStringLiteral("name"), item.name },
        { QStringLiteral("price"), money(item.price) }, { QStringLiteral("count"), item.count },
        { QStringLiteral("unit_id"), item.unitId }, { QStringLiteral("discount"), QJsonValue(QJsonValue::Null) } };
    if (!item.originalPrice.isZero() && !m_profile.isV21()) {
        o.insert(QStringLiteral("original_price"), money(item.originalPrice));
    }
    if (m_profile.isV21()) {
        QString barcode;
        if (const SandboxCatalogItem* c = m_store.catalogItem(item.catalogItemId)) {
            barcode = c->barcode;
        }
        o.insert(QStringLiteral("barcode"), SandboxProfile::optionalString(barcode));
        o.insert(QStringLiteral("ntin"), QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("gtin"), QJsonValue(QJsonValue::Null));
    }
    return o;
}

QJsonObject SandboxJson::invoiceListItem(const SandboxInvoice& inv) const
{
    QJsonArray items;
    for (const auto& item : inv.items) {
        items.append(invoiceItem(inv, item));
    }
    QJsonObject o { { QStringLiteral("id"), inv.id }, { QStringLiteral("amount"), money(inv.amount) },
        { QStringLiteral("phone"), m_profile.listPhone(inv.phone) },
        { QStringLiteral("description"), SandboxProfile::optionalString(inv.description) },
        { QStringLiteral("external_order_id"), SandboxProfile::optionalString(inv.externalOrderId) },
        { QStringLiteral("status"), status(inv) },
        { QStringLiteral("kaspi_invoice_id"), SandboxProfile::optionalString(inv.kaspiInvoiceId) },
        { QStringLiteral("paid_at"), SandboxProfile::optionalDateTime(inv.paidAt) },
        { QStringLiteral("is_sandbox"), true }, { QStringLiteral("is_recurring"), inv.isRecurring },
        { QStringLiteral("client_name"), SandboxProfile::optionalString(inv.clientName) },
        { QStringLiteral("error_message"), SandboxProfile::optionalString(inv.errorMessage) },
        { QStringLiteral("items"), items }, { QStringLiteral("created_at"), SandboxProfile::dateTime(inv.createdAt) } };
    if (m_profile.isV21()) {
        addDiscountKeys(o, inv);
        o.insert(QStringLiteral("total_refunded"), money(totalRefunded(inv)));
        o.insert(QStringLiteral("is_fully_refunded"), isFullyRefunded(inv));
        o.insert(QStringLiteral("error_code"), SandboxProfile::optionalString(inv.errorCode));
        o.insert(QStringLiteral("is_qr_token"), inv.isQrToken);
    } else {
        o.insert(QStringLiteral("expires_at"), SandboxProfile::optionalDateTime(inv.expiresAt));
    }
    return o;
}

QJsonObject SandboxJson::invoiceDetail(const SandboxInvoice& inv) const
{
    QJsonArray items;
    for (const auto& item : inv.items) {
        items.append(invoiceItem(inv, item));
    }
    QJsonObject o { { QStringLiteral("id"), inv.id }, { QStringLiteral("amount"), money(inv.amount) },
        { QStringLiteral("phone_number"), inv.phone },
        { QStringLiteral("description"), SandboxProfile::optionalString(inv.description) },
        { QStringLiteral("external_order_id"), SandboxProfile::optionalString(inv.externalOrderId) },
        { QStringLiteral("status"), status(inv) },
        { QStringLiteral("client_name"), SandboxProfile::optionalString(inv.clientName) },
        { QStringLiteral("is_sandbox"), true }, { QStringLiteral("is_recurring"), inv.isRecurring },
        { QStringLiteral("total_refunded"), money(totalRefunded(inv)) },
        { QStringLiteral("is_fully_refunded"), isFullyRefunded(inv) },
        { QStringLiteral("kaspi_invoice_id"), SandboxProfile::optionalString(inv.kaspiInvoiceId) },
        { QStringLiteral("error_message"), SandboxProfile::optionalString(inv.errorMessage) },
        { QStringLiteral("items"), items }, { QStringLiteral("paid_at"), SandboxProfile::optionalDateTime(inv.paidAt) },
        { QStringLiteral("expires_at"), SandboxProfile::optionalDateTime(inv.expiresAt) } };
    addDiscountKeys(o, inv);
    if (m_profile.isV21()) {
        o.insert(QStringLiteral("internal_comment"), SandboxProfile::optionalString(inv.internalComment));
        o.insert(QStringLiteral("error_code"), SandboxProfile::optionalString(inv.errorCode));
        o.insert(QStringLiteral("created_at"), SandboxProfile::dateTime(inv.createdAt));
        o.insert(QStringLiteral("is_qr_token"), inv.isQrToken);
    } else {
        o.insert(QStringLiteral("client_comment"), QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("created_at"), SandboxProfile::dateTimeMicrosZ(inv.createdAt));
    }
    return o;
}

QJsonObject SandboxJson::invoiceStatusItem(const SandboxInvoice& inv) const
{
    return QJsonObject { { QStringLiteral("id"), inv.id }, { QStringLiteral("status"), status(inv) },
        { QStringLiteral("kaspi_invoice_id"), SandboxProfile::optionalString(inv.kaspiInvoiceId) },
        { QStringLiteral("amount"), money(inv.amount) },
        { QStringLiteral("error_message"), SandboxProfile::optionalString(inv.errorMessage) },
        { QStringLiteral("updated_at"),
            m_profile.isV21() ? SandboxProfile::dateTime(inv.updatedAt)
                              : SandboxProfile::dateTimeAlmaty(inv.updatedAt) } };
}

QJsonObject SandboxJson::invoiceRefundTotals(const SandboxInvoice& inv) const
{
    return QJsonObject { { QStringLiteral("id"), inv.id }, { QStringLiteral("amount"), money(inv.amount) },
        { QStringLiteral("status"), status(inv) }, { QStringLiteral("total_refunded"), money(totalRefunded(inv)) },
        { QStringLiteral("pending_refund_amount"), moneyNumber(inv.refundedPending) },
        { QStringLiteral("available_for_refund"), moneyNumber(inv.availableForRefund()) },
        { QStringLiteral("is_fully_refunded"), isFullyRefunded(inv) } };
}

QJsonObject SandboxJson::refund(const SandboxRefund& r, bool withInvoice) const
{
    QJsonArray items;
    for (const auto& item : r.items) {
        items.append(QJsonObject { { QStringLiteral("id"), item.id }, { QStringLiteral("refund_id"), r.id },
            { QStringLiteral("invoice_item_id"), item.invoiceItemId },
            { QStringLiteral("catalog_item_id"), idOrNull(item.catalogItemId) }, { QStringLiteral("name"), item.name },
            { QStringLiteral("price"), money(item.price) }, { QStringLiteral("count"), item.count },
            { QStringLiteral("amount"), money(item.amount) } });
    }
    QJsonObject o { { QStringLiteral("id"), r.id }, { QStringLiteral("invoice_id"), r.invoiceId },
        { QStringLiteral("amount"), money(r.amount) }, { QStringLiteral("status"), r.status },
        { QStringLiteral("reason"), SandboxProfile::optionalString(r.reason) },
        { QStringLiteral("initiated_by"), r.initiatedBy },
        { QStringLiteral("kaspi_refund_id"), SandboxProfile::optionalString(r.kaspiRefundId) },
        { QStringLiteral("kaspi_status"),
            r.status == u"completed" ? QJsonValue(QStringLiteral("completed")) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("error_message"), SandboxProfile::optionalString(r.errorMessage) },
        { QStringLiteral("items"), items }, { QStringLiteral("created_at"), SandboxProfile::dateTime(r.createdAt) } };
    if (m_profile.isV21()) {
        o.insert(QStringLiteral("error_code"), QJsonValue(QJsonValue::Null));
    }
    if (withInvoice) {
        if (const SandboxInvoice* inv = m_store.invoice(r.invoiceId)) {
            o.insert(QStringLiteral("invoice"),
                QJsonObject { { QStringLiteral("id"), inv->id },
                    { QStringLiteral("external_order_id"), SandboxProfile::optionalString(inv->externalOrderId) },
                    { QStringLiteral("amount"), money(inv->amount) },
                    { QStringLiteral("total_refunded"), money(totalRefunded(*inv)) },
                    { QStringLiteral("is_fully_refunded"), isFullyRefunded(*inv) },
                    { QStringLiteral("status"), status(*inv) },
                    { QStringLiteral("kaspi_invoice_id"), SandboxProfile::optionalString(inv->kaspiInvoiceId) } });
        }
    }
    return o;
}

QString SandboxJson::imageUrl(const QString& imageId) const
{
    const auto it = m_store.images().constFind(imageId);
    const QString extension = it != m_store.images().cend() && it->mimeType == "image/jpeg" ? QStringLiteral(".jpg")
        : it != m_store.images().cend() && it->mimeType == "image/gif"                      ? QStringLiteral(".gif")
        : it != m_store.images().cend() && it->mimeType == "image/webp"                     ? QStringLiteral(".webp")
                                                                                            : QStringLiteral(".png");
    return m_rootUrl + QStringLiteral("/images/") + imageId + extension;
}

QJsonObject SandboxJson::catalogItem(const SandboxCatalogItem& item) const
{
    QJsonObject o { { QStringLiteral("id"), item.id }, { QStringLiteral("name"), item.name },
        { QStringLiteral("selling_price"), moneyNumber(item.sellingPrice) }, { QStringLiteral("unit_id"), item.unitId },
        { QStringLiteral("barcode"), SandboxProfile::optionalString(item.barcode) },
        { QStringLiteral("image_url"),
            item.imageId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(imageUrl(item.imageId)) },
        { QStringLiteral("status"), item.status },
        { QStringLiteral("created_at"), SandboxProfile::dateTime(item.createdAt) } };
    if (m_profile.isV21()) {
        o.insert(QStringLiteral("image_id"), SandboxProfile::optionalString(item.imageId));
        o.insert(QStringLiteral("ntin"), QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("gtin"), QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("external_ref"), QJsonValue(QJsonValue::Null));
    }
    return o;
}

QJsonObject SandboxJson::subscriptionListItem(const SandboxSubscription& s) const
{
    return QJsonObject { { QStringLiteral("id"), s.id }, { QStringLiteral("phone_number"), s.phone },
        { QStringLiteral("subscriber_name"), SandboxProfile::optionalString(s.subscriberName) },
        { QStringLiteral("amount"), money(s.amount) }, { QStringLiteral("billing_period"), s.billingPeriod },
        { QStringLiteral("status"), s.status },
        { QStringLiteral("next_billing_at"), SandboxProfile::optionalDateTime(s.nextBillingAt) },
        { QStringLiteral("is_sandbox"), true },
        { QStringLiteral("created_at"), SandboxProfile::dateTime(s.createdAt) } };
}

QJsonObject SandboxJson::subscription(const SandboxSubscription& s) const
{
    QJsonObject o = subscriptionListItem(s);
    o.insert(QStringLiteral("external_subscriber_id"), SandboxProfile::optionalString(s.externalSubscriberId));
    o.insert(QStringLiteral("billing_day"), s.billingDay > 0 ? QJsonValue(s.billingDay) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("description"), SandboxProfile::optionalString(s.description));
    o.insert(QStringLiteral("failed_attempts"), s.failedAttempts);
    o.insert(QStringLiteral("in_grace_period"), false);
    o.insert(QStringLiteral("metadata"), s.hasMetadata ? QJsonValue(s.metadata) : QJsonValue(QJsonValue::Null));
    if (m_profile.isV21()) {
        o.insert(QStringLiteral("billing_period_label"), periodLabel(s.billingPeriod));
        o.insert(QStringLiteral("status_label"),
            s.status == u"active"          ? QStringLiteral("Активна")
                : s.status == u"paused"    ? QStringLiteral("Приостановлена")
                : s.status == u"cancelled" ? QStringLiteral("Отменена")
                : s.status == u"expired"   ? QStringLiteral("Истекла")
                                           : s.status);
        o.insert(QStringLiteral("status_color"),
            s.status == u"active"       ? QStringLiteral("green")
                : s.status == u"paused" ? QStringLiteral("orange")
                                        : QStringLiteral("gray"));
        o.insert(QStringLiteral("max_retry_attempts"), s.maxRetryAttempts);
        o.insert(QStringLiteral("retry_interval_hours"), s.retryIntervalHours);
        o.insert(QStringLiteral("grace_period_days"), s.gracePeriodDays);
        o.insert(QStringLiteral("started_at"), s.startedAt.toString(Qt::ISODate));
        o.insert(QStringLiteral("paused_at"), SandboxProfile::optionalDateTime(s.pausedAt));
        o.insert(QStringLiteral("cancelled_at"), SandboxProfile::optionalDateTime(s.cancelledAt));
        o.insert(QStringLiteral("updated_at"), SandboxProfile::dateTime(s.updatedAt));
    }
    return o;
}

QJsonObject SandboxJson::subscriptionStats(const SandboxSubscription& s) const
{
    int total = 0;
    int ok = 0;
    int failed = 0;
    Money collected;
    for (const auto& record : s.history) {
        const SandboxInvoice* inv = m_store.invoice(record.invoiceId);
        const QString billing = billingStatusOf(inv ? inv->status : QString()).status;
        ++total;
        if (billing == u"paid") {
            ++ok;
            collected += record.amount;
        } else if (billing == u"failed") {
            ++failed;
        }
    }
    return QJsonObject { { QStringLiteral("total_payments"), total }, { QStringLiteral("successful_payments"), ok },
        { QStringLiteral("failed_payments"), failed }, { QStringLiteral("total_collected"), money(collected) } };
}

QJsonValue SandboxJson::subscriptionLastPayment(const SandboxSubscription& s) const
{
    for (auto it = s.history.crbegin(); it != s.history.crend(); ++it) {
        const SandboxInvoice* inv = m_store.invoice(it->invoiceId);
        if (inv && inv->paidAt.isValid()) {
            return QJsonObject { { QStringLiteral("amount"), money(it->amount) },
                { QStringLiteral("status"), QStringLiteral("paid") },
                { QStringLiteral("paid_at"), SandboxProfile::dateTime(inv->paidAt) } };
        }
    }
    return QJsonValue(QJsonValue::Null);
}

QJsonObject SandboxJson::billingRecord(const SandboxSubscription& s, const SandboxBillingRecord& record) const
{
    Q_UNUSED(s)
    const SandboxInvoice* inv = m_store.invoice(record.invoiceId);
    const BillingStatus billing = billingStatusOf(inv ? inv->status : QString());
    QJsonObject o { { QStringLiteral("id"), record.id }, { QStringLiteral("invoice_id"), idOrNull(record.invoiceId) },
        { QStringLiteral("billing_period_start"), record.periodStart.toString(Qt::ISODate) },
        { QStringLiteral("billing_period_end"), record.periodEnd.toString(Qt::ISODate) },
        { QStringLiteral("billing_period_label"),
            QString(record.periodStart.toString(QStringLiteral("dd.MM.yyyy")) + QStringLiteral(" — ")
                + record.periodEnd.toString(QStringLiteral("dd.MM.yyyy"))) },
        { QStringLiteral("amount"), money(record.amount) }, { QStringLiteral("attempt_number"), record.attemptNumber },
        { QStringLiteral("status"), billing.status }, { QStringLiteral("status_label"), billing.label },
        { QStringLiteral("status_color"), billing.color },
        { QStringLiteral("paid_at"), inv ? SandboxProfile::optionalDateTime(inv->paidAt) : QJsonValue() },
        { QStringLiteral("failure_reason"),
            inv && billing.status == u"failed"
                ? QJsonValue(inv->errorMessage.isEmpty() ? QStringLiteral("Счёт не оплачен") : inv->errorMessage)
                : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("created_at"), SandboxProfile::dateTime(record.createdAt) } };
    if (inv) {
        o.insert(QStringLiteral("invoice"),
            QJsonObject { { QStringLiteral("id"), inv->id },
                { QStringLiteral("kaspi_invoice_id"), SandboxProfile::optionalString(inv->kaspiInvoiceId) },
                { QStringLiteral("status"), status(*inv) } });
    }
    return o;
}

} // namespace apipay::sandbox
