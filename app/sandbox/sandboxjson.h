#pragma once

#include "sandboxprofile.h"
#include "sandboxtypes.h"

#include <QJsonObject>

namespace apipay::sandbox {

class SandboxStore;

// Turns sandbox objects into the JSON of the active profile (docs/api-contract.md, D1).
class SandboxJson
{
public:
    // rootUrl: "http://127.0.0.1:<port>" (no trailing slash).
    SandboxJson(const SandboxProfile& profile, SandboxStore& store, QString rootUrl)
        : m_profile(profile)
        , m_store(store)
        , m_rootUrl(std::move(rootUrl))
    {
    }

    // rootUrl + "/api/v1" + path
    QString apiUrl(const QString& path) const { return m_rootUrl + QStringLiteral("/api/v1") + path; }

    static QJsonValue money(Money value) { return value.toPlainString(); }
    // available_for_refund / pending_refund_amount / selling_price: documented as JSON numbers.
    static QJsonValue moneyNumber(Money value) { return value.toJson(); }

    QJsonObject invoiceCreated(const SandboxInvoice& invoice) const;
    QJsonObject invoiceListItem(const SandboxInvoice& invoice) const;
    QJsonObject invoiceDetail(const SandboxInvoice& invoice) const;
    QJsonObject invoiceStatusItem(const SandboxInvoice& invoice) const;
    // {id, amount, status, total_refunded, pending_refund_amount, available_for_refund, is_fully_refunded}
    QJsonObject invoiceRefundTotals(const SandboxInvoice& invoice) const;
    QJsonObject invoiceItem(const SandboxInvoice& invoice, const SandboxInvoiceItem& item) const;

    QJsonObject refund(const SandboxRefund& refund, bool withInvoice) const;

    QJsonObject catalogItem(const SandboxCatalogItem& item) const;
    QString imageUrl(const QString& imageId) const;

    // v2.0 short/openapi form; v2.1 full object with labels.
    QJsonObject subscription(const SandboxSubscription& subscription) const;
    QJsonObject subscriptionListItem(const SandboxSubscription& subscription) const;
    QJsonObject subscriptionStats(const SandboxSubscription& subscription) const;
    QJsonValue subscriptionLastPayment(const SandboxSubscription& subscription) const;
    QJsonObject billingRecord(const SandboxSubscription& subscription, const SandboxBillingRecord& record) const;

    // The status as the active profile names it (v2.1: "refunded" → "paid").
    QString status(const SandboxInvoice& invoice) const;
    Money totalRefunded(const SandboxInvoice& invoice) const;
    bool isFullyRefunded(const SandboxInvoice& invoice) const;

private:
    void addDiscountKeys(QJsonObject& object, const SandboxInvoice& invoice) const;

    const SandboxProfile& m_profile;
    SandboxStore& m_store;
    QString m_rootUrl;
};

} // namespace apipay::sandbox
