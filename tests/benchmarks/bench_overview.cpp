// Benchmarks of the overview at 100 000 invoices (a year of a busy shop, a third with items, some refunded; label
// "benchmark"): reading every figure of the overview page once (what happens after each batch of the sync, at most
// once per 250 ms), the best sellers of a month alone, and the end-of-day report of one day. Times are this thread's
// CPU time, best of a few runs. The floors are this page's own: the overview ≤ 100 ms (it runs on the GUI thread),
// the report ≤ 30 ms.
#include "overview/endofdayreport.h"
#include "overview/overviewfigures.h"
#include "store/historystore.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <limits>
#include <time.h>

using namespace apipay;
using namespace Qt::StringLiterals;

namespace {

const int kInvoices = qEnvironmentVariableIntValue("BENCH_OVERVIEW_INVOICES") > 0
    ? qEnvironmentVariableIntValue("BENCH_OVERVIEW_INVOICES")
    : 100'000;

// The year ends on the day the overview is read.
const QDateTime kEnd(QDate(2026, 12, 2), QTime(12, 0), QTimeZone::utc());

QList<Invoice> makeInvoices()
{
    static const QString items[] = { u"Капучино"_s, u"Круассан"_s, u"Самса"_s, u"Торт «Наполеон»"_s, u"Бауырсақ"_s,
        u"Americano"_s, u"Шай"_s, u"Сок 1 л"_s };
    static const char* const statuses[]
        = { "paid", "paid", "paid", "paid", "pending", "expired", "cancelled", "partially_refunded", "refunded" };
    const qint64 step = 365LL * 24 * 3600 / kInvoices;
    QRandomGenerator rng(20261202);
    QList<Invoice> out;
    out.reserve(kInvoices);
    for (int n = 0; n < kInvoices; ++n) {
        Invoice i;
        i.id = 2'000'000 + n;
        i.status = InvoiceStatus(QString::fromLatin1(statuses[rng.bounded(int(std::size(statuses)))]));
        i.createdAt = kEnd.addSecs(-qint64(kInvoices - n) * step);
        i.description = u"Заказ %1"_s.arg(i.id);
        if (i.status.value() != InvoiceStatus::Pending && i.status.value() != InvoiceStatus::Expired
            && i.status.value() != InvoiceStatus::Cancelled) {
            i.paidAt = i.createdAt.addSecs(60);
        }
        Money amount;
        const int lines = n % 3 == 0 ? 3 : 0;
        for (int k = 0; k < lines; ++k) {
            InvoiceItem item;
            item.id = k + 1;
            item.name = items[rng.bounded(int(std::size(items)))];
            item.price = Money::fromTiyn(rng.bounded(100, 500'000));
            item.count = rng.bounded(1, 4);
            amount += Money::fromTiyn(item.price->tiyn() * item.count);
            i.items.append(item);
        }
        i.amount = lines ? amount : Money::fromTiyn(rng.bounded(100, 5'000'000));
        if (i.status.value() == InvoiceStatus::PartiallyRefunded) {
            i.totalRefunded = Money::fromTiyn(i.amount->tiyn() / 3);
        }
        out.append(i);
    }
    return out;
}

void report(const char* what, double value, const char* unit, double floor)
{
    std::printf(
        "BENCH %-52s %10.2f %-6s floor %8.2f  %s\n", what, value, unit, floor, value <= floor ? "within" : "OVER");
    std::fflush(stdout);
}

qint64 cpuNow()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

template <typename Work> double bestMs(int rounds, Work work)
{
    qint64 best = std::numeric_limits<qint64>::max();
    for (int r = 0; r < rounds; ++r) {
        const qint64 start = cpuNow();
        work();
        best = std::min(best, cpuNow() - start);
    }
    return double(best) / 1e6;
}

} // namespace

class BenchOverview : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<HistoryStore> m_store;
    const QTimeZone m_zone { QByteArrayLiteral("Asia/Almaty") };
    const QDate m_today = kEnd.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Almaty"))).date();

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<HistoryStore>();
        QVERIFY(m_store->open(m_dir.filePath(u"bench-overview.sqlite"_s)).ok());
        const StoreStatus written = m_store->upsertInvoices(makeInvoices());
        QVERIFY2(written.ok(), qPrintable(written.error()));
    }

    void wholeOverview()
    {
        overview::OverviewFigures figures;
        const double ms = bestMs(5,
            [&] { figures = overview::computeOverview(m_store.get(), m_today, m_zone, overview::PeriodKind::Month); });
        QVERIFY2(figures.errors.isEmpty(), qPrintable(figures.errors.join(u'\n')));
        QCOMPARE(figures.invoicesStored, qint64(kInvoices));
        std::printf("BENCH overview of %d invoices: this month %lld paid, net %s; %lld waiting; %lld best sellers\n",
            kInvoices, static_cast<long long>(figures.month.current.invoiceCount),
            qPrintable(figures.month.current.net.toPlainString()), static_cast<long long>(figures.waiting),
            static_cast<long long>(figures.bestSellers.items.size()));
        report("overview: every figure once (CPU)", ms, "ms", 100);
    }

    void bestSellersOfAMonth()
    {
        const overview::Period month = overview::periodOf(overview::PeriodKind::Month, m_today, m_zone);
        const double ms = bestMs(5, [&] { QVERIFY(m_store->bestSellers(month.from, month.to, 10).ok()); });
        report("best sellers of a month (CPU)", ms, "ms", 30);
    }

    void endOfDayReport()
    {
        const DisplayFormat format(QLocale(QLocale::Russian, QLocale::Kazakhstan), m_zone);
        qsizetype rows = 0;
        const double ms = bestMs(5, [&] {
            const auto built
                = overview::EndOfDayReport::build(*m_store, m_today.addDays(-1), format, u"Bench shop"_s, kEnd);
            QVERIFY(built.ok());
            rows = built.value().invoices().size();
            QVERIFY(!built.value().html().isEmpty());
        });
        std::printf("BENCH end-of-day report: %lld paid invoices in the day\n", static_cast<long long>(rows));
        report("end-of-day report of a day, with its HTML (CPU)", ms, "ms", 30);
    }
};

QTEST_GUILESS_MAIN(BenchOverview)
#include "bench_overview.moc"
