#include "invoicestatus.h"

#include <QCoreApplication>
#include <QList>

#include <iterator>

namespace apipay {

namespace {

struct Entry
{
    InvoiceStatus::Value value;
    const char16_t* raw;
};

constexpr Entry kEntries[] = {
    { InvoiceStatus::Processing, u"processing" },
    { InvoiceStatus::Pending, u"pending" },
    { InvoiceStatus::Cancelling, u"cancelling" },
    { InvoiceStatus::Paid, u"paid" },
    { InvoiceStatus::Cancelled, u"cancelled" },
    { InvoiceStatus::Expired, u"expired" },
    { InvoiceStatus::Error, u"error" },
    { InvoiceStatus::PartiallyRefunded, u"partially_refunded" },
    { InvoiceStatus::Refunded, u"refunded" },
};

} // namespace

InvoiceStatus::InvoiceStatus(const QString& raw)
    : m_raw(raw)
{
    for (const Entry& e : kEntries) {
        if (raw == QStringView(e.raw)) {
            m_value = e.value;
            m_raw = rawName(e.value); // share one string per known status
            return;
        }
    }
}

InvoiceStatus InvoiceStatus::fromValue(Value v)
{
    InvoiceStatus status;
    status.m_raw = rawName(v);
    status.m_value = status.m_raw.isEmpty() ? Unknown : v;
    return status;
}

bool InvoiceStatus::isFinal() const
{
    switch (m_value) {
    case Paid:
    case Cancelled:
    case Expired:
    case Error:
    case PartiallyRefunded:
    case Refunded:
        return true;
    case Unknown:
    case Processing:
    case Pending:
    case Cancelling:
        return false;
    }
    return false;
}

QString InvoiceStatus::rawName(Value v)
{
    // Static, shared strings: copying them never allocates (large invoice lists hold one per row).
    static const QString names[] = {
        QString(),
        QStringLiteral("processing"),
        QStringLiteral("pending"),
        QStringLiteral("cancelling"),
        QStringLiteral("paid"),
        QStringLiteral("cancelled"),
        QStringLiteral("expired"),
        QStringLiteral("error"),
        QStringLiteral("partially_refunded"),
        QStringLiteral("refunded"),
    };
    const auto index = static_cast<size_t>(v);
    return index < std::size(names) ? names[index] : QString();
}

QString InvoiceStatus::label() const
{
    return m_value == Unknown ? m_raw : label(m_value);
}

QString InvoiceStatus::label(Value v)
{
    switch (v) {
    case Unknown:
        return {};
    case Processing:
        return QCoreApplication::translate("apipay::InvoiceStatus", "Processing");
    case Pending:
        return QCoreApplication::translate("apipay::InvoiceStatus", "Waiting for payment");
    case Cancelling:
        return QCoreApplication::translate("apipay::InvoiceStatus", "Cancelling");
    case Paid:
        return QCoreApplication::translate("apipay::InvoiceStatus", "Paid");
    case Cancelled:
        return QCoreApplication::translate("apipay::InvoiceStatus", "Cancelled");
    case Expired:
        return QCoreApplication::translate("apipay::InvoiceStatus", "Expired");
    case Error:
        return QCoreApplication::translate("apipay::InvoiceStatus", "Error");
    case PartiallyRefunded:
        return QCoreApplication::translate("apipay::InvoiceStatus", "Partially refunded");
    case Refunded:
        return QCoreApplication::translate("apipay::InvoiceStatus", "Refunded");
    }
    return {};
}

InvoiceStatus::Value InvoiceStatus::shownValue(Value status, bool fullyRefunded)
{
    if (fullyRefunded && (status == Paid || status == PartiallyRefunded)) {
        return Refunded;
    }
    return status;
}

const QList<InvoiceStatus::Value>& InvoiceStatus::allKnown()
{
    static const QList<Value> all
        = { Processing, Pending, Cancelling, Paid, Cancelled, Expired, Error, PartiallyRefunded, Refunded };
    return all;
}

} // namespace apipay
