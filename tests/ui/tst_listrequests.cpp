// The invoice list and the refund history opened on a request of another page (the overview's figures), over a
// history store filled by hand: the filters show what was applied — statuses, the period and that it counts the day
// of payment —, a notice says what was opened, the list holds exactly the invoices the figure counts, and "Clear
// filters" (or the person's own change of those filters) gives the list back.
#include "invoices/appliedfilternotice.h"
#include "invoices/invoicefilterbar.h"
#include "invoices/invoicespage.h"
#include "refunds/refundfilterbar.h"
#include "refunds/refundspage.h"

#include "api/apiclient.h"
#include "format/displayformat.h"
#include "models/historyinvoicemodel.h"
#include "models/historyrefundmodel.h"
#include "models/invoicetablemodel.h"
#include "sandbox/sandboxserver.h"
#include "secrets/inmemorysecretstore.h"
#include "shell/pagecontext.h"
#include "store/historystore.h"
#include "sync/historysync.h"
#include "testpagecontext.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace apipay;

namespace {

Invoice stored(qint64 id, const QString& status, const QDateTime& created, const QDateTime& paidAt = {})
{
    Invoice i;
    i.id = id;
    i.status = InvoiceStatus(status);
    i.amount = Money::fromTenge(1000 + id);
    i.createdAt = created;
    i.paidAt = paidAt;
    i.description = u"Stored %1"_s.arg(id);
    return i;
}

QStringList sorted(QStringList list)
{
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace

class TestListRequests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }
    void init();
    void cleanup();

    void invoices_paidToday_filtersShown_listEqualsTheFigure_clearGivesTheListBack();
    void invoices_personChangesTheFilters_noticeGoes();
    void refunds_ofAPeriod_datesShownAndApplied();

private:
    PageContext pageContext() { return PageContext { m_session.get(), &m_navigator, &m_notifier }; }
    std::unique_ptr<InvoicesPage> invoicesPage()
    {
        auto page = std::make_unique<InvoicesPage>(pageContext());
        page->resize(1280, 760);
        page->show();
        page->activated();
        return page;
    }
    QList<qint64> shownIds(InvoicesPage* page) const
    {
        QList<qint64> ids;
        for (int row = 0; row < page->model()->rowCount(); ++row) {
            ids.append(page->model()->index(row, InvoiceTableModel::Id).data(InvoiceTableModel::IdRole).toLongLong());
        }
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<Session> m_session;
    TestNavigator m_navigator;
    TestNotifier m_notifier;
    QDate m_today;
    QDateTime m_midnight; // today's midnight in Almaty, UTC
};

void TestListRequests::init()
{
    QSettings().clear();
    sandbox::SandboxServer::Options options;
    options.demoData = false;
    options.rateLimit = 10'000;
    m_server = std::make_unique<sandbox::SandboxServer>(options);
    QVERIFY(m_server->start(0));
    m_session = std::make_unique<Session>(new InMemorySecretStore);
    m_session->setLanguage(u"en"_s);
    m_notifier.setSession(m_session.get());
    static int files = 0;
    m_session->setHistoryPath(m_dir.filePath(u"history-%1.sqlite"_s.arg(++files)));
    QVERIFY(m_session->useServer(
        m_server->baseUrl(), sandbox::SandboxServer::demoKey(), Session::Mode::Sandbox, u"Test shop"_s));
    QVERIFY(m_session->historySync());
    m_session->historySync()->stop(); // the store is filled by hand
    HistoryStore* store = m_session->history();
    QVERIFY(store);

    const DisplayFormat format = m_session->displayFormat();
    m_today = QDateTime::currentDateTimeUtc().toTimeZone(format.zone()).date();
    m_midnight = DisplayFormat::almatyMidnightUtc(m_today);
    Invoice refundedInFull = stored(2, u"paid"_s, m_midnight.addSecs(3600), m_midnight.addSecs(3700));
    refundedInFull.isFullyRefunded = true; // shown as Refunded
    QVERIFY(store
                ->upsertInvoices({
                    // Made yesterday at 23:00, paid today at 01:00: in today's takings.
                    stored(1, u"paid"_s, m_midnight.addSecs(-3600), m_midnight.addSecs(3600)),
                    refundedInFull,
                    stored(3, u"pending"_s, m_midnight.addSecs(7200)),
                    stored(4, u"paid"_s, m_midnight.addSecs(-7200), m_midnight.addSecs(-7100)), // paid yesterday
                    stored(5, u"paid"_s, m_midnight.addSecs(600)), // no paid_at: counted when made
                    stored(6, u"processing"_s, m_midnight.addDays(-40)),
                })
                .ok());
    // What the history sync writes when its first pass is complete.
    QVERIFY(store->setSyncValue(u"sync.history.invoices_done"_s, u"1"_s).ok());
    QVERIFY(store->setSyncValue(u"sync.history.refunds_done"_s, u"1"_s).ok());
}

void TestListRequests::cleanup()
{
    m_session.reset();
    m_server.reset();
}

void TestListRequests::invoices_paidToday_filtersShown_listEqualsTheFigure_clearGivesTheListBack()
{
    auto page = invoicesPage();
    QVERIFY(page->readsFromHistory());
    QTRY_COMPARE(page->model()->rowCount(), 6);
    InvoiceFilterBar* filters = page->filterBar();
    AppliedFilterNotice* notice = page->appliedFilterNotice();
    QVERIFY(!notice->isVisible());
    QVERIFY(!filters->periodBasisLabel()->isVisible());

    InvoiceListRequest request;
    request.statuses = { InvoiceStatus::Paid, InvoiceStatus::PartiallyRefunded, InvoiceStatus::Refunded };
    request.firstDay = m_today;
    request.lastDay = m_today;
    request.days = InvoiceListRequest::Days::Paid;
    request.caption = u"Overview: paid today"_s;
    page->showMatching(request);

    // The filters say what was applied.
    QCOMPARE(sorted(filters->checkedStatuses()), sorted({ u"paid"_s, u"partially_refunded"_s, u"refunded"_s }));
    QCOMPARE(filters->statusButton()->toolTip(), u"Paid, Partially refunded, Refunded"_s);
    QCOMPARE(filters->periodCombo()->currentData().toInt(), int(InvoiceFilterBar::Period::Today));
    QVERIFY(filters->periodBasisLabel()->isVisible());
    QCOMPARE(filters->periodBasisLabel()->text(), u"Paid on:"_s);
    QVERIFY(notice->isVisible());
    const QString said = notice->textLabel()->text();
    QVERIFY2(said.contains(u"Overview: paid today"_s) && said.contains(u"paid on "_s), qPrintable(said));

    // The list holds exactly the invoices today's takings count (1 was made yesterday; 4 was paid yesterday).
    const StoreResult<HistoryTotals> totals = m_session->history()->totals(m_midnight, m_midnight.addDays(1));
    QVERIFY(totals.ok());
    QCOMPARE(totals.value().invoiceCount, qint64(3));
    QTRY_COMPARE(shownIds(page.get()), (QList<qint64> { 1, 2, 5 }));
    QCOMPARE(page->historyModel()->matchCount(), totals.value().invoiceCount);
    auto* summary = page->findChild<QLabel*>(u"invoicesSummaryLabel"_s);
    QVERIFY(summary);
    QVERIFY2(summary->text().startsWith(u"3 invoice"_s), qPrintable(summary->text()));

    // "Clear filters": every invoice again, nothing left applied.
    notice->clearButton()->click();
    QTRY_COMPARE(page->model()->rowCount(), 6);
    QVERIFY(!notice->isVisible());
    QVERIFY(filters->checkedStatuses().isEmpty());
    QCOMPARE(filters->periodCombo()->currentData().toInt(), int(InvoiceFilterBar::Period::AnyTime));
    QVERIFY(!filters->periodBasisLabel()->isVisible());
    QVERIFY(!filters->periodOfTakings());
    QVERIFY(!filters->hasActiveFilters());
}

void TestListRequests::invoices_personChangesTheFilters_noticeGoes()
{
    auto page = invoicesPage();
    QTRY_COMPARE(page->model()->rowCount(), 6);
    InvoiceFilterBar* filters = page->filterBar();

    // The waiting invoices: statuses only, any day (6 has waited for 40 days).
    InvoiceListRequest waiting;
    waiting.statuses = { InvoiceStatus::Processing, InvoiceStatus::Pending };
    waiting.caption = u"Overview: waiting for payment now"_s;
    page->showMatching(waiting);
    QTRY_COMPARE(shownIds(page.get()), (QList<qint64> { 3, 6 }));
    QVERIFY(page->appliedFilterNotice()->isVisible());
    QVERIFY(!filters->periodBasisLabel()->isVisible());
    QVERIFY2(
        page->appliedFilterNotice()->textLabel()->text().contains(u"status: "_s
            + InvoiceStatus::label(InvoiceStatus::Processing) + u", "_s + InvoiceStatus::label(InvoiceStatus::Pending)),
        qPrintable(page->appliedFilterNotice()->textLabel()->text()));
    // A search narrows it and keeps the notice; another status is the person's own list.
    filters->searchEdit()->setText(u"Stored"_s);
    QTRY_VERIFY(page->model()->rowCount() == 2 && page->appliedFilterNotice()->isVisible());
    filters->setCheckedStatuses({ u"pending"_s });
    QTRY_COMPARE(shownIds(page.get()), (QList<qint64> { 3 }));
    QVERIFY(!page->appliedFilterNotice()->isVisible());

    // This week's paid invoices (a range of days), then the person picks another period: days of creation again.
    const QDate monday = m_today.addDays(1 - m_today.dayOfWeek());
    InvoiceListRequest week;
    week.statuses = { InvoiceStatus::Paid, InvoiceStatus::PartiallyRefunded, InvoiceStatus::Refunded };
    week.firstDay = monday;
    week.lastDay = monday.addDays(6);
    week.days = InvoiceListRequest::Days::Paid;
    week.caption = u"Overview: paid this week"_s;
    page->showMatching(week);
    QVERIFY(filters->searchEdit()->text().isEmpty());
    QCOMPARE(filters->periodCombo()->currentData().toInt(), int(InvoiceFilterBar::Period::Custom));
    QCOMPARE(page->findChild<QDateEdit*>(u"invoiceDateFromEdit"_s)->date(), monday);
    QCOMPARE(page->findChild<QDateEdit*>(u"invoiceDateToEdit"_s)->date(), monday.addDays(6));
    QVERIFY(filters->periodBasisLabel()->isVisible());
    QVERIFY(page->appliedFilterNotice()->isVisible());
    const StoreResult<HistoryTotals> totals = m_session->history()->totals(
        DisplayFormat::almatyMidnightUtc(monday), DisplayFormat::almatyMidnightUtc(monday.addDays(7)));
    QTRY_COMPARE(page->historyModel()->matchCount(), totals.value().invoiceCount);
    filters->setPeriod(InvoiceFilterBar::Period::AnyTime);
    QTRY_VERIFY(!page->appliedFilterNotice()->isVisible());
    QVERIFY(!filters->periodBasisLabel()->isVisible());
    QVERIFY(!filters->periodOfTakings());
    QTRY_COMPARE(shownIds(page.get()), (QList<qint64> { 1, 2, 4, 5 })); // every paid invoice, by status alone
}

void TestListRequests::refunds_ofAPeriod_datesShownAndApplied()
{
    RefundsPage page(pageContext());
    page.resize(1280, 760);
    page.show();
    page.activated();
    QVERIFY(page.readsFromHistory());
    RefundFilterBar* filters = page.filterBar();
    filters->statusCheckBox(u"completed"_s)->setChecked(true);
    filters->invoiceIdEdit()->setText(u"12"_s);

    const QDate first(m_today.year(), m_today.month(), 1);
    page.showMatching(RefundListRequest { first, first.addMonths(1).addDays(-1) });
    // The date boxes show the period; nothing else is left from before.
    QVERIFY(filters->fromCheckBox()->isChecked());
    QVERIFY(filters->toCheckBox()->isChecked());
    QCOMPARE(filters->fromEdit()->date(), first);
    QCOMPARE(filters->toEdit()->date(), first.addMonths(1).addDays(-1));
    QVERIFY(!filters->statusCheckBox(u"completed"_s)->isChecked());
    QVERIFY(filters->invoiceIdEdit()->text().isEmpty());
    QCOMPARE(page.historyModel()->filter().dateFrom, first);
    QCOMPARE(page.historyModel()->filter().dateTo, first.addMonths(1).addDays(-1));
}

QTEST_MAIN(TestListRequests)
#include "tst_listrequests.moc"
