#include "money.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QLocale>
#include <QStringView>
#include <QtNumeric>

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
        return { std::nullopt, ParseError::Empty };
    }
    QStringView body = trimmed;
    bool negative = false;
    if (body.at(0) == u'-' || body.at(0) == QChar(0x2212)) {
        negative = true;
        body = body.mid(1);
    } else if (body.at(0) == u'+') {
        body = body.mid(1);
    }

    // Which of '.' and ',' is the decimal separator? Both present: the last one ("15,000.50", "15.000,50"), the
    // other groups. One kind several times: grouping ("1,000,000"). Once: decimal, except "1,000" / "1.000" — one
    // to three leading digits (not starting with 0), exactly three after, no other grouping — which is a group
    // (en "1,000" as formatNumber writes it; nobody types three tiyn digits).
    qsizetype dots = 0;
    qsizetype commas = 0;
    qsizetype lastDot = -1;
    qsizetype lastComma = -1;
    bool spaceGroups = false;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QChar c = body.at(i);
        if (c == u'.') {
            ++dots;
            lastDot = i;
        } else if (c == u',') {
            ++commas;
            lastComma = i;
        } else if (isGroupSeparator(c)) {
            spaceGroups = true;
        }
    }
    QChar decimal;
    QChar group;
    if (dots > 0 && commas > 0) {
        decimal = lastDot > lastComma ? QChar(u'.') : QChar(u',');
        group = decimal == u'.' ? QChar(u',') : QChar(u'.');
        if ((decimal == u'.' ? dots : commas) > 1) {
            return { std::nullopt, ParseError::Garbage };
        }
    } else if (dots + commas > 1) {
        group = dots > 0 ? QChar(u'.') : QChar(u',');
    } else if (dots + commas == 1) {
        const qsizetype at = dots > 0 ? lastDot : lastComma;
        const QChar separator = body.at(at);
        const bool looksGrouped = !spaceGroups && at >= 1 && at <= 3 && body.size() - at - 1 == 3 && body.at(0) != u'0';
        if (looksGrouped) {
            group = separator;
        } else {
            decimal = separator;
        }
    }

    qint64 whole = 0;
    int wholeDigits = 0;
    int fractionDigits = 0;
    qint64 fraction = 0;
    bool seenSeparator = false;
    bool lastWasGroup = false;
    int digitsSinceGroup = 0;
    bool sawSymbolGroup = false;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QChar c = body.at(i);
        if (c.unicode() >= u'0' && c.unicode() <= u'9') {
            const int digit = c.unicode() - u'0';
            lastWasGroup = false;
            if (seenSeparator) {
                ++fractionDigits;
                if (fractionDigits > 2) {
                    // Trailing zeros beyond two decimals ("15000.000") are still exact; anything else is not.
                    if (digit != 0) {
                        return { std::nullopt, ParseError::TooManyDecimals };
                    }
                    continue;
                }
                fraction = fraction * 10 + digit;
            } else {
                ++wholeDigits;
                ++digitsSinceGroup;
                if (!pushDigit(whole, digit)) {
                    return { std::nullopt, ParseError::Overflow };
                }
            }
        } else if (!decimal.isNull() && c == decimal && !seenSeparator) {
            if (lastWasGroup || (sawSymbolGroup && digitsSinceGroup != 3)) {
                return { std::nullopt, ParseError::Garbage };
            }
            seenSeparator = true;
        } else if (!seenSeparator && wholeDigits > 0 && !lastWasGroup
            && (isGroupSeparator(c) || (!group.isNull() && c == group))) {
            // '.' and ',' groups hold exactly three digits ("1,000,000"); spaces are taken as typed.
            if (sawSymbolGroup && digitsSinceGroup != 3) {
                return { std::nullopt, ParseError::Garbage };
            }
            if (c == group) {
                sawSymbolGroup = true;
            }
            lastWasGroup = true;
            digitsSinceGroup = 0;
        } else {
            return { std::nullopt, ParseError::Garbage };
        }
    }
    if (lastWasGroup || (wholeDigits == 0 && fractionDigits == 0)
        || (sawSymbolGroup && !seenSeparator && digitsSinceGroup != 3)) {
        return { std::nullopt, ParseError::Garbage };
    }
    if (fractionDigits == 1) {
        fraction *= 10;
    }
    qint64 tiyn = 0;
    if (whole > (std::numeric_limits<qint64>::max() - fraction) / 100) {
        return { std::nullopt, ParseError::Overflow };
    }
    tiyn = whole * 100 + fraction;
    if (negative && tiyn != 0) {
        if (sign == Sign::NonNegativeOnly) {
            return { std::nullopt, ParseError::Negative };
        }
        tiyn = -tiyn;
    }
    return { Money(tiyn), ParseError::None };
}

Money::ParseResult Money::parseMachine(QStringView text, Sign sign)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return { std::nullopt, ParseError::Empty };
    }
    qsizetype i = 0;
    bool negative = false;
    if (trimmed.at(0) == u'-') {
        negative = true;
        ++i;
    }
    qint64 whole = 0;
    qint64 fraction = 0;
    int wholeDigits = 0;
    int fractionDigits = 0;
    bool seenPoint = false;
    for (; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (c.unicode() >= u'0' && c.unicode() <= u'9') {
            const int digit = c.unicode() - u'0';
            if (!seenPoint) {
                ++wholeDigits;
                if (!pushDigit(whole, digit)) {
                    return { std::nullopt, ParseError::Overflow };
                }
            } else if (++fractionDigits <= 2) {
                fraction = fraction * 10 + digit;
            } else if (digit != 0) {
                return { std::nullopt, ParseError::TooManyDecimals };
            }
        } else if (c == u'.' && !seenPoint && wholeDigits > 0) {
            seenPoint = true;
        } else {
            return { std::nullopt, ParseError::Garbage };
        }
    }
    if (wholeDigits == 0 || (seenPoint && fractionDigits == 0)) {
        return { std::nullopt, ParseError::Garbage };
    }
    if (fractionDigits == 1) {
        fraction *= 10;
    }
    if (whole > (std::numeric_limits<qint64>::max() - fraction) / 100) {
        return { std::nullopt, ParseError::Overflow };
    }
    qint64 tiyn = whole * 100 + fraction;
    if (negative && tiyn != 0) {
        if (sign == Sign::NonNegativeOnly) {
            return { std::nullopt, ParseError::Negative };
        }
        tiyn = -tiyn;
    }
    return { Money(tiyn), ParseError::None };
}

Money::ParseResult Money::fromJson(const QJsonValue& value, Sign sign)
{
    if (value.isString()) {
        return parseMachine(value.toString(), sign);
    }
    if (!value.isDouble()) {
        return { std::nullopt, ParseError::WrongType };
    }
    const double number = value.toDouble();
    if (!std::isfinite(number)) {
        return { std::nullopt, ParseError::NotANumber };
    }
    if (number < 0 && sign == Sign::NonNegativeOnly) {
        return { std::nullopt, ParseError::Negative };
    }
    // |tiyn| must fit qint64 with margin; doubles this large are not exact anyway.
    if (std::fabs(number) >= 9.0e16) {
        return { std::nullopt, ParseError::Overflow };
    }
    // The shortest decimal text that reads back as this double is what the server wrote ("1800.5", "99999999.99"):
    // parsing it exactly rejects a third decimal however large the amount (a tolerance on value * 100 cannot).
    const QByteArray shortest = QByteArray::number(number, 'f', QLocale::FloatingPointShortest);
    return parseMachine(QString::fromLatin1(shortest), sign);
}

QString Money::errorText(ParseError error)
{
    switch (error) {
    case ParseError::None:
        return {};
    case ParseError::Empty:
        return QCoreApplication::translate("apipay::Money", "Enter an amount.");
    case ParseError::Garbage:
        return QCoreApplication::translate(
            "apipay::Money", "This is not an amount. Use digits and one decimal separator, e.g. 15000 or 15000,50.");
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
