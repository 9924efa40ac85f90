// Raw HTTP tests of the sandbox's v2.1 internal note (PATCH /invoices/{id}), GET /invoices/stats and the list
// summary (GET /invoices?with_summary=1); in the v2.0 profile each of them answers as a v2.0 server would.
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstore.h"
#include "sandboxhttpclient.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using apipay::sandbox::Profile;
using apipay::sandbox::SandboxServer;
using apipay::test::HttpAnswer;
using apipay::test::SandboxHttpClient;

class TestSandboxNoteStats : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { apipay::test::initTestEnvironment(); }
    void cleanup()
    {
        m_http.reset();
        m_server.reset();
    }

    void patch_setsErasesInAnyStatus_wholeInvoice();
    void patch_withoutKey422_tooLong422_unknown404();
    void patch_v20_isNotARoute404();
    void create_internalComment_atMost255_andSearchable();
    void stats_todayCountsByCreatedAt_paidOnlyPaid_numbers();
    void stats_neitherPeriodNorDates422_datesInclusive();
    void stats_v20_404();
    void listSummary_paidAtWindow_stringsAndRefundedLater();
    void listSummary_v20_absent();

private:
    void startServer(Profile profile);
    qint64 paidInvoice(qint64 tenge);
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxHttpClient> m_http;
};

void TestSandboxNoteStats::startServer(Profile profile)
{
    SandboxServer::Options options;
    options.demoData = false;
    options.processingDelayMs = 10;
    options.rateLimit = 100'000;
    options.profile = profile;
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY(m_server->start(0));
    m_http = std::make_unique<SandboxHttpClient>(*m_server);
}

qint64 TestSandboxNoteStats::paidInvoice(qint64 tenge)
{
    const qint64 id = m_http->createInvoice(tenge);
    if (id == 0 || !QTest::qWaitFor([&] { return m_http->statusOf(id) == u"pending"_s; }, 5000)) {
        return 0;
    }
    QString error;
    return m_server->simulateInvoiceStatus(id, u"paid"_s, &error) ? id : 0;
}

void TestSandboxNoteStats::patch_setsErasesInAnyStatus_wholeInvoice()
{
    startServer(Profile::V21);
    const qint64 id = paidInvoice(1500);
    QVERIFY(id > 0);
    HttpAnswer set = m_http->patch(u"/invoices/%1"_s.arg(id), { { u"internal_comment"_s, u"Айгуль, самовывоз"_s } });
    QCOMPARE(set.status, 200);
    QCOMPARE(set.json().value(u"id"_s).toInteger(), id);
    QCOMPARE(set.json().value(u"status"_s).toString(), u"paid"_s); // a paid invoice takes a note too
    QCOMPARE(set.json().value(u"internal_comment"_s).toString(), u"Айгуль, самовывоз"_s);
    QVERIFY(set.json().contains(u"amount"_s)); // the whole invoice, as GET /invoices/{id}
    QCOMPARE(
        m_http->get(u"/invoices/%1"_s.arg(id)).json().value(u"internal_comment"_s).toString(), u"Айгуль, самовывоз"_s);

    HttpAnswer erased = m_http->patch(u"/invoices/%1"_s.arg(id), { { u"internal_comment"_s, QJsonValue() } });
    QCOMPARE(erased.status, 200);
    QVERIFY(erased.json().value(u"internal_comment"_s).isNull());
    m_http->patch(u"/invoices/%1"_s.arg(id), { { u"internal_comment"_s, u"x"_s } });
    HttpAnswer empty = m_http->patch(u"/invoices/%1"_s.arg(id), { { u"internal_comment"_s, u""_s } });
    QCOMPARE(empty.status, 200);
    QVERIFY(empty.json().value(u"internal_comment"_s).isNull());
}

void TestSandboxNoteStats::patch_withoutKey422_tooLong422_unknown404()
{
    startServer(Profile::V21);
    const qint64 id = m_http->createInvoice(100);
    QVERIFY(id > 0);
    HttpAnswer noKey = m_http->patch(u"/invoices/%1"_s.arg(id), { { u"description"_s, u"x"_s } });
    QCOMPARE(noKey.status, 422);
    QVERIFY(noKey.json().value(u"errors"_s).toObject().contains(u"internal_comment"_s));
    HttpAnswer tooLong = m_http->patch(u"/invoices/%1"_s.arg(id), { { u"internal_comment"_s, QString(256, u'я') } });
    QCOMPARE(tooLong.status, 422);
    QCOMPARE(m_http->patch(u"/invoices/%1"_s.arg(id), { { u"internal_comment"_s, QString(255, u'я') } }).status, 200);
    HttpAnswer unknown = m_http->patch(u"/invoices/999999"_s, { { u"internal_comment"_s, u"x"_s } });
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.json().value(u"error"_s).toString(), u"Invoice not found"_s);
}

void TestSandboxNoteStats::patch_v20_isNotARoute404()
{
    startServer(Profile::V20);
    const qint64 id = m_http->createInvoice(100);
    QVERIFY(id > 0);
    HttpAnswer answer = m_http->patch(u"/invoices/%1"_s.arg(id), { { u"internal_comment"_s, u"x"_s } });
    QCOMPARE(answer.status, 404);
    QCOMPARE(answer.json().value(u"message"_s).toString(), u"Not found"_s);
}

void TestSandboxNoteStats::create_internalComment_atMost255_andSearchable()
{
    startServer(Profile::V21);
    QCOMPARE(m_http
                 ->post(u"/invoices"_s,
                     { { u"amount"_s, 100 }, { u"phone_number"_s, u"87001234567"_s },
                         { u"internal_comment"_s, QString(256, u'a') } })
                 .status,
        422);
    const qint64 id = m_http->createInvoice(100, u"87001234567"_s, { { u"internal_comment"_s, u"VIP pickup"_s } });
    QVERIFY(id > 0);
    m_http->createInvoice(200);
    const QJsonArray found = m_http->get(u"/invoices?search=pickup"_s).data();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.at(0).toObject().value(u"id"_s).toInteger(), id);
}

void TestSandboxNoteStats::stats_todayCountsByCreatedAt_paidOnlyPaid_numbers()
{
    startServer(Profile::V21);
    QVERIFY(paidInvoice(1500) > 0);
    const qint64 partly = paidInvoice(1000);
    QVERIFY(partly > 0);
    QCOMPARE(m_http->post(u"/invoices/%1/refund"_s.arg(partly), { { u"amount"_s, 100 } }).status / 100, 2);
    const qint64 waiting = m_http->createInvoice(250);
    QVERIFY(waiting > 0);
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
        m_server->processDueTransitions();
        return m_http->get(u"/invoices/%1"_s.arg(partly)).json().value(u"status"_s).toString()
            == u"partially_refunded"_s;
    }()),
        10'000);
    const HttpAnswer answer = m_http->get(u"/invoices/stats?period=today"_s);
    QCOMPARE(answer.status, 200);
    const QJsonObject o = answer.json();
    QCOMPARE(o.value(u"total_invoices"_s).toInteger(), 3);
    QCOMPARE(o.value(u"paid_invoices"_s).toInteger(), 1); // partially refunded is not `paid`
    QCOMPARE(o.value(u"pending_invoices"_s).toInteger(), 1);
    QVERIFY(o.value(u"paid_amount"_s).isDouble()); // amounts are JSON numbers
    QCOMPARE(o.value(u"paid_amount"_s).toDouble(), 1500.0);
    QCOMPARE(o.value(u"total_amount"_s).toDouble(), 2750.0);
    QCOMPARE(o.value(u"pending_amount"_s).toDouble(), 250.0);
    QCOMPARE(o.value(u"conversion_rate"_s).toDouble(), 33.33);
    QVERIFY(o.value(u"period"_s).toObject().value(u"start"_s).toString().endsWith(u"+05:00"_s));
}

void TestSandboxNoteStats::stats_neitherPeriodNorDates422_datesInclusive()
{
    startServer(Profile::V21);
    QVERIFY(m_http->createInvoice(100) > 0);
    QCOMPARE(m_http->get(u"/invoices/stats"_s).status, 422);
    QCOMPARE(m_http->get(u"/invoices/stats?period=decade"_s).status, 422);
    QCOMPARE(m_http->get(u"/invoices/stats?start_date=2026-13-01&end_date=2026-01-02"_s).status, 422);
    const QDate today = m_server->store().now().toTimeZone(QTimeZone("Asia/Almaty")).date();
    const QString day = today.toString(u"yyyy-MM-dd"_s);
    const HttpAnswer sameDay = m_http->get(u"/invoices/stats?start_date=%1&end_date=%1"_s.arg(day));
    QCOMPARE(sameDay.status, 200);
    QCOMPARE(sameDay.json().value(u"total_invoices"_s).toInteger(), 1); // end_date includes its whole day
    const QString yesterday = today.addDays(-1).toString(u"yyyy-MM-dd"_s);
    QCOMPARE(m_http->get(u"/invoices/stats?start_date=%1&end_date=%1"_s.arg(yesterday))
                 .json()
                 .value(u"total_invoices"_s)
                 .toInteger(),
        0);
}

void TestSandboxNoteStats::stats_v20_404()
{
    startServer(Profile::V20);
    QCOMPARE(m_http->get(u"/invoices/stats?period=today"_s).status, 404);
}

void TestSandboxNoteStats::listSummary_paidAtWindow_stringsAndRefundedLater()
{
    startServer(Profile::V21);
    QVERIFY(paidInvoice(1500) > 0);
    const qint64 partly = paidInvoice(1000);
    QVERIFY(partly > 0);
    QCOMPARE(m_http->post(u"/invoices/%1/refund"_s.arg(partly), { { u"amount"_s, 100 } }).status / 100, 2);
    QVERIFY(m_http->createInvoice(250) > 0); // not paid: outside a paid_at window
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
        m_server->processDueTransitions();
        return m_http->get(u"/invoices/%1"_s.arg(partly)).json().value(u"status"_s).toString()
            == u"partially_refunded"_s;
    }()),
        10'000);
    const QString day = m_server->store().now().toTimeZone(QTimeZone("Asia/Almaty")).date().toString(u"yyyy-MM-dd"_s);
    const HttpAnswer answer
        = m_http->get(u"/invoices?date_from=%1&date_to=%1&date_field=paid_at&with_summary=1&per_page=1"_s.arg(day));
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.data().size(), 1); // the page stays a page; the summary covers every match
    const QJsonObject summary = answer.json().value(u"summary"_s).toObject();
    QCOMPARE(summary.value(u"count"_s).toInteger(), 2);
    const QJsonObject sales = summary.value(u"sales"_s).toObject();
    QCOMPARE(sales.value(u"count"_s).toInteger(), 2); // partially refunded counts as a sale
    QCOMPARE(sales.value(u"amount"_s).toString(), u"2500.00"_s); // amounts are strings
    QCOMPARE(sales.value(u"refunded_later"_s).toString(), u"100.00"_s);
    QCOMPARE(summary.value(u"net_amount"_s).toString(), u"2400.00"_s);
    QCOMPARE(summary.value(u"period"_s).toObject().value(u"field"_s).toString(), u"paid_at"_s);
    QVERIFY(!m_http->get(u"/invoices?per_page=1"_s).json().contains(u"summary"_s)); // only when asked
}

void TestSandboxNoteStats::listSummary_v20_absent()
{
    startServer(Profile::V20);
    QVERIFY(m_http->createInvoice(100) > 0);
    const HttpAnswer answer = m_http->get(u"/invoices?with_summary=1"_s);
    QCOMPARE(answer.status, 200);
    QVERIFY(!answer.json().contains(u"summary"_s));
}

QTEST_MAIN(TestSandboxNoteStats)
#include "tst_sandboxnotestats.moc"
