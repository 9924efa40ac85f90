// The overview on the real main window, in the v2.0 and the v2.1 profile: the demo shop's history is read into the
// session's store through the API's own list pages (what the history sync does; here the test pages through
// GET /invoices itself), and the cards a person reads — takings and paid invoices of today, this week and this month
// in Almaty, and the invoices waiting — equal the sums of the sandbox's own invoices.
#include "journeyfixture.h"

#include "api/apiclient.h"
#include "format/displayformat.h"
#include "overview/overviewcard.h"
#include "overview/overviewpage.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstore.h"
#include "session/session.h"
#include "shell/mainwindow.h"
#include "store/historystore.h"
#include "testsupport.h"

#include <QLabel>
#include <QTest>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace apipay;
using apipay::test::JourneyFixture;
using PageId = MainWindow::PageId;
using overview::PeriodKind;

namespace {

// What the sandbox itself holds for a period of Almaty days: the sum and number of its paid invoices (paid,
// partially refunded or refunded, counted when paid).
struct ServerTakings
{
    Money takings;
    qint64 count = 0;
};

ServerTakings serverTakings(sandbox::SandboxServer& server, QDate first, QDate last)
{
    ServerTakings out;
    for (const sandbox::SandboxInvoice& invoice : server.store().invoices()) {
        if (invoice.status != u"paid"_s && invoice.status != u"partially_refunded"_s
            && invoice.status != u"refunded"_s) {
            continue;
        }
        const QDateTime when = invoice.paidAt.isValid() ? invoice.paidAt : invoice.createdAt;
        const QDate day = DisplayFormat::almatyDate(when);
        if (day >= first && day <= last) {
            out.takings += invoice.amount;
            ++out.count;
        }
    }
    return out;
}

qint64 serverWaiting(sandbox::SandboxServer& server)
{
    qint64 waiting = 0;
    for (const sandbox::SandboxInvoice& invoice : server.store().invoices()) {
        waiting += invoice.status == u"processing"_s || invoice.status == u"pending"_s ? 1 : 0;
    }
    return waiting;
}

QString cardText(QWidget* page, PeriodKind kind, const QString& label)
{
    auto* overview = qobject_cast<OverviewPage*>(page);
    QLabel* shown = overview ? overview->card(kind)->findChild<QLabel*>(label) : nullptr;
    return shown ? shown->text() : u"(no %1)"_s.arg(label);
}

} // namespace

class TestJourneyOverview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }
    void init() { JOURNEY_START(m_f); }
    void cleanup() { m_f.reset(); }

    void j11_overviewNumbers_equalTheSandboxOwnTotals_data() { JourneyFixture::addProfileRows(); }
    void j11_overviewNumbers_equalTheSandboxOwnTotals();

private:
    std::unique_ptr<JourneyFixture> m_f;
};

void TestJourneyOverview::j11_overviewNumbers_equalTheSandboxOwnTotals()
{
    Session* session = m_f->context();
    HistoryStore* history = session->history();
    QVERIFY(history);
    sandbox::SandboxServer* server = m_f->server();
    QVERIFY(server);

    // Every page of GET /invoices into the store.
    bool done = false;
    QString failure;
    QObject pages; // the answers' context: none is handled after this function returns
    std::function<void(int)> fetch = [&](int pageNumber) {
        InvoiceQuery query;
        query.page = pageNumber;
        query.perPage = 100;
        session->api()->listInvoices(query, &pages, [&](const ApiResult<Page<Invoice>>& result) {
            if (!result.ok()) {
                failure = result.error.userText();
                done = true;
                return;
            }
            const StoreStatus written = history->upsertInvoices(result.value.items);
            if (!written.ok()) {
                failure = written.error();
                done = true;
            } else if (result.value.hasMore() && !result.value.items.isEmpty()) {
                fetch(result.value.currentPage + 1);
            } else {
                done = true;
            }
        });
    };
    fetch(1);
    QTRY_VERIFY_WITH_TIMEOUT(done, 90'000);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));

    // Ctrl+1: the overview, read again after the last page was written.
    m_f->driver().key(Qt::Key_1, Qt::ControlModifier);
    auto* page = qobject_cast<OverviewPage*>(m_f->window()->page(PageId::Overview));
    QVERIFY(page);
    QCOMPARE(m_f->window()->currentPage(), page);
    QTRY_VERIFY_WITH_TIMEOUT(!page->showsEmptyState() && !page->model()->isPending(), 10'000);

    const DisplayFormat format = session->displayFormat();
    const QDate today = DisplayFormat::almatyDate(QDateTime::currentDateTimeUtc());
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    const QDate firstOfMonth(today.year(), today.month(), 1);
    const struct
    {
        PeriodKind kind;
        QDate first;
        QDate last;
    } periods[] = {
        { PeriodKind::Day, today, today },
        { PeriodKind::Week, monday, monday.addDays(6) },
        { PeriodKind::Month, firstOfMonth, firstOfMonth.addMonths(1).addDays(-1) },
    };
    for (const auto& period : periods) {
        const ServerTakings expected = serverTakings(*server, period.first, period.last);
        QCOMPARE(cardText(page, period.kind, u"takingsValue"_s), format.money(expected.takings));
        QCOMPARE(cardText(page, period.kind, u"countValue"_s), format.locale().toString(expected.count));
    }
    QVERIFY(serverTakings(*server, firstOfMonth, today).count > 0); // the demo shop sold something this month
    QCOMPARE(page->waitingLabel()->text(),
        OverviewPage::tr("Waiting for payment now: %1").arg(format.locale().toString(serverWaiting(*server))));
}

QTEST_MAIN(TestJourneyOverview)
#include "tst_journey_overview.moc"
