// The pages over the history on this computer, with stores filled by hand (the history sync is not needed): the
// invoices page searching, sorting and counting over 1,200 stored invoices; the refund totals over the whole filter;
// reading offline — the banner with the time, Create / Cancel / Refund disabled with the reason, enabled again when
// the server is back.
#include "catalog/catalogpage.h"
#include "counter/counterpage.h"
#include "invoices/invoiceactions.h"
#include "invoices/invoicedetailpane.h"
#include "invoices/invoicefilterbar.h"
#include "invoices/invoicespage.h"
#include "refunds/refundfilterbar.h"
#include "refunds/refundspage.h"
#include "shell/mainwindow.h"
#include "subscriptions/subscriptiondetailpanel.h"
#include "subscriptions/subscriptionspage.h"
#include "widgets/offlinebanner.h"

#include "api/apiclient.h"
#include "models/catalogtablemodel.h"
#include "models/historyinvoicemodel.h"
#include "models/historyrefundmodel.h"
#include "models/subscriptiontablemodel.h"
#include "sandbox/sandboxserver.h"
#include "secrets/inmemorysecretstore.h"
#include "shell/pagecontext.h"
#include "store/historystore.h"
#include "sync/historysync.h"
#include "testpagecontext.h"

#include "testsupport.h"

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace apipay;

namespace {

const QDateTime kStart(QDate(2026, 6, 1), QTime(4, 0), Qt::UTC);
constexpr int kStored = 1200;

Invoice storedInvoice(qint64 id)
{
    Invoice i;
    i.id = id;
    i.status = InvoiceStatus(id % 4 == 0 ? u"paid"_s : id % 4 == 1 ? u"pending"_s : u"expired"_s);
    i.amount = Money::fromTiyn(50'000 + (id * 37) % 1000 * 100);
    i.createdAt = kStart.addSecs(600 * id);
    if (id % 4 == 0) {
        i.paidAt = i.createdAt.addSecs(60);
    }
    i.clientName = id % 12 == 0 ? u"Айгерим"_s : u"Данияр"_s;
    i.description = u"Stored order %1"_s.arg(id);
    i.phone = u"8701000%1"_s.arg(id, 4, 10, QLatin1Char('0'));
    return i;
}

} // namespace

class TestHistoryViews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }
    void init();
    void cleanup();

    void invoicesPage_readsTheStore_searchSortAndCountOverAllOfIt();
    void invoicesPage_storeChanges_keepTheSelectedInvoice();
    void invoicesPage_withoutWholeHistory_listsFromTheServerAsBefore();
    void invoicesPage_exportWritesWhatIsListed_withoutTheServer();
    void refundsPage_totalsCoverTheWholeFilter();
    void offline_bannerWithTime_writesDisabledWithReason_enabledAgainOnline();
    void offline_catalogAndSubscriptionsShowWhatIsStored_writesDisabled();
    void offline_mainWindowShowsTheBannerAboveThePages();

private:
    Invoice paidOnServer(Money amount);
    PageContext pageContext() { return PageContext { m_session.get(), &m_navigator, &m_notifier }; }
    template <typename Page> std::unique_ptr<Page> show(std::unique_ptr<Page> page)
    {
        page->resize(1280, 760);
        page->show();
        page->activated();
        return page;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<Session> m_session;
    TestNavigator m_navigator;
    TestNotifier m_notifier;
};

void TestHistoryViews::init()
{
    QSettings().clear();
    sandbox::SandboxServer::Options options;
    options.demoData = false;
    options.processingDelayMs = 30;
    options.rateLimit = 10'000;
    m_server = std::make_unique<sandbox::SandboxServer>(options);
    QVERIFY(m_server->start(0));
    m_session = std::make_unique<Session>(new InMemorySecretStore);
    m_notifier.setSession(m_session.get());
    static int files = 0;
    m_session->setHistoryPath(m_dir.filePath(u"history-%1.sqlite"_s.arg(++files)));
    QVERIFY(m_session->useServer(
        m_server->baseUrl(), sandbox::SandboxServer::demoKey(), Session::Mode::Sandbox, u"Test shop"_s));
    ApiClient::Config config = m_session->api()->config();
    config.requestsPerMinute = 10'000;
    QVERIFY(m_session->api()->setConfig(config));
    // The stores here are filled by hand; the sync would add the sandbox's own invoices and finish its first pass.
    QVERIFY(m_session->historySync());
    m_session->historySync()->stop();
    HistoryStore* store = m_session->history();
    QVERIFY(store);

    QList<Invoice> invoices;
    for (qint64 id = 1; id <= kStored; ++id) {
        invoices.append(storedInvoice(id));
    }
    QVERIFY(store->upsertInvoices(invoices).ok());
    // What the history sync writes when its first pass is complete.
    QVERIFY(store->setSyncValue(u"sync.history.invoices_done"_s, u"1"_s).ok());
    QVERIFY(store->setSyncValue(u"sync.history.refunds_done"_s, u"1"_s).ok());
}

void TestHistoryViews::cleanup()
{
    m_session.reset();
    m_server.reset();
}

Invoice TestHistoryViews::paidOnServer(Money amount)
{
    InvoiceDraft draft;
    draft.amount = amount;
    draft.phone = u"87001234567"_s;
    draft.description = u"Paid on the server"_s;
    std::optional<ApiResult<Invoice>> created;
    m_session->api()->createInvoice(draft, this, [&](const ApiResult<Invoice>& r) { created = r; });
    if (!QTest::qWaitFor([&] { return created.has_value(); }, 10'000) || !created->ok()) {
        return {};
    }
    const qint64 id = created->value.id;
    (void)QTest::qWaitFor([&] { return m_server->invoiceStatus(id) == std::optional<QString>(u"pending"_s); }, 5000);
    QString error;
    if (!m_server->simulateInvoiceStatus(id, u"paid"_s, &error)) {
        qWarning("simulate: %s", qPrintable(error));
        return {};
    }
    std::optional<ApiResult<Invoice>> read;
    m_session->api()->invoice(id, this, [&](const ApiResult<Invoice>& r) { read = r; });
    if (!QTest::qWaitFor([&] { return read.has_value(); }, 10'000) || !read->ok()) {
        return {};
    }
    return read->value;
}

void TestHistoryViews::invoicesPage_readsTheStore_searchSortAndCountOverAllOfIt()
{
    auto page = show(std::make_unique<InvoicesPage>(pageContext()));
    QVERIFY(page->readsFromHistory());
    // The store answers a keystroke at once: a short pause in typing, not the server list's 400 ms.
    QVERIFY(page->filterBar()->searchDelayMs() <= 100);
    // The field says what it finds here: phones and customers too.
    const QString placeholder = page->filterBar()->searchEdit()->placeholderText();
    QVERIFY2(placeholder.contains(u"phone"_s) && placeholder.contains(u"customer"_s), qPrintable(placeholder));
    page->filterBar()->setSearchDelayMs(10);
    QTRY_COMPARE(page->model()->rowCount(), HistoryInvoiceModel::kRowsPerRead);
    QLabel* summary = page->findChild<QLabel*>(u"invoicesSummaryLabel"_s);
    QVERIFY(summary);
    // Every stored invoice is counted, not only the rows read so far.
    // (The English plural comes from the translation, which tests do not load: "invoice(s)".)
    QVERIFY2(summary->text().startsWith(u"%1 invoice"_s.arg(QLocale().toString(kStored))), qPrintable(summary->text()));
    QCOMPARE(page->table()->model()->index(0, InvoiceTableModel::Id).data().toString(), QString::number(kStored));

    // A search answers over the whole history: every 12th invoice is Айгерим's.
    page->filterBar()->searchEdit()->setText(u"айгер"_s);
    QTRY_VERIFY2(summary->text().startsWith(u"%1 invoice"_s.arg(kStored / 12)), qPrintable(summary->text()));
    QCOMPARE(page->model()->rowCount(), kStored / 12);
    for (int row = 0; row < page->model()->rowCount(); ++row) {
        QCOMPARE(page->model()->index(row, InvoiceTableModel::ClientName).data().toString(), u"Айгерим"_s);
    }
    // A phone number as typed finds its invoice.
    page->filterBar()->searchEdit()->setText(u"+7 701 000 0777"_s);
    QTRY_COMPARE(page->model()->rowCount(), 1);
    QCOMPARE(page->model()->index(0, InvoiceTableModel::Id).data().toString(), u"777"_s);
    page->filterBar()->searchEdit()->clear();
    QTRY_VERIFY(summary->text().startsWith(u"%1 invoice"_s.arg(QLocale().toString(kStored))));

    // Sorting by amount (a header click) sorts the whole history: the largest amount of all 1,200 comes first.
    qint64 largest = 0;
    for (qint64 id = 1; id <= kStored; ++id) {
        largest = qMax(largest, storedInvoice(id).amount->tiyn());
    }
    QHeaderView* header = page->table()->horizontalHeader();
    header->setSortIndicator(InvoiceTableModel::Amount, Qt::DescendingOrder);
    Q_EMIT header->sectionClicked(InvoiceTableModel::Amount);
    QTRY_COMPARE(page->table()
                     ->model()
                     ->index(0, InvoiceTableModel::Amount)
                     .data(InvoiceTableModel::AmountTiynRole)
                     .toLongLong(),
        largest);
    // A column the store cannot sort by keeps the order and says so.
    QSignalSpy infos(&m_notifier, &TestNotifier::infoReported);
    header->setSortIndicator(InvoiceTableModel::Phone, Qt::AscendingOrder);
    Q_EMIT header->sectionClicked(InvoiceTableModel::Phone);
    QCOMPARE(infos.count(), 1);
    QCOMPARE(header->sortIndicatorSection(), int(InvoiceTableModel::Amount));

    // Scrolling to the end reads more.
    page->table()->scrollToBottom();
    QTRY_VERIFY(page->model()->rowCount() > HistoryInvoiceModel::kRowsPerRead);
}

void TestHistoryViews::invoicesPage_storeChanges_keepTheSelectedInvoice()
{
    auto page = show(std::make_unique<InvoicesPage>(pageContext()));
    page->historyModel()->setRereadDelayMs(0);
    QTRY_COMPARE(page->model()->rowCount(), HistoryInvoiceModel::kRowsPerRead);
    page->showInvoice(1190);
    QTRY_COMPARE(page->detailPane()->invoiceId(), 1190);
    // The stored invoice is shown at once.
    QVERIFY(page->detailPane()->invoice().has_value());
    QCOMPARE(page->detailPane()->invoice()->description, u"Stored order 1190"_s);
    const int before = page->table()->currentIndex().row();

    // The sync brings two newer invoices.
    Invoice newer = storedInvoice(kStored + 1);
    Invoice newest = storedInvoice(kStored + 2);
    QVERIFY(m_session->history()->upsertInvoices({ newer, newest }).ok());
    QTRY_COMPARE(
        page->table()->model()->index(0, InvoiceTableModel::Id).data().toString(), QString::number(kStored + 2));
    QCOMPARE(page->table()->currentIndex().row(), before + 2);
    QCOMPARE(page->table()->currentIndex().data(InvoiceTableModel::IdRole).toLongLong(), 1190);
    QCOMPARE(page->detailPane()->invoiceId(), 1190);
}

void TestHistoryViews::invoicesPage_exportWritesWhatIsListed_withoutTheServer()
{
    auto page = show(std::make_unique<InvoicesPage>(pageContext()));
    QVERIFY(page->readsFromHistory());
    page->filterBar()->setSearchDelayMs(10);
    QTRY_COMPARE(page->model()->rowCount(), HistoryInvoiceModel::kRowsPerRead);
    m_server.reset(); // the export reads this computer's history: no request, no server needed
    const auto exportLines = [&page](const QString& path) -> QStringList {
        QSignalSpy done(page->actions(), &InvoiceActions::exportFinished);
        page->actions()->exportTo(path);
        if (!done.wait(10'000)) {
            return {};
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return {};
        }
        return QString::fromUtf8(file.readAll()).remove(QChar(0xFEFF)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    };

    // Every stored invoice (more than one chunk), newest first as listed — not only the rows read into the view.
    const QStringList all = exportLines(m_dir.filePath(u"all.csv"_s));
    QCOMPARE(all.size(), 1 + kStored);
    QVERIFY2(all.first().startsWith(u"id,created_at,status,amount"_s), qPrintable(all.first()));
    QCOMPARE(all.at(1).section(u',', 0, 0), QString::number(kStored));
    QCOMPARE(all.last().section(u',', 0, 0), u"1"_s);

    // A search: exactly the invoices it finds (every 12th is Айгерим's).
    page->filterBar()->searchEdit()->setText(u"айгер"_s);
    QTRY_COMPARE(page->model()->rowCount(), kStored / 12);
    const QStringList found = exportLines(m_dir.filePath(u"aigerim.csv"_s));
    QCOMPARE(found.size(), 1 + kStored / 12);
    for (int n = 1; n < found.size(); ++n) {
        QVERIFY2(found.at(n).contains(u"Айгерим"_s), qPrintable(found.at(n)));
    }
    QCOMPARE(found.at(1).section(u',', 0, 0), QString::number(kStored));
    QCOMPARE(found.last().section(u',', 0, 0), u"12"_s);
}

void TestHistoryViews::invoicesPage_withoutWholeHistory_listsFromTheServerAsBefore()
{
    // Until the sync's first pass is done the store is incomplete: the page lists what the server has.
    QVERIFY(m_session->history()->setSyncValue(u"sync.history.invoices_done"_s, QString()).ok());
    const Invoice onServer = paidOnServer(Money::fromTenge(777));
    QVERIFY(onServer.id > 0);
    auto page = show(std::make_unique<InvoicesPage>(pageContext()));
    QVERIFY(!page->readsFromHistory());
    QCOMPARE(page->filterBar()->searchDelayMs(), 400);
    QVERIFY(!page->filterBar()->searchEdit()->placeholderText().contains(u"phone"_s)); // the server's search
    QTRY_COMPARE(page->model()->rowCount(), 1);
    QCOMPARE(page->model()->index(0, InvoiceTableModel::Id).data().toString(), QString::number(onServer.id));
}

void TestHistoryViews::refundsPage_totalsCoverTheWholeFilter()
{
    QList<Refund> refunds;
    qint64 completed = 0;
    qint64 completedTiyn = 0;
    for (qint64 id = 1; id <= 450; ++id) {
        Refund r;
        r.id = id;
        r.invoiceId = id;
        r.status = id % 9 == 0 ? u"failed"_s : u"completed"_s;
        r.amount = Money::fromTiyn(10'000 + id * 3);
        r.createdAt = kStart.addSecs(3600 * id);
        r.reason = u"Returned"_s;
        refunds.append(r);
        if (r.status == u"completed"_s) {
            ++completed;
            completedTiyn += r.amount->tiyn();
        }
    }
    QVERIFY(m_session->history()->upsertRefunds(refunds).ok());

    auto page = show(std::make_unique<RefundsPage>(pageContext()));
    QVERIFY(page->readsFromHistory());
    QTRY_COMPARE(page->model()->rowCount(), HistoryRefundModel::kRowsPerRead);
    const DisplayFormat format = m_session->displayFormat();
    qint64 allTiyn = 0;
    for (const Refund& r : std::as_const(refunds)) {
        allTiyn += r.amount->tiyn();
    }
    // 450 refunds in the store, 200 rows read: the totals are those of all 450.
    QVERIFY2(page->totalsLabel()->text().startsWith(
                 u"450 refund(s) in this filter, total %1"_s.arg(format.money(Money::fromTiyn(allTiyn)))),
        qPrintable(page->totalsLabel()->text()));
    QVERIFY2(page->totalsLabel()->text().contains(u"(%1)"_s.arg(format.money(Money::fromTiyn(completedTiyn)))),
        qPrintable(page->totalsLabel()->text()));
    QVERIFY(page->totalsLabel()->text().contains(u": %1 ("_s.arg(completed)));

    // A filter: the failed refunds only — 50 of them, every one counted although none was scrolled to.
    page->filterBar()->statusCheckBox(u"failed"_s)->setChecked(true);
    page->filterBar()->applyButton()->click();
    const qint64 failedTiyn = allTiyn - completedTiyn;
    QTRY_VERIFY2(page->totalsLabel()->text().startsWith(
                     u"50 refund(s) in this filter, total %1"_s.arg(format.money(Money::fromTiyn(failedTiyn)))),
        qPrintable(page->totalsLabel()->text()));
    QCOMPARE(page->model()->rowCount(), 50);
    QCOMPARE(page->historyModel()->filter().statuses, QStringList { u"failed"_s }); // what the CSV export would ask
}

void TestHistoryViews::offline_bannerWithTime_writesDisabledWithReason_enabledAgainOnline()
{
    const Invoice paid = paidOnServer(Money::fromTenge(5000));
    QVERIFY(paid.id > 0);
    QVERIFY(m_session->history()->upsertInvoices({ paid }).ok());

    OfflineBanner banner(m_session.get());
    auto page = show(std::make_unique<InvoicesPage>(pageContext()));
    auto counter = show(std::make_unique<CounterPage>(pageContext()));
    QVERIFY(banner.isHidden());
    page->showInvoice(paid.id);
    QAction* refund = page->actions()->refundAction();
    QAction* cancel = page->actions()->cancelAction();
    QTRY_VERIFY(refund->isEnabled()); // the detail came from the server
    QVERIFY(counter->createButton()->isEnabled());

    // The server stops answering; the history is as of 16:48 today (in the display zone).
    const QTimeZone zone = m_session->displayFormat().zone();
    const QDateTime asOf
        = QDateTime(QDateTime::currentDateTimeUtc().toTimeZone(zone).date(), QTime(16, 48), zone).toUTC();
    m_session->reportConnectivity(true, asOf);
    QVERIFY(!banner.isHidden());
    // 16:48 as the display format writes a time ("16:48", or "4:48 PM" in an English locale).
    const QString time = m_session->displayFormat().locale().toString(QTime(16, 48), QLocale::ShortFormat);
    QCOMPARE(banner.title(), u"Offline — history as of %1"_s.arg(time));
    const QString reason = u"Not available offline — the server cannot be reached"_s;
    QVERIFY(!refund->isEnabled());
    QCOMPARE(refund->toolTip(), reason);
    QVERIFY(!cancel->isEnabled());
    QCOMPARE(cancel->toolTip(), reason);
    QVERIFY(!counter->createButton()->isEnabled());
    QCOMPARE(counter->createButton()->toolTip(), reason);
    // The list stays readable.
    QVERIFY(page->readsFromHistory());
    QVERIFY(page->model()->rowCount() > 0);

    // A pending stored invoice: Cancel stays disabled while offline.
    page->showInvoice(1197); // 1197 % 4 == 1: pending
    QTRY_COMPARE(page->detailPane()->invoiceId(), 1197);
    QVERIFY(!cancel->isEnabled());

    // Another day: the date is shown too.
    m_session->reportConnectivity(true, asOf.addDays(-3));
    QVERIFY(banner.title().startsWith(u"Offline — history as of "_s));
    QVERIFY(banner.title().size() > u"Offline — history as of %1"_s.arg(time).size());

    // Back online.
    m_session->reportConnectivity(false, QDateTime::currentDateTimeUtc());
    QVERIFY(banner.isHidden());
    QVERIFY(counter->createButton()->isEnabled());
    QVERIFY(counter->createButton()->toolTip() != reason);
    QVERIFY(cancel->isEnabled()); // pending: can be cancelled again
    QVERIFY(cancel->toolTip() != reason);
}

void TestHistoryViews::offline_catalogAndSubscriptionsShowWhatIsStored_writesDisabled()
{
    CatalogItem tea;
    tea.id = 501;
    tea.name = u"Шай"_s;
    tea.sellingPrice = Money::fromTenge(600);
    tea.status = u"active"_s;
    CatalogItem samsa = tea;
    samsa.id = 502;
    samsa.name = u"Самса"_s;
    QVERIFY(m_session->history()->upsertCatalog({ tea, samsa }).ok());
    Subscription gym;
    gym.id = 71;
    gym.phone = u"87011234567"_s;
    gym.amount = Money::fromTenge(15'000);
    gym.billingPeriod = u"monthly"_s;
    gym.status = u"active"_s;
    gym.subscriberName = u"Ержан"_s;
    QVERIFY(m_session->history()->upsertSubscriptions({ gym }).ok());

    m_session->reportConnectivity(true, QDateTime::currentDateTimeUtc().addSecs(-600));
    const QString reason = u"Not available offline — the server cannot be reached"_s;
    auto catalog = show(std::make_unique<CatalogPage>(pageContext()));
    QTRY_COMPARE(catalog->model()->rowCount(), 2);
    QVERIFY(catalog->model()->rowOfId(501) >= 0);
    QVERIFY(!catalog->addButton()->isEnabled());
    QCOMPARE(catalog->addButton()->toolTip(), reason);
    catalog->tableView()->setCurrentIndex(catalog->model()->index(0, 0));
    QVERIFY(!catalog->editButton()->isEnabled());
    QVERIFY(!catalog->deleteButton()->isEnabled());
    QCOMPARE(catalog->deleteButton()->toolTip(), reason);

    auto subscriptions = show(std::make_unique<SubscriptionsPage>(pageContext()));
    QTRY_COMPARE(subscriptions->model()->rowCount(), 1);
    QVERIFY(!subscriptions->newButton()->isEnabled());
    QCOMPARE(subscriptions->newButton()->toolTip(), reason);

    // Back online: the writes again, and the server's lists (this sandbox shop has none).
    m_session->reportConnectivity(false, QDateTime::currentDateTimeUtc());
    QVERIFY(catalog->addButton()->isEnabled());
    QVERIFY(catalog->addButton()->toolTip() != reason);
    QVERIFY(subscriptions->newButton()->isEnabled());
    QTRY_COMPARE(subscriptions->model()->rowCount(), 0);
    QTRY_VERIFY(catalog->model()->rowOfId(501) < 0);
}

void TestHistoryViews::offline_mainWindowShowsTheBannerAboveThePages()
{
    MainWindow window(m_session.get());
    window.resize(1280, 800);
    window.show();
    auto* banner = window.findChild<OfflineBanner*>(u"offlineBanner"_s);
    QVERIFY(banner);
    QVERIFY(!banner->isVisible());
    m_session->reportConnectivity(true, QDateTime::currentDateTimeUtc().addSecs(-120));
    QTRY_VERIFY(banner->isVisible());
    QVERIFY(banner->title().startsWith(u"Offline — history as of "_s));
    QVERIFY(!banner->dismissButton()->isVisible()); // it goes away by itself, when the server answers
    m_session->reportConnectivity(false, QDateTime::currentDateTimeUtc());
    QTRY_VERIFY(!banner->isVisible());
}

QTEST_MAIN(TestHistoryViews)
#include "tst_historyviews.moc"
