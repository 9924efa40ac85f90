#pragma once

#include "money/money.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace apipay {

struct SubscriptionStats
{
    qint64 totalPayments = 0;
    qint64 successfulPayments = 0;
    qint64 failedPayments = 0;
    std::optional<Money> totalCollected;
};

struct SubscriptionLastPayment
{
    std::optional<Money> amount;
    QString status; // an invoice status ("paid", "expired", …)
    QDateTime paidAt;

    // The status translated like an invoice status; unknown values raw.
    QString statusLabel() const;
};

// Subscription statuses: active, paused, cancelled, expired; unknown kept raw.
// Billing periods: daily, weekly, biweekly, monthly, quarterly, yearly.
struct Subscription
{
    qint64 id = 0;
    QString phone; // normalised 8XXXXXXXXXX
    std::optional<Money> amount;
    QString billingPeriod;
    std::optional<int> billingDay;
    QString status;
    QString description;
    QString subscriberName;
    QString externalSubscriberId;
    QDateTime nextBillingAt; // a date-only value becomes midnight Asia/Almaty, stored as UTC
    QDate startedAt; // the Almaty calendar day (v2.1 sends a UTC date-time, v2.0 a date)
    std::optional<int> failedAttempts;
    std::optional<bool> inGracePeriod;
    std::optional<int> maxRetryAttempts;
    std::optional<int> retryIntervalHours;
    std::optional<int> gracePeriodDays;
    std::optional<bool> isSandbox;
    QJsonObject metadata;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime pausedAt;
    QDateTime cancelledAt;
    std::optional<SubscriptionStats> stats;
    std::optional<SubscriptionLastPayment> lastPayment;
    QStringList unreadableFields;

    bool canPause() const { return status == u"active"; }
    bool canResume() const { return status == u"paused"; }
    bool canCancel() const { return status == u"active" || status == u"paused"; }
    static QString statusLabel(const QString& raw); // translated; unknown → raw
    static QString billingPeriodLabel(const QString& raw); // translated; unknown → raw
    static QStringList billingPeriods(); // the six documented raw values
};

// GET /subscriptions/{id}/invoices
struct SubscriptionInvoice
{
    qint64 id = 0;
    std::optional<qint64> invoiceId; // null for skipped periods (v2.1)
    QDate periodStart;
    QDate periodEnd;
    QString periodLabel;
    std::optional<Money> amount;
    std::optional<int> attemptNumber;
    QString status;
    QString statusLabel; // server's own label, if any
    QDateTime paidAt;
    QString failureReason;
    QString invoiceKaspiId;
    QString invoiceStatus;
    QDateTime createdAt;
};

} // namespace apipay
