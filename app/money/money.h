#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

class QJsonValue;
class QLocale;
class QStringView;

namespace apipay {

// An exact amount of Kazakhstani tenge, held as integer tiyn (1 ₸ = 100 tiyn). Never a double.
class Money
{
public:
    enum class ParseError {
        None,
        Empty,
        Garbage, // not a number at all
        TooManyDecimals, // more than two digits after the separator
        Negative, // a minus sign where only non-negative amounts are allowed
        Overflow, // does not fit 64-bit tiyn
        NotANumber, // JSON NaN / infinity
        WrongType, // JSON value that is neither a string nor a number
    };

    enum class Sign { NonNegativeOnly, AllowNegative };

    struct ParseResult;

    constexpr Money() = default;
    static constexpr Money fromTiyn(qint64 tiyn) { return Money(tiyn); }
    static constexpr Money fromTenge(qint64 tenge) { return Money(tenge * 100); }

    constexpr qint64 tiyn() const { return m_tiyn; }
    constexpr bool isZero() const { return m_tiyn == 0; }
    constexpr bool isNegative() const { return m_tiyn < 0; }
    constexpr bool isWholeTenge() const { return m_tiyn % 100 == 0; }

    // Text a person typed or a server wrote: "15000", "15000.5", "15 000,50", "15\u00a0000.00", "-3.10".
    // Accepts '.' or ',' as decimal separator and spaces (also no-break/thin) as group separators.
    static ParseResult parse(QStringView text, Sign sign = Sign::NonNegativeOnly);
    // Machine form only, as servers write it: optional '-', digits, optional '.' and digits ("15000", "15000.5",
    // "15000.00"; extra decimals only if they are zeros). No grouping, no ',' — "10.005" is an error, never 10 005.
    static ParseResult parseMachine(QStringView text, Sign sign = Sign::NonNegativeOnly);
    // A JSON string or number, both read in machine form (parseMachine) (qRound64(value * 100), at most two decimals).
    static ParseResult fromJson(const QJsonValue& value, Sign sign = Sign::NonNegativeOnly);
    // Translated reason for a parse error, e.g. "More than two digits after the decimal separator".
    static QString errorText(ParseError error);

    // "15000.00" — machine form, always two decimals, '.' separator, no grouping.
    QString toPlainString() const;
    // JSON number for requests: whole tenge as an integer (15000), else at most two decimals (15000.5).
    QJsonValue toJson() const;
    // Localised with grouping and the tenge sign, e.g. ru "15 000,00 ₸", en "15,000.00 ₸".
    enum class Decimals { Always, WhenNeeded };
    QString format(const QLocale& locale, Decimals decimals = Decimals::Always) const;
    // Localised number without the currency sign, suitable for an editable field ("15 000,5").
    QString formatNumber(const QLocale& locale, Decimals decimals = Decimals::WhenNeeded) const;

    // Exact arithmetic. The checked forms return nullopt on overflow.
    static std::optional<Money> checkedAdd(Money a, Money b);
    static std::optional<Money> checkedSub(Money a, Money b);
    static std::optional<Money> checkedMul(Money a, qint64 factor);
    // percent (0–100) of this amount in tiyn, rounded half up (ApiPay discount rule).
    Money percentRoundedHalfUp(int percent) const;

    constexpr Money operator+(Money other) const { return Money(m_tiyn + other.m_tiyn); }
    constexpr Money operator-(Money other) const { return Money(m_tiyn - other.m_tiyn); }
    Money& operator+=(Money other)
    {
        m_tiyn += other.m_tiyn;
        return *this;
    }
    Money& operator-=(Money other)
    {
        m_tiyn -= other.m_tiyn;
        return *this;
    }
    constexpr bool operator==(Money o) const { return m_tiyn == o.m_tiyn; }
    constexpr bool operator!=(Money o) const { return m_tiyn != o.m_tiyn; }
    constexpr bool operator<(Money o) const { return m_tiyn < o.m_tiyn; }
    constexpr bool operator<=(Money o) const { return m_tiyn <= o.m_tiyn; }
    constexpr bool operator>(Money o) const { return m_tiyn > o.m_tiyn; }
    constexpr bool operator>=(Money o) const { return m_tiyn >= o.m_tiyn; }

    // Documented limits (docs/api-contract.md D6).
    static constexpr Money invoiceMinimum() { return Money(1); }
    static constexpr Money invoiceMaximum() { return Money(9'999'999'999); }
    static constexpr Money subscriptionMinimum() { return Money(100'00); }
    static constexpr Money subscriptionMaximum() { return Money(1'000'000'00); }

private:
    constexpr explicit Money(qint64 tiyn)
        : m_tiyn(tiyn)
    {
    }
    qint64 m_tiyn = 0;
};

struct Money::ParseResult
{
    std::optional<Money> value;
    ParseError error = ParseError::None;
    bool ok() const { return value.has_value(); }
};

} // namespace apipay
