#include "columnheadertesting.h"
#include "export/invoicecsvexporter.h"
#include "invoices/invoiceactions.h"
#include "invoices/invoicedetailpane.h"
#include "invoices/invoicefilterbar.h"
#include "invoices/invoicespage.h"
#include "invoices/invoicestatusstyle.h"
#include "invoices/refunddialog.h"

#include "api/apiclient.h"
#include "models/invoicefilterproxymodel.h"
#include "models/invoicetablemodel.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstore.h"
#include "secrets/inmemorysecretstore.h"
#include "shell/pagecontext.h"
#include "testpagecontext.h"
#include "widgets/elidedvaluelabel.h"
#include "widgets/emptystatelabel.h"

#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>

#include <QMenu>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;
using namespace apipay;

class TestInvoicesPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void list_loadsDemoInvoices_withStatusChips_andWatchesNonFinalOnScreen();
    void partialRefund_cappedAtAvailable_appearsInTheInvoiceRefunds();
    void refundAnswerLost_reloadsRefundsFirst_neverSendsTwice();
    void cancel_askedFirst_keepItDoesNothing_confirmCancels();
    void simulatePayment_demoMode_pendingBecomesPaid();
    void checkStatus_selectedRows_updatesChangedRows();
    void showInvoice_notInTheList_loadsDetailAnyway();
    void detail_longOrderIdAndDescription_noSidewaysScroll_wholeValueCopied();
    void search_debounced_sentToServer_ctrlFFocusesIt();
    void keyboard_searchDownToResults_delCancels_ctrlShiftRRefunds();
    void statusFilter_severalStatuses_onlyThoseListed();
    void statusFilter_menuArrow_neverCoversTheText();
    void csvExport_allPagesOfTheFilter_bomAndPlainMoney();
    void csvExport_cancelled_leavesNoFile();
    void csvExport_pageClosedMidway_leavesNoFile();
    void emptyShop_saysPressCtrlN();
    void statusStyle_unknownNeutral_darkPaletteReadable();
    void defaultLayout_mainColumnsVisible_listGetsLargerShare();
    void minimumWidth_everyLanguage_fitsBesideNavigation();
    void columnShown_throughTheMenu_descriptionGivesWay();
    void columnLayout_remembered();
    void screenshots_forReview();

private:
    qint64 createInvoice(Money amount, const QString& description = {});
    qint64 paidInvoice(Money amount);
    std::unique_ptr<InvoicesPage> makePage();

    std::unique_ptr<Session> m_context;
    TestNavigator m_navigator;
    TestNotifier m_notifier;
    PageContext pageContext() { return PageContext { m_context.get(), &m_navigator, &m_notifier }; }
    sandbox::SandboxServer* m_server = nullptr;
};

void TestInvoicesPage::initTestCase()
{
    test::initTestEnvironment();
}

void TestInvoicesPage::init()
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

void TestInvoicesPage::cleanup()
{
    m_context.reset();
    m_server = nullptr;
}

std::unique_ptr<InvoicesPage> TestInvoicesPage::makePage()
{
    auto page = std::make_unique<InvoicesPage>(pageContext());
    page->filterBar()->setSearchDelayMs(50);
    page->resize(1280, 760);
    page->show();
    page->activateWindow();
    if (!QTest::qWaitForWindowActive(page.get())) {
        qWarning("the invoices page window did not become active");
    }
    page->activated();
    return page;
}

qint64 TestInvoicesPage::createInvoice(Money amount, const QString& description)
{
    InvoiceDraft draft;
    draft.amount = amount;
    draft.phone = u"87001234567"_s;
    draft.description = description;
    qint64 id = 0;
    bool done = false;
    m_context->api()->createInvoice(draft, this, [&](const ApiResult<Invoice>& result) {
        done = true;
        id = result.ok() ? result.value.id : -1;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 5000); }();
    [&] { QTRY_COMPARE_WITH_TIMEOUT(m_server->invoiceStatus(id).value_or(QString()), u"pending"_s, 5000); }();
    return id;
}

qint64 TestInvoicesPage::paidInvoice(Money amount)
{
    const qint64 id = createInvoice(amount);
    QString reason;
    if (!m_server->simulateInvoiceStatus(id, u"paid"_s, &reason)) {
        qWarning("simulate paid failed: %s", qPrintable(reason));
        return -1;
    }
    return id;
}

void TestInvoicesPage::list_loadsDemoInvoices_withStatusChips_andWatchesNonFinalOnScreen()
{
    const qint64 pending = createInvoice(Money::fromTenge(4321));
    auto page = makePage();
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() > 0, 5000);
    QVERIFY(page->table()->isVisible());
    QVERIFY(page->model()->rowOfId(pending) >= 0);
    QVERIFY(page->model()->hasMorePages()); // the demo shop has more than one page of 50
    // Incremental loading: scrolling to the end asks for the next page.
    const int firstPage = page->model()->rowCount();
    page->table()->scrollToBottom();
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() > firstPage, 5000);

    // The pending invoice is on screen (top row, newest first): the watcher learns when it is paid.
    QVERIFY(m_server->simulateInvoiceStatus(pending, u"paid"_s));
    page->table()->scrollToTop();
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rawStatus(page->model()->rowOfId(pending)), u"paid"_s, 5000);
}

void TestInvoicesPage::partialRefund_cappedAtAvailable_appearsInTheInvoiceRefunds()
{
    const qint64 id = paidInvoice(Money::fromTenge(10'000));
    m_server->setProcessingDelay(60'000); // the refund stays in progress while the pane is looked at
    auto page = makePage();
    page->showInvoice(id);
    QTRY_VERIFY_WITH_TIMEOUT(page->detailPane()->detailLoaded() && page->detailPane()->refunds().has_value(), 5000);
    QVERIFY(page->actions()->refundAction()->isEnabled());
    page->actions()->refundAction()->trigger();
    RefundDialog* dialog = page->actions()->refundDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->available(), Money::fromTenge(10'000));

    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto* partial = dialog->findChild<QRadioButton*>(u"refundPartialRadioButton"_s);
    QTest::mouseClick(partial, Qt::LeftButton, {}, QPoint(8, partial->height() / 2)); // on the indicator
    QVERIFY(partial->isChecked());
    QCOMPARE(dialog->mode(), RefundDialog::Mode::Partial);
    auto* amount = dialog->findChild<QLineEdit*>(u"refundAmountLineEdit"_s);
    auto* send = dialog->findChild<QPushButton*>(u"refundSendButton"_s);
    QTest::keyClicks(amount, u"10000,01"_s); // above what is available
    QVERIFY(!send->isEnabled());
    QVERIFY(dialog->findChild<QLabel*>(u"refundAmountHintLabel"_s)
                ->text()
                .contains(m_context->displayFormat().money(Money::fromTenge(10'000))));
    amount->clear();
    QTest::keyClicks(amount, u"2500,50"_s);
    QVERIFY(send->isEnabled());
    dialog->findChild<QPlainTextEdit*>(u"refundReasonEdit"_s)->insertPlainText(u"Вернули один торт"_s);
    const qint64 refundsBefore = m_server->refundCount();
    QSignalSpy created(dialog, &RefundDialog::refundCreated);
    QTest::mouseClick(send, Qt::LeftButton);
    QVERIFY(created.wait(5000));
    QCOMPARE(m_server->refundCount(), refundsBefore + 1);

    auto* refunds = page->detailPane()->findChild<QTableWidget*>(u"invoiceRefundsTableWidget"_s);
    QTRY_COMPARE_WITH_TIMEOUT(refunds->rowCount(), 1, 5000);
    QCOMPARE(refunds->item(0, 1)->text(), m_context->displayFormat().money(Money::fromTiyn(2500'50)));
    QVERIFY2(refunds->item(0, 0)->text().contains(u"\nВернули один торт"_s), qPrintable(refunds->item(0, 0)->text()));
    QTRY_COMPARE_WITH_TIMEOUT(page->detailPane()->invoice()->availableForRefund, Money::fromTiyn(7499'50), 5000);
    // While the refund is on its way ("Refunded: 0.00 ₸ (+2 500.50 ₸ in progress)") the pane keeps its width, in
    // Russian at 1280×720 too: the longer text wraps instead of pushing the fields and the refund's amount out of view.
    const auto english = qScopeGuard([this] { m_context->setLanguage(u"en"_s); }); // the translator is global
    m_context->setLanguage(u"ru"_s);
    page->resize(1280 - 170, 720 - 90);
    const auto inProgressShown = [&] {
        for (const QLabel* label : page->detailPane()->findChildren<QLabel*>()) {
            if (label->isVisible() && label->text().contains(u" (+"_s)) {
                return true;
            }
        }
        return false;
    };
    QTRY_VERIFY(inProgressShown());
    auto* scroll = page->detailPane()->findChild<QScrollArea*>();
    QVERIFY(scroll);
    QTRY_VERIFY2(scroll->widget()->minimumSizeHint().width() <= scroll->viewport()->width(),
        qPrintable(u"the detail pane needs %1 px of %2"_s.arg(scroll->widget()->minimumSizeHint().width())
                       .arg(scroll->viewport()->width())));
    QVERIFY(!scroll->horizontalScrollBar()->isVisible() || scroll->horizontalScrollBar()->maximum() == 0);
}

void TestInvoicesPage::refundAnswerLost_reloadsRefundsFirst_neverSendsTwice()
{
    const qint64 id = paidInvoice(Money::fromTenge(5000));
    auto page = makePage();
    page->showInvoice(id);
    QTRY_VERIFY_WITH_TIMEOUT(page->detailPane()->detailLoaded() && page->detailPane()->refunds().has_value(), 5000);
    page->actions()->refundAction()->trigger();
    RefundDialog* dialog = page->actions()->refundDialog();
    QVERIFY(dialog);
    m_server->dropNext("POST", u"/invoices/*/refund"_s); // the refund is made, the answer is lost
    const qint64 refundsBefore = m_server->refundCount();
    auto* send = dialog->findChild<QPushButton*>(u"refundSendButton"_s);
    QVERIFY(send->isEnabled()); // full refund
    QSignalSpy reloaded(dialog, &RefundDialog::refundsReloaded);
    QTest::mouseClick(send, Qt::LeftButton);
    QVERIFY(reloaded.wait(10000));
    QCOMPARE(m_server->refundCount(), refundsBefore + 1); // exactly one refund, nothing re-sent
    auto* message = dialog->findChild<QLabel*>(u"refundMessageLabel"_s);
    QTRY_VERIFY(message->text().contains(u"Nothing was sent twice"_s));
    QVERIFY(!send->isVisible()); // no "send again" when the refund is there
    auto* refunds = page->detailPane()->findChild<QTableWidget*>(u"invoiceRefundsTableWidget"_s);
    QTRY_COMPARE_WITH_TIMEOUT(refunds->rowCount(), 1, 5000);
    // Nothing re-sent later either: no second refund may appear on the server.
    QVERIFY(!QTest::qWaitFor([&] { return m_server->refundCount() > refundsBefore + 1; }, 100));
    QCOMPARE(m_server->refundCount(), refundsBefore + 1);
}

void TestInvoicesPage::cancel_askedFirst_keepItDoesNothing_confirmCancels()
{
    const qint64 id = createInvoice(Money::fromTenge(777));
    auto page = makePage();
    page->showInvoice(id);
    QTRY_VERIFY_WITH_TIMEOUT(page->detailPane()->detailLoaded(), 5000);
    QTRY_VERIFY(page->actions()->cancelAction()->isEnabled());

    page->actions()->cancelAction()->trigger();
    QMessageBox* box = page->actions()->cancelConfirmation();
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QTest::keyClick(box, Qt::Key_Escape); // "Keep it"
    QTRY_VERIFY(!page->actions()->cancelConfirmation());
    QCOMPARE(m_server->invoiceStatus(id), std::optional<QString>(u"pending"_s));

    page->actions()->cancelAction()->trigger();
    box = page->actions()->cancelConfirmation();
    QVERIFY(box);
    QTest::mouseClick(box->findChild<QPushButton*>(u"confirmCancelButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->invoiceStatus(id), std::optional<QString>(u"cancelled"_s), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(page->detailPane()->invoice()->status.raw(), u"cancelled"_s, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rawStatus(page->model()->rowOfId(id)), u"cancelled"_s, 5000);
    QVERIFY(!page->actions()->cancelAction()->isEnabled());
}

void TestInvoicesPage::simulatePayment_demoMode_pendingBecomesPaid()
{
    const qint64 id = createInvoice(Money::fromTenge(1500));
    auto page = makePage();
    QVERIFY(page->actions()->simulatePaymentAction()->isVisible());
    page->showInvoice(id);
    QTRY_VERIFY_WITH_TIMEOUT(page->actions()->simulatePaymentAction()->isEnabled(), 5000);
    page->actions()->simulatePaymentAction()->trigger();
    QCOMPARE(m_server->invoiceStatus(id), std::optional<QString>(u"paid"_s));
    QTRY_COMPARE_WITH_TIMEOUT(page->detailPane()->invoice()->status.raw(), u"paid"_s, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(page->actions()->refundAction()->isEnabled(), 5000);
    QVERIFY(!page->actions()->simulatePaymentAction()->isEnabled());
}

void TestInvoicesPage::checkStatus_selectedRows_updatesChangedRows()
{
    const qint64 a = createInvoice(Money::fromTenge(100));
    const qint64 b = createInvoice(Money::fromTenge(200));
    auto page = makePage();
    page->deactivated(); // no watcher: only the explicit check may find the change
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowOfId(a) >= 0 && page->model()->rowOfId(b) >= 0, 5000);
    QVERIFY(m_server->simulateInvoiceStatus(a, u"expired"_s));
    page->table()->selectionModel()->clearSelection();
    for (qint64 id : { a, b }) {
        page->table()->selectionModel()->select(
            page->proxy()->mapFromSource(page->model()->index(page->model()->rowOfId(id), 0)),
            QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    QSignalSpy finished(page->actions(), &InvoiceActions::statusCheckFinished);
    page->actions()->checkStatusAction()->trigger();
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.at(0).at(0).toInt(), 2);
    QCOMPARE(finished.at(0).at(1).toInt(), 1);
    QCOMPARE(page->model()->rawStatus(page->model()->rowOfId(a)), u"expired"_s);
    QCOMPARE(page->model()->rawStatus(page->model()->rowOfId(b)), u"pending"_s);
}

void TestInvoicesPage::showInvoice_notInTheList_loadsDetailAnyway()
{
    const qint64 id = paidInvoice(Money::fromTenge(3000));
    auto page = makePage();
    page->filterBar()->setCheckedStatuses({ u"error"_s }); // the paid invoice is filtered out
    QTRY_VERIFY_WITH_TIMEOUT(!page->model()->isLoading(), 5000);
    QCOMPARE(page->model()->rowOfId(id), -1);
    page->showInvoice(id); // what the main window does for Navigator::showInvoice()
    QTRY_VERIFY_WITH_TIMEOUT(page->detailPane()->detailLoaded(), 5000);
    QCOMPARE(page->detailPane()->invoiceId(), id);
    QCOMPARE(page->detailPane()->invoice()->amount, Money::fromTenge(3000));
    QVERIFY(page->findChild<QLabel*>(u"invoiceDetailTitleLabel"_s)->text().contains(QString::number(id)));
}

// An order id of 191 characters and a description with a long web address: the detail pane at its normal width shows
// them shortened with "…" (the whole value in the tooltip) and never scrolls sideways; Ctrl+C copies the whole id.
void TestInvoicesPage::detail_longOrderIdAndDescription_noSidewaysScroll_wholeValueCopied()
{
    QString orderId;
    for (int part = 0; orderId.size() < 191; ++part) {
        orderId += u"ORDER-2026-12-05-SHOP-%1-"_s.arg(part, 4, 10, QChar(u'0'));
    }
    orderId.truncate(191);
    const QString address
        = u"https://shop.example.kz/orders/2026/12/05/cake-medovik-with-candles-and-a-card-for-grandmother-"
          u"to-the-almaly-district-flat-12"_s;
    InvoiceDraft draft;
    draft.amount = Money::fromTenge(1500);
    draft.phone = u"87001234567"_s;
    draft.description = u"Delivery "_s + address;
    draft.externalOrderId = orderId;
    qint64 id = 0;
    m_context->api()->createInvoice(
        draft, this, [&](const ApiResult<Invoice>& result) { id = result.ok() ? result.value.id : -1; });
    QTRY_VERIFY_WITH_TIMEOUT(id != 0, 5000);
    QVERIFY(id > 0);

    for (const QString& language : { u"en"_s, u"ru"_s, u"kk"_s }) {
        m_context->setLanguage(language);
        auto page = makePage();
        page->resize(1280 - 170, 720 - 90); // the main window at 1280×720, beside the navigation
        page->showInvoice(id);
        QTRY_VERIFY_WITH_TIMEOUT(page->detailPane()->detailLoaded(), 5000);
        auto* scroll = page->detailPane()->findChild<QScrollArea*>();
        QVERIFY(scroll);
        QVERIFY2(scroll->widget()->minimumSizeHint().width() <= scroll->viewport()->width(),
            qPrintable(u"%1: the fields need %2 px, the pane has %3"_s.arg(language)
                           .arg(scroll->widget()->minimumSizeHint().width())
                           .arg(scroll->viewport()->width())));
        QTRY_VERIFY(scroll->widget()->width() <= scroll->viewport()->width());
        QVERIFY(!scroll->horizontalScrollBar()->isVisible());

        ElidedValueLabel* orderLabel = nullptr;
        ElidedValueLabel* descriptionLabel = nullptr;
        for (auto* label : page->detailPane()->findChildren<ElidedValueLabel*>()) {
            if (label->fullText() == orderId) {
                orderLabel = label;
            } else if (label->fullText() == draft.description) {
                descriptionLabel = label;
            }
        }
        QVERIFY(orderLabel && descriptionLabel);
        QTRY_VERIFY(orderLabel->isElided());
        QVERIFY(orderLabel->text().contains(u'…'));
        QVERIFY(orderLabel->geometry().right() < scroll->viewport()->width());
        QCOMPARE(orderLabel->toolTip().remove(u'\n'), orderId);
        QVERIFY(descriptionLabel->text().startsWith(u"Delivery "_s)); // the short word stays whole
        QVERIFY(descriptionLabel->isElided());
        QVERIFY(descriptionLabel->geometry().right() < scroll->viewport()->width());

        // Selected and copied as a person does: the whole id lands in the clipboard, not the shortened one.
        QGuiApplication::clipboard()->clear();
        orderLabel->setFocus();
        orderLabel->setSelection(0, int(orderLabel->text().size()));
        QTest::keySequence(orderLabel, QKeySequence::Copy);
        QCOMPARE(QGuiApplication::clipboard()->text(), orderId);
        if (const QString dir = qEnvironmentVariable("APIPAY_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QVERIFY(page->grab().save(dir + u"/invoice-long-order-id-%1.png"_s.arg(language)));
        }
    }
    m_context->setLanguage(u"en"_s);
}

void TestInvoicesPage::search_debounced_sentToServer_ctrlFFocusesIt()
{
    const qint64 id = createInvoice(Money::fromTenge(990), u"Уникальный торт Наполеон"_s);
    auto page = makePage();
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() > 1, 5000);
    page->focusSearch();
    QVERIFY(page->filterBar()->searchEdit()->hasFocus());
    page->filterBar()->searchEdit()->insert(u"наполеон"_s); // keyClicks takes Latin-1 only
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->query().search, u"наполеон"_s, 3000);
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 1, 5000);
    QCOMPARE(page->model()->invoiceAt(0).id, id);
}

// The list without a mouse: from the search Enter (or Down) goes to the invoices found; Del asks to cancel the invoice
// chosen (Esc keeps it) and Ctrl+Shift+R opens the refund of a paid one. In the search field Del stays an editing key.
void TestInvoicesPage::keyboard_searchDownToResults_delCancels_ctrlShiftRRefunds()
{
    const qint64 id = createInvoice(Money::fromTenge(990), u"Уникальный торт Наполеон"_s);
    auto page = makePage();
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() > 1, 5000);
    page->focusSearch();
    QLineEdit* search = page->filterBar()->searchEdit();
    search->insert(u"наполеон"_s);
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 1, 5000);
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY(page->table()->hasFocus());
    QVERIFY(page->table()->currentIndex().isValid());
    QTRY_COMPARE_WITH_TIMEOUT(page->detailPane()->invoiceId(), id, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(page->actions()->cancelAction()->isEnabled(), 5000);

    // Del in the search field deletes text, nothing else.
    page->focusSearch();
    search->setCursorPosition(0);
    QTest::keyClick(search, Qt::Key_Delete);
    QCOMPARE(search->text(), u"аполеон"_s);
    QVERIFY(!page->actions()->cancelConfirmation());
    QTest::keyClick(search, Qt::Key_Down); // Down goes to the results as well
    QTRY_VERIFY(page->table()->hasFocus());

    QTest::keyClick(page->table(), Qt::Key_Delete);
    QMessageBox* box = page->actions()->cancelConfirmation();
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QTest::keyClick(box, Qt::Key_Escape); // "Keep it"
    QTRY_VERIFY(!page->actions()->cancelConfirmation());
    QCOMPARE(m_server->invoiceStatus(id), std::optional<QString>(u"pending"_s));

    // Paid, it can be refunded by keyboard.
    QString reason;
    QVERIFY2(m_server->simulateInvoiceStatus(id, u"paid"_s, &reason), qPrintable(reason));
    page->detailPane()->reload();
    QTRY_VERIFY_WITH_TIMEOUT(page->actions()->refundAction()->isEnabled(), 5000);
    page->activateWindow(); // back from the message box
    QTRY_VERIFY(page->isActiveWindow());
    page->table()->setFocus();
    QTest::keyClick(page->table(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(page->actions()->refundDialog() && page->actions()->refundDialog()->isVisible());
    page->actions()->refundDialog()->reject();
}

void TestInvoicesPage::statusFilter_severalStatuses_onlyThoseListed()
{
    auto page = makePage();
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() > 0, 5000);
    page->filterBar()->setCheckedStatuses({ u"expired"_s, u"cancelled"_s });
    QTRY_VERIFY_WITH_TIMEOUT(!page->model()->isLoading() && page->model()->query().statuses.size() == 2, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() > 0, 5000);
    for (int row = 0; row < page->model()->rowCount(); ++row) {
        const QString status = page->model()->rawStatus(row);
        QVERIFY2(status == u"expired"_s || status == u"cancelled"_s, qPrintable(status));
    }
    QVERIFY(page->filterBar()->statusButton()->text().contains(u"2"_s));
}

// The status filter is a button with a menu: its arrow sits in the button's right corner. The centred text ends
// before that corner in every language and for every text it takes ("Все статусы" lost its last letter under it).
void TestInvoicesPage::statusFilter_menuArrow_neverCoversTheText()
{
    const auto english = qScopeGuard([this] { m_context->setLanguage(u"en"_s); }); // the translator is global
    auto page = makePage();
    QToolButton* button = page->filterBar()->statusButton();
    const int arrow = button->style()->pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, button);
    for (const QString& language : { u"en"_s, u"ru"_s, u"kk"_s }) {
        m_context->setLanguage(language);
        for (const QStringList& statuses :
            { QStringList {}, QStringList { u"pending"_s }, QStringList { u"pending"_s, u"paid"_s, u"cancelled"_s } }) {
            page->filterBar()->setCheckedStatuses(statuses);
            const int textWidth = button->fontMetrics().horizontalAdvance(button->text());
            QTRY_VERIFY2((button->width() + textWidth) / 2 <= button->width() - arrow,
                qPrintable(u"%1 “%2”: %3 px wide, text %4 px, arrow %5 px"_s.arg(language, button->text())
                               .arg(button->width())
                               .arg(textWidth)
                               .arg(arrow)));
        }
    }
}

void TestInvoicesPage::csvExport_allPagesOfTheFilter_bomAndPlainMoney()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"invoices.csv"_s);
    const qint64 id = createInvoice(Money::fromTiyn(15000'50), u"Торт, \"Медовик\""_s);
    auto page = makePage();
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() > 0, 5000);
    QSignalSpy finished(page->actions(), &InvoiceActions::exportFinished);
    page->actions()->exportTo(file);
    QVERIFY(page->actions()->exportProgress());
    // The whole demo shop, about 80 pages: several seconds under the sanitizers on a busy machine.
    QVERIFY(finished.wait(60'000));
    const qint64 rows = finished.at(0).at(1).toLongLong();
    QCOMPARE(rows, m_server->invoiceCount()); // every page, not just the loaded one
    QVERIFY(rows > 100);

    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                             "id,created_at,status,amount,"));
    QCOMPARE(bytes.count("\r\n"), int(rows) + 1);
    const QByteArray line = QByteArray::number(id) + ',';
    const QByteArray needle = QByteArray("\r\n") + line;
    const int at = int(bytes.indexOf(needle));
    QVERIFY(at > 0);
    const QByteArray row = bytes.mid(at + 2, bytes.indexOf("\r\n", at + 2) - at - 2);
    QVERIFY2(row.contains(",pending,15000.50,"), row.constData());
    QVERIFY2(row.contains(QString(u"\"Торт, \"\"Медовик\"\"\""_s).toUtf8()), row.constData());
}

void TestInvoicesPage::csvExport_cancelled_leavesNoFile()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"cancelled.csv"_s);
    auto page = makePage();
    QSignalSpy failed(page->actions(), &InvoiceActions::exportFailed);
    m_server->delayNext("GET", u"/invoices"_s, 300); // the first page is slow: time to press Cancel
    page->actions()->exportTo(file);
    QVERIFY(page->actions()->exportProgress());
    QVERIFY(!page->actions()->exportAction()->isEnabled()); // one export at a time
    QPushButton* cancel = page->actions()->exportProgress()->findChild<QPushButton*>();
    QVERIFY(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE(failed.size(), 1);
    // The slow first page is abandoned: once nothing is on the way, no late answer can write the file.
    QTRY_VERIFY(m_context->api()->inFlightCount() == 0 && m_context->api()->queuedCount() == 0);
    QVERIFY(!QFile::exists(file));
    QVERIFY(page->actions()->exportAction()->isEnabled());
}

// The window closes (or the account changes) while an export is on its way: the export stops where it is, no half
// file is left behind, and nothing of the closed page is touched afterwards (the sanitizer builds would see it).
void TestInvoicesPage::csvExport_pageClosedMidway_leavesNoFile()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"closed.csv"_s);
    {
        auto page = makePage();
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() > 0, 5000);
        QSignalSpy finished(page->actions(), &InvoiceActions::exportFinished);
        page->actions()->exportTo(file);
        QVERIFY(page->actions()->exportProgress());
        QTRY_VERIFY_WITH_TIMEOUT(page->actions()->exportProgress()->labelText().contains(u"written"_s), 5000);
        QVERIFY(finished.isEmpty()); // the first pages are written, most of the shop is still to come
    }
    QTRY_VERIFY(m_context->api()->inFlightCount() == 0 && m_context->api()->queuedCount() == 0);
    QVERIFY(!QFile::exists(file));
    QVERIFY(QDir(dir.path()).isEmpty()); // no temporary file either
}

void TestInvoicesPage::emptyShop_saysPressCtrlN()
{
    m_server->store().clear();
    auto page = makePage();
    QTRY_VERIFY_WITH_TIMEOUT(page->emptyStateLabel()->isVisible(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(page->emptyStateLabel()->text().contains(u"Ctrl+N"_s), 5000);
    page->filterBar()->setCheckedStatuses({ u"paid"_s });
    QTRY_VERIFY_WITH_TIMEOUT(page->emptyStateLabel()->text().contains(u"filters"_s), 5000);
}

void TestInvoicesPage::statusStyle_unknownNeutral_darkPaletteReadable()
{
    QCOMPARE(InvoiceStatusStyle::tone(InvoiceStatus(u"qr_scanned"_s)), InvoiceStatusStyle::Tone::Neutral);
    QCOMPARE(InvoiceStatusStyle::tone(InvoiceStatus(u"paid"_s)), InvoiceStatusStyle::Tone::Success);
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    const auto tones
        = { InvoiceStatusStyle::Tone::Neutral, InvoiceStatusStyle::Tone::Waiting, InvoiceStatusStyle::Tone::Success,
              InvoiceStatusStyle::Tone::Warning, InvoiceStatusStyle::Tone::Failure, InvoiceStatusStyle::Tone::Refund };
    for (InvoiceStatusStyle::Tone tone : tones) {
        for (const QPalette& palette : { dark, light }) {
            const int bg = InvoiceStatusStyle::background(tone, palette).lightness();
            const int fg = InvoiceStatusStyle::foreground(tone, palette).lightness();
            QVERIFY2(qAbs(bg - fg) > 90, qPrintable(u"tone %1: %2 vs %3"_s.arg(int(tone)).arg(bg).arg(fg)));
        }
        QVERIFY(InvoiceStatusStyle::background(tone, dark).lightness() < 128);
    }
}

// At 1280×800 a shop owner sees No., Created, Amount, Status, Phone and Description at once; the list has the larger
// share of the width and Description fills the rest of it.
void TestInvoicesPage::defaultLayout_mainColumnsVisible_listGetsLargerShare()
{
    auto page = makePage();
    page->resize(1100, 700);
    page->activated();
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() > 0, 5000);
    QHeaderView* header = page->table()->horizontalHeader();
    const QList<int> order = { InvoiceTableModel::Id, InvoiceTableModel::CreatedAt, InvoiceTableModel::Amount,
        InvoiceTableModel::Status, InvoiceTableModel::Phone, InvoiceTableModel::Description };
    for (int visual = 0; visual < order.size(); ++visual) {
        QCOMPARE(header->logicalIndex(visual), order.at(visual));
    }
    auto* splitter = page->findChild<QSplitter*>(u"invoicesSplitter"_s);
    QVERIFY(splitter);
    const QList<int> sizes = splitter->sizes();
    QVERIFY2(sizes.at(0) > sizes.at(1) * 3 / 2, qPrintable(u"%1 vs %2"_s.arg(sizes.at(0)).arg(sizes.at(1))));
    QTRY_COMPARE(
        header->sectionPosition(InvoiceTableModel::Description) + header->sectionSize(InvoiceTableModel::Description),
        page->table()->viewport()->width());
    QVERIFY(header->sectionSize(InvoiceTableModel::Description) >= 160);
    // Nothing lies beyond Description: no sideways scrolling to reach cut columns. Order id, customer and paid at
    // wait in the column menu.
    for (int column : { int(InvoiceTableModel::ExternalOrderId), int(InvoiceTableModel::ClientName),
             int(InvoiceTableModel::PaidAt) }) {
        QVERIFY2(header->isSectionHidden(column), qPrintable(QString::number(column)));
    }
    QCOMPARE(header->length(), page->table()->viewport()->width());
    QVERIFY(header->sectionSize(InvoiceTableModel::Id) < header->sectionSize(InvoiceTableModel::CreatedAt));
    // Amounts and statuses are shown in full.
    for (int column : { int(InvoiceTableModel::Amount), int(InvoiceTableModel::Status) }) {
        QVERIFY(
            header->sectionSize(column) >= static_cast<QAbstractItemView*>(page->table())->sizeHintForColumn(column));
    }
}

// The main window must shrink to about 1000×640 (1280×800 at 200 %): the page fits in 820 px beside the navigation in
// every language, long action labels included.
void TestInvoicesPage::minimumWidth_everyLanguage_fitsBesideNavigation()
{
    const auto english = qScopeGuard([this] { m_context->setLanguage(u"en"_s); }); // the translator is global
    auto page = makePage();
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() > 0, 5000);
    for (const QString& language : { u"en"_s, u"ru"_s, u"kk"_s }) {
        m_context->setLanguage(language);
        const QSize minimum = page->minimumSizeHint();
        QVERIFY2(minimum.width() <= 820 && minimum.height() <= 560,
            qPrintable(u"%1: minimum %2×%3"_s.arg(language).arg(minimum.width()).arg(minimum.height())));
    }
}

// The customer's name shown through the column menu: it gets its values' width, Description gives way and still ends
// at the view's edge; hidden again, Description takes the room back. Neither counts as the person's own layout.
void TestInvoicesPage::columnShown_throughTheMenu_descriptionGivesWay()
{
    auto page = makePage();
    page->resize(1500, 700); // room for one more column beside a readable description
    page->show();
    page->activated();
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() > 0, 5000);
    QHeaderView* header = page->table()->horizontalHeader();
    const int viewport = page->table()->viewport()->width();
    QTRY_COMPARE(header->length(), viewport);
    const int descriptionBefore = header->sectionSize(InvoiceTableModel::Description);

    QAction* customer = test::columnMenuEntry(page->table(), u"Customer"_s);
    QVERIFY(customer);
    QVERIFY(!customer->isChecked());
    customer->trigger();
    QVERIFY(!header->isSectionHidden(InvoiceTableModel::ClientName));
    const int customerWidth = header->sectionSize(InvoiceTableModel::ClientName);
    QVERIFY2(customerWidth >= header->sectionSizeHint(InvoiceTableModel::ClientName) && customerWidth <= 220,
        qPrintable(QString::number(customerWidth)));
    QCOMPARE(header->sectionSize(InvoiceTableModel::Description), descriptionBefore - customerWidth);
    QCOMPARE(header->length(), viewport);
    QVERIFY(!page->table()->horizontalScrollBar()->isVisible());

    customer = test::columnMenuEntry(page->table(), u"Customer"_s);
    QVERIFY(customer && customer->isChecked());
    customer->trigger();
    QVERIFY(header->isSectionHidden(InvoiceTableModel::ClientName));
    QCOMPARE(header->sectionSize(InvoiceTableModel::Description), descriptionBefore);
    QCOMPARE(header->length(), viewport);
}

void TestInvoicesPage::columnLayout_remembered()
{
    int dragged = 0;
    {
        auto page = makePage();
        page->resize(1100, 700);
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        // The person drags the right edge of "Phone" 60 pixels to the right, and moves Amount to the front.
        QHeaderView* header = page->table()->horizontalHeader();
        const int before = header->sectionSize(InvoiceTableModel::Phone);
        test::dragColumnEdge(header, InvoiceTableModel::Phone, 60);
        QTRY_VERIFY(header->sectionSize(InvoiceTableModel::Phone) > before + 30);
        dragged = header->sectionSize(InvoiceTableModel::Phone);
        header->moveSection(header->visualIndex(InvoiceTableModel::Amount), 0);
    }
    auto page = makePage();
    QCOMPARE(page->table()->horizontalHeader()->sectionSize(InvoiceTableModel::Phone), dragged);
    QCOMPARE(page->table()->horizontalHeader()->visualIndex(InvoiceTableModel::Amount), 0);
}

// Saves pictures of the page for a person to look at (light, dark, Russian); runs only with APIPAY_SCREENSHOT_DIR.
void TestInvoicesPage::screenshots_forReview()
{
    const QString dir = qEnvironmentVariable("APIPAY_SCREENSHOT_DIR");
    if (dir.isEmpty()) {
        QSKIP("set APIPAY_SCREENSHOT_DIR to save screenshots");
    }
    qint64 withItems = 0;
    for (const sandbox::SandboxRefund& refund : m_server->store().refunds()) {
        const sandbox::SandboxInvoice* invoice = m_server->store().invoice(refund.invoiceId);
        if (invoice && !invoice->items.isEmpty() && invoice->availableForRefund().tiyn() > 0) {
            withItems = invoice->id;
            break;
        }
    }
    auto page = makePage();
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() > 0, 5000);
    page->showInvoice(withItems);
    QTRY_VERIFY_WITH_TIMEOUT(page->detailPane()->detailLoaded() && page->detailPane()->refunds(), 5000);
    // Thumbnails: every item whose catalog item has a picture on the server shows it.
    auto* items = page->detailPane()->findChild<QTableWidget*>(u"invoiceItemsTableWidget"_s);
    QVERIFY(items);
    int withPicture = 0;
    for (const sandbox::SandboxInvoiceItem& item : m_server->store().invoice(withItems)->items) {
        const sandbox::SandboxCatalogItem* inCatalog = m_server->store().catalogItem(item.catalogItemId);
        withPicture += inCatalog && !inCatalog->imageId.isEmpty() ? 1 : 0;
    }
    const auto picturesShown = [items] {
        int n = 0;
        for (int row = 0; row < items->rowCount(); ++row) {
            n += items->item(row, 0) && !items->item(row, 0)->icon().isNull() ? 1 : 0;
        }
        return n;
    };
    QTRY_COMPARE_WITH_TIMEOUT(picturesShown(), withPicture, 5000);
    QVERIFY(page->grab().save(dir + u"/invoices-light.png"_s));
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    const QPalette before = QApplication::palette();
    QApplication::setPalette(dark);
    QTRY_COMPARE(page->palette().color(QPalette::Window), dark.color(QPalette::Window));
    QVERIFY(page->grab().save(dir + u"/invoices-dark.png"_s));
    QApplication::setPalette(before);
    const QString englishRefund = page->actions()->refundAction()->text();
    m_context->setLanguage(u"ru"_s);
    QTRY_VERIFY(page->actions()->refundAction()->text() != englishRefund); // the page speaks Russian
    QVERIFY(page->grab().save(dir + u"/invoices-ru.png"_s));
    m_context->setLanguage(u"en"_s);
    page->actions()->refundAction()->trigger();
    QTRY_VERIFY(page->actions()->refundDialog() && page->actions()->refundDialog()->isVisible());
    QVERIFY(page->actions()->refundDialog()->grab().save(dir + u"/refund-dialog.png"_s));
}

QTEST_MAIN(TestInvoicesPage)
#include "tst_invoicespage.moc"
