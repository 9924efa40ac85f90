#include "phonenumber.h"

#include <QCoreApplication>
#include <QStringView>

namespace apipay {

PhoneNumber::ParseResult PhoneNumber::parse(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return { std::nullopt, ParseError::Empty };
    }
    QString digits;
    digits.reserve(11);
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (c.unicode() >= u'0' && c.unicode() <= u'9') {
            digits += c;
        } else if (c == u'+' && i == 0) {
            continue;
        } else if (c == u' ' || c == QChar(0x00A0) || c == u'(' || c == u')' || c == u'-' || c == u'.'
            || c == QChar(0x2010) || c == QChar(0x2011) || c == QChar(0x2013)) {
            continue;
        } else {
            return { std::nullopt, ParseError::InvalidCharacters };
        }
    }
    if (digits.size() == 11) {
        if (digits.at(0) != u'7' && digits.at(0) != u'8') {
            return { std::nullopt, ParseError::WrongPrefix };
        }
        return { PhoneNumber(u'8' + digits.mid(1)), ParseError::None };
    }
    if (digits.size() == 10) {
        if (digits.at(0) == u'8') {
            // "8 777 000 00 0": the trunk 8 and one digit too few — not a number that starts wrongly.
            return { std::nullopt, ParseError::WrongLength };
        }
        if (digits.at(0) != u'7') {
            return { std::nullopt, ParseError::WrongPrefix };
        }
        return { PhoneNumber(u'8' + digits), ParseError::None };
    }
    return { std::nullopt, ParseError::WrongLength };
}

QString PhoneNumber::errorText(ParseError error)
{
    switch (error) {
    case ParseError::None:
        return {};
    case ParseError::Empty:
        return QCoreApplication::translate("apipay::PhoneNumber", "Enter the customer's phone number.");
    case ParseError::InvalidCharacters:
        return QCoreApplication::translate(
            "apipay::PhoneNumber", "A phone number may contain only digits, spaces, brackets and dashes.");
    case ParseError::WrongLength:
        return QCoreApplication::translate(
            "apipay::PhoneNumber", "A Kazakhstan number has 10 digits after +7, e.g. +7 700 123 45 67.");
    case ParseError::WrongPrefix:
        return QCoreApplication::translate(
            "apipay::PhoneNumber", "The number must start with +7 or 8, e.g. +7 700 123 45 67.");
    }
    return {};
}

QString PhoneNumber::display() const
{
    // m_digits is always 11 digits starting with 8.
    return QStringLiteral("+7 %1 %2 %3 %4")
        .arg(m_digits.mid(1, 3), m_digits.mid(4, 3), m_digits.mid(7, 2), m_digits.mid(9, 2));
}

bool PhoneNumber::isKazakhstanMobile() const
{
    return m_digits.size() == 11 && m_digits.at(1) == u'7';
}

QString PhoneNumber::notMobileWarning()
{
    return QCoreApplication::translate(
        "apipay::PhoneNumber", "This is not a Kazakhstan mobile number; Kaspi may not find the customer.");
}

} // namespace apipay
