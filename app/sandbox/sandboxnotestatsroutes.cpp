#include "sandboxnotestatsroutes.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

namespace apipay::sandbox {

namespace {

constexpr int kMaxNote = 255;

bool isPaidLike(const QString& status)
{
    return status == u"paid" || status == u"partially_refunded" || status == u"refunded";
}

// start_date / end_date: a bare day (the whole day) or a moment, in Asia/Almaty unless an offset is given.
// `end` makes a bare day reach to its end. Invalid when the text does not match.
QDateTime readBound(const QString& text, bool end)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\d{4}-\d{2}-\d{2}([ T]\d{2}(:\d{2}(:\d{2}(\.\d{1,6})?)?)?(Z|[+-]\d{2}:?\d{2})?)?$)"));
    if (!pattern.match(text).hasMatch()) {
        return {};
    }
    const QTimeZone zone = SandboxProfile::almatyZone();
    if (text.size() == 10) {
        const QDate day = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
        if (!day.isValid()) {
            return {};
        }
        return QDateTime(end ? day.addDays(1) : day, QTime(0, 0), zone).toUTC();
    }
    QString iso = text;
    iso[10] = u'T';
    static const QRegularExpression offset(QStringLiteral(R"((Z|[+-]\d{2}:?\d{2})$)"));
    const bool hasOffset = offset.match(iso.mid(11)).hasMatch();
    QString local = iso;
    if (hasOffset) {
        local = iso.left(iso.size() - offset.match(iso.mid(11)).capturedLength());
    }
    // Hours alone ("2026-08-03T11") are read as hh:00.
    if (local.size() == 13) {
        local += QStringLiteral(":00");
    }
    QDateTime t = QDateTime::fromString(local, Qt::ISODateWithMs);
    if (!t.isValid()) {
        return {};
    }
    if (hasOffset) {
        const QString off = iso.mid(local.size());
        if (off == u"Z") {
            t = QDateTime(t.date(), t.time(), QTimeZone::utc());
        } else {
            const int sign = off.at(0) == u'-' ? -1 : 1;
            const QString digits = QString(off.mid(1)).remove(u':');
            const int seconds = sign * (digits.left(2).toInt() * 3600 + digits.mid(2, 2).toInt() * 60);
            t = QDateTime(t.date(), t.time(), QTimeZone(seconds));
        }
    } else {
        t = QDateTime(t.date(), t.time(), zone);
    }
    // An end moment is inclusive; the window's end is exclusive.
    return end ? t.toUTC().addMSecs(1) : t.toUTC();
}

QJsonObject countAndAmount(qint64 count, Money amount)
{
    return QJsonObject { { QStringLiteral("count"), count }, { QStringLiteral("amount"), amount.toPlainString() } };
}

} // namespace

std::optional<SandboxResponse> SandboxNoteStatsRoutes::handle(const SandboxRequest& r, RouteContext& c)
{
    const QStringList& s = r.segments;
    if (!c.profile.isV21() || s.size() != 2 || s.first() != u"invoices") {
        return std::nullopt;
    }
    if (s.at(1) == u"stats" && r.method == "GET") {
        return stats(r, c);
    }
    if (r.method == "PATCH") {
        if (const auto id = idSegment(s.at(1))) {
            return updateNote(*id, r, c);
        }
    }
    return std::nullopt;
}

SandboxResponse SandboxNoteStatsRoutes::updateNote(qint64 id, const SandboxRequest& r, RouteContext& c)
{
    SandboxInvoice* inv = c.store.invoice(id);
    if (!inv) {
        return c.profile.notFound(QStringLiteral("Invoice"));
    }
    const auto body = r.jsonBody();
    if (!body) {
        return malformedJson(c.profile);
    }
    const QString key = QStringLiteral("internal_comment");
    FieldErrors errors;
    if (!body->contains(key)) {
        errors.add(key, QStringLiteral("The internal comment field must be present."));
        return c.profile.validation(errors.errors());
    }
    const QJsonValue value = body->value(key);
    if (!value.isNull() && !value.isString()) {
        errors.add(key, QStringLiteral("The internal comment field must be a string."));
    } else if (value.toString().size() > kMaxNote) {
        errors.add(
            key, QStringLiteral("The internal comment field must not be greater than %1 characters.").arg(kMaxNote));
    }
    if (!errors.isEmpty()) {
        return c.profile.validation(errors.errors());
    }
    inv->internalComment = value.toString(); // null → "" (erased)
    inv->updatedAt = c.store.now();
    return SandboxResponse::json(200, c.json.invoiceDetail(*inv));
}

SandboxResponse SandboxNoteStatsRoutes::stats(const SandboxRequest& r, RouteContext& c)
{
    FieldErrors errors;
    const QTimeZone zone = SandboxProfile::almatyZone();
    const QDateTime now = c.store.now();
    const QDate today = now.toTimeZone(zone).date();
    DateWindow window;
    const QString period = r.queryValue(QStringLiteral("period"));
    const QString startText = r.queryValue(QStringLiteral("start_date"));
    const QString endText = r.queryValue(QStringLiteral("end_date"));
    if (!period.isEmpty()) {
        // Calendar periods in Asia/Almaty: the week starts on Monday. Each runs up to now.
        QDate first;
        if (period == u"today") {
            first = today;
        } else if (period == u"week") {
            first = today.addDays(1 - today.dayOfWeek());
        } else if (period == u"month") {
            first = QDate(today.year(), today.month(), 1);
        } else if (period == u"year") {
            first = QDate(today.year(), 1, 1);
        } else {
            errors.add(QStringLiteral("period"), QStringLiteral("The selected period is invalid."));
        }
        window.from = QDateTime(first, QTime(0, 0), zone).toUTC();
        window.to = QDateTime(today.addDays(1), QTime(0, 0), zone).toUTC();
    } else if (startText.isEmpty() && endText.isEmpty()) {
        errors.add(QStringLiteral("period"),
            QStringLiteral("The period field is required when start date / end date are not present."));
    } else {
        window.from = readBound(startText, false);
        window.to = readBound(endText, true);
        if (startText.isEmpty()) {
            errors.required(QStringLiteral("start_date"));
        } else if (!window.from.isValid()) {
            errors.add(QStringLiteral("start_date"), QStringLiteral("The start date field format is invalid."));
        }
        if (endText.isEmpty()) {
            errors.required(QStringLiteral("end_date"));
        } else if (!window.to.isValid()) {
            errors.add(QStringLiteral("end_date"), QStringLiteral("The end date field format is invalid."));
        }
        if (errors.isEmpty() && window.to <= window.from) {
            errors.add(QStringLiteral("end_date"),
                QStringLiteral("The end date field must be a date after or equal to start date."));
        }
    }
    if (!errors.isEmpty()) {
        return c.profile.validation(errors.errors());
    }
    qint64 total = 0, paid = 0, pending = 0, cancelled = 0, expired = 0;
    Money totalAmount, paidAmount, pendingAmount, cancelledAmount, expiredAmount;
    for (const SandboxInvoice& inv : c.store.invoices()) {
        if (!window.contains(inv.createdAt)) {
            continue;
        }
        ++total;
        totalAmount += inv.amount;
        const QString status = c.json.status(inv);
        // Only `paid` counts as paid (a fully refunded v2.1 invoice still reads "paid").
        if (status == u"paid") {
            ++paid;
            paidAmount += inv.amount;
        } else if (status == u"pending" || status == u"processing") {
            ++pending;
            pendingAmount += inv.amount;
        } else if (status == u"cancelled") {
            ++cancelled;
            cancelledAmount += inv.amount;
        } else if (status == u"expired") {
            ++expired;
            expiredAmount += inv.amount;
        }
    }
    // paid / total × 100 with two decimals, rounded half up; 0 without invoices.
    const qint64 hundredths = total == 0 ? 0 : (paid * 20000 + total) / (2 * total);
    QJsonObject o { { QStringLiteral("total_invoices"), total }, { QStringLiteral("paid_invoices"), paid },
        { QStringLiteral("pending_invoices"), pending }, { QStringLiteral("cancelled_invoices"), cancelled },
        { QStringLiteral("expired_invoices"), expired }, { QStringLiteral("total_amount"), totalAmount.toJson() },
        { QStringLiteral("paid_amount"), paidAmount.toJson() },
        { QStringLiteral("pending_amount"), pendingAmount.toJson() },
        { QStringLiteral("cancelled_amount"), cancelledAmount.toJson() },
        { QStringLiteral("expired_amount"), expiredAmount.toJson() },
        { QStringLiteral("conversion_rate"), double(hundredths) / 100.0 } };
    const QDateTime end = period.isEmpty() ? window.to.addMSecs(-1) : now;
    o.insert(QStringLiteral("period"),
        QJsonObject { { QStringLiteral("start"), SandboxProfile::dateTimeAlmaty(window.from) },
            { QStringLiteral("end"), SandboxProfile::dateTimeAlmaty(end) } });
    return SandboxResponse::json(200, o);
}

QJsonObject SandboxNoteStatsRoutes::listSummary(const std::vector<const SandboxInvoice*>& matches,
    const DateWindow& window,
    const QString& dateFrom,
    const QString& dateTo,
    const QString& field,
    RouteContext& c)
{
    qint64 sales = 0, cancelled = 0, expired = 0, pending = 0, refunds = 0;
    Money salesAmount, refundedLater, cancelledAmount, expiredAmount, pendingAmount, refundAmount;
    for (const SandboxInvoice* inv : matches) {
        if (isPaidLike(inv->status)) {
            ++sales;
            salesAmount += inv->amount;
            refundedLater += inv->refundedCompleted;
        } else if (inv->status == u"cancelled") {
            ++cancelled;
            cancelledAmount += inv->amount;
        } else if (inv->status == u"expired") {
            ++expired;
            expiredAmount += inv->amount;
        } else if (inv->status == u"pending" || inv->status == u"processing") {
            ++pending;
            pendingAmount += inv->amount;
        }
    }
    for (const SandboxRefund& refund : c.store.refunds()) {
        if (refund.status == u"completed" && window.contains(refund.createdAt)) {
            ++refunds;
            refundAmount += refund.amount;
        }
    }
    QJsonObject salesObject = countAndAmount(sales, salesAmount);
    salesObject.insert(QStringLiteral("refunded_later"), refundedLater.toPlainString());
    return QJsonObject { { QStringLiteral("count"), qint64(matches.size()) }, { QStringLiteral("sales"), salesObject },
        { QStringLiteral("refunds"), countAndAmount(refunds, refundAmount) },
        { QStringLiteral("net_amount"), (salesAmount - refundAmount).toPlainString() },
        { QStringLiteral("cancelled"), countAndAmount(cancelled, cancelledAmount) },
        { QStringLiteral("expired"), countAndAmount(expired, expiredAmount) },
        { QStringLiteral("pending"), countAndAmount(pending, pendingAmount) },
        { QStringLiteral("period"),
            QJsonObject { { QStringLiteral("from"), dateFrom.isEmpty() ? QJsonValue() : QJsonValue(dateFrom) },
                { QStringLiteral("to"), dateTo.isEmpty() ? QJsonValue() : QJsonValue(dateTo) },
                { QStringLiteral("field"), field } } } };
}

} // namespace apipay::sandbox
