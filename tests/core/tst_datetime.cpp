// T8 date-times: every documented form, stored as UTC; date-only = midnight Asia/Almaty; malformed → invalid.
#include "testsupport.h"
#include "json/jsondecoder.h"

#include <QTest>
#include <QTimeZone>

using namespace apipay;

class TestDateTime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void dateTime_documentedForms_utc_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        const auto utc = [](int y, int mo, int d, int h, int mi, int s = 0, int ms = 0) {
            return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
        };
        QTest::newRow("Z") << "2025-01-22T10:30:00Z" << utc(2025, 1, 22, 10, 30);
        QTest::newRow("6 fraction digits Z") << "2025-01-22T10:30:00.000000Z" << utc(2025, 1, 22, 10, 30);
        QTest::newRow("+06:00") << "2026-02-26T10:30:00+06:00" << utc(2026, 2, 26, 4, 30);
        QTest::newRow("+05:00 midnight") << "2026-03-01T00:00:00+05:00" << utc(2026, 2, 28, 19, 0);
        QTest::newRow("+00:00") << "2026-01-10T12:00:00+00:00" << utc(2026, 1, 10, 12, 0);
        QTest::newRow("+hhmm") << "2026-01-10T12:00:00+0600" << utc(2026, 1, 10, 6, 0);
        QTest::newRow("-hh:mm") << "2026-01-25T22:16:13-08:00" << utc(2026, 1, 26, 6, 16, 13);
        QTest::newRow("+hh only") << "2026-01-10T12:00:00+06" << utc(2026, 1, 10, 6, 0);
        QTest::newRow("1 fraction digit") << "2026-01-10T12:00:00.5Z" << utc(2026, 1, 10, 12, 0, 0, 500);
        QTest::newRow("3 fraction digits") << "2026-01-10T12:00:00.123+00:00" << utc(2026, 1, 10, 12, 0, 0, 123);
        QTest::newRow("6 fraction digits") << "2026-01-10T12:00:00.123456Z" << utc(2026, 1, 10, 12, 0, 0, 123);
        QTest::newRow("lower z, space") << "2026-01-10 12:00:00z" << utc(2026, 1, 10, 12, 0);
        QTest::newRow("no seconds") << "2026-01-10T12:00Z" << utc(2026, 1, 10, 12, 0);
        QTest::newRow("no offset = UTC") << "2026-01-10 12:00:00" << utc(2026, 1, 10, 12, 0);
        QTest::newRow("leap day") << "2024-02-29T23:59:59Z" << utc(2024, 2, 29, 23, 59, 59);
        QTest::newRow("offset crosses year") << "2026-01-01T03:00:00+06:00" << utc(2025, 12, 31, 21, 0);
        QTest::newRow("surrounding spaces") << " 2025-01-22T10:30:00Z " << utc(2025, 1, 22, 10, 30);
    }
    void dateTime_documentedForms_utc()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const QDateTime dt = json::dateTime(text);
        QVERIFY2(dt.isValid(), qPrintable(text));
        QCOMPARE(dt, expected);
        QCOMPARE(dt.timeSpec(), Qt::UTC);
    }

    void dateTime_dateOnly_midnightAlmaty()
    {
        const QTimeZone almaty(QByteArrayLiteral("Asia/Almaty"));
        for (const QDate date : { QDate(2025, 3, 1), QDate(2023, 6, 15), QDate(2026, 12, 31) }) {
            const QDateTime dt = json::dateTime(date.toString(Qt::ISODate));
            QVERIFY(dt.isValid());
            QCOMPARE(dt.timeSpec(), Qt::UTC);
            if (almaty.isValid()) {
                QCOMPARE(dt, QDateTime(date, QTime(0, 0), almaty));
                QCOMPARE(dt.toTimeZone(almaty).time(), QTime(0, 0));
                QCOMPARE(dt.toTimeZone(almaty).date(), date);
            }
        }
    }

    void dateTime_malformed_invalid_data()
    {
        QTest::addColumn<QString>("text");
        for (const char* bad : { "", "yesterday", "2025-13-01T00:00:00Z", "2025-02-30", "2025-02-29T00:00:00Z",
                 "2025-01-22T24:00:00Z", "2025-01-22T10:60:00Z", "2025-01-22T10:30:61Z", "2025-01-22T10:30:00+25:00",
                 "2025-01-22T10:30:00+06:61", "2025-01-22T10:30:00.Z", "2025-01-22T10:30:00.1234567890Z",
                 "2025-01-22X10:30:00Z", "2025-1-22", "2025-01-22T10:30:00Zjunk", "2025-01-22T1:30Z",
                 "20250122T103000Z", "0000-01-01", "2025-01-22T10:30:00+6" }) {
            QTest::newRow(bad) << QString::fromLatin1(bad);
        }
    }
    void dateTime_malformed_invalid()
    {
        QFETCH(QString, text);
        QVERIFY(!json::dateTime(text).isValid());
    }

    void decoder_badDate_listedAsUnreadable()
    {
        const auto d = json::invoice(R"({"id": 1, "paid_at": "2025-02-30T00:00:00Z", "created_at": 17})");
        QVERIFY(d.ok());
        QVERIFY(!d.value.paidAt.isValid());
        QVERIFY(d.value.unreadableFields.contains(QStringLiteral("paid_at")));
        QVERIFY(d.value.unreadableFields.contains(QStringLiteral("created_at")));
    }
};

QTEST_GUILESS_MAIN(TestDateTime)
#include "tst_datetime.moc"
