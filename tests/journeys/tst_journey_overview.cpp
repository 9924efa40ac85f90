// The overview on the real main window, in the v2.0 and the v2.1 profile: the demo shop's history is read into the
// session's store through the API's own list pages (what the history sync does; here the test pages through
// GET /invoices itself), and the cards a person reads — takings and paid invoices of today, this week and this month
// in Almaty, and the invoices waiting — equal the sums of the sandbox's own invoices; and the figures open the
// invoices behind them (by keyboard and by mouse), the list then holding exactly as many as the figure says.
#include "journeyfixture.h"

#include "api/apiclient.h"
#include "format/displayformat.h"
#include "invoices/appliedfilternotice.h"
#include "invoices/invoicefilterbar.h"
#include "invoices/invoicespage.h"
#include "models/historyinvoicemodel.h"
#include "overview/overviewcard.h"
#include "overview/overviewpage.h"
#include "refunds/refundfilterbar.h"
#include "refunds/refundspage.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstore.h"
#include "session/session.h"
#include "shell/mainwindow.h"
#include "store/historystore.h"
#include "sync/historysync.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QPushButton>
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

// Every page of GET /invoices into `history` (what the history sync does); the reason when it failed.
QString readEveryInvoice(Session* session, HistoryStore* history)
{
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
    if (!QTest::qWaitFor([&] { return done; }, 90'000)) {
        return u"the invoice pages did not all arrive"_s;
    }
    return failure;
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
    void j12_overviewFigures_openTheInvoicesBehindThem_data() { JourneyFixture::addProfileRows(); }
    void j12_overviewFigures_openTheInvoicesBehindThem();

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
    const QString failure = readEveryInvoice(session, history);
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

void TestJourneyOverview::j12_overviewFigures_openTheInvoicesBehindThem()
{
    Session* session = m_f->context();
    HistoryStore* history = session->history();
    QVERIFY(history);
    sandbox::SandboxServer* server = m_f->server();
    QVERIFY(server);
    // The whole history read (by the test, as in j11), and marked complete as the sync does after its first pass:
    // the invoices page then reads the store, where a period can count the day of payment.
    QVERIFY(session->historySync());
    session->historySync()->stop();
    const QString failure = readEveryInvoice(session, history);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QVERIFY(history->setSyncValue(u"sync.history.invoices_done"_s, u"1"_s).ok());

    m_f->driver().key(Qt::Key_1, Qt::ControlModifier);
    auto* overview = qobject_cast<OverviewPage*>(m_f->window()->page(PageId::Overview));
    QVERIFY(overview);
    QTRY_VERIFY_WITH_TIMEOUT(!overview->showsEmptyState() && !overview->model()->isPending(), 10'000);
    auto* invoices = qobject_cast<InvoicesPage*>(m_f->window()->page(PageId::Invoices));
    QVERIFY(invoices);
    const DisplayFormat format = session->displayFormat();
    const QLocale locale = format.locale();
    auto* summary = invoices->findChild<QLabel*>(u"invoicesSummaryLabel"_s);
    QVERIFY(summary);

    // The waiting figure, by keyboard: focus it, Enter.
    const qint64 waiting = serverWaiting(*server);
    QCOMPARE(overview->waitingLabel()->text(),
        OverviewPage::tr("Waiting for payment now: %1").arg(locale.toString(waiting)));
    overview->waitingLabel()->setFocus(Qt::TabFocusReason);
    QCOMPARE(test::JourneyDriver::focused(), overview->waitingLabel());
    m_f->driver().key(Qt::Key_Return);
    QCOMPARE(m_f->window()->currentPage(), invoices);
    QVERIFY(invoices->readsFromHistory());
    QVERIFY(invoices->appliedFilterNotice()->isVisible());
    QCOMPARE(invoices->filterBar()->checkedStatuses().size(), 2);
    // The list the person sees holds exactly the figure's invoices: "N invoices" below it, every row waiting.
    QTRY_COMPARE_WITH_TIMEOUT(invoices->historyModel()->matchCount(), waiting, 10'000);
    QTRY_COMPARE(qint64(invoices->model()->rowCount()), qMin<qint64>(waiting, HistoryInvoiceModel::kRowsPerRead));
    QVERIFY2(summary->text().startsWith(locale.toString(waiting) + u' '), qPrintable(summary->text()));
    for (int row = 0; row < invoices->model()->rowCount(); ++row) {
        const QString status = invoices->model()->rawStatus(row);
        QVERIFY2(status == u"processing"_s || status == u"pending"_s, qPrintable(status));
    }

    // This week's paid invoices, by mouse: the invoices paid Monday … Sunday, however long before they were made.
    m_f->driver().key(Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(m_f->window()->currentPage(), overview);
    const QDate today = DisplayFormat::almatyDate(QDateTime::currentDateTimeUtc());
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    const ServerTakings week = serverTakings(*server, monday, monday.addDays(6));
    QCOMPARE(cardText(overview, PeriodKind::Week, u"countValue"_s), locale.toString(week.count));
    QVERIFY(m_f->driver().clickWidget(overview->card(PeriodKind::Week)->link(u"count"_s)));
    QCOMPARE(m_f->window()->currentPage(), invoices);
    QVERIFY(invoices->filterBar()->periodOfTakings());
    QVERIFY(invoices->filterBar()->periodBasisLabel()->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(invoices->historyModel()->matchCount(), week.count, 10'000);
    QTRY_COMPARE(qint64(invoices->model()->rowCount()), qMin<qint64>(week.count, HistoryInvoiceModel::kRowsPerRead));
    QVERIFY2(summary->text().startsWith(locale.toString(week.count) + u' '), qPrintable(summary->text()));
    Money shown;
    for (int row = 0; row < invoices->model()->rowCount(); ++row) {
        const QString status = invoices->model()->rawStatus(row);
        QVERIFY2(
            status == u"paid"_s || status == u"partially_refunded"_s || status == u"refunded"_s, qPrintable(status));
        shown += invoices->model()->invoiceAt(row).amount.value_or(Money());
    }
    if (week.count <= HistoryInvoiceModel::kRowsPerRead) {
        QCOMPARE(shown, week.takings); // the same invoices, not only as many
    }

    // "Clear filters" gives the whole list back.
    invoices->appliedFilterNotice()->clearButton()->click();
    QTRY_VERIFY(!invoices->appliedFilterNotice()->isVisible());
    QVERIFY(!invoices->filterBar()->hasActiveFilters());
    QTRY_VERIFY(invoices->historyModel()->matchCount() > week.count);

    // Today's refunds open the refund history of today.
    m_f->driver().key(Qt::Key_1, Qt::ControlModifier);
    QVERIFY(m_f->driver().clickWidget(overview->card(PeriodKind::Day)->link(u"refunds"_s)));
    auto* refunds = qobject_cast<RefundsPage*>(m_f->window()->page(PageId::Refunds));
    QVERIFY(refunds);
    QCOMPARE(m_f->window()->currentPage(), refunds);
    QVERIFY(refunds->filterBar()->fromCheckBox()->isChecked() && refunds->filterBar()->toCheckBox()->isChecked());
    QCOMPARE(refunds->filterBar()->fromEdit()->date(), today);
    QCOMPARE(refunds->filterBar()->toEdit()->date(), today);
}

QTEST_MAIN(TestJourneyOverview)
#include "tst_journey_overview.moc"
