// Subscriptions: every T4 shape of create/detail/update/pause/resume/cancel, the list and the billing history
// (docs/api-contract.md).
#include "json/decoderparts.h"
#include "json/pagedecoder.h"

namespace apipay::json {

namespace detail {

namespace {

using L1 = QLatin1StringView;

void decodeStats(QJsonValueConstRef value, Subscription& owner)
{
    if (value.isNull()) {
        return;
    }
    if (!value.isObject()) {
        owner.unreadableFields.append(QStringLiteral("stats"));
        return;
    }
    const QJsonObject object = value.toObject();
    SubscriptionStats stats;
    FieldReader r(owner.unreadableFields, QStringLiteral("stats."));
    for (auto it = object.constBegin(), end = object.constEnd(); it != end; ++it) {
        const QString k = it.key();
        const QJsonValueConstRef x = it.value();
        if (k == L1("total_payments")) {
            r.int64(x, k, stats.totalPayments);
        } else if (k == L1("successful_payments")) {
            r.int64(x, k, stats.successfulPayments);
        } else if (k == L1("failed_payments")) {
            r.int64(x, k, stats.failedPayments);
        } else if (k == L1("total_collected")) {
            r.money(x, k, stats.totalCollected);
        }
    }
    owner.stats = std::move(stats);
}

void decodeLastPayment(QJsonValueConstRef value, Subscription& owner)
{
    if (value.isNull()) {
        return; // "last_payment": null = no payment yet
    }
    if (!value.isObject()) {
        owner.unreadableFields.append(QStringLiteral("last_payment"));
        return;
    }
    const QJsonObject object = value.toObject();
    SubscriptionLastPayment payment;
    FieldReader r(owner.unreadableFields, QStringLiteral("last_payment."));
    for (auto it = object.constBegin(), end = object.constEnd(); it != end; ++it) {
        const QString k = it.key();
        const QJsonValueConstRef x = it.value();
        if (k == L1("amount")) {
            r.money(x, k, payment.amount);
        } else if (k == L1("status")) {
            r.word(x, k, payment.status);
        } else if (k == L1("paid_at")) {
            r.dateTime(x, k, payment.paidAt);
        }
    }
    owner.lastPayment = std::move(payment);
}

bool decodeSubscriptionInvoice(
    const QJsonObject& object, const JsonPath& path, SubscriptionInvoice& out, QString& error)
{
    QStringList ignored; // SubscriptionInvoice has no unreadable list: unreadable optional keys stay empty
    FieldReader r(ignored);
    for (auto it = object.constBegin(), end = object.constEnd(); it != end; ++it) {
        const QString k = it.key();
        const QJsonValueConstRef x = it.value();
        if (k == L1("invoice_id")) {
            r.int64(x, k, out.invoiceId);
        } else if (k == L1("billing_period_start")) {
            r.date(x, k, out.periodStart);
        } else if (k == L1("billing_period_end")) {
            r.date(x, k, out.periodEnd);
        } else if (k == L1("billing_period_label")) {
            r.text(x, k, out.periodLabel);
        } else if (k == L1("amount")) {
            r.money(x, k, out.amount);
        } else if (k == L1("attempt_number")) {
            r.integer(x, k, out.attemptNumber);
        } else if (k == L1("status")) {
            r.word(x, k, out.status);
        } else if (k == L1("status_label")) {
            r.text(x, k, out.statusLabel);
        } else if (k == L1("paid_at")) {
            r.dateTime(x, k, out.paidAt);
        } else if (k == L1("failure_reason")) {
            r.text(x, k, out.failureReason);
        } else if (k == L1("created_at")) {
            r.dateTime(x, k, out.createdAt);
        } else if (k == L1("invoice")) {
            if (!x.isObject()) {
                continue;
            }
            const QJsonObject inner = x.toObject();
            std::optional<qint64> invoiceId;
            for (auto ii = inner.constBegin(), iend = inner.constEnd(); ii != iend; ++ii) {
                const QString ik = ii.key();
                if (ik == L1("id")) {
                    r.int64(ii.value(), ik, invoiceId);
                } else if (ik == L1("kaspi_invoice_id")) {
                    r.text(ii.value(), ik, out.invoiceKaspiId);
                } else if (ik == L1("status")) {
                    r.word(ii.value(), ik, out.invoiceStatus);
                }
            }
            if (!out.invoiceId && invoiceId) {
                out.invoiceId = invoiceId;
            }
        }
    }
    return requireId(object, path, out.id, error);
}

} // namespace

bool decodeSubscription(const QJsonObject& object, const JsonPath& path, Subscription& out, QString& error)
{
    int phoneRank = 0;
    FieldReader r(out.unreadableFields);
    for (auto it = object.constBegin(), end = object.constEnd(); it != end; ++it) {
        const QString k = it.key();
        const QJsonValueConstRef x = it.value();
        if (k == L1("phone_number")) {
            r.phone(x, k, 3, out.phone, phoneRank);
        } else if (k == L1("phone")) {
            r.phone(x, k, 2, out.phone, phoneRank);
        } else if (k == L1("client_phone")) {
            r.phone(x, k, 1, out.phone, phoneRank);
        } else if (k == L1("amount")) {
            r.money(x, k, out.amount);
        } else if (k == L1("billing_period")) {
            r.word(x, k, out.billingPeriod);
        } else if (k == L1("billing_day")) {
            r.integer(x, k, out.billingDay);
        } else if (k == L1("status")) {
            r.word(x, k, out.status);
        } else if (k == L1("description")) {
            r.text(x, k, out.description);
        } else if (k == L1("subscriber_name")) {
            r.text(x, k, out.subscriberName);
        } else if (k == L1("external_subscriber_id")) {
            r.text(x, k, out.externalSubscriberId);
        } else if (k == L1("next_billing_at")) {
            r.dateTime(x, k, out.nextBillingAt);
        } else if (k == L1("started_at")) {
            r.almatyDate(x, k, out.startedAt); // v2.1: a UTC date-time; the day a person means is Almaty's
        } else if (k == L1("failed_attempts")) {
            r.integer(x, k, out.failedAttempts);
        } else if (k == L1("in_grace_period")) {
            r.boolean(x, k, out.inGracePeriod);
        } else if (k == L1("max_retry_attempts")) {
            r.integer(x, k, out.maxRetryAttempts);
        } else if (k == L1("retry_interval_hours")) {
            r.integer(x, k, out.retryIntervalHours);
        } else if (k == L1("grace_period_days")) {
            r.integer(x, k, out.gracePeriodDays);
        } else if (k == L1("is_sandbox")) {
            r.boolean(x, k, out.isSandbox);
        } else if (k == L1("metadata")) {
            r.object(x, k, out.metadata);
        } else if (k == L1("created_at")) {
            r.dateTime(x, k, out.createdAt);
        } else if (k == L1("updated_at")) {
            r.dateTime(x, k, out.updatedAt);
        } else if (k == L1("paused_at")) {
            r.dateTime(x, k, out.pausedAt);
        } else if (k == L1("cancelled_at")) {
            r.dateTime(x, k, out.cancelledAt);
        } else if (k == L1("stats")) {
            decodeStats(x, out);
        } else if (k == L1("last_payment")) {
            decodeLastPayment(x, out);
        }
    }
    return requireId(object, path, out.id, error);
}

bool decodeSubscriptionDocument(const QJsonObject& object, const JsonPath& path, Subscription& out, QString& error)
{
    QLatin1StringView wrapper;
    const QJsonObject inner = unwrap(object, { L1("subscription"), L1("data") }, wrapper);
    if (!decodeSubscription(inner, wrapper.isEmpty() ? path : path.child(wrapper), out, error)) {
        return false;
    }
    if (!wrapper.isEmpty()) {
        // stats / last_payment beside the wrapped object (T4)
        const auto stats = member(object, L1("stats"));
        if (!out.stats && stats) {
            decodeStats(*stats, out);
        }
        const auto lastPayment = member(object, L1("last_payment"));
        if (!out.lastPayment && lastPayment) {
            decodeLastPayment(*lastPayment, out);
        }
    }
    return true;
}

} // namespace detail

using namespace detail;

Decoded<Subscription> subscription(const QByteArray& body)
{
    Decoded<Subscription> result;
    QJsonDocument json;
    if (!parseBody(body, json, result.errorField)) {
        return result;
    }
    if (!json.isObject()) {
        result.errorField = QStringLiteral("<root>");
        return result;
    }
    if (!decodeSubscriptionDocument(json.object(), JsonPath {}, result.value, result.errorField)) {
        result.value = {};
    } else {
        logUnreadable("subscription", result.value.unreadableFields, 1);
    }
    return result;
}

Decoded<Subscription> subscriptionObject(const QJsonValue& value, const QString& path)
{
    Decoded<Subscription> result;
    const JsonPath root { nullptr, {}, -1, &path };
    if (!value.isObject()) {
        result.errorField = root.toErrorField();
    } else if (!decodeSubscriptionDocument(value.toObject(), root, result.value, result.errorField)) {
        result.value = {};
    }
    return result;
}

Decoded<Page<Subscription>> subscriptionPage(const QByteArray& body, int requestedPerPage)
{
    return decodePage<Subscription>("GET /subscriptions", body, requestedPerPage, &decodeSubscription);
}

Decoded<Page<SubscriptionInvoice>> subscriptionInvoicePage(const QByteArray& body, int requestedPerPage)
{
    return decodePage<SubscriptionInvoice>(
        "GET /subscriptions/{id}/invoices", body, requestedPerPage, &decodeSubscriptionInvoice);
}

} // namespace apipay::json
