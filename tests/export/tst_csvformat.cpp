// The cells and lines of the CSV files (app/export/csvformat.h): what a spreadsheet opens.
#include "export/csvformat.h"

#include <QTest>

using namespace apipay;
using namespace Qt::StringLiterals;

class TestCsvFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cell_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("cell");
        QTest::newRow("plain") << u"Кофе латте"_s << u"Кофе латте"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comma") << u"tea, sugar"_s << u"\"tea, sugar\""_s;
        QTest::newRow("semicolon") << u"tea; sugar"_s << u"\"tea; sugar\""_s;
        QTest::newRow("quote") << u"the \"big\" cup"_s << u"\"the \"\"big\"\" cup\""_s;
        QTest::newRow("newline") << u"line one\nline two"_s << u"\"line one\nline two\""_s;
        QTest::newRow("formula =") << u"=HYPERLINK(\"x\")"_s << u"\"'=HYPERLINK(\"\"x\"\")\""_s;
        QTest::newRow("formula +") << u"+77001234567"_s << u"'+77001234567"_s;
        QTest::newRow("formula -") << u"-5"_s << u"'-5"_s;
        QTest::newRow("formula @") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
        QTest::newRow("tab first") << u"\tx"_s << u"'\tx"_s;
        QTest::newRow("minus inside") << u"a-b"_s << u"a-b"_s;
    }
    void cell()
    {
        QFETCH(QString, text);
        QFETCH(QString, cell);
        QCOMPARE(csv::cell(text), cell);
    }

    void plainMoney_noGroupingNoCurrency_emptyWhenMissing()
    {
        QCOMPARE(csv::plainMoney(Money::fromTenge(15000)), u"15000.00"_s);
        QCOMPARE(csv::plainMoney(Money::parse(u"1250.5"_s).value), u"1250.50"_s);
        QCOMPARE(csv::plainMoney(std::nullopt), QString());
    }

    void dateCell_inTheShopsZone_emptyWhenInvalid()
    {
        const QDateTime utc(QDate(2026, 4, 8), QTime(19, 5, 7), Qt::UTC);
        QCOMPARE(csv::dateCell(utc, QTimeZone(5 * 3600)), u"2026-04-09 00:05:07"_s);
        QCOMPARE(csv::dateCell(utc, QTimeZone::utc()), u"2026-04-08 19:05:07"_s);
        QCOMPARE(csv::dateCell(QDateTime(), QTimeZone(5 * 3600)), QString());
    }

    void line_commasUtf8CrLf()
    {
        QCOMPARE(csv::line({ u"1"_s, u"\"a,b\""_s, u"Чай"_s, QString() }),
            QByteArray("1,\"a,b\",\xD0\xA7\xD0\xB0\xD0\xB9,\r\n"));
    }
};

QTEST_APPLESS_MAIN(TestCsvFormat)
#include "tst_csvformat.moc"
