// The overview's figures as filters of the invoice list: the list opened on a figure holds exactly the invoices the
// figure counts — the waiting ones by their shown status, the paid ones of a period by the day the money came in
// (an invoice made yesterday and paid today is in today's takings; a paid invoice refunded in full shows as Refunded
// and still counts), over a history store filled by hand in Almaty (UTC+5).
#include "overview/overviewfigures.h"
#include "overview/overviewlinks.h"
#include "store/historystore.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <memory>

using namespace apipay;
using namespace apipay::overview;
using namespace Qt::StringLiterals;

namespace {

QDateTime utc(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), QTimeZone::utc());
}

Invoice invoice(qint64 id, const QString& status, const QDateTime& created, const QDateTime& paidAt = {})
{
    Invoice i;
    i.id = id;
    i.status = InvoiceStatus(status);
    i.amount = Money::fromTenge(1000 + id);
    i.createdAt = created;
    i.paidAt = paidAt;
    return i;
}

const QDate kToday(2026, 12, 2); // a Wednesday

} // namespace

class TestOverviewLinks : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<HistoryStore> m_store;

    QList<qint64> ids(const HistoryQuery& query) const
    {
        const StoreResult<QList<Invoice>> found = m_store->findInvoices(query);
        QList<qint64> out;
        for (const Invoice& i : found.value()) {
            out.append(i.id);
        }
        std::sort(out.begin(), out.end());
        return out;
    }

    static HistoryQuery paidIn(const Period& period)
    {
        HistoryQuery query;
        query.statuses = takingsStatuses();
        query.from = period.from;
        query.to = period.to;
        query.periodOfTakings = true;
        query.limit = 0;
        return query;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<HistoryStore>();
        QVERIFY(m_store->open(m_dir.filePath(u"shop.sqlite"_s)).ok());
        Invoice fullyRefunded = invoice(2, u"paid"_s, utc(12, 2, 3), utc(12, 2, 3, 5));
        fullyRefunded.isFullyRefunded = true; // v2.1 keeps "paid": shown as Refunded
        Invoice partly = invoice(3, u"partially_refunded"_s, utc(12, 2, 5), utc(12, 2, 5, 1));
        partly.totalRefunded = Money::fromTenge(100);
        QVERIFY(m_store
                    ->upsertInvoices({
                        // Made Tue 1 Dec 23:00 Almaty, paid Wed 2 Dec 09:00: today's takings, yesterday's invoice.
                        invoice(1, u"paid"_s, utc(12, 1, 18), utc(12, 2, 4)),
                        fullyRefunded,
                        partly,
                        invoice(4, u"refunded"_s, utc(12, 2, 6), utc(12, 2, 6, 2)),
                        invoice(5, u"pending"_s, utc(12, 2, 7)),
                        invoice(6, u"processing"_s, utc(11, 20, 7)), // waiting since last month
                        invoice(7, u"cancelled"_s, utc(12, 2, 8)),
                        invoice(8, u"expired"_s, utc(12, 2, 1)),
                        invoice(9, u"paid"_s, utc(11, 30, 19, 30), utc(11, 30, 19, 40)), // Tue 1 Dec 00:40 Almaty
                        invoice(10, u"cancelling"_s, utc(12, 2, 9)),
                        // Made today, paid without a paid_at: counted by the day it was made.
                        invoice(11, u"paid"_s, utc(12, 2, 10)),
                    })
                    .ok());
    }

    void cleanupTestCase() { m_store.reset(); }

    void waiting_listHoldsWhatTheFigureCounts()
    {
        const OverviewFigures figures
            = computeOverview(m_store.get(), kToday, QTimeZone(QByteArrayLiteral("Asia/Almaty")), PeriodKind::Month);
        QCOMPARE(figures.waiting, qint64(2));
        HistoryQuery query;
        query.statuses = waitingStatuses();
        query.limit = 0;
        QCOMPARE(ids(query), (QList<qint64> { 5, 6 }));
        QCOMPARE(m_store->countInvoices(query).value(), figures.waiting);
    }

    void paidOfAPeriod_listHoldsWhatTheCardCounts()
    {
        const OverviewFigures figures
            = computeOverview(m_store.get(), kToday, QTimeZone(QByteArrayLiteral("Asia/Almaty")), PeriodKind::Month);
        QCOMPARE(ids(paidIn(figures.day.period)), (QList<qint64> { 1, 2, 3, 4, 11 }));
        QCOMPARE(m_store->countInvoices(paidIn(figures.day.period)).value(), figures.day.current.invoiceCount);
        QCOMPARE(ids(paidIn(figures.week.period)), (QList<qint64> { 1, 2, 3, 4, 9, 11 }));
        QCOMPARE(m_store->countInvoices(paidIn(figures.week.period)).value(), figures.week.current.invoiceCount);
        QCOMPARE(m_store->countInvoices(paidIn(figures.month.period)).value(), figures.month.current.invoiceCount);
        QCOMPARE(figures.month.current.invoiceCount, qint64(6));

        // Counted by the day it was made, today's list would miss invoice 1 (made yesterday, paid today).
        HistoryQuery made = paidIn(figures.day.period);
        made.periodOfTakings = false;
        QCOMPARE(ids(made), (QList<qint64> { 2, 3, 4, 11 }));
    }

    void periodOfTakings_withoutBounds_holdsOnlyPaidInvoices()
    {
        HistoryQuery query;
        query.periodOfTakings = true;
        query.limit = 0;
        QCOMPARE(ids(query), (QList<qint64> { 1, 2, 3, 4, 9, 11 }));
    }
};

QTEST_GUILESS_MAIN(TestOverviewLinks)
#include "tst_overviewlinks.moc"
