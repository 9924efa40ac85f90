#include "export/refundcsvexporter.h"
#include "refunds/refunddetailpanel.h"
#include "refunds/refundfilterbar.h"
#include "refunds/refundspage.h"

#include "api/apiclient.h"
#include "models/refundtablemodel.h"
#include "sandbox/sandboxserver.h"
#include "secrets/inmemorysecretstore.h"
#include "shell/pagecontext.h"
#include "testpagecontext.h"

#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDateEdit>
#include <QFile>
#include <QHeaderView>
#include <QHelpEvent>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>

#include <memory>

using namespace Qt::StringLiterals;
using namespace apipay;

class TestRefundsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void refundsMadeThroughApi_listedWithExactTotals();
    void openInvoice_emitsTheRequest();
    void statusAndInvoiceFilters_narrowTheList();
    void csvExport_allRowsWithBom();
    void csvExport_cancelled_leavesNoFile();
    void emptyHistory_saysWhatToDo();
    void refundMadeElsewhereInTheApp_shownWhenThePageIsShownAgain();
    void narrowPage_everyColumnInView_cutTextsInTooltips();

private:
    qint64 paidInvoice(Money amount);
    void refund(qint64 invoiceId, std::optional<Money> amount, const QString& reason);
    template <typename T> T wait(std::function<RequestId(ApiCallback<T>)> call);

    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<Session> m_context;
    TestNavigator m_navigator;
    TestNotifier m_notifier;
    PageContext pageContext() { return PageContext { m_context.get(), &m_navigator, &m_notifier }; }
    qint64 m_invoiceA = 0;
    qint64 m_invoiceB = 0;
};

void TestRefundsPage::initTestCase()
{
    test::initTestEnvironment();
}

void TestRefundsPage::init()
{
    sandbox::SandboxServer::Options options;
    options.demoData = false;
    options.processingDelayMs = 30;
    options.rateLimit = 10'000;
    m_server = std::make_unique<sandbox::SandboxServer>(options);
    QVERIFY(m_server->start(0));
    m_context = std::make_unique<Session>(new InMemorySecretStore);
    m_notifier.setSession(m_context.get());
    QVERIFY(m_context->useServer(
        m_server->baseUrl(), sandbox::SandboxServer::demoKey(), Session::Mode::Sandbox, u"Test shop"_s));
    ApiClient::Config config = m_context->api()->config();
    config.requestsPerMinute = 10'000;
    QVERIFY(m_context->api()->setConfig(config));

    // Two paid invoices; three refunds with amounts whose sum is not a "round" double: 2 500.10 + 1 000.20 + 0.70.
    m_invoiceA = paidInvoice(Money::fromTenge(10'000));
    m_invoiceB = paidInvoice(Money::fromTiyn(500'055));
    QVERIFY(m_invoiceA > 0 && m_invoiceB > 0);
    refund(m_invoiceA, Money::fromTiyn(250'010), u"Cup broken"_s);
    refund(m_invoiceA, Money::fromTiyn(100'020), u"Late delivery"_s);
    refund(m_invoiceB, Money::fromTiyn(70), u"Rounding"_s);
}

void TestRefundsPage::cleanup()
{
    m_context.reset();
    m_server.reset();
}

template <typename T> T TestRefundsPage::wait(std::function<RequestId(ApiCallback<T>)> call)
{
    std::optional<ApiResult<T>> result;
    call([&result](const ApiResult<T>& r) { result = r; });
    (void)QTest::qWaitFor([&] { return result.has_value(); }, 10'000);
    if (!result || !result->ok()) {
        qWarning("request failed: %s", result ? qPrintable(result->error.userText()) : "timeout");
        return T {};
    }
    return result->value;
}

qint64 TestRefundsPage::paidInvoice(Money amount)
{
    InvoiceDraft draft;
    draft.amount = amount;
    draft.phone = u"87001234567"_s;
    draft.description = u"Refund test"_s;
    const Invoice created
        = wait<Invoice>([&](ApiCallback<Invoice> done) { return m_context->api()->createInvoice(draft, this, done); });
    if (created.id == 0) {
        return 0;
    }
    (void)QTest::qWaitFor(
        [&] { return m_server->invoiceStatus(created.id) == std::optional<QString>(u"pending"_s); }, 5000);
    QString error;
    if (!m_server->simulateInvoiceStatus(created.id, u"paid"_s, &error)) {
        qWarning("simulate: %s", qPrintable(error));
        return 0;
    }
    return created.id;
}

void TestRefundsPage::refund(qint64 invoiceId, std::optional<Money> amount, const QString& reason)
{
    RefundDraft draft;
    draft.amount = amount;
    draft.reason = reason;
    const RefundResult result = wait<RefundResult>(
        [&](ApiCallback<RefundResult> done) { return m_context->api()->refundInvoice(invoiceId, draft, this, done); });
    QVERIFY(result.refund.id > 0);
}

void TestRefundsPage::refundsMadeThroughApi_listedWithExactTotals()
{
    RefundsPage page(pageContext());
    new QAbstractItemModelTester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest, &page);
    page.resize(1200, 700);
    page.show();
    page.activated();
    QTRY_VERIFY_WITH_TIMEOUT(!page.model()->isLoading() && page.model()->rowCount() == 3, 10'000);
    QCOMPARE(page.model()->shownTotal(), Money::fromTiyn(350'100));
    const QString total = m_context->displayFormat().money(Money::fromTiyn(350'100));
    QVERIFY2(page.totalsLabel()->text().contains(total), qPrintable(page.totalsLabel()->text()));
    QVERIFY(page.totalsLabel()->text().contains(u'3'));

    // Nothing chosen yet: the detail says so right under its title, at the top as the invoice detail does, not in the
    // middle of an empty pane. Where the hint is drawn is read from the pane's pixels.
    RefundDetailPanel* detail = page.detailPanel();
    const auto visibleLabelWith = [detail](const QString& text) -> QLabel* {
        for (QLabel* label : detail->findChildren<QLabel*>()) {
            if (label->isVisible() && label->text() == text) {
                return label;
            }
        }
        return nullptr;
    };
    QLabel* title = visibleLabelWith(u"No refund selected"_s);
    QVERIFY(title);
    QVERIFY(visibleLabelWith(u"Select a refund in the list to see its invoice, amount, reason and who made it."_s));
    const QImage pane = detail->grab().toImage();
    const int titleBottom = title->mapTo(detail, QPoint(0, title->height())).y();
    const QRgb background = pane.pixel(pane.width() / 2, pane.height() - 2);
    int firstInk = -1;
    for (int y = titleBottom + 1; y < pane.height() && firstInk < 0; ++y) {
        for (int x = 0; x < pane.width(); ++x) {
            if (pane.pixel(x, y) != background) {
                firstInk = y;
                break;
            }
        }
    }
    QVERIFY2(firstInk > titleBottom && firstInk - titleBottom < 3 * title->fontMetrics().height(),
        qPrintable(u"hint drawn at y=%1, title ends at y=%2"_s.arg(firstInk).arg(titleBottom)));

    // The detail of the first (newest) row.
    page.tableView()->setCurrentIndex(page.tableView()->model()->index(0, 0));
    QVERIFY(page.detailPanel()->hasRefund());
    QCOMPARE(page.detailPanel()->refund().invoiceId, m_invoiceB);
    QCOMPARE(page.detailPanel()->refund().amount, std::optional<Money>(Money::fromTiyn(70)));
    QVERIFY(page.detailPanel()->openInvoiceButton()->isEnabled());

    // No items were returned: "Open invoice" follows the invoice totals and that one line, no gap in between.
    const QPushButton* open = page.detailPanel()->openInvoiceButton();
    const QLabel* totals = nullptr;
    for (const QLabel* label : page.detailPanel()->findChildren<QLabel*>()) {
        if (label->isVisible() && label->text().contains(u"refunded"_s)) {
            totals = label;
        }
    }
    QVERIFY(totals);
    const auto gap = [&] {
        return open->mapTo(page.detailPanel(), QPoint(0, 0)).y()
            - totals->mapTo(page.detailPanel(), QPoint(0, totals->height())).y();
    };
    QTRY_VERIFY2(gap() < 4 * open->fontMetrics().height(), qPrintable(QString::number(gap())));
}

void TestRefundsPage::openInvoice_emitsTheRequest()
{
    RefundsPage page(pageContext());
    page.show();
    page.activated();
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowCount() == 3, 10'000);
    QSignalSpy requested(&m_navigator, &TestNavigator::showInvoiceRequested);
    const int row = page.model()->rowCount() - 1; // the oldest: invoice A
    page.tableView()->setCurrentIndex(page.tableView()->model()->index(row, 0));
    page.detailPanel()->openInvoiceButton()->click();
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().toLongLong(), m_invoiceA);
}

void TestRefundsPage::statusAndInvoiceFilters_narrowTheList()
{
    RefundsPage page(pageContext());
    page.show();
    page.activated();
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowCount() == 3, 10'000);

    page.filterBar()->invoiceIdEdit()->setText(QString::number(m_invoiceA));
    page.filterBar()->applyButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!page.model()->isLoading() && page.model()->rowCount() == 2, 10'000);
    QCOMPARE(page.model()->shownTotal(), Money::fromTiyn(350'030));

    // Refunds complete after the processing delay; a status filter with no match gives the empty state.
    page.filterBar()->statusCheckBox(u"failed"_s)->setChecked(true);
    page.filterBar()->applyButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!page.model()->isLoading() && page.model()->rowCount() == 0, 10'000);
    QCOMPARE(page.model()->shownTotal(), Money());

    page.filterBar()->statusCheckBox(u"failed"_s)->setChecked(false);
    page.filterBar()->fromCheckBox()->setChecked(true);
    page.filterBar()->toCheckBox()->setChecked(true);
    page.filterBar()->toEdit()->setDate(page.filterBar()->fromEdit()->date().addDays(-1));
    QSignalSpy changed(page.filterBar(), &RefundFilterBar::filtersChanged);
    page.filterBar()->applyButton()->click();
    QCOMPARE(changed.count(), 0); // end before start: refused with a message
}

void TestRefundsPage::csvExport_allRowsWithBom()
{
    RefundsPage page(pageContext());
    page.activated();
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowCount() == 3, 10'000);
    QTemporaryDir dir;
    const QString file = dir.filePath(u"refunds.csv"_s);
    QSignalSpy finished(&page, &RefundsPage::exportFinished);
    page.exportToFile(file);
    QVERIFY(page.isExporting());
    QVERIFY(page.cancelExportButton()->isVisibleTo(&page));
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray content = csv.readAll();
    QVERIFY(content.startsWith("\xEF\xBB\xBF"));
    const QList<QByteArray> lines = content.mid(3).trimmed().split('\n');
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.at(0).startsWith("id,created_at,invoice_id"));
    QVERIFY(content.contains(",2500.10,"));
    QVERIFY(content.contains(",1000.20,"));
    QVERIFY(content.contains(",0.70,"));
    QVERIFY(!page.isExporting());
}

void TestRefundsPage::csvExport_cancelled_leavesNoFile()
{
    RefundsPage page(pageContext());
    page.activated();
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowCount() == 3, 10'000);
    QTemporaryDir dir;
    const QString file = dir.filePath(u"refunds.csv"_s);
    m_server->delayNext("GET", u"/refunds"_s, 3000);
    QSignalSpy finished(&page, &RefundsPage::exportFinished);
    page.exportToFile(file);
    QVERIFY(page.isExporting());
    page.cancelExportButton()->click();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY(!QFile::exists(file));
}

void TestRefundsPage::refundMadeElsewhereInTheApp_shownWhenThePageIsShownAgain()
{
    RefundsPage page(pageContext());
    page.show();
    page.activated();
    QTRY_VERIFY_WITH_TIMEOUT(!page.model()->isLoading() && page.model()->rowCount() == 3, 10'000);
    page.hide(); // the person goes to the invoices and refunds one there

    // A new invoice at the counter: the refund history stays as it was read, no request is spent on it.
    m_context->notifyInvoicesChanged();
    int requestsBefore = m_server->loggedRequests("GET", u"/refunds"_s);
    page.show();
    page.activated();
    QVERIFY(test::queuedEventsDelivered());
    QCOMPARE(m_server->loggedRequests("GET", u"/refunds"_s), requestsBefore);
    page.hide();

    refund(m_invoiceB, Money::fromTiyn(1000), u"Second look"_s);
    m_context->notifyRefundMade(); // what the invoices page says after a refund
    requestsBefore = m_server->loggedRequests("GET", u"/refunds"_s);
    QVERIFY(test::queuedEventsDelivered());
    QCOMPARE(m_server->loggedRequests("GET", u"/refunds"_s), requestsBefore); // hidden: nothing read yet

    page.show();
    page.activated();
    QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 4, 10'000);
    const QString total = m_context->displayFormat().money(Money::fromTiyn(351'100));
    QTRY_VERIFY2(page.totalsLabel()->text().contains(total), qPrintable(page.totalsLabel()->text()));
}

void TestRefundsPage::emptyHistory_saysWhatToDo()
{
    m_server->reset();
    RefundsPage page(pageContext());
    page.show();
    page.activated();
    QTRY_VERIFY_WITH_TIMEOUT(!page.model()->isLoading(), 10'000);
    QCOMPARE(page.model()->rowCount(), 0);
    QVERIFY(!page.tableView()->isVisible());
    QCOMPARE(page.model()->shownTotal(), Money());
}

void TestRefundsPage::narrowPage_everyColumnInView_cutTextsInTooltips()
{
    // The order ids ("apd-…-20261205T…") are long; the page is as wide as beside the navigation of a window that
    // opened on a 1366 × 768 laptop. Every column stays in view: dates and amounts whole, the order ids cut, each
    // whole in a tooltip.
    RefundsPage page(pageContext());
    page.resize(1100, 600);
    page.show();
    page.activated();
    QTRY_VERIFY_WITH_TIMEOUT(!page.model()->isLoading() && page.model()->rowCount() == 3, 10'000);
    QTableView* table = page.tableView();
    QAbstractItemModel* model = table->model();
    const QFontMetrics metrics = table->fontMetrics();
    QTRY_VERIFY(!table->horizontalScrollBar()->isVisible());
    QVERIFY(table->horizontalHeader()->length() <= table->viewport()->width());

    const QModelIndex order = model->index(0, RefundTableModel::ExternalOrderId);
    const QString orderId = order.data().toString();
    QVERIFY2(orderId.size() > 20, qPrintable(orderId));
    QVERIFY2(table->columnWidth(RefundTableModel::ExternalOrderId) < metrics.horizontalAdvance(orderId),
        "the long order ids are cut to make room");
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column : { int(RefundTableModel::CreatedAt), int(RefundTableModel::Amount) }) {
            const QString text = model->index(row, column).data().toString();
            QVERIFY2(table->columnWidth(column) > metrics.horizontalAdvance(text), qPrintable(text));
        }
    }

    // Resting the pointer on a whole amount shows nothing; on a cut order id, the whole id.
    const auto hover = [table](const QModelIndex& index) {
        const QPoint at = table->visualRect(index).center();
        QHelpEvent help(QEvent::ToolTip, at, table->viewport()->mapToGlobal(at));
        QCoreApplication::sendEvent(table->viewport(), &help);
    };
    hover(model->index(0, RefundTableModel::Amount));
    QVERIFY(!QToolTip::isVisible());
    hover(order);
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), orderId);
    QToolTip::hideText();
}

QTEST_MAIN(TestRefundsPage)
#include "tst_refundspage.moc"
