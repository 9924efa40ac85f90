// Money: exact parsing, formatting in ru/kk/en, JSON in both directions, checked arithmetic, and the D6 property
// that every amount in the invoice range survives toJson → JSON text → fromJson unchanged.
#include "money/money.h"
#include "money/moneysum.h"
#include "testsupport.h"
#include "json/jsondecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <limits>

using namespace apipay;

Q_DECLARE_METATYPE(apipay::Money::ParseError)

namespace {

// Every amount to check: edges, each power-of-ten boundary, and a deterministic spread over the whole range.
QList<qint64> sampleTiyn()
{
    QList<qint64> values = { 1, 2, 9, 10, 11, 99, 100, 101, 999, 1000, 1001, 12345, 99999, 100000, 150050, 1500000,
        1234567, 123456789, 9999999998, 9999999999 };
    for (qint64 p = 10; p <= 10'000'000'000; p *= 10) {
        values << p - 1 << p << p + 1 << p / 3;
    }
    QRandomGenerator rng(0xD6);
    for (int i = 0; i < 100000; ++i) {
        // Uniform over the range, plus a log-uniform spread so small amounts are well represented too.
        values << 1 + static_cast<qint64>(rng.bounded(Q_UINT64_C(9999999999)));
        values << qMax<qint64>(1, static_cast<qint64>(std::pow(10.0, rng.bounded(10.0))));
    }
    return values;
}

} // namespace

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void parse_accepted_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("tiyn");
        QTest::newRow("whole") << "15000" << qint64(1500000);
        QTest::newRow("one decimal") << "15000.5" << qint64(1500050);
        QTest::newRow("two decimals") << "15000.55" << qint64(1500055);
        QTest::newRow("comma decimal") << "15000,50" << qint64(1500050);
        QTest::newRow("space groups") << "15 000,50" << qint64(1500050);
        QTest::newRow("nbsp groups") << QStringLiteral(u"1\u00a0500\u00a0000,05") << qint64(150000005);
        QTest::newRow("narrow nbsp") << QStringLiteral(u"15\u202f000") << qint64(1500000);
        QTest::newRow("en groups") << "1,234,567.89" << qint64(123456789);
        QTest::newRow("en thousand") << "1,000" << qint64(100000);
        QTest::newRow("de groups") << "1.234.567,89" << qint64(123456789);
        QTest::newRow("trailing zeros") << "15000.000" << qint64(1500000);
        QTest::newRow("leading zero decimal") << "0,500" << qint64(50);
        QTest::newRow("surrounding spaces") << "  42  " << qint64(4200);
        QTest::newRow("plus sign") << "+7.10" << qint64(710);
        QTest::newRow("zero") << "0" << qint64(0);
        QTest::newRow("minimum") << "0.01" << qint64(1);
        QTest::newRow("maximum") << "99999999.99" << qint64(9999999999);
        QTest::newRow("server string") << "9450.00" << qint64(945000);
    }
    void parse_accepted()
    {
        QFETCH(QString, text);
        QFETCH(qint64, tiyn);
        const Money::ParseResult r = Money::parse(text);
        QVERIFY2(r.ok(), qPrintable(Money::errorText(r.error)));
        QCOMPARE(r.value->tiyn(), tiyn);
        QCOMPARE(r.error, Money::ParseError::None);
    }

    void parse_rejected_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Money::ParseError>("error");
        QTest::newRow("empty") << "" << Money::ParseError::Empty;
        QTest::newRow("blank") << "   " << Money::ParseError::Empty;
        QTest::newRow("three decimals") << "15000.555" << Money::ParseError::TooManyDecimals;
        QTest::newRow("tiny") << "0.001" << Money::ParseError::TooManyDecimals;
        QTest::newRow("negative") << "-5" << Money::ParseError::Negative;
        QTest::newRow("unicode minus") << QStringLiteral(u"\u22125,00") << Money::ParseError::Negative;
        QTest::newRow("overflow") << "99999999999999999999" << Money::ParseError::Overflow;
        QTest::newRow("overflow tiyn") << "92233720368547758.08" << Money::ParseError::Overflow;
        QTest::newRow("letters") << "abc" << Money::ParseError::Garbage;
        QTest::newRow("currency sign") << QStringLiteral(u"15 000 ₸") << Money::ParseError::Garbage;
        QTest::newRow("two decimal points") << "1.2.3,4" << Money::ParseError::Garbage;
        QTest::newRow("bad groups") << "1,23,456" << Money::ParseError::Garbage;
        QTest::newRow("group before point") << "15 .50" << Money::ParseError::Garbage;
        QTest::newRow("only point") << "." << Money::ParseError::Garbage;
        QTest::newRow("nan") << "NaN" << Money::ParseError::Garbage;
        QTest::newRow("inf") << "inf" << Money::ParseError::Garbage;
        QTest::newRow("exponent") << "1e5" << Money::ParseError::Garbage;
        QTest::newRow("trailing group") << "15 " << Money::ParseError::None; // trimmed: accepted
    }
    void parse_rejected()
    {
        QFETCH(QString, text);
        QFETCH(Money::ParseError, error);
        const Money::ParseResult r = Money::parse(text);
        QCOMPARE(r.error, error);
        QCOMPARE(r.ok(), error == Money::ParseError::None);
        if (error != Money::ParseError::None) {
            QVERIFY(!Money::errorText(error).isEmpty());
        }
    }

    void parseMachine_serverForm_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("tiyn"); // -1 = rejected
        QTest::addColumn<Money::ParseError>("error");
        QTest::newRow("whole") << "15000" << qint64(1500000) << Money::ParseError::None;
        QTest::newRow("two decimals") << "15000.00" << qint64(1500000) << Money::ParseError::None;
        QTest::newRow("one decimal") << "1800.5" << qint64(180050) << Money::ParseError::None;
        QTest::newRow("zero decimals beyond two") << "15000.000" << qint64(1500000) << Money::ParseError::None;
        // Typed text would read "10.005" as 10 005 ₸ (a group); from a server it is a third decimal.
        QTest::newRow("three decimals, not a group") << "10.005" << qint64(-1) << Money::ParseError::TooManyDecimals;
        QTest::newRow("comma") << "1,5" << qint64(-1) << Money::ParseError::Garbage;
        QTest::newRow("grouping") << "15 000.00" << qint64(-1) << Money::ParseError::Garbage;
        QTest::newRow("en grouping") << "1,000" << qint64(-1) << Money::ParseError::Garbage;
        QTest::newRow("no whole part") << ".5" << qint64(-1) << Money::ParseError::Garbage;
        QTest::newRow("bare point") << "5." << qint64(-1) << Money::ParseError::Garbage;
        QTest::newRow("negative") << "-5.00" << qint64(-1) << Money::ParseError::Negative;
        QTest::newRow("empty") << "" << qint64(-1) << Money::ParseError::Empty;
        QTest::newRow("overflow") << "99999999999999999999" << qint64(-1) << Money::ParseError::Overflow;
    }
    void parseMachine_serverForm()
    {
        QFETCH(QString, text);
        QFETCH(qint64, tiyn);
        QFETCH(Money::ParseError, error);
        const Money::ParseResult r = Money::parseMachine(text);
        QCOMPARE(r.error, error);
        QCOMPARE(r.ok() ? r.value->tiyn() : -1, tiyn);
        // The same strings as JSON: fromJson and the decoders agree with parseMachine.
        const Money::ParseResult j = Money::fromJson(QJsonValue(text));
        QCOMPARE(j.ok() ? j.value->tiyn() : -1, tiyn);
        const QByteArray body = "{\"id\": 1, \"amount\": "
            + QJsonDocument(QJsonArray { text }).toJson(QJsonDocument::Compact).mid(1).chopped(1) + '}';
        const auto decoded = json::invoice(body);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.value.amount ? decoded.value.amount->tiyn() : -1, tiyn);
    }

    void parse_typedThreeDigitsAfterOneSeparator_readAsGroup()
    {
        // Typed text: "1,000" (en) and "1.000" (de) are thousands; a third tiyn digit is never meant.
        QCOMPARE(Money::parse(u"10.005").value->tiyn(), 1000500);
        QCOMPARE(Money::parse(u"1,000").value->tiyn(), 100000);
        QCOMPARE(Money::parse(u"0,005").error, Money::ParseError::TooManyDecimals); // leading 0: a decimal
        QCOMPARE(Money::parse(u"1 000,005").error, Money::ParseError::TooManyDecimals); // spaces group already
    }

    void parse_allowNegative_negativeValue()
    {
        QCOMPARE(Money::parse(u"-3.10", Money::Sign::AllowNegative).value->tiyn(), -310);
        QCOMPARE(Money::parse(u"-0", Money::Sign::NonNegativeOnly).value->tiyn(), 0);
    }

    void fromJson_stringsAndNumbers_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<qint64>("tiyn");
        QTest::addColumn<Money::ParseError>("error");
        QTest::newRow("string") << QJsonValue(QStringLiteral("15000.00")) << qint64(1500000) << Money::ParseError::None;
        QTest::newRow("string pct") << QJsonValue(QStringLiteral("10")) << qint64(1000) << Money::ParseError::None;
        QTest::newRow("integer") << QJsonValue(5000) << qint64(500000) << Money::ParseError::None;
        QTest::newRow("fraction") << QJsonValue(1800.5) << qint64(180050) << Money::ParseError::None;
        QTest::newRow("cents") << QJsonValue(0.07) << qint64(7) << Money::ParseError::None;
        QTest::newRow("max") << QJsonValue(99999999.99) << qint64(9999999999) << Money::ParseError::None;
        QTest::newRow("three decimals") << QJsonValue(1800.555) << qint64(0) << Money::ParseError::TooManyDecimals;
        QTest::newRow("third decimal of a large amount")
            << QJsonValue(99999999.991) << qint64(0) << Money::ParseError::TooManyDecimals;
        QTest::newRow("negative") << QJsonValue(-1.5) << qint64(0) << Money::ParseError::Negative;
        QTest::newRow("nan") << QJsonValue(std::numeric_limits<double>::quiet_NaN()) << qint64(0)
                             << Money::ParseError::NotANumber;
        QTest::newRow("inf") << QJsonValue(std::numeric_limits<double>::infinity()) << qint64(0)
                             << Money::ParseError::NotANumber;
        QTest::newRow("huge") << QJsonValue(1e300) << qint64(0) << Money::ParseError::Overflow;
        QTest::newRow("bool") << QJsonValue(true) << qint64(0) << Money::ParseError::WrongType;
        QTest::newRow("null") << QJsonValue() << qint64(0) << Money::ParseError::WrongType;
        QTest::newRow("object") << QJsonValue(QJsonObject()) << qint64(0) << Money::ParseError::WrongType;
        QTest::newRow("bad string") << QJsonValue(QStringLiteral("12.3.4")) << qint64(0) << Money::ParseError::Garbage;
    }
    void fromJson_stringsAndNumbers()
    {
        QFETCH(QJsonValue, value);
        QFETCH(qint64, tiyn);
        QFETCH(Money::ParseError, error);
        const Money::ParseResult r = Money::fromJson(value);
        QCOMPARE(r.error, error);
        if (error == Money::ParseError::None) {
            QCOMPARE(r.value->tiyn(), tiyn);
        }
    }

    void toJson_wholeTengeAsInteger_elseTwoDecimals()
    {
        const auto text
            = [](Money m) { return QJsonDocument(QJsonArray { m.toJson() }).toJson(QJsonDocument::Compact); };
        QCOMPARE(text(Money::fromTenge(15000)), QByteArray("[15000]"));
        QCOMPARE(text(Money::fromTiyn(1500050)), QByteArray("[15000.5]"));
        QCOMPARE(text(Money::fromTiyn(123456789)), QByteArray("[1234567.89]"));
        QCOMPARE(text(Money::fromTiyn(1)), QByteArray("[0.01]"));
    }

    // D6: every value reads back to the same tiyn — through Qt's own JSON and through the project's decoders.
    void toJson_wholeRangeProperty_readsBackExactly()
    {
        const QList<qint64> values = sampleTiyn();
        QVERIFY(values.size() > 200000);
        QJsonArray array;
        for (const qint64 tiyn : values) {
            array.append(Money::fromTiyn(tiyn).toJson());
        }
        const QByteArray text = QJsonDocument(array).toJson(QJsonDocument::Compact);
        const QJsonArray back = QJsonDocument::fromJson(text).array();
        QCOMPARE(back.size(), values.size());
        for (qsizetype i = 0; i < values.size(); ++i) {
            const Money::ParseResult r = Money::fromJson(back.at(i));
            if (!r.ok() || r.value->tiyn() != values.at(i)) {
                QFAIL(qPrintable(QStringLiteral("%1 tiyn came back as %2")
                                     .arg(values.at(i))
                                     .arg(r.ok() ? QString::number(r.value->tiyn()) : Money::errorText(r.error))));
            }
        }
        // The decoders read numbers from the JSON text itself: same result.
        QByteArray items = "{\"data\": [";
        for (qsizetype i = 0; i < 2000; ++i) {
            if (i > 0) {
                items += ',';
            }
            items += "{\"id\": " + QByteArray::number(i + 1) + ", \"selling_price\": "
                + QJsonDocument(QJsonArray { Money::fromTiyn(values.at(i)).toJson() })
                      .toJson(QJsonDocument::Compact)
                      .mid(1)
                      .chopped(1)
                + '}';
        }
        items += "]}";
        const auto page = json::catalogPage(items, 2000);
        QVERIFY2(page.ok(), qPrintable(page.errorField));
        for (qsizetype i = 0; i < 2000; ++i) {
            QCOMPARE(page.value.items.at(i).sellingPrice->tiyn(), values.at(i));
        }
    }

    void toPlainString_parseRoundTrip()
    {
        for (const qint64 tiyn : sampleTiyn()) {
            const Money m = Money::fromTiyn(tiyn);
            const Money::ParseResult r = Money::parse(m.toPlainString());
            if (!r.ok() || *r.value != m) {
                QFAIL(qPrintable(m.toPlainString()));
            }
        }
        QCOMPARE(Money::fromTiyn(5).toPlainString(), QStringLiteral("0.05"));
        QCOMPARE(Money::fromTiyn(-1234).toPlainString(), QStringLiteral("-12.34"));
    }

    void format_locales_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<qint64>("tiyn");
        QTest::addColumn<QString>("always");
        QTest::addColumn<QString>("whenNeeded");
        QTest::newRow("ru") << "ru_RU" << qint64(1500050) << QStringLiteral(u"15\u00a0000,50\u00a0₸")
                            << QStringLiteral(u"15\u00a0000,50\u00a0₸");
        QTest::newRow("ru whole") << "ru_RU" << qint64(1500000) << QStringLiteral(u"15\u00a0000,00\u00a0₸")
                                  << QStringLiteral(u"15\u00a0000\u00a0₸");
        QTest::newRow("kk") << "kk_KZ" << qint64(123456789) << QStringLiteral(u"1\u00a0234\u00a0567,89\u00a0₸")
                            << QStringLiteral(u"1\u00a0234\u00a0567,89\u00a0₸");
        QTest::newRow("en") << "en_US" << qint64(123456789) << QStringLiteral(u"1,234,567.89\u00a0₸")
                            << QStringLiteral(u"1,234,567.89\u00a0₸");
        QTest::newRow("en small") << "en_US" << qint64(5) << QStringLiteral(u"0.05\u00a0₸")
                                  << QStringLiteral(u"0.05\u00a0₸");
    }
    void format_locales()
    {
        QFETCH(QString, locale);
        QFETCH(qint64, tiyn);
        QFETCH(QString, always);
        QFETCH(QString, whenNeeded);
        const Money m = Money::fromTiyn(tiyn);
        QCOMPARE(m.format(QLocale(locale)), always);
        QCOMPARE(m.format(QLocale(locale), Money::Decimals::WhenNeeded), whenNeeded);
    }

    void formatNumber_parseRoundTrip_allLocales()
    {
        const QList<qint64> values = sampleTiyn().mid(0, 40000);
        for (const char* name : { "ru_RU", "kk_KZ", "en_US", "de_DE", "C" }) {
            const QLocale locale(QString::fromLatin1(name));
            for (const qint64 tiyn : values) {
                for (const auto decimals : { Money::Decimals::Always, Money::Decimals::WhenNeeded }) {
                    const QString text = Money::fromTiyn(tiyn).formatNumber(locale, decimals);
                    const Money::ParseResult r = Money::parse(text);
                    if (!r.ok() || r.value->tiyn() != tiyn) {
                        QFAIL(qPrintable(
                            QStringLiteral("%1: %2 → %3").arg(QLatin1String(name), text, Money::errorText(r.error))));
                    }
                }
            }
        }
    }

    void checkedArithmetic_overflowDetected()
    {
        const Money max = Money::fromTiyn(std::numeric_limits<qint64>::max());
        QCOMPARE(Money::checkedAdd(Money::fromTiyn(5), Money::fromTiyn(7))->tiyn(), 12);
        QVERIFY(!Money::checkedAdd(max, Money::fromTiyn(1)).has_value());
        QCOMPARE(Money::checkedSub(Money::fromTiyn(5), Money::fromTiyn(7))->tiyn(), -2);
        QVERIFY(!Money::checkedSub(Money::fromTiyn(std::numeric_limits<qint64>::min()), Money::fromTiyn(1)));
        QCOMPARE(Money::checkedMul(Money::fromTiyn(450000), 3)->tiyn(), 1350000);
        QVERIFY(!Money::checkedMul(max, 2).has_value());
    }

    void moneySum_hostileAmounts_unreadableNeverSummed()
    {
        constexpr qint64 kMax = std::numeric_limits<qint64>::max();
        MoneySum sum;
        QVERIFY(sum.add(Money::fromTiyn(1500'00)));
        QVERIFY(!sum.add(Money::fromTiyn(kMax))); // beyond the largest invoice: unreadable
        QVERIFY(!sum.add(Money::fromTiyn(kMax - 1)));
        QVERIFY(!sum.add(Money::fromTiyn(-1))); // no server amount is negative
        QVERIFY(sum.add(Money::invoiceMaximum())); // the largest real amount counts
        QVERIFY(!sum.add(Money::fromTiyn(Money::invoiceMaximum().tiyn() + 1)));
        QCOMPARE(sum.total(), Money::fromTiyn(1500'00 + Money::invoiceMaximum().tiyn()));
        QCOMPARE(sum.unreadableCount(), 4);
        QVERIFY(!sum.overflowed());
        QVERIFY(!sum.isComplete());

        // price × count: checked product and sum.
        MoneySum cart;
        QVERIFY(cart.addProduct(Money::fromTiyn(520'00), 2));
        QVERIFY(!cart.addProduct(Money::fromTiyn(kMax / 2 + 1), 2));
        QCOMPARE(cart.unreadableCount(), 1);
        QCOMPARE(cart.total(), Money::fromTiyn(1040'00));

        // With a wide limit the sum itself must stop before it overflows.
        MoneySum wide(Money::fromTiyn(kMax));
        QVERIFY(wide.add(Money::fromTiyn(kMax - 10)));
        QVERIFY(!wide.add(Money::fromTiyn(11)));
        QVERIFY(wide.overflowed());
        QCOMPARE(wide.total(), Money::fromTiyn(kMax - 10));
        QVERIFY(!wide.addProduct(Money::fromTiyn(kMax), 2));
        QVERIFY(wide.add(Money::fromTiyn(10)));
        QCOMPARE(wide.total(), Money::fromTiyn(kMax));

        MoneySum empty;
        QVERIFY(empty.isComplete());
        QCOMPARE(empty.total(), Money());
    }

    void percentRoundedHalfUp_discountRule()
    {
        QCOMPARE(Money::fromTiyn(1050000).percentRoundedHalfUp(10).tiyn(), 105000);
        QCOMPARE(Money::fromTiyn(5).percentRoundedHalfUp(10).tiyn(), 1); // 0.5 tiyn → 1
        QCOMPARE(Money::fromTiyn(4).percentRoundedHalfUp(10).tiyn(), 0);
        QCOMPARE(Money::fromTiyn(9999999999).percentRoundedHalfUp(99).tiyn(), 9899999999);
    }

    void limits_documentedValues()
    {
        QCOMPARE(Money::invoiceMinimum().toPlainString(), QStringLiteral("0.01"));
        QCOMPARE(Money::invoiceMaximum().toPlainString(), QStringLiteral("99999999.99"));
        QCOMPARE(Money::subscriptionMinimum().toPlainString(), QStringLiteral("100.00"));
        QCOMPARE(Money::subscriptionMaximum().toPlainString(), QStringLiteral("1000000.00"));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
