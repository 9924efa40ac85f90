// Import of Antom pay responses (docs/design-notes.md, "Antom pay responses"): the seed sample and broken variants.
#include "qr/antomamount.h"
#include "qr/antompayresponse.h"
#include "testsupport.h"

#include <QLocale>
#include <QTest>

using namespace apipay;

namespace {

const QString kCode = QStringLiteral("2816660400930m9F9gUlg0a3gn1kpWHv3kvD");
const QString kTextCodeValue = QStringLiteral("https://qr.alipayplus.com/2816660400930m9F9gUlg0a3gn1kpWHv3kvD");

AntomPayResponse::ParseResult parseFixture(const QString& name)
{
    const QByteArray bytes = apipay::test::readTestData(QStringLiteral("antom/") + name);
    return AntomPayResponse::parse(bytes);
}

const QString kNothingFound = QStringLiteral(
    "The response has no orderCodeForm.codeDetails entry with displayType TEXT, no codeValue in paymentData and no "
    "codeValue in normalUrl or applinkUrl.");

} // namespace

class TestAntomPayResponse : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { apipay::test::initTestEnvironment(); }

    void parse_seedResponse_textEntryIsQrContent();
    void parse_seedResponse_expiresTenMinutesAfterCreation();
    void parse_noTextEntry_fallsBackToPaymentData();
    void parse_urlsOnly_fallsBackToNormalUrl();
    void parse_applinkOnly_fallsBackToApplinkUrl();
    void parse_broken_clearError_data();
    void parse_broken_clearError();
    void parse_wrongOptionalTypes_importsWithWarnings();
    void parse_bareCodeValue_accepted();
    void parse_urlOnly_encodedAsIs();
    void parse_codeValueTooLong_refused();
    void amount_kzt_exactMoney();
    void amount_otherCurrencies_exactText_data();
    void amount_otherCurrencies_exactText();
    void amount_badValue_refused();
};

void TestAntomPayResponse::parse_seedResponse_textEntryIsQrContent()
{
    const AntomPayResponse::ParseResult parsed = parseFixture(QStringLiteral("pay_response_kaspi.json"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorText));
    const AntomPayResponse& r = *parsed.response;
    QCOMPARE(r.codeValue(), kTextCodeValue);
    QCOMPARE(r.source(), AntomPayResponse::Source::CodeDetailsText);
    QVERIFY(r.isFullResponse());
    QCOMPARE(r.paymentRequestId(), QStringLiteral("PAYMENT_20260126141612922_AUTO"));
    QCOMPARE(r.paymentId(), QStringLiteral("20260126194010800100188550244314856"));
    QCOMPARE(r.resultStatus(), QStringLiteral("U"));
    QCOMPARE(r.resultCode(), QStringLiteral("PAYMENT_IN_PROCESS"));
    QCOMPARE(r.resultMessage(), QStringLiteral("payment in process"));
    QCOMPARE(r.resultText(), QStringLiteral("Waiting for payment (PAYMENT_IN_PROCESS)"));
    QCOMPARE(r.applinkUrl(), QStringLiteral("https://l.kaspi.kz/apm?codeValue=") + kCode);
    QVERIFY(r.normalUrl().endsWith(QStringLiteral("checkout.htm?codeValue=") + kCode));
    QVERIFY(r.amount().has_value());
    QCOMPARE(r.amount()->currency(), QStringLiteral("SGD"));
    QCOMPARE(r.amount()->minorUnits(), QStringLiteral("100"));
    QVERIFY(!r.amount()->money().has_value()); // not KZT: never turned into tiyn
    QCOMPARE(r.amount()->format(QLocale::c()), QStringLiteral("1.00 SGD"));
    QVERIFY(r.warnings().isEmpty());
}

void TestAntomPayResponse::parse_seedResponse_expiresTenMinutesAfterCreation()
{
    const AntomPayResponse r = *parseFixture(QStringLiteral("pay_response_kaspi.json")).response;
    const QDateTime expire(QDate(2026, 1, 26), QTime(6, 26, 14), Qt::UTC); // 22:26:14-08:00
    QCOMPARE(r.expireTime(), expire);
    QCOMPARE(r.createTime(), QDateTime(QDate(2026, 1, 26), QTime(6, 16, 13), Qt::UTC));
    QCOMPARE(r.secondsLeft(r.createTime()), std::optional<qint64>(601));
    QVERIFY(!r.isExpired(expire.addSecs(-1)));
    QVERIFY(r.isExpired(expire));
    QVERIFY(r.isExpired(expire.addSecs(3600)));
    QCOMPARE(r.secondsLeft(expire.addSecs(5)), std::optional<qint64>(-5));
}

void TestAntomPayResponse::parse_noTextEntry_fallsBackToPaymentData()
{
    const AntomPayResponse::ParseResult parsed = parseFixture(QStringLiteral("pay_response_no_text_entry.json"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorText));
    QCOMPARE(parsed.response->codeValue(), kCode);
    QCOMPARE(parsed.response->source(), AntomPayResponse::Source::PaymentData);
    // The image entries are URLs of pictures and never become the QR content.
    QVERIFY(!parsed.response->codeValue().contains(u"showQrImage"));
}

void TestAntomPayResponse::parse_urlsOnly_fallsBackToNormalUrl()
{
    const AntomPayResponse::ParseResult parsed = parseFixture(QStringLiteral("pay_response_urls_only.json"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorText));
    QCOMPARE(parsed.response->codeValue(), kCode);
    QCOMPARE(parsed.response->source(), AntomPayResponse::Source::NormalUrl);
    QVERIFY(!parsed.response->expireTime().isValid());
    QCOMPARE(parsed.response->secondsLeft(QDateTime::currentDateTimeUtc()), std::nullopt);
}

void TestAntomPayResponse::parse_applinkOnly_fallsBackToApplinkUrl()
{
    const AntomPayResponse::ParseResult parsed = parseFixture(QStringLiteral("pay_response_applink_only.json"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorText));
    QCOMPARE(parsed.response->codeValue(), kCode);
    QCOMPARE(parsed.response->source(), AntomPayResponse::Source::ApplinkUrl);
}

void TestAntomPayResponse::parse_broken_clearError_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expectedError");
    QTest::addRow("no codeValue anywhere")
        << apipay::test::readTestData(QStringLiteral("antom/pay_response_no_codevalue.json")) << kNothingFound;
    QTest::addRow("wrong types") << apipay::test::readTestData(QStringLiteral("antom/pay_response_wrong_types.json"))
                                 << kNothingFound;
    QTest::addRow("truncated JSON") << apipay::test::readTestData(QStringLiteral("antom/pay_response_truncated.json"))
                                    << QStringLiteral("The Antom response is not valid JSON");
    QTest::addRow("failed payment") << apipay::test::readTestData(QStringLiteral("antom/pay_response_failed.json"))
                                    << QStringLiteral("Antom did not create the payment: CURRENCY_NOT_SUPPORT "
                                                      "(The currency is not supported.)");
    QTest::addRow("empty object") << QByteArray("{}") << kNothingFound;
    QTest::addRow("JSON list") << QByteArray("[{\"codeValue\": \"x\"}]")
                               << QStringLiteral("The Antom response must be a JSON object, not a list.");
    QTest::addRow("empty text") << QByteArray(" \n\t ") << QStringLiteral("Nothing to import: the text is empty.");
    QTest::addRow("prose") << QByteArray("please pay 1500 tenge")
                           << QStringLiteral("This is neither an Antom pay response (JSON), nor a URL, nor a single "
                                             "codeValue.");
}

void TestAntomPayResponse::parse_broken_clearError()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expectedError);
    QVERIFY2(!input.isEmpty(), "fixture missing");
    const AntomPayResponse::ParseResult parsed = AntomPayResponse::parse(input);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.errorText.startsWith(expectedError), qPrintable(parsed.errorText));
}

void TestAntomPayResponse::parse_wrongOptionalTypes_importsWithWarnings()
{
    const AntomPayResponse::ParseResult parsed = parseFixture(QStringLiteral("pay_response_wrong_optional_types.json"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorText));
    const AntomPayResponse& r = *parsed.response;
    QCOMPARE(r.codeValue(), kTextCodeValue);
    QVERIFY(r.paymentId().isEmpty());
    QVERIFY(!r.amount().has_value());
    QVERIFY(r.resultStatus().isEmpty());
    QVERIFY(!r.expireTime().isValid());
    const QString all = r.warnings().join(u'\n');
    QVERIFY2(all.contains(u"paymentId is not a text value"), qPrintable(all));
    QVERIFY2(all.contains(u"paymentAmount.value is not a text value"), qPrintable(all));
    QVERIFY2(all.contains(u"result is not an object"), qPrintable(all));
    QVERIFY2(all.contains(u"orderCodeForm.expireTime \"soon\" is not an ISO 8601 date"), qPrintable(all));
    QCOMPARE(r.warnings().size(), 4);
}

void TestAntomPayResponse::parse_bareCodeValue_accepted()
{
    const AntomPayResponse::ParseResult parsed = parseFixture(QStringLiteral("bare_codevalue.txt"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorText));
    QCOMPARE(parsed.response->codeValue(), kCode);
    QCOMPARE(parsed.response->source(), AntomPayResponse::Source::BareCodeValue);
    QVERIFY(!parsed.response->isFullResponse());
    QVERIFY(!parsed.response->amount().has_value());
    QVERIFY(parsed.response->paymentId().isEmpty());
}

void TestAntomPayResponse::parse_urlOnly_encodedAsIs()
{
    const AntomPayResponse::ParseResult parsed = parseFixture(QStringLiteral("url_only.txt"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorText));
    QCOMPARE(parsed.response->codeValue(), kTextCodeValue);
    QCOMPARE(parsed.response->source(), AntomPayResponse::Source::Url);
}

void TestAntomPayResponse::parse_codeValueTooLong_refused()
{
    const QByteArray tooLong(AntomPayResponse::kMaxCodeValueLength + 1, 'A');
    QVERIFY(!AntomPayResponse::parse(tooLong).ok());
    QVERIFY(AntomPayResponse::parse(tooLong).errorText.contains(u"2049 characters"));
    const QByteArray json
        = "{\"orderCodeForm\":{\"codeDetails\":[{\"displayType\":\"TEXT\",\"codeValue\":\"" + tooLong + "\"}]}}";
    QVERIFY(!AntomPayResponse::parse(json).ok());
    QVERIFY(AntomPayResponse::parse(QByteArray(AntomPayResponse::kMaxCodeValueLength, 'A')).ok());
}

void TestAntomPayResponse::amount_kzt_exactMoney()
{
    const AntomPayResponse r = *parseFixture(QStringLiteral("pay_response_kzt.json")).response;
    QVERIFY(r.amount().has_value());
    QCOMPARE(r.amount()->currency(), QStringLiteral("KZT"));
    QCOMPARE(r.amount()->money(), std::optional<Money>(Money::fromTenge(1500)));
    QCOMPARE(r.amount()->format(QLocale::c()), Money::fromTenge(1500).format(QLocale::c()));
    const auto smallest = AntomAmount::fromParts(QStringLiteral("KZT"), QStringLiteral("1"));
    QVERIFY(smallest.has_value());
    QCOMPARE(smallest->money()->tiyn(), qint64(1));
    const auto maximum = AntomAmount::fromParts(QStringLiteral("kzt"), QStringLiteral("100000000"));
    QCOMPARE(maximum->money(), std::optional<Money>(Money::fromTenge(1'000'000)));
}

void TestAntomPayResponse::amount_otherCurrencies_exactText_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("text");
    QTest::addRow("SGD cents") << QStringLiteral("SGD") << QStringLiteral("100") << QStringLiteral("1.00 SGD");
    QTest::addRow("one cent") << QStringLiteral("USD") << QStringLiteral("1") << QStringLiteral("0.01 USD");
    QTest::addRow("grouping") << QStringLiteral("EUR") << QStringLiteral("123456789")
                              << QStringLiteral("1,234,567.89 EUR");
    QTest::addRow("no minor unit") << QStringLiteral("JPY") << QStringLiteral("500") << QStringLiteral("500 JPY");
    QTest::addRow("three digits") << QStringLiteral("KWD") << QStringLiteral("1005") << QStringLiteral("1.005 KWD");
    // Beyond 2^53: a double would lose the last digit.
    QTest::addRow("huge, exact") << QStringLiteral("USD") << QStringLiteral("900719925474099312")
                                 << QStringLiteral("9,007,199,254,740,993.12 USD");
    QTest::addRow("leading zeros") << QStringLiteral("SGD") << QStringLiteral("0005") << QStringLiteral("0.05 SGD");
}

void TestAntomPayResponse::amount_otherCurrencies_exactText()
{
    QFETCH(QString, currency);
    QFETCH(QString, value);
    QFETCH(QString, text);
    const std::optional<AntomAmount> amount = AntomAmount::fromParts(currency, value);
    QVERIFY(amount.has_value());
    QVERIFY(!amount->money().has_value());
    QCOMPARE(amount->format(QLocale::c()), text);
}

void TestAntomPayResponse::amount_badValue_refused()
{
    QString error;
    QVERIFY(!AntomAmount::fromParts(QStringLiteral("KZT"), QStringLiteral("15.00"), &error));
    QVERIFY2(error.contains(u"not a whole number of minor units"), qPrintable(error));
    QVERIFY(!AntomAmount::fromParts(QStringLiteral("KZT"), QStringLiteral("-100"), &error));
    QVERIFY(!AntomAmount::fromParts(QStringLiteral("KZT"), QString(), &error));
    QVERIFY(!AntomAmount::fromParts(QStringLiteral("₸"), QStringLiteral("100"), &error));
    QVERIFY2(error.contains(u"three-letter currency code"), qPrintable(error));
    // Inside a response, a bad amount is a warning; the QR still imports.
    const QByteArray json = R"({"normalUrl":"https://x.example/c?codeValue=abc",
                               "paymentAmount":{"currency":"KZT","value":"1.5"}})";
    const AntomPayResponse::ParseResult parsed = AntomPayResponse::parse(json);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.response->codeValue(), QStringLiteral("abc"));
    QVERIFY(!parsed.response->amount().has_value());
    QCOMPARE(parsed.response->warnings().size(), 1);
}

QTEST_MAIN(TestAntomPayResponse)
#include "tst_antom.moc"
