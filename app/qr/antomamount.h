#pragma once

#include "money/money.h"

#include <QString>

#include <optional>

class QLocale;

namespace apipay {

// An Antom amount {currency, value}: value is a positive whole number of the currency's minor unit, as a string
// ("150000" KZT = 1 500.00 ₸; "100" SGD = 1.00 SGD). Kept as text so that no double is ever involved.
class AntomAmount
{
public:
    AntomAmount() = default;
    // false (and *errorText set) when value is not a string of digits or currency is not three letters.
    static std::optional<AntomAmount> fromParts(
        const QString& currency, const QString& minorUnits, QString* errorText = nullptr);

    QString currency() const { return m_currency; }
    QString minorUnits() const { return m_minorUnits; }
    // Digits after the decimal separator for the currency (ISO 4217; 2 when unknown).
    static int minorDigits(const QString& currency);

    // KZT only: the exact amount in tiyn.
    std::optional<Money> money() const;
    // "1 500,00 ₸" for KZT (via Money), "1.00 SGD" (locale separators) for others; exact.
    QString format(const QLocale& locale) const;

private:
    QString m_currency;
    QString m_minorUnits; // digits only, without leading zeros ("0" for zero)
};

} // namespace apipay
