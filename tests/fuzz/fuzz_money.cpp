// libFuzzer target: the money parsers (typed text, machine text) and formatting.
// Checks: whatever parses formats back — machine form and every UI locale's editable form — to the same tiyn;
// a JSON string amount reads as its machine text; any 64-bit tiyn value survives format → parse.

#include "fuzzcheck.h"

#include <QLocale>

#include <cstring>

using namespace apipay;

namespace {

void checkRoundTrips(Money value)
{
    static const QLocale locales[] = { QLocale(QLocale::English, QLocale::UnitedStates),
        QLocale(QLocale::Russian, QLocale::Russia), QLocale(QLocale::Kazakh, QLocale::Kazakhstan), QLocale::c() };
    const QString plain = value.toPlainString();
    const Money::ParseResult machine = Money::parseMachine(plain, Money::Sign::AllowNegative);
    FUZZ_CHECK(machine.ok() && *machine.value == value, "toPlainString → parseMachine round-trips");
    const Money::ParseResult typed = Money::parse(plain, Money::Sign::AllowNegative);
    FUZZ_CHECK(typed.ok() && *typed.value == value, "toPlainString → parse round-trips");
    for (const QLocale& locale : locales) {
        for (const Money::Decimals decimals : { Money::Decimals::Always, Money::Decimals::WhenNeeded }) {
            const QString shown = value.formatNumber(locale, decimals);
            const Money::ParseResult back = Money::parse(shown, Money::Sign::AllowNegative);
            if (!back.ok() || *back.value != value) {
                std::fprintf(stderr, "tiyn %lld shown as \"%s\" (%s) reads back as %s\n",
                    static_cast<long long>(value.tiyn()), qPrintable(shown), qPrintable(locale.name()),
                    back.ok() ? qPrintable(QString::number(back.value->tiyn())) : "an error");
            }
            FUZZ_CHECK(back.ok() && *back.value == value, "formatNumber → parse round-trips in every UI locale");
        }
    }
    FUZZ_CHECK(value.isNegative() == (Money::parse(plain).error == Money::ParseError::Negative),
        "non-negative parsing refuses exactly the negative amounts");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    // Any 64-bit tiyn value (except the one without a positive counterpart) formats and parses back.
    if (size >= 8) {
        qint64 tiyn = 0;
        std::memcpy(&tiyn, data, sizeof tiyn);
        if (tiyn != std::numeric_limits<qint64>::min()) {
            checkRoundTrips(Money::fromTiyn(tiyn));
        }
    }

    const QString text = QString::fromUtf8(fuzz::bytes(data, size));
    const Money::ParseResult typed = Money::parse(text, Money::Sign::AllowNegative);
    FUZZ_CHECK(typed.ok() == (typed.error == Money::ParseError::None), "ok ⇔ no error");
    if (!typed.ok()) {
        FUZZ_CHECK(!Money::errorText(typed.error).isEmpty(), "every parse error has a text");
    } else if (typed.value->tiyn() != std::numeric_limits<qint64>::min()) {
        checkRoundTrips(*typed.value);
    }

    const Money::ParseResult machine = Money::parseMachine(text, Money::Sign::AllowNegative);
    FUZZ_CHECK(machine.ok() == (machine.error == Money::ParseError::None), "ok ⇔ no error (machine)");
    if (machine.ok()) {
        // (Typed text may read differently on purpose: "1.100" typed is one thousand one hundred.)
        if (machine.value->tiyn() != std::numeric_limits<qint64>::min()) {
            checkRoundTrips(*machine.value);
        }
    }

    // A JSON string amount reads exactly as its text in machine form.
    const QJsonDocument doc = QJsonDocument::fromJson("[" + fuzz::bytes(data, size) + "]");
    if (doc.isArray() && doc.array().size() == 1 && doc.array().at(0).isString()) {
        const QJsonValue value = doc.array().at(0);
        const Money::ParseResult json = Money::fromJson(value, Money::Sign::AllowNegative);
        const Money::ParseResult asText = Money::parseMachine(value.toString(), Money::Sign::AllowNegative);
        FUZZ_CHECK(json.ok() == asText.ok() && (!json.ok() || *json.value == *asText.value),
            "a JSON string amount reads as its machine text");
    }
    return 0;
}
