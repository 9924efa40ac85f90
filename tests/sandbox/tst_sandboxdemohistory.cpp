// The demo shop's six months of history as a person sees it through the API: invoices on most days, none in the
// future, quieter Sundays, busier days before New Year, paid takings in every month, refunds never above their
// invoice, amounts in whole tiyn; and seeding keeps the same half-year.
#include "sandboxhttpclient.h"
#include "testsupport.h"

#include "money/money.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QTest>
#include <QTimeZone>

#include <memory>

using apipay::Money;
using apipay::sandbox::Profile;
using apipay::sandbox::SandboxServer;
using apipay::test::HttpAnswer;
using apipay::test::SandboxHttpClient;

namespace {

// 21:00 in Almaty on a Wednesday: the half-year behind it holds New Year, 8 March and Nauryz.
const QDateTime kNow(QDate(2026, 4, 8), QTime(16, 0), Qt::UTC);

struct SeenInvoice
{
    qint64 id = 0;
    QDateTime createdAt;
    QString status;
    Money amount;
};

struct SeenRefund
{
    qint64 invoiceId = 0;
    QDateTime createdAt;
    QString status;
    Money amount;
};

Money moneyOf(const QJsonValue& value)
{
    const auto parsed = Money::fromJson(value);
    return parsed.value.value_or(Money::fromTiyn(-1));
}

} // namespace

class TestSandboxDemoHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void days_mostDaysHaveInvoices_noneInTheFuture();
    void week_sundaysQuieter_newYearBusier();
    void months_paidTakingsInEveryMonth_exactTiyn();
    void refunds_spreadOverMonths_neverAboveTheInvoice();
    void lastHours_liveInvoicesOnTop();
    void list_pageOfTheWholeHistory_answersQuickly();
    void seed_spreadOverTheSameMonths();

private:
    QList<SeenInvoice> allInvoices();
    QList<SeenRefund> allRefunds();
    QDate almatyDate(const QDateTime& t) const { return t.toTimeZone(m_zone).date(); }

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxHttpClient> m_http;
    QList<SeenInvoice> m_invoices;
    QList<SeenRefund> m_refunds;
    QTimeZone m_zone { QByteArrayLiteral("Asia/Almaty") };
};

void TestSandboxDemoHistory::initTestCase()
{
    apipay::test::initTestEnvironment();
    SandboxServer::Options options;
    options.profile = Profile::V20;
    options.rateLimit = 100'000;
    options.processingDelayMs = 60'000;
    options.clock = [] { return kNow; };
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY(m_server->start(0));
    m_http = std::make_unique<SandboxHttpClient>(*m_server);
    m_invoices = allInvoices();
    m_refunds = allRefunds();
    QCOMPARE(qint64(m_invoices.size()), m_server->invoiceCount());
    qInfo("demo history: %lld invoices, %lld refunds", qint64(m_invoices.size()), qint64(m_refunds.size()));
}

void TestSandboxDemoHistory::cleanupTestCase()
{
    m_http.reset();
    m_server.reset();
}

QList<SeenInvoice> TestSandboxDemoHistory::allInvoices()
{
    QList<SeenInvoice> seen;
    for (int page = 1; page < 500; ++page) {
        const HttpAnswer answer = m_http->get(QStringLiteral("/invoices?per_page=100&page=%1").arg(page));
        if (answer.status != 200) {
            qWarning("GET /invoices page %d: %d", page, answer.status);
            return {};
        }
        for (const QJsonValue& v : answer.data()) {
            const QJsonObject o = v.toObject();
            seen.append({ o.value(QStringLiteral("id")).toInteger(),
                QDateTime::fromString(o.value(QStringLiteral("created_at")).toString(), Qt::ISODate),
                o.value(QStringLiteral("status")).toString(), moneyOf(o.value(QStringLiteral("amount"))) });
        }
        const QJsonObject meta = answer.json().value(QStringLiteral("meta")).toObject();
        if (page >= meta.value(QStringLiteral("last_page")).toInt()) {
            break;
        }
    }
    return seen;
}

QList<SeenRefund> TestSandboxDemoHistory::allRefunds()
{
    QList<SeenRefund> seen;
    for (int page = 1; page < 100; ++page) {
        const HttpAnswer answer = m_http->get(QStringLiteral("/refunds?per_page=100&page=%1").arg(page));
        if (answer.status != 200) {
            return {};
        }
        for (const QJsonValue& v : answer.data()) {
            const QJsonObject o = v.toObject();
            seen.append({ o.value(QStringLiteral("invoice_id")).toInteger(),
                QDateTime::fromString(o.value(QStringLiteral("created_at")).toString(), Qt::ISODate),
                o.value(QStringLiteral("status")).toString(), moneyOf(o.value(QStringLiteral("amount"))) });
        }
        const QJsonObject meta = answer.json().value(QStringLiteral("meta")).toObject();
        if (page >= meta.value(QStringLiteral("last_page")).toInt()) {
            break;
        }
    }
    return seen;
}

void TestSandboxDemoHistory::days_mostDaysHaveInvoices_noneInTheFuture()
{
    // A café's half-year: several thousand invoices (about 25–60 a day).
    QVERIFY2(m_invoices.size() >= 6000 && m_invoices.size() <= 10'000, qPrintable(QString::number(m_invoices.size())));
    const QDate today = almatyDate(kNow);
    QSet<QDate> days;
    for (const SeenInvoice& inv : m_invoices) {
        QVERIFY(inv.createdAt.isValid());
        QVERIFY2(inv.createdAt <= kNow, qPrintable(inv.createdAt.toString(Qt::ISODate)));
        const QDate day = almatyDate(inv.createdAt);
        QVERIFY2(day >= today.addDays(-183), qPrintable(day.toString(Qt::ISODate)));
        days.insert(day);
        // Opening hours: nothing in the middle of the night.
        const int hour = inv.createdAt.toTimeZone(m_zone).time().hour();
        QVERIFY2(hour >= 7 && hour <= 22, qPrintable(inv.createdAt.toTimeZone(m_zone).toString(Qt::ISODate)));
    }
    int withInvoices = 0;
    for (int back = 0; back < 183; ++back) {
        withInvoices += days.contains(today.addDays(-back)) ? 1 : 0;
    }
    QVERIFY2(withInvoices >= 175, qPrintable(QString::number(withInvoices)));
}

void TestSandboxDemoHistory::week_sundaysQuieter_newYearBusier()
{
    QHash<QDate, int> perDay;
    for (const SeenInvoice& inv : m_invoices) {
        ++perDay[almatyDate(inv.createdAt)];
    }
    const QDate today = almatyDate(kNow);
    double sundays = 0;
    double weekdays = 0;
    int sundayCount = 0;
    int weekdayCount = 0;
    for (int back = 1; back <= 182; ++back) { // whole days only
        const QDate day = today.addDays(-back);
        if (day.dayOfWeek() == Qt::Sunday) {
            sundays += perDay.value(day);
            ++sundayCount;
        } else if (day.dayOfWeek() <= Qt::Friday) {
            weekdays += perDay.value(day);
            ++weekdayCount;
        }
    }
    const double sundayAverage = sundays / sundayCount;
    const double weekdayAverage = weekdays / weekdayCount;
    qInfo("invoices a day: weekdays %.1f, Sundays %.1f, 31 December %d", weekdayAverage, sundayAverage,
        perDay.value(QDate(2025, 12, 31)));
    QVERIFY(weekdayAverage >= 25 && weekdayAverage <= 60);
    QVERIFY(sundayAverage < 0.85 * weekdayAverage);
    QVERIFY(perDay.value(QDate(2025, 12, 31)) > weekdayAverage);
    QVERIFY(perDay.value(QDate(2026, 3, 8)) > sundayAverage); // 8 March 2026 is a Sunday
}

void TestSandboxDemoHistory::months_paidTakingsInEveryMonth_exactTiyn()
{
    QMap<QString, qint64> paidPerMonth; // tiyn
    QMap<QString, int> statuses;
    for (const SeenInvoice& inv : m_invoices) {
        QVERIFY2(inv.amount > Money(), qPrintable(QString::number(inv.id)));
        ++statuses[inv.status];
        if (inv.status == u"paid" || inv.status == u"partially_refunded" || inv.status == u"refunded") {
            paidPerMonth[almatyDate(inv.createdAt).toString(QStringLiteral("yyyy-MM"))] += inv.amount.tiyn();
        }
    }
    // October 2025 … April 2026: seven calendar months touched by the 183 days, each with takings.
    QCOMPARE(paidPerMonth.size(), 7);
    for (auto it = paidPerMonth.cbegin(); it != paidPerMonth.cend(); ++it) {
        QVERIFY2(it.value() > 0, qPrintable(it.key()));
    }
    // A complete month of a café takes millions of tenge.
    QVERIFY(paidPerMonth.value(QStringLiteral("2026-01")) > Money::fromTenge(1'000'000).tiyn());
    // Mostly paid; some expired and cancelled, a few errors; the live states of today exist too.
    const int total = int(m_invoices.size());
    const int paid = statuses.value(QStringLiteral("paid")) + statuses.value(QStringLiteral("partially_refunded"))
        + statuses.value(QStringLiteral("refunded"));
    QVERIFY2(paid > total * 0.75 && paid < total * 0.95, qPrintable(QString::number(paid)));
    for (const char* status : { "expired", "cancelled", "error", "pending", "processing", "cancelling" }) {
        QVERIFY2(statuses.value(QLatin1String(status)) >= 1, status);
    }
    QVERIFY(statuses.value(QStringLiteral("error")) < statuses.value(QStringLiteral("cancelled")));
}

void TestSandboxDemoHistory::refunds_spreadOverMonths_neverAboveTheInvoice()
{
    QHash<qint64, Money> invoiceAmount;
    for (const SeenInvoice& inv : m_invoices) {
        invoiceAmount.insert(inv.id, inv.amount);
    }
    QHash<qint64, Money> refunded;
    QSet<QString> months;
    int full = 0;
    int partial = 0;
    for (const SeenRefund& r : m_refunds) {
        QVERIFY(invoiceAmount.contains(r.invoiceId));
        QVERIFY(r.amount > Money());
        QVERIFY(r.createdAt <= kNow);
        refunded[r.invoiceId] += r.amount;
        months.insert(almatyDate(r.createdAt).toString(QStringLiteral("yyyy-MM")));
    }
    for (auto it = refunded.cbegin(); it != refunded.cend(); ++it) {
        const Money amount = invoiceAmount.value(it.key());
        QVERIFY2(it.value() <= amount, qPrintable(QString::number(it.key())));
        (it.value() == amount ? full : partial) += 1;
    }
    // A few a week over six months.
    QVERIFY2(m_refunds.size() >= 40 && m_refunds.size() <= 120, qPrintable(QString::number(m_refunds.size())));
    QVERIFY(months.size() >= 6);
    QVERIFY(full >= 5);
    QVERIFY(partial >= 10);
    // Refunds by items are there too (one line of the cart returned).
    bool withItems = false;
    for (const QJsonValue& v : m_http->get(QStringLiteral("/refunds?per_page=100")).data()) {
        withItems = withItems || !v.toObject().value(QStringLiteral("items")).toArray().isEmpty();
    }
    QVERIFY(withItems);
}

void TestSandboxDemoHistory::lastHours_liveInvoicesOnTop()
{
    // The newest rows (default order: newest first) are today's, with invoices still waiting for payment.
    const QJsonArray top = m_http->get(QStringLiteral("/invoices?per_page=10")).data();
    QCOMPARE(top.size(), 10);
    QSet<QString> statuses;
    for (const QJsonValue& v : top) {
        const QDateTime created
            = QDateTime::fromString(v.toObject().value(QStringLiteral("created_at")).toString(), Qt::ISODate);
        QCOMPARE(almatyDate(created), almatyDate(kNow));
        statuses.insert(v.toObject().value(QStringLiteral("status")).toString());
    }
    QVERIFY(statuses.contains(QStringLiteral("pending")));
    QVERIFY(statuses.contains(QStringLiteral("processing")));
}

void TestSandboxDemoHistory::list_pageOfTheWholeHistory_answersQuickly()
{
    // Search, status and date filters and a deep page over the whole history answer within a blink.
    const QStringList queries = {
        QStringLiteral("/invoices?per_page=50&page=40"),
        QStringLiteral("/invoices?per_page=50&search=%D0%9E%D0%B1%D0%B5%D0%B4"), // "Обед"
        QStringLiteral("/invoices?per_page=50&status[]=paid&status[]=refunded"),
        QStringLiteral("/invoices?per_page=50&date_from=2026-01-01&date_to=2026-01-31&sort_by=amount"),
    };
    for (const QString& query : queries) {
        const HttpAnswer answer = m_http->get(query);
        QCOMPARE(answer.status, 200);
        QVERIFY2(!answer.data().isEmpty(), qPrintable(query));
        qInfo("%s: %lld ms", qPrintable(query), answer.elapsedMs);
        QVERIFY2(answer.elapsedMs < 1000, qPrintable(query));
    }
}

void TestSandboxDemoHistory::seed_spreadOverTheSameMonths()
{
    SandboxServer::Options options;
    options.demoData = false;
    options.clock = [] { return kNow; };
    SandboxServer server(options);
    QCOMPARE(server.seedInvoices(20'000), 20'000);
    const auto& invoices = server.store().invoices();
    QCOMPARE(qint64(invoices.size()), 20'000);
    const QDate today = almatyDate(kNow);
    QHash<QDate, int> perDay;
    for (const auto& inv : invoices) {
        QVERIFY(inv.createdAt <= kNow);
        QVERIFY(inv.amount > Money());
        const QDate day = almatyDate(inv.createdAt);
        QVERIFY(day >= today.addDays(-183));
        ++perDay[day];
    }
    QVERIFY(perDay.size() >= 180);
    // Oldest first, like the history itself.
    QVERIFY(invoices.front().createdAt < invoices.back().createdAt);
}

QTEST_GUILESS_MAIN(TestSandboxDemoHistory)
#include "tst_sandboxdemohistory.moc"
