// PhoneNumber (D5) and the decoders' phone reader (T3).
#include "money/phonenumber.h"
#include "testsupport.h"
#include "json/jsondecoder.h"

#include <QTest>

using namespace apipay;

Q_DECLARE_METATYPE(apipay::PhoneNumber::ParseError)

class TestPhone : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void parse_documentedForms_normalised_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("international") << "+7 700 123 45 67";
        QTest::newRow("national brackets") << "8 (700) 123-45-67";
        QTest::newRow("ten digits") << "7001234567";
        QTest::newRow("seven prefix") << "77001234567";
        QTest::newRow("request form") << "87001234567";
        QTest::newRow("dots") << "8.700.123.45.67";
        QTest::newRow("nbsp and spaces around") << QStringLiteral(u"  +7\u00a0700\u00a0123\u00a045\u00a067 ");
        QTest::newRow("plus eight") << "+8 700 123 4567";
    }
    void parse_documentedForms_normalised()
    {
        QFETCH(QString, text);
        const PhoneNumber::ParseResult r = PhoneNumber::parse(text);
        QVERIFY2(r.ok(), qPrintable(PhoneNumber::errorText(r.error)));
        QCOMPARE(r.value->normalized(), QStringLiteral("87001234567"));
        QCOMPARE(r.value->display(), QStringLiteral("+7 700 123 45 67"));
        QVERIFY(r.value->isKazakhstanMobile());
        QCOMPARE(r.error, PhoneNumber::ParseError::None);
    }

    void parse_rejected_reasonGiven_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<PhoneNumber::ParseError>("error");
        QTest::newRow("empty") << "" << PhoneNumber::ParseError::Empty;
        QTest::newRow("blank") << "   " << PhoneNumber::ParseError::Empty;
        QTest::newRow("letters") << "8700abc4567" << PhoneNumber::ParseError::InvalidCharacters;
        QTest::newRow("plus inside") << "8700+1234567" << PhoneNumber::ParseError::InvalidCharacters;
        QTest::newRow("slash") << "8700/1234567" << PhoneNumber::ParseError::InvalidCharacters;
        QTest::newRow("too short") << "870012345" << PhoneNumber::ParseError::WrongLength;
        QTest::newRow("too long") << "870012345678" << PhoneNumber::ParseError::WrongLength;
        QTest::newRow("eleven wrong prefix") << "97001234567" << PhoneNumber::ParseError::WrongPrefix;
        QTest::newRow("ten wrong prefix") << "6001234567" << PhoneNumber::ParseError::WrongPrefix;
        // 8 and nine digits: one digit is missing, the start is right ("must start with +7 or 8" would mislead).
        QTest::newRow("eight and nine digits") << "8777000000" << PhoneNumber::ParseError::WrongLength;
    }
    void parse_rejected_reasonGiven()
    {
        QFETCH(QString, text);
        QFETCH(PhoneNumber::ParseError, error);
        const PhoneNumber::ParseResult r = PhoneNumber::parse(text);
        QVERIFY(!r.ok());
        QCOMPARE(r.error, error);
        QVERIFY(!PhoneNumber::errorText(error).isEmpty());
    }

    void parse_nationalPartNotStartingWith7_acceptedWithWarning()
    {
        // D5: accepted, but the national part does not start with 7 → "not a Kazakhstan mobile number" warning.
        const PhoneNumber::ParseResult r = PhoneNumber::parse(u"8 (495) 250-00-00");
        QVERIFY(r.ok());
        QCOMPARE(r.value->normalized(), QStringLiteral("84952500000"));
        QVERIFY(!r.value->isKazakhstanMobile());
        QVERIFY(!PhoneNumber::notMobileWarning().isEmpty());
        QCOMPARE(r.value->display(), QStringLiteral("+7 495 250 00 00"));
    }

    void equality_sameNumberDifferentForms()
    {
        QCOMPARE(*PhoneNumber::parse(u"+7 700 123 45 67").value, *PhoneNumber::parse(u"87001234567").value);
        QVERIFY(*PhoneNumber::parse(u"87001234567").value != *PhoneNumber::parse(u"87001234568").value);
    }

    void jsonPhone_serverForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("v20 list 7") << "77001234567"
                                    << "87001234567";
        QTest::newRow("v21 list 8") << "87001234567"
                                    << "87001234567";
        QTest::newRow("formatted") << "+7 (700) 123-45-67"
                                   << "87001234567";
        QTest::newRow("garbage") << "call me" << QString();
        QTest::newRow("short") << "7001" << QString();
        QTest::newRow("empty") << "" << QString();
    }
    void jsonPhone_serverForms()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(json::phone(text), expected);
    }

    void decoder_unreadablePhone_listedNotFatal()
    {
        const auto d = json::invoice(R"({"id": 1, "phone_number": "n/a", "phone": 77001234567})");
        QVERIFY2(d.ok(), qPrintable(d.errorField));
        QCOMPARE(d.value.phone, QStringLiteral("87001234567")); // number form of phone accepted
        QVERIFY(d.value.unreadableFields.contains(QStringLiteral("phone_number")));
    }
};

QTEST_GUILESS_MAIN(TestPhone)
#include "tst_phone.moc"
