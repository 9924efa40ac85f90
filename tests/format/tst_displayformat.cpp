// What a person reads for times, amounts and phone numbers in each language, and the shop's calendar day.
#include "format/displayformat.h"

#include <QTest>

using namespace apipay;

class tst_DisplayFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void almatyWallClock_isFiveHoursAheadOfUtc()
    {
        const DisplayFormat english(QLocale(QLocale::English, QLocale::UnitedStates), DisplayFormat::almaty());
        const QDateTime utc(QDate(2026, 12, 4), QTime(11, 30), Qt::UTC);
        QCOMPARE(english.toDisplayZone(utc).time(), QTime(16, 30));
        QVERIFY(english.dateTime(utc).contains(QStringLiteral("4:30")));
        QCOMPARE(english.toDisplayZone(utc).date(), QDate(2026, 12, 4));
    }

    void russianDate_isDayMonthYear()
    {
        const DisplayFormat russian(QLocale(QLocale::Russian, QLocale::Russia), DisplayFormat::almaty());
        const QDateTime utc(QDate(2026, 3, 9), QTime(5, 0), Qt::UTC);
        QCOMPARE(russian.dateTime(utc), QStringLiteral("09.03.2026 10:00"));
    }

    // Kazakh's short format has a two-digit year ("05.12.26"); English (US) too ("12/5/26"): the year is written whole.
    void shortDates_haveTheWholeYear()
    {
        const DisplayFormat kazakh(QLocale(QLocale::Kazakh, QLocale::Kazakhstan), DisplayFormat::almaty());
        QCOMPARE(kazakh.date(QDate(2026, 12, 5)), QStringLiteral("05.12.2026"));
        QCOMPARE(
            kazakh.dateTime(QDateTime(QDate(2026, 12, 5), QTime(5, 0), Qt::UTC)), QStringLiteral("05.12.2026 10:00"));
        const DisplayFormat english(QLocale(QLocale::English, QLocale::UnitedStates), DisplayFormat::almaty());
        QCOMPARE(english.date(QDate(2026, 12, 5)), QStringLiteral("12/5/2026"));
        const DisplayFormat russian(QLocale(QLocale::Russian, QLocale::Russia), DisplayFormat::almaty());
        QCOMPARE(russian.date(QDate(2026, 12, 5)), QStringLiteral("05.12.2026"));
    }

    void missingValues_showADash()
    {
        const DisplayFormat format;
        QCOMPARE(format.dateTime(QDateTime()), QStringLiteral("—"));
        QCOMPARE(format.date(QDate()), QStringLiteral("—"));
        QCOMPARE(format.money(std::nullopt), QStringLiteral("—"));
    }

    void money_hasTheTengeSign()
    {
        const DisplayFormat russian(QLocale(QLocale::Russian, QLocale::Russia), DisplayFormat::almaty());
        const QString text = russian.money(Money::fromTiyn(123456));
        QVERIFY2(text.contains(QStringLiteral("₸")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("1")) && text.contains(QStringLiteral("234,56")), qPrintable(text));
    }

    void phone_isGroupedForReading()
    {
        const DisplayFormat format;
        QCOMPARE(format.phone(QStringLiteral("87071234567")), QStringLiteral("+7 707 123 45 67"));
        QCOMPARE(format.phone(QStringLiteral("not a phone")), QStringLiteral("not a phone"));
    }

    void shopDay_beginsAtMidnightInAlmaty()
    {
        // 19:30 UTC on 31 January is 00:30 on 1 February in Almaty.
        QCOMPARE(DisplayFormat::almatyDate(QDateTime(QDate(2026, 1, 31), QTime(19, 30), Qt::UTC)), QDate(2026, 2, 1));
        QCOMPARE(
            DisplayFormat::almatyMidnightUtc(QDate(2026, 2, 1)), QDateTime(QDate(2026, 1, 31), QTime(19, 0), Qt::UTC));
    }

    void equalFormats_compareEqual()
    {
        const DisplayFormat a(QLocale(QLocale::Kazakh), DisplayFormat::almaty());
        QVERIFY(a == DisplayFormat(QLocale(QLocale::Kazakh), DisplayFormat::almaty()));
        QVERIFY(a != DisplayFormat(QLocale(QLocale::English), DisplayFormat::almaty()));
    }
};

QTEST_GUILESS_MAIN(tst_DisplayFormat)
#include "tst_displayformat.moc"
