// Subscriptions: every T4 shape of create/detail/update/pause/resume/cancel, the list and the billing history
// (docs/api-contract.md).
#include "json/decoderparts.h"
#include "json/pagedecoder.h"

namespace apipay::json {

namespace detail {

namespace {

void decodeStats(const JsonTape& tape, quint32 v, Subscription& owner)
{
    if (tape.isNull(v)) {
        return;
    }
    if (!tape.isObject(v)) {
        owner.unreadableFields.append(QStringLiteral("stats"));
        return;
    }
    SubscriptionStats stats;
    FieldReader r(tape, owner.unreadableFields, QStringLiteral("stats."));
    for (const JsonTape::Member m : tape.members(v)) {
        const std::string_view k = tape.key(m.key);
        if (k == "total_payments") {
            r.int64(m.value, k, stats.totalPayments);
        } else if (k == "successful_payments") {
            r.int64(m.value, k, stats.successfulPayments);
        } else if (k == "failed_payments") {
            r.int64(m.value, k, stats.failedPayments);
        } else if (k == "total_collected") {
            r.money(m.value, k, stats.totalCollected);
        }
    }
    owner.stats = std::move(stats);
}

void decodeLastPayment(const JsonTape& tape, quint32 v, Subscription& owner)
{
    if (tape.isNull(v)) {
        return; // "last_payment": null = no payment yet
    }
    if (!tape.isObject(v)) {
        owner.unreadableFields.append(QStringLiteral("last_payment"));
        return;
    }
    SubscriptionLastPayment payment;
    FieldReader r(tape, owner.unreadableFields, QStringLiteral("last_payment."));
    for (const JsonTape::Member m : tape.members(v)) {
        const std::string_view k = tape.key(m.key);
        if (k == "amount") {
            r.money(m.value, k, payment.amount);
        } else if (k == "status") {
            r.word(m.value, k, payment.status);
        } else if (k == "paid_at") {
            r.dateTime(m.value, k, payment.paidAt);
        }
    }
    owner.lastPayment = std::move(payment);
}

bool decodeSubscriptionInvoice(const JsonTape& tape, quint32 v, const JsonPath& path, SubscriptionInvoice& out,
                               QString& error)
{
    if (!tape.isObject(v)) {
        error = path.toErrorField();
        return false;
    }
    QStringList ignored; // SubscriptionInvoice has no unreadable list: unreadable optional keys stay empty
    FieldReader r(tape, ignored);
    quint32 id = JsonTape::npos;
    for (const JsonTape::Member m : tape.members(v)) {
        const std::string_view k = tape.key(m.key);
        const quint32 x = m.value;
        if (k == "id") {
            id = x;
        } else if (k == "invoice_id") {
            r.int64(x, k, out.invoiceId);
        } else if (k == "billing_period_start") {
            r.date(x, k, out.periodStart);
        } else if (k == "billing_period_end") {
            r.date(x, k, out.periodEnd);
        } else if (k == "billing_period_label") {
            r.text(x, k, out.periodLabel);
        } else if (k == "amount") {
            r.money(x, k, out.amount);
        } else if (k == "attempt_number") {
            r.integer(x, k, out.attemptNumber);
        } else if (k == "status") {
            r.word(x, k, out.status);
        } else if (k == "status_label") {
            r.text(x, k, out.statusLabel);
        } else if (k == "paid_at") {
            r.dateTime(x, k, out.paidAt);
        } else if (k == "failure_reason") {
            r.text(x, k, out.failureReason);
        } else if (k == "created_at") {
            r.dateTime(x, k, out.createdAt);
        } else if (k == "invoice" && tape.isObject(x)) {
            std::optional<qint64> invoiceId;
            for (const JsonTape::Member im : tape.members(x)) {
                const std::string_view ik = tape.key(im.key);
                if (ik == "id") {
                    r.int64(im.value, ik, invoiceId);
                } else if (ik == "kaspi_invoice_id") {
                    r.text(im.value, ik, out.invoiceKaspiId);
                } else if (ik == "status") {
                    r.word(im.value, ik, out.invoiceStatus);
                }
            }
            if (!out.invoiceId && invoiceId) {
                out.invoiceId = invoiceId;
            }
        }
    }
    return requireId(tape, id, path, out.id, error);
}

} // namespace

bool decodeSubscription(const JsonTape& tape, quint32 v, const JsonPath& path, Subscription& out, QString& error)
{
    if (!tape.isObject(v)) {
        error = path.toErrorField();
        return false;
    }
    FieldReader r(tape, out.unreadableFields);
    quint32 id = JsonTape::npos;
    int phoneRank = 0;
    for (const JsonTape::Member m : tape.members(v)) {
        const std::string_view k = tape.key(m.key);
        const quint32 x = m.value;
        if (k == "id") {
            id = x;
        } else if (k == "phone_number") {
            r.phone(x, k, 3, out.phone, phoneRank);
        } else if (k == "phone") {
            r.phone(x, k, 2, out.phone, phoneRank);
        } else if (k == "client_phone") {
            r.phone(x, k, 1, out.phone, phoneRank);
        } else if (k == "amount") {
            r.money(x, k, out.amount);
        } else if (k == "billing_period") {
            r.word(x, k, out.billingPeriod);
        } else if (k == "billing_day") {
            r.integer(x, k, out.billingDay);
        } else if (k == "status") {
            r.word(x, k, out.status);
        } else if (k == "description") {
            r.text(x, k, out.description);
        } else if (k == "subscriber_name") {
            r.text(x, k, out.subscriberName);
        } else if (k == "external_subscriber_id") {
            r.text(x, k, out.externalSubscriberId);
        } else if (k == "next_billing_at") {
            r.dateTime(x, k, out.nextBillingAt);
        } else if (k == "started_at") {
            r.almatyDate(x, k, out.startedAt); // v2.1: a UTC date-time; the day a person means is Almaty's
        } else if (k == "failed_attempts") {
            r.integer(x, k, out.failedAttempts);
        } else if (k == "in_grace_period") {
            r.boolean(x, k, out.inGracePeriod);
        } else if (k == "max_retry_attempts") {
            r.integer(x, k, out.maxRetryAttempts);
        } else if (k == "retry_interval_hours") {
            r.integer(x, k, out.retryIntervalHours);
        } else if (k == "grace_period_days") {
            r.integer(x, k, out.gracePeriodDays);
        } else if (k == "is_sandbox") {
            r.boolean(x, k, out.isSandbox);
        } else if (k == "metadata") {
            r.object(x, k, out.metadata);
        } else if (k == "created_at") {
            r.dateTime(x, k, out.createdAt);
        } else if (k == "updated_at") {
            r.dateTime(x, k, out.updatedAt);
        } else if (k == "paused_at") {
            r.dateTime(x, k, out.pausedAt);
        } else if (k == "cancelled_at") {
            r.dateTime(x, k, out.cancelledAt);
        } else if (k == "stats") {
            decodeStats(tape, x, out);
        } else if (k == "last_payment") {
            decodeLastPayment(tape, x, out);
        }
    }
    return requireId(tape, id, path, out.id, error);
}

bool decodeSubscriptionDocument(const JsonTape& tape, quint32 v, const JsonPath& path, Subscription& out,
                                QString& error)
{
    std::string_view wrapper;
    const quint32 object = unwrap(tape, v, {"subscription", "data"}, wrapper);
    if (object == JsonTape::npos) {
        error = path.toErrorField();
        return false;
    }
    const JsonPath inner = path.child(wrapper);
    if (!decodeSubscription(tape, object, wrapper.empty() ? path : inner, out, error)) {
        return false;
    }
    if (object != v) {
        // stats / last_payment beside the wrapped object (T4)
        if (!out.stats) {
            decodeStats(tape, tape.find(v, "stats"), out);
        }
        if (!out.lastPayment) {
            decodeLastPayment(tape, tape.find(v, "last_payment"), out);
        }
    }
    return true;
}

} // namespace detail

using namespace detail;

Decoded<Subscription> subscription(const QByteArray& body)
{
    Decoded<Subscription> result;
    JsonTape tape;
    if (!parseBody(body, tape, result.errorField)) {
        return result;
    }
    if (!decodeSubscriptionDocument(tape, 0, JsonPath{}, result.value, result.errorField)) {
        result.value = {};
    } else {
        logUnreadable("subscription", result.value.unreadableFields, 1);
    }
    return result;
}

Decoded<Subscription> subscriptionObject(const QJsonValue& value, const QString& path)
{
    Decoded<Subscription> result;
    JsonTape tape;
    const JsonPath root{nullptr, {}, -1, &path};
    if (!parseValue(value, tape)) {
        result.errorField = root.toErrorField();
        return result;
    }
    if (!decodeSubscriptionDocument(tape, 1, root, result.value, result.errorField)) {
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
    return decodePage<SubscriptionInvoice>("GET /subscriptions/{id}/invoices", body, requestedPerPage,
                                           &decodeSubscriptionInvoice);
}

} // namespace apipay::json
