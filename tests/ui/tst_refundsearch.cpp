// The refund history's search field over the history on this computer: typing a phone (any form), a name or a reason
// narrows the rows and the totals (over every match, not the rows read), Esc clears, Ctrl+F reaches it; while the
// list comes from the server it is disabled with the reason.
#include "refunds/refundfilterbar.h"
#include "refunds/refundspage.h"
#include "widgets/emptystatelabel.h"

#include "api/apiclient.h"
#include "models/historyrefundmodel.h"
#include "sandbox/sandboxserver.h"
#include "secrets/inmemorysecretstore.h"
#include "shell/pagecontext.h"
#include "store/historystore.h"
#include "sync/historysync.h"
#include "testpagecontext.h"

#include "testsupport.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace apipay;

namespace {

const QDateTime kStart(QDate(2026, 6, 1), QTime(4, 0), Qt::UTC);
// 300 refunds: every 30th (10 of them) is of Айгерим's invoice 7001, each other one of its own invoice of Данияр's.
constexpr qint64 kRefunds = 300;

bool isAigerims(qint64 refundId)
{
    return refundId % 30 == 0;
}

} // namespace

class TestRefundSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }
    void init();
    void cleanup();

    void typing_narrowsTheRowsAndTheTotals_escClears();
    void searchAndFilters_together();
    void noMatch_saysSo();
    void searched_exportWritesWhatIsListed_evenWithTheServerGone();
    void listFromTheServer_searchDisabledWithTheReason();

private:
    void fillStore(bool wholeHistory);
    std::unique_ptr<RefundsPage> showPage();
    QString totals(const RefundsPage& page) const { return page.totalsLabel()->text(); }
    QString money(qint64 tiyn) const { return m_session->displayFormat().money(Money::fromTiyn(tiyn)); }

    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<Session> m_session;
    TestNavigator m_navigator;
    TestNotifier m_notifier;
    qint64 m_allTiyn = 0;
    qint64 m_aigerimTiyn = 0;
};

void TestRefundSearch::init()
{
    QSettings().clear();
    sandbox::SandboxServer::Options options;
    options.demoData = false;
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
    // The store is filled by hand; the sync would finish its first pass with the sandbox's own (empty) history.
    QVERIFY(m_session->historySync());
    m_session->historySync()->stop();
    QVERIFY(m_session->history());
}

void TestRefundSearch::cleanup()
{
    m_session.reset();
    m_server.reset();
}

void TestRefundSearch::fillStore(bool wholeHistory)
{
    HistoryStore* store = m_session->history();
    QList<Invoice> invoices;
    for (qint64 id = 7001; id <= 7001 + kRefunds; ++id) {
        Invoice i;
        i.id = id;
        i.status = InvoiceStatus(u"paid"_s);
        i.amount = Money::fromTenge(50'000);
        i.createdAt = kStart.addSecs(60 * (id - 7000));
        i.paidAt = i.createdAt.addSecs(30);
        i.clientName = id == 7001 ? u"Айгерим Сейткали"_s : u"Данияр"_s;
        i.phone = id == 7001 ? u"87071234567"_s : u"8701555%1"_s.arg(id - 7000, 4, 10, QLatin1Char('0'));
        i.description = u"Заказ"_s;
        invoices.append(i);
    }
    QVERIFY(store->upsertInvoices(invoices).ok());
    QList<Refund> refunds;
    m_allTiyn = 0;
    m_aigerimTiyn = 0;
    for (qint64 id = 1; id <= kRefunds; ++id) {
        Refund r;
        r.id = id;
        r.invoiceId = isAigerims(id) ? 7001 : 7001 + id;
        r.status = id % 3 == 0 ? u"failed"_s : u"completed"_s;
        r.amount = Money::fromTiyn(10'000 + id * 7);
        r.createdAt = kStart.addSecs(3600 * id);
        r.reason = id % 2 == 0 ? u"Помятая коробка"_s : u"Customer changed mind"_s;
        refunds.append(r);
        m_allTiyn += r.amount->tiyn();
        if (isAigerims(id)) {
            m_aigerimTiyn += r.amount->tiyn();
        }
    }
    QVERIFY(store->upsertRefunds(refunds).ok());
    if (wholeHistory) {
        QVERIFY(store->setSyncValue(u"sync.history.invoices_done"_s, u"1"_s).ok());
        QVERIFY(store->setSyncValue(u"sync.history.refunds_done"_s, u"1"_s).ok());
    }
}

std::unique_ptr<RefundsPage> TestRefundSearch::showPage()
{
    auto page = std::make_unique<RefundsPage>(PageContext { m_session.get(), &m_navigator, &m_notifier });
    page->resize(1280, 760);
    page->show();
    page->activated();
    return page;
}

void TestRefundSearch::typing_narrowsTheRowsAndTheTotals_escClears()
{
    fillStore(true);
    auto page = showPage();
    QVERIFY(page->readsFromHistory());
    SearchLineEdit* search = page->filterBar()->searchEdit();
    QVERIFY(search->isEnabled());
    QTRY_COMPARE(page->model()->rowCount(), HistoryRefundModel::kRowsPerRead);
    QVERIFY2(totals(*page).startsWith(u"300 refund(s) in this filter, total %1"_s.arg(money(m_allTiyn))),
        qPrintable(totals(*page)));

    // Ctrl+F puts the focus in the search field; the phone typed as the customer said it.
    page->focusSearch();
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, u"+7 707 123 45 67"_s);
    QTRY_COMPARE(page->model()->rowCount(), 10);
    QTRY_VERIFY2(totals(*page).startsWith(u"10 refund(s) in this filter, total %1"_s.arg(money(m_aigerimTiyn))),
        qPrintable(totals(*page)));
    for (int row = 0; row < page->model()->rowCount(); ++row) {
        QCOMPARE(page->model()->refundAt(row).invoiceId, 7001);
    }

    // Esc clears the search: every refund again.
    QTest::keyClick(search, Qt::Key_Escape);
    QCOMPARE(search->text(), QString());
    QTRY_VERIFY2(totals(*page).startsWith(u"300 refund(s) in this filter"_s), qPrintable(totals(*page)));
    QCOMPARE(page->model()->rowCount(), HistoryRefundModel::kRowsPerRead);

    // The phone in its other forms, and the customer's name (keyClicks takes Latin-1 only). Each time the list is
    // read again for the new words once the typing pause is over.
    for (const QString& typed : { u"87071234567"_s, u"707 123"_s, u"айгерим"_s, u"СЕЙТКАЛИ"_s }) {
        search->clear();
        QTRY_VERIFY(totals(*page).startsWith(u"300 refund(s) in this filter"_s));
        search->insert(typed);
        QTRY_VERIFY2(
            totals(*page).startsWith(u"10 refund(s) in this filter"_s), qPrintable(typed + u" → "_s + totals(*page)));
        QCOMPARE(page->model()->rowCount(), 10);
        QCOMPARE(page->historyModel()->historyQuery().text, typed);
    }

    // A reason word: half the refunds, more than the rows read at once, all counted.
    search->clear();
    search->insert(u"помятая"_s);
    QTRY_VERIFY2(totals(*page).startsWith(u"150 refund(s) in this filter"_s), qPrintable(totals(*page)));
    // A refund number and an invoice number.
    search->clear();
    QTest::keyClicks(search, u"7149"_s); // the invoice of refund 148
    QTRY_VERIFY2(totals(*page).startsWith(u"1 refund(s) in this filter"_s), qPrintable(totals(*page)));
    QCOMPARE(page->model()->refundAt(0).id, 148);
    search->clear();
    QTest::keyClicks(search, u"299"_s); // a refund number
    QTRY_COMPARE(page->historyModel()->historyQuery().text, u"299"_s);
    QVERIFY2(totals(*page).startsWith(u"1 refund(s) in this filter"_s), qPrintable(totals(*page)));
    QCOMPARE(page->model()->refundAt(0).id, 299);
}

void TestRefundSearch::searchAndFilters_together()
{
    fillStore(true);
    auto page = showPage();
    QTRY_COMPARE(page->model()->rowCount(), HistoryRefundModel::kRowsPerRead);
    page->filterBar()->searchEdit()->insert(u"айгерим"_s);
    QTRY_VERIFY2(totals(*page).startsWith(u"10 refund(s) in this filter"_s), qPrintable(totals(*page)));
    // Айгерим's failed refunds: ids divisible by 30 are divisible by 3, so all ten; completed: none.
    page->filterBar()->statusCheckBox(u"completed"_s)->setChecked(true);
    page->filterBar()->applyButton()->click();
    QTRY_COMPARE(page->model()->rowCount(), 0);
    QVERIFY2(totals(*page).startsWith(u"0 refund(s) in this filter"_s), qPrintable(totals(*page)));
    page->filterBar()->statusCheckBox(u"completed"_s)->setChecked(false);
    page->filterBar()->statusCheckBox(u"failed"_s)->setChecked(true);
    page->filterBar()->applyButton()->click();
    QTRY_COMPARE(page->model()->rowCount(), 10);
    QVERIFY2(totals(*page).startsWith(u"10 refund(s) in this filter, total %1"_s.arg(money(m_aigerimTiyn))),
        qPrintable(totals(*page)));
    // Clear resets the search too.
    page->filterBar()->findChild<QPushButton*>(u"clearFiltersPushButton"_s)->click();
    QCOMPARE(page->filterBar()->searchEdit()->text(), QString());
    QTRY_VERIFY2(totals(*page).startsWith(u"300 refund(s) in this filter"_s), qPrintable(totals(*page)));
}

void TestRefundSearch::noMatch_saysSo()
{
    fillStore(true);
    auto page = showPage();
    QTRY_COMPARE(page->model()->rowCount(), HistoryRefundModel::kRowsPerRead);
    QVERIFY(page->exportButton()->isEnabled());
    QTest::keyClicks(page->filterBar()->searchEdit(), u"zzz"_s);
    QTRY_COMPARE(page->model()->rowCount(), 0);
    auto* empty = page->findChild<EmptyStateLabel*>();
    QVERIFY(empty);
    QTRY_VERIFY(empty->isVisible());
    QCOMPARE(empty->text(), u"No refunds match “zzz”. Press Esc in the search field to clear it."_s);
    QVERIFY(page->exportButton()->isEnabled()); // it would write the header only, as the list shows nothing
    QTest::keyClick(page->filterBar()->searchEdit(), Qt::Key_Escape);
    QTRY_COMPARE(page->model()->rowCount(), HistoryRefundModel::kRowsPerRead);
}

void TestRefundSearch::searched_exportWritesWhatIsListed_evenWithTheServerGone()
{
    fillStore(true);
    // Two of Айгерим's refunds returned items: they are in the file too.
    QList<Refund> withItems;
    for (qint64 id : { 30, 60 }) {
        Refund r;
        r.id = id;
        r.invoiceId = 7001;
        r.status = id % 3 == 0 ? u"failed"_s : u"completed"_s;
        r.amount = Money::fromTiyn(10'000 + id * 7);
        r.createdAt = kStart.addSecs(3600 * id);
        r.reason = u"Помятая коробка"_s;
        RefundItem item;
        item.id = id * 10;
        item.name = id == 30 ? u"Чай"_s : u"Кофе"_s;
        item.count = 2;
        item.price = Money::fromTenge(50);
        item.amount = Money::fromTenge(100);
        r.items = { item };
        withItems.append(r);
    }
    QVERIFY(m_session->history()->upsertRefunds(withItems).ok());
    auto page = showPage();
    QTRY_COMPARE(page->model()->rowCount(), HistoryRefundModel::kRowsPerRead);
    QTest::keyClicks(page->filterBar()->searchEdit(), u"87071234567"_s); // Айгерим's phone
    QTRY_COMPARE(page->model()->rowCount(), 10);
    QVERIFY(page->exportButton()->isEnabled());

    m_server.reset(); // the export reads this computer's history: no server needed
    QSignalSpy done(page.get(), &RefundsPage::exportFinished);
    const QString path = m_dir.filePath(u"aigerim.csv"_s);
    page->exportToFile(path);
    QVERIFY(done.wait(5000));
    QCOMPARE(done.first().at(0).toBool(), true);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines
        = QString::fromUtf8(file.readAll()).remove(QChar(0xFEFF)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 10); // the header and exactly the ten listed refunds
    QVERIFY2(lines.first().startsWith(u"id,created_at,invoice_id"_s), qPrintable(lines.first()));
    QStringList ids;
    for (int n = 1; n < lines.size(); ++n) {
        ids.append(lines.at(n).section(u',', 0, 0));
        QVERIFY2(lines.at(n).contains(u"7001"_s), qPrintable(lines.at(n)));
    }
    QCOMPARE(ids.first(), u"300"_s); // newest first, as listed
    QCOMPARE(ids.last(), u"30"_s);
    const QString thirty = lines.last();
    QVERIFY2(thirty.contains(u"Чай × 2"_s), qPrintable(thirty));
}

void TestRefundSearch::listFromTheServer_searchDisabledWithTheReason()
{
    fillStore(false); // the first pass over the refunds has not finished: the list comes from the server
    auto page = showPage();
    QVERIFY(!page->readsFromHistory());
    SearchLineEdit* search = page->filterBar()->searchEdit();
    QVERIFY(!search->isEnabled());
    QVERIFY(search->toolTip().contains(u"cannot be searched"_s));
    // Ctrl+F still leads somewhere useful: the invoice id.
    page->focusSearch();
    QTRY_VERIFY(page->filterBar()->invoiceIdEdit()->hasFocus());

    // Once the history holds every refund, the search is there.
    QVERIFY(m_session->history()->setSyncValue(u"sync.history.refunds_done"_s, u"1"_s).ok());
    QVERIFY(m_session->history()->upsertRefunds({}).ok()); // refundsChanged: the page checks again
    QTRY_VERIFY(page->readsFromHistory());
    QTRY_VERIFY(search->isEnabled());
    QVERIFY(search->toolTip().isEmpty());
}

QTEST_MAIN(TestRefundSearch)
#include "tst_refundsearch.moc"
