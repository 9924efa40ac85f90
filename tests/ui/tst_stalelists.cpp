// Every list page and detail pane when a refresh fails (500, an unreadable answer, a 429, a dropped connection, a
// timeout): the rows and the selection a person was looking at stay, marked "As of HH:MM — the refresh failed: …" with
// a Retry that the keyboard reaches; Retry (or F5) loads again and a success removes the mark. Against the demo
// sandbox with faults injected on the routes.
#include "catalog/catalogpage.h"
#include "invoices/invoicedetailpane.h"
#include "invoices/invoicefilterbar.h"
#include "invoices/invoicespage.h"
#include "refunds/refunddetailpanel.h"
#include "refunds/refundspage.h"
#include "subscriptions/subscriptiondetailpanel.h"
#include "subscriptions/subscriptionspage.h"

#include "api/apiclient.h"
#include "models/catalogtablemodel.h"
#include "models/invoicefilterproxymodel.h"
#include "models/invoicetablemodel.h"
#include "models/refundtablemodel.h"
#include "models/subscriptiontablemodel.h"
#include "sandbox/sandboxserver.h"
#include "secrets/inmemorysecretstore.h"
#include "shell/pagecontext.h"
#include "sync/historysync.h"
#include "testpagecontext.h"
#include "widgets/emptystatelabel.h"
#include "widgets/stalenotice.h"

#include "testsupport.h"

#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace apipay;

namespace {

enum class Fault { Status500, Malformed, RateLimited, Dropped, Timeout };

const char* faultName(Fault fault)
{
    switch (fault) {
    case Fault::Status500:
        return "500";
    case Fault::Malformed:
        return "malformed";
    case Fault::RateLimited:
        return "429";
    case Fault::Dropped:
        return "dropped";
    case Fault::Timeout:
        return "timeout";
    }
    return "";
}

const QList<Fault> kFaults = { Fault::Status500, Fault::Malformed, Fault::RateLimited, Fault::Dropped, Fault::Timeout };

// What a person sees in a table: every cell of every row.
QStringList shownRows(const QAbstractItemModel* model)
{
    QStringList rows;
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model->columnCount(); ++column) {
            cells.append(model->index(row, column).data().toString());
        }
        rows.append(cells.join(u'|'));
    }
    return rows;
}

QStringList shownRows(const QTableWidget* table)
{
    QStringList rows;
    for (int row = 0; row < table->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < table->columnCount(); ++column) {
            cells.append(table->item(row, column) ? table->item(row, column)->text() : QString());
        }
        rows.append(cells.join(u'|'));
    }
    return rows;
}

QVariant currentId(QTableView* view, int idRole)
{
    return view->selectionModel()->currentIndex().data(idRole);
}

} // namespace

class TestStaleLists : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void invoicesPage_failedRefresh_keepsRowsAndSelection_marksStale_retryRefreshes();
    void invoicesPage_newFilterFails_saysTheRowsAreThePreviousList();
    void invoicesPage_failedRefresh_loadsAgainByItself_whenTheServerAnswersAgain();
    void invoiceDetail_failedRefresh_keepsFields_marksStale();
    void refundsPage_failedRefresh_keepsRowsAndDetail_marksStale_retryRefreshes();
    void subscriptionsPage_failedRefresh_keepsRowsDetailAndHistory_marksStale();
    void catalogPage_failedRefresh_keepsRowsAndSelection_marksStale_retryRefreshes();

private:
    void inject(Fault fault, const QString& path);
    // Shows `page` at a laptop size, waits until it is active.
    void present(QWidget* page);
    // Checks the notice says the refresh failed, with a time, and that Tab reaches its Retry button.
    void verifyStale(StaleNotice* notice, const QString& where);

    std::unique_ptr<Session> m_context;
    TestNavigator m_navigator;
    TestNotifier m_notifier;
    PageContext pageContext() { return PageContext { m_context.get(), &m_navigator, &m_notifier }; }
    sandbox::SandboxServer* m_server = nullptr;
};

void TestStaleLists::initTestCase()
{
    test::initTestEnvironment();
}

void TestStaleLists::init()
{
    QSettings().clear();
    m_context = std::make_unique<Session>(new InMemorySecretStore);
    m_notifier.setSession(m_context.get());
    QString error;
    QVERIFY2(m_context->startDemo(&error), qPrintable(error));
    m_server = m_context->demoServer();
    QVERIFY(m_server);
    // The pages' own refreshes are under test: the history sync's background reads of the same lists would take the
    // injected faults (and the pages then list from the server, as before the history is complete).
    if (HistorySync* sync = m_context->historySync()) {
        sync->stop();
    }
    m_server->setProcessingDelay(100);
    m_server->setRateLimit(10'000, 60'000);
    ApiClient::Config config = m_context->api()->config();
    config.requestsPerMinute = 10'000;
    config.timeoutMs = 700; // the "timeout" fault stalls longer than this
    config.maxRateLimitRetries = 0; // a 429 reaches the page at once
    config.msPerRetryAfterSecond = 1;
    QVERIFY(m_context->api()->setConfig(config));
    m_context->setPollIntervals(60'000, 60'000);
}

void TestStaleLists::cleanup()
{
    m_context.reset();
    m_server = nullptr;
}

void TestStaleLists::inject(Fault fault, const QString& path)
{
    switch (fault) {
    case Fault::Status500:
        m_server->failNext("GET", path, 500, R"({"message": "Server Error"})");
        break;
    case Fault::Malformed:
        m_server->malformNext("GET", path);
        break;
    case Fault::RateLimited:
        m_server->failNext("GET", path, 429, R"({"message": "Too Many Attempts."})");
        break;
    case Fault::Dropped:
        m_server->dropNext("GET", path, 3); // Qt itself sends a dropped GET once more
        break;
    case Fault::Timeout:
        m_server->delayNext("GET", path, 2500);
        break;
    }
}

void TestStaleLists::present(QWidget* page)
{
    page->resize(1280, 760);
    page->show();
    page->activateWindow();
    QVERIFY(QTest::qWaitForWindowExposed(page));
}

void TestStaleLists::verifyStale(StaleNotice* notice, const QString& where)
{
    QVERIFY2(notice->isVisible(), qPrintable(where));
    QVERIFY2(notice->text().contains(u"the refresh failed:"_s), qPrintable(where + u": "_s + notice->text()));
    QVERIFY2(notice->text().startsWith(u"As of "_s), qPrintable(where + u": "_s + notice->text()));
    QVERIFY2(notice->retryButton()->isVisible() && notice->retryButton()->isEnabled(), qPrintable(where));
    QVERIFY2(notice->retryButton()->focusPolicy() & Qt::TabFocus, qPrintable(where));
}

void TestStaleLists::invoicesPage_failedRefresh_keepsRowsAndSelection_marksStale_retryRefreshes()
{
    InvoicesPage page(pageContext());
    present(&page);
    page.activated();
    QTRY_VERIFY_WITH_TIMEOUT(!page.model()->isLoading() && page.model()->rowCount() > 0, 5000);
    QVERIFY(!page.staleNotice()->isVisible());
    page.table()->setFocus();
    page.table()->selectRow(3);
    const QVariant selected = currentId(page.table(), InvoiceTableModel::IdRole);
    QVERIFY(selected.isValid());
    QTRY_COMPARE_WITH_TIMEOUT(QVariant(page.detailPane()->invoiceId()), selected, 2000);

    for (Fault fault : kFaults) {
        const QString where = u"invoices, %1"_s.arg(QString::fromLatin1(faultName(fault)));
        const QStringList before = shownRows(page.proxy());
        inject(fault, u"/invoices"_s);
        page.refresh();
        QTRY_VERIFY2_WITH_TIMEOUT(
            page.staleNotice()->isVisible() && !page.model()->isLoading(), qPrintable(where), 6000);
        verifyStale(page.staleNotice(), where);
        QCOMPARE(shownRows(page.proxy()), before);
        QVERIFY2(page.table()->isVisible(), qPrintable(where)); // not the empty state
        QVERIFY2(!page.emptyStateLabel()->isVisible(), qPrintable(where));
        QCOMPARE(currentId(page.table(), InvoiceTableModel::IdRole), selected);
        QCOMPARE(QVariant(page.detailPane()->invoiceId()), selected);
        const QLabel* summary = page.findChild<QLabel*>(u"invoicesSummaryLabel"_s);
        QVERIFY2(summary && !summary->text().startsWith(u"0 "_s), qPrintable(where));
    }

    // A new invoice meanwhile; Retry (by keyboard: focus and Space) brings it, removes the mark and keeps the
    // selection on the same invoice.
    m_server->clearFaults();
    InvoiceDraft draft;
    draft.amount = Money::fromTenge(4321);
    draft.phone = u"87001234567"_s;
    bool created = false;
    m_context->api()->createInvoice(draft, this, [&](const ApiResult<Invoice>& result) { created = result.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(created, 5000);
    const qint64 newest = m_server->lastInvoiceId();
    page.staleNotice()->retryButton()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(page.staleNotice()->retryButton(), Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowOfId(newest) >= 0, 5000);
    QTRY_VERIFY(!page.staleNotice()->isVisible());
    QCOMPARE(currentId(page.table(), InvoiceTableModel::IdRole), selected);
}

// The list failed for want of a working server; later another request is answered (the status bar then says
// "Updated"): the list loads again by itself and the mark goes, so the two never contradict each other. A list that
// keeps failing while other requests work is not asked again in a loop.
void TestStaleLists::invoicesPage_failedRefresh_loadsAgainByItself_whenTheServerAnswersAgain()
{
    InvoicesPage page(pageContext());
    present(&page);
    page.activated();
    QTRY_VERIFY_WITH_TIMEOUT(!page.model()->isLoading() && page.model()->rowCount() > 0, 5000);
    m_server->failNext("GET", u"/invoices"_s, 500, R"({"message": "Database is down"})");
    page.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(page.staleNotice()->isVisible() && !page.model()->isLoading(), 6000);
    const int listsAfterFailure = m_server->loggedRequests("GET", u"/invoices"_s);

    // Nothing touches the page; one unrelated request is answered.
    bool answered = false;
    m_context->api()->status(this, [&answered](const ApiResult<QString>&) { answered = true; });
    QTRY_VERIFY(answered);
    QTRY_VERIFY_WITH_TIMEOUT(!page.staleNotice()->isVisible() && !page.model()->lastLoadFailed(), 6000);
    QCOMPARE(m_server->loggedRequests("GET", u"/invoices"_s), listsAfterFailure + 1);

    // The list route keeps failing while other requests work: one retry per answered request at most, spaced out.
    m_server->failNext("GET", u"/invoices"_s, 500, R"({"message": "Database is down"})", 100);
    page.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(page.staleNotice()->isVisible() && !page.model()->isLoading(), 6000);
    const int before = m_server->loggedRequests("GET", u"/invoices"_s);
    for (int i = 0; i < 5; ++i) {
        bool done = false;
        m_context->api()->status(this, [&done](const ApiResult<QString>&) { done = true; });
        QTRY_VERIFY(done);
    }
    // The answers ask for one retry, at the earliest 2 s after the failure; never more than that one.
    QVERIFY(!QTest::qWaitFor([&] { return m_server->loggedRequests("GET", u"/invoices"_s) > before + 1; }, 2500));
    QVERIFY(page.staleNotice()->isVisible());
    m_server->clearFaults();
}

void TestStaleLists::invoicesPage_newFilterFails_saysTheRowsAreThePreviousList()
{
    InvoicesPage page(pageContext());
    page.filterBar()->setSearchDelayMs(50);
    present(&page);
    page.activated();
    QTRY_VERIFY_WITH_TIMEOUT(!page.model()->isLoading() && page.model()->rowCount() > 0, 5000);
    const QStringList before = shownRows(page.proxy());

    m_server->failNext("GET", u"/invoices"_s, 503, R"({"message": "Service Unavailable"})");
    page.filterBar()->setCheckedStatuses({ u"paid"_s });
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->lastLoadFailed(), 5000);
    StaleNotice* notice = page.staleNotice();
    QVERIFY(notice->isVisible());
    QCOMPARE(notice->state(), StaleNotice::State::NewQueryFailed);
    QVERIFY2(notice->text().contains(u"new filter could not be loaded"_s), qPrintable(notice->text()));
    QVERIFY2(notice->text().contains(u"previous list"_s), qPrintable(notice->text()));
    QVERIFY(notice->retryButton()->isVisible());
    QCOMPARE(shownRows(page.proxy()), before); // nothing vanished, and nothing pretends to be "paid only"

    notice->retryButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!page.model()->isLoading() && !page.model()->lastLoadFailed(), 5000);
    QVERIFY(!notice->isVisible());
    QVERIFY(page.model()->rowCount() > 0);
    for (int row = 0; row < page.model()->rowCount(); ++row) {
        QCOMPARE(page.model()->rawStatus(row), u"paid"_s);
    }
}

void TestStaleLists::invoiceDetail_failedRefresh_keepsFields_marksStale()
{
    InvoicesPage page(pageContext());
    present(&page);
    page.activated();
    QTRY_VERIFY_WITH_TIMEOUT(!page.model()->isLoading() && page.model()->rowCount() > 0, 5000);
    page.table()->selectRow(0);
    InvoiceDetailPane* detail = page.detailPane();
    QTRY_VERIFY_WITH_TIMEOUT(detail->detailLoaded(), 5000);
    const qint64 id = detail->invoiceId();
    const QLabel* title = detail->findChild<QLabel*>(u"invoiceDetailTitleLabel"_s);
    QVERIFY(title);
    const QString titleBefore = title->text();

    for (Fault fault : kFaults) {
        const QString where = u"invoice detail, %1"_s.arg(QString::fromLatin1(faultName(fault)));
        inject(fault, u"/invoices/*"_s);
        detail->reload();
        QTRY_VERIFY2_WITH_TIMEOUT(detail->staleNotice()->isVisible(), qPrintable(where), 6000);
        verifyStale(detail->staleNotice(), where);
        QCOMPARE(detail->invoiceId(), id);
        QVERIFY(detail->invoice().has_value());
        QCOMPARE(title->text(), titleBefore);
        m_server->clearFaults();
    }
    detail->staleNotice()->retryButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!detail->staleNotice()->isVisible(), 5000);
    QCOMPARE(detail->invoiceId(), id);
}

void TestStaleLists::refundsPage_failedRefresh_keepsRowsAndDetail_marksStale_retryRefreshes()
{
    RefundsPage page(pageContext());
    present(&page);
    page.activated();
    QTRY_VERIFY_WITH_TIMEOUT(!page.model()->isLoading() && page.model()->rowCount() > 2, 5000);
    page.tableView()->selectRow(1);
    const QVariant selected = currentId(page.tableView(), RefundTableModel::IdRole);
    QVERIFY(selected.isValid());
    const QString totals = page.totalsLabel()->text();

    for (Fault fault : kFaults) {
        const QString where = u"refunds, %1"_s.arg(QString::fromLatin1(faultName(fault)));
        const QStringList before = shownRows(page.tableView()->model());
        inject(fault, u"/refunds"_s);
        page.refresh();
        QTRY_VERIFY2_WITH_TIMEOUT(
            page.staleNotice()->isVisible() && !page.model()->isLoading(), qPrintable(where), 6000);
        verifyStale(page.staleNotice(), where);
        QCOMPARE(shownRows(page.tableView()->model()), before);
        QCOMPARE(currentId(page.tableView(), RefundTableModel::IdRole), selected);
        QCOMPARE(page.totalsLabel()->text(), totals);
        QVERIFY(page.detailPanel()->isVisible());
    }
    m_server->clearFaults();
    page.staleNotice()->retryButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!page.staleNotice()->isVisible() && !page.model()->isLoading(), 5000);
    QCOMPARE(currentId(page.tableView(), RefundTableModel::IdRole), selected);
}

void TestStaleLists::subscriptionsPage_failedRefresh_keepsRowsDetailAndHistory_marksStale()
{
    SubscriptionsPage page(pageContext());
    present(&page);
    page.activated();
    QTRY_VERIFY_WITH_TIMEOUT(!page.model()->isLoading() && page.model()->rowCount() > 0, 5000);
    // A subscription with billing history.
    SubscriptionDetailPanel* detail = page.detailPanel();
    int withHistory = -1;
    for (int row = 0; row < page.model()->rowCount() && withHistory < 0; ++row) {
        page.tableView()->selectRow(row);
        QTRY_VERIFY_WITH_TIMEOUT(detail->isDetailLoaded() && !detail->isLoading(), 5000);
        // The billing history is asked for with the detail: its answer is in once the client has nothing on the way.
        QTRY_VERIFY_WITH_TIMEOUT(m_context->api()->inFlightCount() == 0 && m_context->api()->queuedCount() == 0, 5000);
        if (detail->historyTable()->rowCount() > 0) {
            withHistory = row;
        }
    }
    QVERIFY2(withHistory >= 0, "the demo data has a subscription with billing history");
    const QVariant selected = currentId(page.tableView(), SubscriptionTableModel::IdRole);
    const QStringList history = shownRows(detail->historyTable());
    const QString status = detail->statusValue()->text();

    for (Fault fault : kFaults) {
        const QString where = u"subscriptions, %1"_s.arg(QString::fromLatin1(faultName(fault)));
        const QStringList before = shownRows(page.tableView()->model());
        inject(fault, u"/subscriptions"_s);
        inject(fault, u"/subscriptions/*"_s);
        inject(fault, u"/subscriptions/*/invoices"_s);
        page.refresh();
        QTRY_VERIFY2_WITH_TIMEOUT(page.staleNotice()->isVisible() && !page.model()->isLoading()
                && detail->staleNotice()->isVisible() && !detail->isLoading(),
            qPrintable(where), 8000);
        QTRY_VERIFY_WITH_TIMEOUT(!detail->historyTable()->isHidden(), 3000);
        verifyStale(page.staleNotice(), where);
        verifyStale(detail->staleNotice(), where + u" (detail)"_s);
        QCOMPARE(shownRows(page.tableView()->model()), before);
        QCOMPARE(currentId(page.tableView(), SubscriptionTableModel::IdRole), selected);
        QCOMPARE(detail->statusValue()->text(), status);
        QCOMPARE(shownRows(detail->historyTable()), history);
        m_server->clearFaults();
    }
    detail->staleNotice()->retryButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!detail->staleNotice()->isVisible() && !detail->isLoading(), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(shownRows(detail->historyTable()), history, 5000);
    page.staleNotice()->retryButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!page.staleNotice()->isVisible() && !page.model()->isLoading(), 5000);
    QCOMPARE(currentId(page.tableView(), SubscriptionTableModel::IdRole), selected);
}

void TestStaleLists::catalogPage_failedRefresh_keepsRowsAndSelection_marksStale_retryRefreshes()
{
    CatalogPage page(pageContext());
    present(&page);
    page.activated();
    QTRY_VERIFY_WITH_TIMEOUT(!page.model()->isLoading() && page.model()->rowCount() > 2, 5000);
    page.tableView()->selectRow(2);
    const QVariant selected = currentId(page.tableView(), CatalogTableModel::IdRole);
    QVERIFY(selected.isValid());
    QVERIFY(page.editButton()->isEnabled());

    for (Fault fault : kFaults) {
        const QString where = u"catalog, %1"_s.arg(QString::fromLatin1(faultName(fault)));
        const QStringList before = shownRows(page.model());
        inject(fault, u"/catalog"_s);
        page.refresh();
        QTRY_VERIFY2_WITH_TIMEOUT(
            page.staleNotice()->isVisible() && !page.model()->isLoading(), qPrintable(where), 6000);
        verifyStale(page.staleNotice(), where);
        QCOMPARE(shownRows(page.model()), before);
        QCOMPARE(currentId(page.tableView(), CatalogTableModel::IdRole), selected);
        QVERIFY(page.editButton()->isEnabled()); // the selected item can still be opened
    }
    m_server->clearFaults();
    page.staleNotice()->retryButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!page.staleNotice()->isVisible() && !page.model()->isLoading(), 5000);
    QCOMPARE(currentId(page.tableView(), CatalogTableModel::IdRole), selected);
}

QTEST_MAIN(TestStaleLists)
#include "tst_stalelists.moc"
