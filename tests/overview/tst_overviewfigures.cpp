// The overview's figures over a history store filled by hand, in Almaty (UTC+5): a week starts on Monday at
// midnight in Almaty, not in UTC; the month too; each period is compared with the one before; invoices waiting;
// best sellers; a sum too large to add is reported, not wrapped; the figures follow the store's announcements.
#include "overview/overviewfigures.h"
#include "overview/overviewmodel.h"
#include "store/historystore.h"
#include "store/historysynckeys.h"
#include "testrecords.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace apipay;
using namespace apipay::overview;
using namespace Qt::StringLiterals;

#define VERIFY_OK(call)                                                                                                \
    do {                                                                                                               \
        const auto result_ = (call);                                                                                   \
        QVERIFY2(result_.ok(), qPrintable(result_.error()));                                                           \
    } while (false)

namespace {

QDateTime utc(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), QTimeZone::utc());
}

Invoice paid(qint64 id, qint64 tenge, const QDateTime& paidAt, const QString& status = u"paid"_s)
{
    Invoice i;
    i.id = id;
    i.status = InvoiceStatus(status);
    i.amount = Money::fromTenge(tenge);
    i.createdAt = paidAt.addSecs(-120);
    i.paidAt = paidAt;
    return i;
}

Invoice unpaid(qint64 id, const QString& status, const QDateTime& created)
{
    Invoice i;
    i.id = id;
    i.status = InvoiceStatus(status);
    i.amount = Money::fromTenge(700);
    i.createdAt = created;
    return i;
}

Refund refund(qint64 id, qint64 invoiceId, qint64 tenge, const QString& status, const QDateTime& createdAt)
{
    return test::refundOf(id, invoiceId, Money::fromTenge(tenge), status, createdAt);
}

InvoiceItem line(const QString& name, qint64 priceTiyn, qint64 count)
{
    InvoiceItem item;
    item.name = name;
    item.price = Money::fromTiyn(priceTiyn);
    item.count = count;
    return item;
}

const QDate kToday(2026, 12, 2); // a Wednesday

} // namespace

class TestOverviewFigures : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<HistoryStore> m_store;
    int m_files = 0;

    void fillShop()
    {
        Invoice e = paid(5, 500, utc(12, 2, 4)); // Wed 09:00 Almaty
        e.status = InvoiceStatus(u"partially_refunded"_s);
        e.totalRefunded = Money::fromTenge(100);
        e.items = { line(u"Coffee"_s, 25000, 2) };
        Invoice f = paid(6, 1500, utc(12, 2, 10)); // Wed 15:00 Almaty
        f.items = { line(u"Coffee"_s, 25000, 1), line(u"Cake"_s, 125000, 1) };
        Invoice c = paid(3, 3000, utc(11, 30, 18, 55)); // Mon 30 Nov 23:55 Almaty: this week, last month
        c.items = { line(u"Tea"_s, 300000, 1) };
        Invoice d = paid(4, 4000, utc(11, 30, 19, 5)); // Tue 1 Dec 00:05 Almaty: this week, this month
        d.items = { line(u"Broken line"_s, -5, 1) };
        Invoice a = paid(1, 1000, utc(11, 29, 18, 30), u"partially_refunded"_s); // Sun 29 Nov 23:30 Almaty: last week
        a.totalRefunded = Money::fromTenge(200);
        VERIFY_OK(m_store->upsertInvoices({
            a,
            paid(2, 2000, utc(11, 29, 19, 10)), // Mon 30 Nov 00:10 Almaty (still Sunday in UTC): this week
            c,
            d,
            e,
            f,
            unpaid(7, u"pending"_s, utc(12, 2, 5)),
            unpaid(8, u"processing"_s, utc(12, 2, 6)),
            unpaid(9, u"cancelled"_s, utc(12, 2, 7)),
            unpaid(10, u"expired"_s, utc(12, 1, 7)),
        }));
        // Refunds count on the day they were made, whenever their invoice was paid; failed ones not at all.
        VERIFY_OK(m_store->upsertRefunds({
            refund(71, 5, 100, u"completed"_s, utc(12, 2, 5)), // Wed 10:00 Almaty, of today's sale
            refund(72, 1, 200, u"completed"_s, utc(12, 2, 8)), // Wed 13:00 Almaty, of last week's sale
            refund(73, 6, 50, u"failed"_s, utc(12, 2, 11)), // Wed 16:00 Almaty: failed, not counted
            refund(74, 3, 30, u"pending"_s, utc(12, 1, 6)), // Tue 1 Dec 11:00 Almaty: on its way back, counted
        }));
    }

    OverviewFigures figures(PeriodKind bestSellers = PeriodKind::Month)
    {
        return computeOverview(m_store.get(), kToday, QTimeZone(QByteArrayLiteral("Asia/Almaty")), bestSellers);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<HistoryStore>();
        const StoreStatus opened = m_store->open(m_dir.filePath(u"shop-%1.sqlite"_s.arg(++m_files)));
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
    }

    void cleanup() { m_store.reset(); }

    void compared_toDate_whileThePeriodRuns()
    {
        // Yesterday (Tue 1 Dec) a morning sale and an evening sale; today one morning sale. At 12:00 Almaty today is
        // compared with yesterday until 12:00, not with the whole of yesterday.
        VERIFY_OK(m_store->upsertInvoices({
            paid(1, 1000, utc(12, 1, 4)), // Tue 09:00 Almaty
            paid(2, 5000, utc(12, 1, 14)), // Tue 19:00 Almaty
            paid(3, 2000, utc(12, 2, 4)), // Wed 09:00 Almaty
            paid(4, 700, utc(11, 4, 4)), // Wed 4 Nov 09:00 Almaty: last month, before the same day and time
            paid(5, 900, utc(11, 20, 4)), // Fri 20 Nov: last month, after it
        }));
        const QTimeZone almaty(QByteArrayLiteral("Asia/Almaty"));
        const QDateTime noon = utc(12, 2, 7); // Wed 2 Dec 12:00 Almaty
        const OverviewFigures f = computeOverview(m_store.get(), kToday, almaty, PeriodKind::Month, 10, noon);
        QVERIFY2(f.errors.isEmpty(), qPrintable(f.errors.join(u'\n')));
        QCOMPARE(f.day.current.paidTakings, Money::fromTenge(2000));
        QCOMPARE(f.day.previous.paidTakings, Money::fromTenge(1000)); // the 19:00 sale has not happened "yet"
        QCOMPARE(f.day.previousUntil, utc(12, 1, 7));
        QCOMPARE(f.day.previous.invoiceCount, qint64(1));
        // This week (from Mon 30 Nov) against last week until Wed 25 Nov 12:00: nothing then.
        QCOMPARE(f.week.previousUntil, utc(11, 25, 7));
        QCOMPARE(f.week.previous.invoiceCount, qint64(0));
        // This month (from 1 Dec) against November until 2 Nov 12:00 + the same time: only 1 Nov–2 Nov 12:00.
        QCOMPARE(f.month.previousUntil, utc(11, 2, 7));
        QCOMPARE(f.month.previous.invoiceCount, qint64(0));
        const QDateTime lateInMonth = QDateTime(QDate(2026, 12, 31), QTime(18, 0), QTimeZone::utc()); // 31 Dec 23:00
        const OverviewFigures end
            = computeOverview(m_store.get(), QDate(2026, 12, 31), almaty, PeriodKind::Month, 10, lateInMonth);
        // 30 days and 23 hours into December is past the end of November: the whole of November counts.
        QCOMPARE(end.month.previousUntil, end.month.previousPeriod.to);
        QCOMPARE(end.month.previous.invoiceCount, qint64(2));
        // Without a `now` the whole periods are compared.
        const OverviewFigures whole = computeOverview(m_store.get(), kToday, almaty, PeriodKind::Month);
        QVERIFY(!whole.day.previousUntil.isValid());
        QCOMPARE(whole.day.previous.paidTakings, Money::fromTenge(6000));
    }

    void periods_weekStartsMondayInAlmaty_monthInAlmaty()
    {
        const QTimeZone almaty(QByteArrayLiteral("Asia/Almaty"));
        const Period week = periodOf(PeriodKind::Week, kToday, almaty);
        QCOMPARE(week.firstDay, QDate(2026, 11, 30));
        QCOMPARE(week.lastDay, QDate(2026, 12, 6));
        QCOMPARE(week.from, utc(11, 29, 19)); // Monday 00:00 in Almaty is Sunday 19:00 UTC
        QCOMPARE(week.to, utc(12, 6, 19));
        const Period lastWeek = previousPeriod(PeriodKind::Week, kToday, almaty);
        QCOMPARE(lastWeek.firstDay, QDate(2026, 11, 23));
        QCOMPARE(lastWeek.to, week.from);
        // A Sunday belongs to the week that started the Monday before.
        QCOMPARE(periodOf(PeriodKind::Week, QDate(2026, 12, 6), almaty).firstDay, QDate(2026, 11, 30));
        const Period lastMonth = previousPeriod(PeriodKind::Month, kToday, almaty);
        QCOMPARE(lastMonth.firstDay, QDate(2026, 11, 1));
        QCOMPARE(lastMonth.lastDay, QDate(2026, 11, 30));
        QCOMPARE(previousPeriod(PeriodKind::Month, QDate(2026, 3, 31), almaty).lastDay, QDate(2026, 2, 28));
        QCOMPARE(previousPeriod(PeriodKind::Day, QDate(2027, 1, 1), almaty).firstDay, QDate(2026, 12, 31));
    }

    void cards_countByTheDayInAlmaty_againstThePeriodBefore()
    {
        fillShop();
        const OverviewFigures f = figures();
        QVERIFY2(f.errors.isEmpty(), qPrintable(f.errors.join(u'\n')));
        QVERIFY(f.hasStore);
        QCOMPARE(f.invoicesStored, qint64(10));

        // Today (Wed 2 Dec): 500 ₸ and 1 500 ₸ taken; 100 ₸ and 200 ₸ (of last week's sale) refunded, the failed
        // 50 ₸ not.
        QCOMPARE(f.day.current.paidTakings, Money::fromTenge(2000));
        QCOMPARE(f.day.current.refunds, Money::fromTenge(300));
        QCOMPARE(f.day.current.net, Money::fromTenge(1700));
        QCOMPARE(f.day.current.unreadableRefunds, qint64(0));
        QCOMPARE(f.day.current.invoiceCount, qint64(2));
        QCOMPARE(f.day.current.averageTicket, Money::fromTenge(1000));
        // Yesterday (Tue 1 Dec in Almaty, although paid on 30 Nov in UTC): 4 000 ₸.
        QCOMPARE(f.day.previous.paidTakings, Money::fromTenge(4000));
        QCOMPARE(f.day.previous.invoiceCount, qint64(1));
        QCOMPARE(f.day.previous.refunds, Money::fromTenge(30));

        // This week (Mon 30 Nov – Sun 6 Dec): everything but the Sunday-night invoice.
        QCOMPARE(f.week.current.paidTakings, Money::fromTenge(2000 + 3000 + 4000 + 500 + 1500));
        QCOMPARE(f.week.current.net, Money::fromTenge(11000 - 330));
        QCOMPARE(f.week.current.invoiceCount, qint64(5));
        QCOMPARE(f.week.current.averageTicket, Money::fromTenge(2200));
        QCOMPARE(f.week.previous.paidTakings, Money::fromTenge(1000));
        QCOMPARE(f.week.previous.net, Money::fromTenge(1000)); // its sale refunded this week: last week stays as it was
        QCOMPARE(f.week.previous.invoiceCount, qint64(1));

        // This month (December in Almaty): the three paid from Tue 1 Dec 00:05 on; November had 6 000 ₸.
        QCOMPARE(f.month.current.paidTakings, Money::fromTenge(6000));
        QCOMPARE(f.month.current.net, Money::fromTenge(6000 - 330));
        QCOMPARE(f.month.current.invoiceCount, qint64(3));
        QCOMPARE(f.month.previous.paidTakings, Money::fromTenge(6000));
        QCOMPARE(f.month.previous.invoiceCount, qint64(3));

        QCOMPARE(f.waiting, qint64(2)); // pending and processing; not cancelled or expired
    }

    void change_againstThePreviousPeriod()
    {
        QCOMPARE(change(200000, 400000), (Change { Change::Direction::Down, 50 }));
        QCOMPARE(change(190000, 400000), (Change { Change::Direction::Down, 53 })); // −52.5 % rounds away from 0
        QCOMPARE(change(1100000, 100000), (Change { Change::Direction::Up, 1000 }));
        QCOMPARE(change(600000, 600000), (Change { Change::Direction::Same, 0 }));
        QCOMPARE(change(500, 0), (Change { Change::Direction::NoBase, 0 })); // shown as "—"
        QCOMPARE(change(0, -100), (Change { Change::Direction::Up, 100 })); // a negative net that came back to 0
    }

    void chart_netPerDayAndPerMonth()
    {
        fillShop();
        const OverviewFigures f = figures();
        QCOMPARE(f.days.size(), kChartDays);
        QCOMPARE(f.days.constLast().period.firstDay, kToday);
        QCOMPARE(f.days.constFirst().period.firstDay, kToday.addDays(-29));
        QCOMPARE(f.days.constLast().net, Money::fromTenge(1700));
        QCOMPARE(f.days.at(kChartDays - 2).net, Money::fromTenge(3970)); // 1 Dec: 4 000 taken, 30 refunded
        QCOMPARE(f.days.at(kChartDays - 3).net, Money::fromTenge(5000)); // 30 Nov in Almaty: 2 000 + 3 000
        QCOMPARE(f.days.at(kChartDays - 4).net, Money::fromTenge(1000)); // 29 Nov
        QCOMPARE(f.days.at(0).net, Money());

        QCOMPARE(f.months.size(), kChartMonths);
        QCOMPARE(f.months.constLast().period.firstDay, QDate(2026, 12, 1));
        QCOMPARE(f.months.constFirst().period.firstDay, QDate(2026, 1, 1));
        QCOMPARE(f.months.constLast().net, Money::fromTenge(5670));
        QCOMPARE(f.months.at(kChartMonths - 2).net, Money::fromTenge(6000));
    }

    void chart_barsTheFirstSyncHasNotReachedYet_areNotComplete()
    {
        fillShop();
        // The first sync has read the invoices back to Wed 25 Nov 10:00 Almaty and every refund.
        VERIFY_OK(m_store->setSyncValue(synckeys::historyInvoicesCoveredFrom(), u"2026-11-25T05:00:00.000Z"_s));
        VERIFY_OK(m_store->setSyncValue(synckeys::historyRefundsDone(), u"1"_s));
        OverviewFigures f = figures();
        QCOMPARE(f.days.size(), kChartDays);
        // 3 Nov … 25 Nov are not whole yet (25 Nov only from 10:00); 26 Nov … 2 Dec are.
        for (int n = 0; n < kChartDays; ++n) {
            const ChartBar& bar = f.days.at(n);
            QVERIFY2(bar.complete == (bar.period.firstDay >= QDate(2026, 11, 26)),
                qPrintable(bar.period.firstDay.toString()));
        }
        QCOMPARE(f.days.at(22).period.firstDay, QDate(2026, 11, 25));
        QVERIFY(!f.days.at(22).complete);
        // Months: only December is whole.
        for (int n = 0; n < kChartMonths; ++n) {
            QCOMPARE(f.months.at(n).complete, n == kChartMonths - 1);
        }

        // The refunds not read at all yet: no bar is whole (their refunds may still come).
        VERIFY_OK(m_store->setSyncValue(synckeys::historyRefundsDone(), QString()));
        f = figures();
        QVERIFY(std::none_of(f.days.cbegin(), f.days.cend(), [](const ChartBar& bar) { return bar.complete; }));

        // The whole history read: every bar is whole.
        VERIFY_OK(m_store->setSyncValue(synckeys::historyInvoicesDone(), u"1"_s));
        VERIFY_OK(m_store->setSyncValue(synckeys::historyRefundsDone(), u"1"_s));
        f = figures();
        QVERIFY(std::all_of(f.days.cbegin(), f.days.cend(), [](const ChartBar& bar) { return bar.complete; }));
        QVERIFY(std::all_of(f.months.cbegin(), f.months.cend(), [](const ChartBar& bar) { return bar.complete; }));
    }

    void bestSellers_ofThePeriod_byAmount()
    {
        fillShop();
        const OverviewFigures month = figures(PeriodKind::Month);
        QCOMPARE(month.bestSellers.items.size(), 2); // Tea was sold in November
        QCOMPARE(month.bestSellers.items.at(0).name, u"Cake"_s);
        QCOMPARE(month.bestSellers.items.at(0).quantity, qint64(1));
        QCOMPARE(month.bestSellers.items.at(0).amount, Money::fromTenge(1250));
        QCOMPARE(month.bestSellers.items.at(1).name, u"Coffee"_s);
        QCOMPARE(month.bestSellers.items.at(1).quantity, qint64(3));
        QCOMPARE(month.bestSellers.items.at(1).amount, Money::fromTenge(750));
        QCOMPARE(month.bestSellers.unreadableLines, qint64(1)); // the negative price is counted, not added

        const OverviewFigures week = figures(PeriodKind::Week);
        QCOMPARE(week.bestSellers.items.constFirst().name, u"Tea"_s);
        const OverviewFigures day = figures(PeriodKind::Day);
        QCOMPARE(day.bestSellers.unreadableLines, qint64(0));
        QCOMPARE(day.bestSellers.items.size(), 2);
    }

    void bestSellers_sumThatWouldOverflow_isReportedNotSummed()
    {
        Invoice a = paid(1, 100, utc(12, 2, 4));
        a.items = { line(u"Bag"_s, 0, 5'000'000'000'000'000'000LL) };
        Invoice b = paid(2, 100, utc(12, 2, 5));
        b.items = { line(u"Bag"_s, 0, 5'000'000'000'000'000'000LL) };
        VERIFY_OK(m_store->upsertInvoices({ a, b }));
        const OverviewFigures f = figures(PeriodKind::Day);
        QVERIFY(f.bestSellers.items.isEmpty());
        QCOMPARE(f.errors.size(), 1);
        QVERIFY2(f.errors.constFirst().contains(u"too large"_s), qPrintable(f.errors.constFirst()));
        // The rest of the overview is still read.
        QCOMPARE(f.day.current.paidTakings, Money::fromTenge(200));
    }

    void refunds_ofAnOldSale_takeTheDayBelowZero_unreadableOnesCountedNotAdded()
    {
        VERIFY_OK(m_store->upsertInvoices({ paid(1, 5000, utc(11, 20, 4)), paid(2, 400, utc(12, 2, 4)) }));
        Refund impossible = refund(82, 1, 0, u"completed"_s, utc(12, 2, 6));
        impossible.amount = Money::fromTiyn(-5);
        Refund missing = refund(83, 1, 0, u"completed"_s, utc(12, 2, 6));
        missing.amount.reset();
        VERIFY_OK(m_store->upsertRefunds({ refund(81, 1, 1000, u"completed"_s, utc(12, 2, 5)), impossible, missing }));
        const OverviewFigures f = figures();
        QVERIFY2(f.errors.isEmpty(), qPrintable(f.errors.join(u'\n')));
        QCOMPARE(f.day.current.paidTakings, Money::fromTenge(400));
        QCOMPARE(f.day.current.refunds, Money::fromTenge(1000));
        QCOMPARE(f.day.current.net, Money::fromTenge(-600));
        QCOMPARE(f.day.current.unreadableRefunds, qint64(2));
        QCOMPARE(f.days.constLast().net, Money::fromTenge(-600));
    }

    void noStore_or_emptyStore()
    {
        const OverviewFigures none = computeOverview(nullptr, kToday, QTimeZone::utc(), PeriodKind::Month);
        QVERIFY(!none.hasStore);
        const OverviewFigures empty = figures();
        QVERIFY(empty.hasStore);
        QCOMPARE(empty.invoicesStored, qint64(0));
        QVERIFY(empty.errors.isEmpty());
        QCOMPARE(empty.day.current.net, Money());
        QCOMPARE(empty.days.size(), kChartDays);
    }

    void model_readsAgainOnceForManyAnnouncements()
    {
        OverviewModel model;
        model.setZone(QTimeZone(QByteArrayLiteral("Asia/Almaty")));
        model.setClock([] { return utc(12, 2, 12); });
        model.setSettleMs(30);
        QSignalSpy changed(&model, &OverviewModel::figuresChanged);
        model.setStore(m_store.get());
        QVERIFY(changed.wait(2000));
        QCOMPARE(model.today(), kToday);
        QCOMPARE(model.figures().day.current.invoiceCount, qint64(0));

        changed.clear();
        for (int n = 1; n <= 5; ++n) { // a sync writing five pages in a row
            VERIFY_OK(m_store->upsertInvoices({ paid(n, 100, utc(12, 2, 4, n)) }));
        }
        QVERIFY(model.isPending());
        QVERIFY(changed.wait(2000));
        QVERIFY(!model.isPending()); // the five announcements were answered by this one reading
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.figures().day.current.invoiceCount, qint64(5));
        QCOMPARE(model.figures().day.current.paidTakings, Money::fromTenge(500));

        // A refund announcement is followed too.
        Refund refund;
        refund.id = 70;
        refund.invoiceId = 1;
        refund.amount = Money::fromTenge(10);
        refund.createdAt = utc(12, 2, 6);
        VERIFY_OK(m_store->upsertRefunds({ refund }));
        QVERIFY(changed.wait(2000));

        // The store replaced by none.
        model.setStore(nullptr);
        QVERIFY(changed.wait(2000));
        QVERIFY(!model.figures().hasStore);
    }

    void model_readsAgainAtMidnightInAlmaty()
    {
        OverviewModel model;
        model.setZone(QTimeZone(QByteArrayLiteral("Asia/Almaty")));
        QDateTime now = utc(12, 2, 18, 59).addSecs(59); // 23:59:59 in Almaty
        model.setClock([&now] { return now; });
        QSignalSpy changed(&model, &OverviewModel::figuresChanged);
        model.setStore(m_store.get());
        QVERIFY(changed.wait(2000));
        QCOMPARE(model.figures().today, kToday);
        now = now.addSecs(2); // the clock passes midnight; nothing is written to the store
        QVERIFY(changed.wait(5000));
        QCOMPARE(model.figures().today, kToday.addDays(1));
    }
};

QTEST_GUILESS_MAIN(TestOverviewFigures)
#include "tst_overviewfigures.moc"
