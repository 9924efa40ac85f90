// T2 amounts read from JSON through Qt's JSON classes: exact in tiyn from numbers and strings alike (a JSON number is
// never rounded through a double: integers are read as integers, fractions through their shortest text), more than
// two decimals or a value that does not fit 64-bit tiyn is unreadable, and amounts beyond the documented maximum are
// kept exactly so that the display can mark them.
#include "money/moneysum.h"
#include "testsupport.h"
#include "json/jsondecoder.h"

#include <QLoggingCategory>
#include <QTest>

using namespace apipay;

namespace {

Decoded<Invoice> invoiceWithAmount(const QByteArray& amountJson)
{
    return json::invoice("{\"id\": 1, \"amount\": " + amountJson + "}");
}

} // namespace

class TestJsonAmounts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        QLoggingCategory::setFilterRules(QStringLiteral("apipay.json.warning=false"));
    }

    void amount_readExactly_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<qint64>("tiyn");
        QTest::newRow("12.34") << QByteArray("12.34") << Q_INT64_C(1234);
        QTest::newRow("\"12.34\"") << QByteArray("\"12.34\"") << Q_INT64_C(1234);
        QTest::newRow("0.1") << QByteArray("0.1") << Q_INT64_C(10);
        QTest::newRow("0.29 (0.28999… as a double)") << QByteArray("0.29") << Q_INT64_C(29);
        QTest::newRow("1e3") << QByteArray("1e3") << Q_INT64_C(100000);
        QTest::newRow("1.5E2") << QByteArray("1.5E2") << Q_INT64_C(15000);
        QTest::newRow("15000") << QByteArray("15000") << Q_INT64_C(1500000);
        QTest::newRow("15000.0") << QByteArray("15000.0") << Q_INT64_C(1500000);
        QTest::newRow("\"15000.000\"") << QByteArray("\"15000.000\"") << Q_INT64_C(1500000);
        QTest::newRow("0") << QByteArray("0") << Q_INT64_C(0);
        QTest::newRow("99999999.99 (invoice maximum)") << QByteArray("99999999.99") << Q_INT64_C(9999999999);
        QTest::newRow("199999999.99") << QByteArray("199999999.99") << Q_INT64_C(19999999999);
        QTest::newRow("\"199999999.99\"") << QByteArray("\"199999999.99\"") << Q_INT64_C(19999999999);
        // An integer above 2^53 tenge: a double could not hold it, the integer reading does.
        QTest::newRow("9007199254740993") << QByteArray("9007199254740993") << Q_INT64_C(900719925474099300);
    }
    void amount_readExactly()
    {
        QFETCH(QByteArray, json);
        QFETCH(qint64, tiyn);
        const Decoded<Invoice> d = invoiceWithAmount(json);
        QVERIFY2(d.ok(), qPrintable(d.errorField));
        QVERIFY2(d.value.amount.has_value(), json.constData());
        QCOMPARE(d.value.amount->tiyn(), tiyn);
        QVERIFY(d.value.unreadableFields.isEmpty());
    }

    void amount_beyondDocumentedMaximum_keptExactlyButNotSummable()
    {
        // D6: the decoder keeps what the server wrote; the display and the sums refuse it.
        const Decoded<Invoice> d = invoiceWithAmount("199999999.99");
        QVERIFY(d.ok());
        QVERIFY(*d.value.amount > Money::invoiceMaximum());
        QVERIFY(!MoneySum::isReadable(*d.value.amount));
        QVERIFY(MoneySum::isReadable(*invoiceWithAmount("99999999.99").value.amount));
    }

    void amount_unreadable_fieldListedDocumentKept_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("three decimals") << QByteArray("12.345");
        QTest::newRow("three decimals as text") << QByteArray("\"12.345\"");
        QTest::newRow("binary noise") << QByteArray("0.30000000000000004");
        QTest::newRow("negative") << QByteArray("-5");
        QTest::newRow("negative fraction") << QByteArray("-0.5");
        QTest::newRow("tiyn overflow (fits qint64 as tenge)") << QByteArray("92233720368547759");
        QTest::newRow("beyond 64 bits") << QByteArray("123456789012345678901234567890");
        QTest::newRow("1e17") << QByteArray("1e17");
        QTest::newRow("1e400 as text") << QByteArray("\"1e400\"");
        QTest::newRow("grouped text") << QByteArray("\"15 000\"");
        QTest::newRow("boolean") << QByteArray("true");
        QTest::newRow("object") << QByteArray("{}");
    }
    void amount_unreadable_fieldListedDocumentKept()
    {
        QFETCH(QByteArray, json);
        const Decoded<Invoice> d = invoiceWithAmount(json);
        QVERIFY2(d.ok(), qPrintable(d.errorField));
        QVERIFY(!d.value.amount.has_value());
        QCOMPARE(d.value.unreadableFields, QStringList { QStringLiteral("amount") });
    }

    void amount_null_isMissingNotUnreadable()
    {
        const Decoded<Invoice> d = invoiceWithAmount("null");
        QVERIFY(d.ok());
        QVERIFY(!d.value.amount.has_value());
        QVERIFY(d.value.unreadableFields.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestJsonAmounts)
#include "tst_jsonamounts.moc"
