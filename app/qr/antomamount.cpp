#include "antomamount.h"

#include <QCoreApplication>
#include <QLocale>

namespace apipay {

std::optional<AntomAmount> AntomAmount::fromParts(
    const QString& currency, const QString& minorUnits, QString* errorText)
{
    const QString code = currency.trimmed().toUpper();
    bool currencyOk = code.size() == 3;
    for (const QChar c : code) {
        currencyOk = currencyOk && c >= u'A' && c <= u'Z';
    }
    if (!currencyOk) {
        if (errorText) {
            *errorText = QCoreApplication::translate(
                "apipay::AntomAmount", "paymentAmount.currency \"%1\" is not a three-letter currency code.")
                             .arg(currency);
        }
        return std::nullopt;
    }
    const QString digits = minorUnits.trimmed();
    bool digitsOk = !digits.isEmpty() && digits.size() <= 18;
    for (const QChar c : digits) {
        digitsOk = digitsOk && c >= u'0' && c <= u'9';
    }
    if (!digitsOk) {
        if (errorText) {
            *errorText = QCoreApplication::translate("apipay::AntomAmount",
                "paymentAmount.value \"%1\" is not a whole number of minor units (e.g. \"150000\").")
                             .arg(minorUnits);
        }
        return std::nullopt;
    }
    AntomAmount amount;
    amount.m_currency = code;
    qsizetype firstNonZero = 0;
    while (firstNonZero < digits.size() - 1 && digits.at(firstNonZero) == u'0') {
        ++firstNonZero;
    }
    amount.m_minorUnits = digits.mid(firstNonZero);
    return amount;
}

int AntomAmount::minorDigits(const QString& currency)
{
    // ISO 4217 exponents that differ from 2 (the common case).
    static const QStringList zero
        = { QStringLiteral("JPY"), QStringLiteral("KRW"), QStringLiteral("VND"), QStringLiteral("CLP"),
              QStringLiteral("ISK"), QStringLiteral("IDR"), QStringLiteral("UGX"), QStringLiteral("XAF"),
              QStringLiteral("XOF"), QStringLiteral("PYG"), QStringLiteral("RWF"), QStringLiteral("KMF") };
    static const QStringList three = { QStringLiteral("BHD"), QStringLiteral("KWD"), QStringLiteral("OMR"),
        QStringLiteral("JOD"), QStringLiteral("TND"), QStringLiteral("LYD"), QStringLiteral("IQD") };
    if (zero.contains(currency)) {
        return 0;
    }
    if (three.contains(currency)) {
        return 3;
    }
    return 2;
}

std::optional<Money> AntomAmount::money() const
{
    if (m_currency != u"KZT") {
        return std::nullopt;
    }
    bool ok = false;
    const qint64 tiyn = m_minorUnits.toLongLong(&ok);
    if (!ok) {
        return std::nullopt;
    }
    return Money::fromTiyn(tiyn);
}

QString AntomAmount::format(const QLocale& locale) const
{
    if (m_currency.isEmpty()) {
        return {};
    }
    if (const std::optional<Money> kzt = money()) {
        return kzt->format(locale);
    }
    const int digits = minorDigits(m_currency);
    QString whole = m_minorUnits;
    QString fraction;
    if (digits > 0) {
        whole = whole.rightJustified(digits + 1, u'0');
        fraction = whole.right(digits);
        whole.chop(digits);
    }
    // Group the whole part with the locale's separator, digit by digit (exact, no conversion to a number).
    QString grouped;
    const QString group = locale.groupSeparator();
    for (qsizetype i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0) {
            grouped += group;
        }
        grouped += whole.at(i);
    }
    QString text = grouped;
    if (!fraction.isEmpty()) {
        text += locale.decimalPoint() + fraction;
    }
    return text + u' ' + m_currency;
}

} // namespace apipay
