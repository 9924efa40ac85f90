// The Invoices page as a tester saw it: the detail pane never shows an invoice the list does not (search, period);
// the date boxes show the period that is applied; status chips and item names are never cut in ru / kk.
#include "invoices/invoiceactions.h"
#include "invoices/invoicedetailpane.h"
#include "invoices/invoicefilterbar.h"
#include "invoices/invoicespage.h"

#include "api/apiclient.h"
#include "domain/invoicestatus.h"
#include "format/displayformat.h"
#include "models/invoicefilterproxymodel.h"
#include "models/invoicetablemodel.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstore.h"
#include "secrets/inmemorysecretstore.h"
#include "shell/pagecontext.h"
#include "testpagecontext.h"

#include "testsupport.h"

#include <QAction>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace apipay;

class TestInvoicesReview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }
    void init();
    void cleanup();

    void detail_invoiceLeavesTheList_paneClearsWithItsActions_comesBackWithIt();
    void period_yesterday_dateBoxesShowYesterday();
    void statusColumn_longestStatusOfTheLanguage_neverCut();
    void detail_itemNamesAndStatus_neverCutToDots();

private:
    std::unique_ptr<InvoicesPage> makePage();
    qint64 pendingInvoice();
    QString titleText(InvoicesPage& page) const
    {
        return page.findChild<QLabel*>(u"invoiceDetailTitleLabel"_s)->text();
    }

    std::unique_ptr<Session> m_context;
    TestNavigator m_navigator;
    TestNotifier m_notifier;
    sandbox::SandboxServer* m_server = nullptr;
};

void TestInvoicesReview::init()
{
    QSettings().clear();
    m_context = std::make_unique<Session>(new InMemorySecretStore);
    m_notifier.setSession(m_context.get());
    QString error;
    QVERIFY2(m_context->startDemo(&error), qPrintable(error));
    m_server = m_context->demoServer();
    QVERIFY(m_server);
    m_server->setProcessingDelay(100);
    m_server->setRateLimit(10'000, 60'000);
    ApiClient::Config config = m_context->api()->config();
    config.requestsPerMinute = 10'000;
    QVERIFY(m_context->api()->setConfig(config));
    m_context->setPollIntervals(100, 200);
}

void TestInvoicesReview::cleanup()
{
    m_context->setLanguage(u"en"_s); // the translator is global
    m_context.reset();
    m_server = nullptr;
}

std::unique_ptr<InvoicesPage> TestInvoicesReview::makePage()
{
    auto page = std::make_unique<InvoicesPage>(PageContext { m_context.get(), &m_navigator, &m_notifier });
    page->filterBar()->setSearchDelayMs(50);
    page->resize(1280 - 170, 720 - 90); // the main window at 1280×720, beside the navigation
    page->show();
    if (!QTest::qWaitForWindowExposed(page.get())) {
        qWarning("the invoices page was not shown");
    }
    page->activated();
    return page;
}

qint64 TestInvoicesReview::pendingInvoice()
{
    InvoiceDraft draft;
    draft.amount = Money::fromTenge(4037);
    draft.phone = u"87770000001"_s;
    qint64 id = 0;
    m_context->api()->createInvoice(
        draft, this, [&](const ApiResult<Invoice>& result) { id = result.ok() ? result.value.id : -1; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(id != 0, 5000); }();
    [&] { QTRY_COMPARE_WITH_TIMEOUT(m_server->invoiceStatus(id).value_or(QString()), u"pending"_s, 5000); }();
    return id;
}

// Select today's pending invoice, then search for something no invoice has: "0 invoices" and an empty detail pane,
// "Cancel invoice…" disabled. Clearing the search brings the invoice back, selected. "Yesterday" hides it again.
void TestInvoicesReview::detail_invoiceLeavesTheList_paneClearsWithItsActions_comesBackWithIt()
{
    const qint64 id = pendingInvoice();
    auto page = makePage();
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowOfId(id) >= 0, 5000);
    const QModelIndex cell = page->proxy()->mapFromSource(page->model()->index(page->model()->rowOfId(id), 0));
    QTest::mouseClick(page->table()->viewport(), Qt::LeftButton, {}, page->table()->visualRect(cell).center());
    QTRY_VERIFY_WITH_TIMEOUT(page->detailPane()->detailLoaded(), 5000);
    QVERIFY(titleText(*page).contains(QString::number(id)));
    QVERIFY(page->actions()->cancelAction()->isEnabled());

    page->filterBar()->searchEdit()->setText(u"xyz123nothing"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!page->model()->isLoading() && page->proxy()->rowCount() == 0
            && page->model()->query().search == u"xyz123nothing"_s,
        5000);
    QTRY_COMPARE_WITH_TIMEOUT(page->detailPane()->invoiceId(), 0, 3000);
    QVERIFY2(!titleText(*page).contains(QString::number(id)), qPrintable(titleText(*page)));
    QVERIFY(!page->actions()->cancelAction()->isEnabled());
    QVERIFY(!page->actions()->refundAction()->isEnabled());
    QVERIFY(!page->actions()->simulatePaymentAction()->isEnabled());
    QVERIFY(!page->actions()->copyIdAction()->isEnabled());

    page->filterBar()->searchEdit()->clear();
    QTRY_COMPARE_WITH_TIMEOUT(page->detailPane()->invoiceId(), id, 5000);
    QTRY_VERIFY(page->table()->selectionModel()->isRowSelected(
        page->proxy()->mapFromSource(page->model()->index(page->model()->rowOfId(id), 0)).row(), {}));
    QTRY_VERIFY(page->actions()->cancelAction()->isEnabled());

    page->filterBar()->setPeriod(InvoiceFilterBar::Period::Yesterday); // the invoice was made today
    QTRY_VERIFY_WITH_TIMEOUT(!page->model()->isLoading() && page->model()->query().dateFrom.isValid(), 5000);
    QCOMPARE(page->model()->rowOfId(id), -1);
    // Today's invoice is gone from the pane; if the pane shows anything, it is one of yesterday's listed rows.
    QTRY_VERIFY_WITH_TIMEOUT(page->detailPane()->invoiceId() != id, 3000);
    QVERIFY(!titleText(*page).contains(QString::number(id)));
    const qint64 shown = page->detailPane()->invoiceId();
    QVERIFY2(shown == 0 || page->model()->rowOfId(shown) >= 0, qPrintable(titleText(*page)));
}

// "Yesterday" shows yesterday in both date boxes (the shop's days, Asia/Almaty); "Any time" shows no day.
void TestInvoicesReview::period_yesterday_dateBoxesShowYesterday()
{
    auto page = makePage();
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(DisplayFormat::almaty()).date();
    InvoiceFilterBar* bar = page->filterBar();
    auto* from = bar->findChild<QDateEdit*>(u"invoiceDateFromEdit"_s);
    auto* to = bar->findChild<QDateEdit*>(u"invoiceDateToEdit"_s);
    QVERIFY(from && to);
    bar->setPeriod(InvoiceFilterBar::Period::Yesterday);
    const QString yesterday = QLocale().toString(today.addDays(-1), from->displayFormat());
    QCOMPARE(from->text(), yesterday);
    QCOMPARE(to->text(), yesterday);
    QVERIFY2(
        from->text().contains(QString::number(today.addDays(-1).year())), qPrintable(from->text())); // 2026, not 26
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->query().dateFrom, today.addDays(-1), 5000);
    QCOMPARE(page->model()->query().dateTo, today.addDays(-1));

    bar->setPeriod(InvoiceFilterBar::Period::Last7Days);
    QCOMPARE(from->text(), QLocale().toString(today.addDays(-6), from->displayFormat()));
    QCOMPARE(to->text(), QLocale().toString(today, to->displayFormat()));

    bar->setPeriod(InvoiceFilterBar::Period::AnyTime);
    QCOMPARE(from->text(), u"\u2014"_s);
    QCOMPARE(to->text(), u"\u2014"_s);
    bar->setPeriod(InvoiceFilterBar::Period::Custom); // typing starts from today, not from the placeholder
    QCOMPARE(from->date(), today);
    QVERIFY(from->isEnabled());
}

// The status delegate cuts a chip whose text is wider than the cell less 20 px. In ru and kk, switched live, every
// status name fits in the Status column.
void TestInvoicesReview::statusColumn_longestStatusOfTheLanguage_neverCut()
{
    auto page = makePage();
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() > 0, 5000);
    for (const QString& language : { u"ru"_s, u"kk"_s, u"en"_s }) {
        m_context->setLanguage(language);
        QTRY_COMPARE(InvoiceStatus::label(InvoiceStatus::Paid).isEmpty(), false);
        const QFontMetrics metrics = page->table()->fontMetrics();
        const int column = page->table()->columnWidth(InvoiceTableModel::Status);
        for (const InvoiceStatus::Value value : InvoiceStatus::allKnown()) {
            const QString label = InvoiceStatus::label(value);
            QVERIFY2(metrics.horizontalAdvance(label) + 20 <= column,
                qPrintable(u"%1: \"%2\" is cut in a column of %3 px"_s.arg(language, label).arg(column)));
        }
    }
}

// In ru and kk at 1280×720 the detail of a cart invoice keeps every sum whole, its item names readable (at least six
// letters beside the picture, wrapping, the whole name in the tooltip) and its status chip whole; the pane never
// scrolls sideways.
void TestInvoicesReview::detail_itemNamesAndStatus_neverCutToDots()
{
    qint64 id = 0;
    QString longestName;
    const auto& invoices = m_server->store().invoices();
    for (auto it = invoices.rbegin(); it != invoices.rend() && id == 0; ++it) {
        if (it->items.size() >= 2 && it->status == u"partially_refunded") {
            id = it->id;
        }
    }
    for (auto it = invoices.rbegin(); it != invoices.rend() && id == 0; ++it) {
        if (it->items.size() >= 2) {
            id = it->id;
        }
    }
    QVERIFY2(id > 0, "the demo data has no invoice with items");
    for (const QString& language : { u"ru"_s, u"kk"_s }) {
        m_context->setLanguage(language);
        auto page = makePage();
        page->showInvoice(id);
        QTRY_VERIFY_WITH_TIMEOUT(page->detailPane()->detailLoaded(), 5000);
        auto* items = page->detailPane()->findChild<QTableWidget*>(u"invoiceItemsTableWidget"_s);
        QVERIFY(items);
        QTRY_VERIFY(items->isVisible() && items->rowCount() >= 2);
        const QFontMetrics metrics = items->fontMetrics();
        const int nameWidth = items->columnWidth(0);
        QVERIFY2(nameWidth >= items->iconSize().width() + metrics.horizontalAdvance(u"Mmmmmm"_s),
            qPrintable(u"%1: the item name gets %2 px"_s.arg(language).arg(nameWidth)));
        for (int row = 0; row < items->rowCount(); ++row) {
            QCOMPARE(items->item(row, 0)->toolTip(), items->item(row, 0)->text());
        }
        // Every sum is whole: its column lies inside the table, wide enough for the longest amount.
        const auto sumsWhole = [&](QTableWidget* table) {
            const int last = table->columnCount() - 1;
            const int right = table->columnViewportPosition(last) + table->columnWidth(last);
            int widest = 0;
            for (int row = 0; row < table->rowCount(); ++row) {
                widest = qMax(widest, metrics.horizontalAdvance(table->item(row, last)->text()));
            }
            return right <= table->viewport()->width() && table->columnWidth(last) >= widest;
        };
        QTRY_VERIFY2(sumsWhole(items), qPrintable(u"%1: an item's sum is cut"_s.arg(language)));
        auto* refunds = page->detailPane()->findChild<QTableWidget*>(u"invoiceRefundsTableWidget"_s);
        QVERIFY(refunds);
        QTRY_VERIFY(refunds->isVisible() && refunds->rowCount() >= 1);
        QTRY_VERIFY2(sumsWhole(refunds), qPrintable(u"%1: a refund's amount is cut"_s.arg(language)));
        auto* scroll = page->detailPane()->findChild<QScrollArea*>();
        QVERIFY(scroll);
        QTRY_VERIFY2(!scroll->horizontalScrollBar()->isVisible() || scroll->horizontalScrollBar()->maximum() == 0,
            qPrintable(u"%1: the detail pane scrolls sideways"_s.arg(language)));
        auto* status = page->detailPane()->findChild<QLabel*>(u"invoiceStatusLabel"_s);
        QVERIFY(status);
        const QRect inViewport(status->mapTo(scroll->viewport(), QPoint(0, 0)), status->size());
        QVERIFY2(inViewport.right() <= scroll->viewport()->width(),
            qPrintable(u"%1: the status \"%2\" runs out of the pane"_s.arg(language, status->text())));
        // Every item row is in view (the table does not scroll up and down) and the status chip has the height of
        // its lines.
        int rowsHeight = items->horizontalHeader()->height();
        for (int row = 0; row < items->rowCount(); ++row) {
            rowsHeight += items->rowHeight(row);
        }
        QTRY_VERIFY2(items->viewport()->height() + items->horizontalHeader()->height() >= rowsHeight,
            qPrintable(u"%1: the items table shows %2 of %3 px"_s.arg(language).arg(items->height()).arg(rowsHeight)));
        QTRY_VERIFY2(status->height() >= status->heightForWidth(status->width()) - 2,
            qPrintable(u"%1: the status \"%2\" is cut (%3 of %4 px)"_s.arg(language, status->text())
                           .arg(status->height())
                           .arg(status->heightForWidth(status->width()))));
        const QString shot = qEnvironmentVariable("APIPAY_REVIEW_SHOTS");
        if (!shot.isEmpty()) {
            page->grab().save(u"%1/detail-%2.png"_s.arg(shot, language));
        }
    }
}

QTEST_MAIN(TestInvoicesReview)
#include "tst_invoicesreview.moc"
