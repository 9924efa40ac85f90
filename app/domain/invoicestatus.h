#pragma once

#include <QString>

namespace apipay {

// An invoice status as the server wrote it. Unknown values keep their raw text (tolerant reader T5).
class InvoiceStatus
{
public:
    enum Value : quint8 {
        Unknown,
        Processing,
        Pending,
        Cancelling,
        Paid,
        Cancelled,
        Expired,
        Error,
        PartiallyRefunded,
        Refunded,
    };

    InvoiceStatus() = default;
    explicit InvoiceStatus(const QString& raw);
    static InvoiceStatus fromValue(Value v);

    Value value() const { return m_value; }
    // The raw server text ("paid", "qr_scanned", …).
    QString raw() const { return m_raw; }
    bool isKnown() const { return m_value != Unknown; }

    // processing, pending, cancelling and every unknown status are non-final (polled).
    bool isFinal() const;
    bool canCancel() const { return m_value == Processing || m_value == Pending; }
    bool canRefund() const { return m_value == Paid || m_value == PartiallyRefunded; }

    // Translated label ("Paid" / "Оплачен" / "Төленді"); unknown statuses show their raw text.
    QString label() const;
    static QString label(Value v);
    // The status to show: a paid or partially refunded invoice that is fully refunded shows as Refunded (v2.1 never
    // sends "refunded"; it keeps "paid" with is_fully_refunded). Other statuses are shown as they are.
    static Value shownValue(Value status, bool fullyRefunded);
    static QString rawName(Value v);
    // Every documented status (for filters), in a stable order.
    static const QList<Value>& allKnown();

    bool operator==(const InvoiceStatus& o) const { return m_value == o.m_value && m_raw == o.m_raw; }
    bool operator!=(const InvoiceStatus& o) const { return !(*this == o); }

private:
    Value m_value = Unknown;
    QString m_raw;
};

} // namespace apipay
