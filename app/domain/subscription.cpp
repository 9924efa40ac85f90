#include "subscription.h"

#include "domain/invoicestatus.h"

#include <QCoreApplication>

namespace apipay {

QString SubscriptionLastPayment::statusLabel() const
{
    return InvoiceStatus(status).label();
}

QString Subscription::statusLabel(const QString& raw)
{
    if (raw == u"active") {
        return QCoreApplication::translate("apipay::Subscription", "Active");
    }
    if (raw == u"paused") {
        return QCoreApplication::translate("apipay::Subscription", "Paused");
    }
    if (raw == u"cancelled") {
        return QCoreApplication::translate("apipay::Subscription", "Cancelled");
    }
    if (raw == u"expired") {
        return QCoreApplication::translate("apipay::Subscription", "Expired");
    }
    return raw; // T5: unknown statuses are shown as the server wrote them
}

QString Subscription::billingPeriodLabel(const QString& raw)
{
    if (raw == u"daily") {
        return QCoreApplication::translate("apipay::Subscription", "Daily");
    }
    if (raw == u"weekly") {
        return QCoreApplication::translate("apipay::Subscription", "Weekly");
    }
    if (raw == u"biweekly") {
        return QCoreApplication::translate("apipay::Subscription", "Every two weeks");
    }
    if (raw == u"monthly") {
        return QCoreApplication::translate("apipay::Subscription", "Monthly");
    }
    if (raw == u"quarterly") {
        return QCoreApplication::translate("apipay::Subscription", "Quarterly");
    }
    if (raw == u"yearly") {
        return QCoreApplication::translate("apipay::Subscription", "Yearly");
    }
    return raw;
}

QStringList Subscription::billingPeriods()
{
    return { QStringLiteral("daily"), QStringLiteral("weekly"), QStringLiteral("biweekly"), QStringLiteral("monthly"),
        QStringLiteral("quarterly"), QStringLiteral("yearly") };
}

} // namespace apipay
