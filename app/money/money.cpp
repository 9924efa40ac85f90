#include "money.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QLocale>
#include <QtNumeric>
#include <QStringView>

#include <cmath>
#include <limits>

namespace apipay {

namespace {

bool isGroupSeparator(QChar c)
{
    return c == u' ' || c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009) || c == u'\'';
}

// Appends one decimal digit to value; false on overflow.
bool pushDigit(qint64& value, int digit)
{
    if (value > (std::numeric_limits<qint64>::max() - digit) / 10) {
        return false;
    }
    value = value * 10 + digit;
    return true;
}

} // namespace

Money::ParseResult Money::parse(QStringView text, Sign sign)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return {std::nullopt, ParseError::Empty};
    }
    qsizetype i = 0;
    bool negative = false;
    if (trimmed.at(0) == u'-' || trimmed.at(0) == QChar(0x2212)) {
        negative = true;
        ++i;
    } else if (trimmed.at(0) == u'+') {
        ++i;
    }
    qint64 whole = 0;
    int wholeDigits = 0;
    int fractionDigits = 0;
    qint64 fraction = 0;
    bool seenSeparator = false;
    bool lastWasGroup = false;
    for (; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (c.isDigit() && c.unicode() < 128) {
            const int digit = c.unicode() - u'0';
            lastWasGroup = false;
            if (seenSeparator) {
                ++fractionDigits;
                if (fractionDigits > 2) {
                    // Trailing zeros beyond two decimals ("15000.000") are still exact; anything else is not.
                    if (digit != 0) {
                        return {std::nullopt, ParseError::TooManyDecimals};
                    }
                    continue;
                }
                fraction = fraction * 10 + digit;
            } else {
                ++wholeDigits;
                if (!pushDigit(whole, digit)) {
                    return {std::nullopt, ParseError::Overflow};
                }
            }
        } else if ((c == u'.' || c == u',') && !seenSeparator) {
            if (lastWasGroup) {
                return {std::nullopt, ParseError::Garbage};
            }
            seenSeparator = true;
        } else if (isGroupSeparator(c) && !seenSeparator && wholeDigits > 0 && !lastWasGroup) {
            lastWasGroup = true;
        } else {
            return {std::nullopt, ParseError::Garbage};
        }
    }
    if (lastWasGroup || (wholeDigits == 0 && fractionDigits == 0)) {
        return {std::nullopt, ParseError::Garbage};
    }
    if (fractionDigits == 1) {
        fraction *= 10;
    }
    qint64 tiyn = 0;
    if (whole > (std::numeric_limits<qint64>::max() - fraction) / 100) {
        return {std::nullopt, ParseError::Overflow};
    }
    tiyn = whole * 100 + fraction;
    if (negative && tiyn != 0) {
        if (sign == Sign::NonNegativeOnly) {
            return {std::nullopt, ParseError::Negative};
        }
        tiyn = -tiyn;
    }
    return {Money(tiyn), ParseError::None};
}

Money::ParseResult Money::fromJson(const QJsonValue& value, Sign sign)
{
    if (value.isString()) {
        return parse(value.toString(), sign);
    }
    if (!value.isDouble()) {
        return {std::nullopt, ParseError::WrongType};
    }
    const double number = value.toDouble();
    if (!std::isfinite(number)) {
        return {std::nullopt, ParseError::NotANumber};
    }
    if (number < 0 && sign == Sign::NonNegativeOnly) {
        return {std::nullopt, ParseError::Negative};
    }
    // |tiyn| must fit qint64 with margin; doubles this large are not exact anyway.
    if (std::fabs(number) >= 9.0e16) {
        return {std::nullopt, ParseError::Overflow};
    }
    const double scaled = number * 100.0;
    const qint64 tiyn = qRound64(scaled);
    // More than two decimals: the scaled value is not (within rounding noise) an integer.
    if (std::fabs(scaled - static_cast<double>(tiyn)) > 1e-6 * std::max(1.0, std::fabs(scaled))) {
        return {std::nullopt, ParseError::TooManyDecimals};
    }
    return {Money(tiyn), ParseError::None};
}

QString Money::errorText(ParseError error)
{
    switch (error) {
    case ParseError::None:
        return {};
    case ParseError::Empty:
        return QCoreApplication::translate("apipay::Money", "Enter an amount.");
    case ParseError::Garbage:
        return QCoreApplication::translate("apipay::Money", "This is not an amount. Use digits and one decimal separator, e.g. 15000 or 15000,50.");
    case ParseError::TooManyDecimals:
        return QCoreApplication::translate("apipay::Money", "At most two digits after the decimal separator (tiyn).");
    case ParseError::Negative:
        return QCoreApplication::translate("apipay::Money", "The amount cannot be negative.");
    case ParseError::Overflow:
        return QCoreApplication::translate("apipay::Money", "The amount is too large.");
    case ParseError::NotANumber:
        return QCoreApplication::translate("apipay::Money", "The amount is not a finite number.");
    case ParseError::WrongType:
        return QCoreApplication::translate("apipay::Money", "The amount is neither a number nor text.");
    }
    return {};
}

QString Money::toPlainString() const
{
    const qint64 absWhole = m_tiyn < 0 ? -(m_tiyn / 100) : m_tiyn / 100;
    const qint64 absFraction = m_tiyn < 0 ? -(m_tiyn % 100) : m_tiyn % 100;
    QString out;
    if (m_tiyn < 0) {
        out += u'-';
    }
    out += QString::number(absWhole) + u'.' + QString::number(absFraction).rightJustified(2, u'0');
    return out;
}

QJsonValue Money::toJson() const
{
    if (isWholeTenge()) {
        return QJsonValue(m_tiyn / 100);
    }
    // Doubles are written in their shortest round-trip form, so 15000.5 and 1234567.89 read back exactly.
    return QJsonValue(static_cast<double>(m_tiyn) / 100.0);
}

QString Money::formatNumber(const QLocale& locale, Decimals decimals) const
{
    const bool negative = m_tiyn < 0;
    const qint64 absWhole = negative ? -(m_tiyn / 100) : m_tiyn / 100;
    const qint64 absFraction = negative ? -(m_tiyn % 100) : m_tiyn % 100;
    QString out;
    if (negative) {
        out += locale.negativeSign();
    }
    out += locale.toString(absWhole);
    if (decimals == Decimals::Always || absFraction != 0) {
        out += locale.decimalPoint() + QString::number(absFraction).rightJustified(2, u'0');
    }
    return out;
}

QString Money::format(const QLocale& locale, Decimals decimals) const
{
    return formatNumber(locale, decimals) + QChar(0x00A0) + QChar(0x20B8);
}

std::optional<Money> Money::checkedAdd(Money a, Money b)
{
    qint64 out = 0;
    if (qAddOverflow(a.m_tiyn, b.m_tiyn, &out)) {
        return std::nullopt;
    }
    return Money(out);
}

std::optional<Money> Money::checkedSub(Money a, Money b)
{
    qint64 out = 0;
    if (qSubOverflow(a.m_tiyn, b.m_tiyn, &out)) {
        return std::nullopt;
    }
    return Money(out);
}

std::optional<Money> Money::checkedMul(Money a, qint64 factor)
{
    qint64 out = 0;
    if (qMulOverflow(a.m_tiyn, factor, &out)) {
        return std::nullopt;
    }
    return Money(out);
}

Money Money::percentRoundedHalfUp(int percent) const
{
    // tiyn = 100q + r, so (tiyn * p + 50) / 100 = q * p + (r * p + 50) / 100: exact without a wide product.
    const bool negative = m_tiyn < 0;
    const qint64 magnitude = negative ? -m_tiyn : m_tiyn;
    const qint64 q = magnitude / 100;
    const qint64 r = magnitude % 100;
    const qint64 rounded = q * percent + (r * percent + 50) / 100;
    return Money(negative ? -rounded : rounded);
}

} // namespace apipay
