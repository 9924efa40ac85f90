#pragma once

#include <QString>

#include <optional>

class QStringView;

namespace apipay {

// A Kazakhstan phone number in ApiPay's request form 8XXXXXXXXXX (docs/api-contract.md D5).
class PhoneNumber
{
public:
    enum class ParseError {
        None,
        Empty,
        InvalidCharacters, // letters or symbols other than spaces, brackets, dashes, dots and a leading '+'
        WrongLength, // not 10 or 11 digits
        WrongPrefix, // 11 digits not starting with 7 or 8, or 10 digits not starting with 7
    };

    struct ParseResult;

    // "+7 700 123 45 67", "8 (700) 123-45-67", "7001234567", "77001234567" → 87001234567.
    static ParseResult parse(QStringView text);
    static QString errorText(ParseError error);

    // 87001234567
    QString normalized() const { return m_digits; }
    // +7 700 123 45 67
    QString display() const;
    // Kazakhstan mobile numbers have a national part starting with 7 (700–778); others get a warning.
    bool isKazakhstanMobile() const;
    static QString notMobileWarning();

    bool operator==(const PhoneNumber& other) const { return m_digits == other.m_digits; }
    bool operator!=(const PhoneNumber& other) const { return m_digits != other.m_digits; }

private:
    explicit PhoneNumber(QString digits)
        : m_digits(std::move(digits))
    {
    }
    QString m_digits;
};

struct PhoneNumber::ParseResult
{
    std::optional<PhoneNumber> value;
    ParseError error = ParseError::None;
    bool ok() const { return value.has_value(); }
};

} // namespace apipay
