// The counter after "Create invoice": the live status on the counter and in the list (both API versions), the lookup
// that runs by itself after a lost answer, the private crash-safe draft and what happens when it cannot be saved,
// and the mode choice driven by the keyboard, the mouse and assistive technology alike.
#include "counter/counterdraftstore.h"
#include "counter/counterpage.h"
#include "counter/counterstatuspanel.h"
#include "counter/invoicesubmission.h"
#include "invoices/invoicespage.h"

#include "api/apiclient.h"
#include "counter/cartpanel.h"
#include "models/invoicetablemodel.h"
#include "sandbox/sandboxfaults.h"
#include "sandbox/sandboxserver.h"
#include "secrets/inmemorysecretstore.h"
#include "shell/pagecontext.h"
#include "sync/historysync.h"
#include "testpagecontext.h"
#include "widgets/moneylineedit.h"
#include "widgets/phonelineedit.h"

#include "testsupport.h"

#include <QAccessible>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace apipay;

class TestCounterStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void createdAsProcessing_pendingThenPaidWithinOnePoll_onCounterAndInList_data();
    void createdAsProcessing_pendingThenPaidWithinOnePoll_onCounterAndInList();
    void answerLost_lookupRunsByItself_linksTheInvoice_noSecondPost();
    void answerLostBeforeHandling_lookupByItselfFindsNothing_createAgainOnlyWhenAsked();
    void lookupFails_lookItUpButtonOffered_andWorks();
    void slowAnswer_sendingShowsTheSecondsWaited_thenTheInvoice();
    void restartDuringSending_lookupRunsByItself();
    void draft_isPrivate_0600_folder0700_looserFileTightened();
    void draftCannotBeSaved_invoiceNotSent_saidClearly();
    void modeChoice_followsToggleFromAssistiveTechnologyAndKeyboard();

private:
    std::unique_ptr<CounterPage> makePage(const QString& draftPath = {});
    void fillAmountForm(CounterPage& page, const QString& amount, const QString& phone);

    std::unique_ptr<Session> m_context;
    TestNavigator m_navigator;
    TestNotifier m_notifier;
    PageContext pageContext() { return PageContext { m_context.get(), &m_navigator, &m_notifier }; }
    sandbox::SandboxServer* m_server = nullptr;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCounterStatus::initTestCase()
{
    test::initTestEnvironment();
}

void TestCounterStatus::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_context = std::make_unique<Session>(new InMemorySecretStore);
    m_notifier.setSession(m_context.get());
    QString error;
    QVERIFY2(m_context->startDemo(&error), qPrintable(error));
    m_server = m_context->demoServer();
    QVERIFY(m_server);
    m_server->setProcessingDelay(150);
    m_server->setRateLimit(10'000, 60'000);
    ApiClient::Config config = m_context->api()->config();
    config.requestsPerMinute = 10'000;
    QVERIFY(m_context->api()->setConfig(config));
    m_context->setPollIntervals(100, 300);
    m_context->historySync()->stop(); // the faults below are meant for the counter's own requests
}

void TestCounterStatus::cleanup()
{
    m_context.reset();
    m_server = nullptr;
    m_dir.reset();
}

std::unique_ptr<CounterPage> TestCounterStatus::makePage(const QString& draftPath)
{
    auto page = std::make_unique<CounterPage>(pageContext());
    page->draftStore()->setFilePath(draftPath.isEmpty() ? m_dir->filePath(u"draft.json"_s) : draftPath);
    page->draftStore()->setDelayMs(20);
    page->restoreDraft();
    page->resize(1000, 700);
    page->show();
    page->activateWindow();
    if (!QTest::qWaitForWindowActive(page.get())) {
        qWarning("the counter page window did not become active");
    }
    page->activated();
    return page;
}

void TestCounterStatus::fillAmountForm(CounterPage& page, const QString& amount, const QString& phone)
{
    page.amountEdit()->setFocus();
    QTest::keyClicks(page.amountEdit(), amount);
    QTest::keyClick(page.amountEdit(), Qt::Key_Tab);
    QTest::keyClicks(page.phoneEdit(), phone);
}

void TestCounterStatus::createdAsProcessing_pendingThenPaidWithinOnePoll_onCounterAndInList_data()
{
    QTest::addColumn<int>("profile");
    QTest::newRow("v2.0") << int(sandbox::Profile::V20);
    QTest::newRow("v2.1") << int(sandbox::Profile::V21);
}

// The creation answer says "processing"; by the first status check the invoice is already pending (Kaspi was quick).
// The counter and the list row must show it within one poll, then paid.
void TestCounterStatus::createdAsProcessing_pendingThenPaidWithinOnePoll_onCounterAndInList()
{
    QFETCH(int, profile);
    m_server->setProfile(sandbox::Profile(profile));
    m_server->setProcessingDelay(60'000); // on the sandbox's clock: processing ends when the test moves the clock
    constexpr int kPoll = 2'000;
    m_context->setPollIntervals(kPoll, kPoll);

    auto page = makePage();
    fillAmountForm(*page, u"4200"_s, u"87001234567"_s);
    QTest::keyClick(page->phoneEdit(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(page->submission()->state(), InvoiceSubmission::State::Created, 5000);
    const qint64 id = page->submission()->invoice()->id;
    QLabel* counterStatus = page->statusPanel()->statusLabel();
    QCOMPARE(counterStatus->text(), InvoiceStatus::label(InvoiceStatus::Processing));

    // The invoices list, opened meanwhile, lists the row as processing.
    InvoicesPage list(pageContext());
    list.resize(1200, 700);
    list.show();
    list.activated();
    const auto rowStatusText = [&list, id] {
        const int row = list.model()->rowOfId(id);
        return row < 0 ? QString() : list.model()->index(row, InvoiceTableModel::Status).data().toString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(rowStatusText(), InvoiceStatus::label(InvoiceStatus::Processing), 1500);

    // Kaspi accepts the invoice before the first status check.
    m_server->advanceClock(61'000);
    QCOMPARE(m_server->invoiceStatus(id), std::optional<QString>(u"pending"_s));
    QElapsedTimer sincePending;
    sincePending.start();
    QTRY_COMPARE_WITH_TIMEOUT(counterStatus->text(), InvoiceStatus::label(InvoiceStatus::Pending), kPoll + 1500);
    QTRY_COMPARE_WITH_TIMEOUT(rowStatusText(), InvoiceStatus::label(InvoiceStatus::Pending), kPoll + 1500);
    QVERIFY2(sincePending.elapsed() <= kPoll + 1500, qPrintable(QString::number(sincePending.elapsed())));
    QVERIFY(page->statusPanel()->messageLabel()->text().contains(u"Waiting for the customer to pay"_s));

    // Paid, within one poll, on both.
    QVERIFY(m_server->simulateInvoiceStatus(id, u"paid"_s));
    sincePending.restart();
    QTRY_COMPARE_WITH_TIMEOUT(counterStatus->text(), InvoiceStatus::label(InvoiceStatus::Paid), kPoll + 1500);
    QTRY_COMPARE_WITH_TIMEOUT(rowStatusText(), InvoiceStatus::label(InvoiceStatus::Paid), kPoll + 1500);
    QVERIFY(page->statusPanel()->messageLabel()->text().contains(u"Paid"_s));
}

void TestCounterStatus::answerLost_lookupRunsByItself_linksTheInvoice_noSecondPost()
{
    auto page = makePage();
    m_server->dropNext("POST", u"/invoices"_s); // handled, then the connection closes without an answer
    m_server->delayNext("GET", u"/invoices"_s, 400); // the lookup stays on screen long enough to be seen
    fillAmountForm(*page, u"7000"_s, u"87011112233"_s);
    const QString externalId = page->externalIdEdit()->text();
    QTest::keyClick(page->phoneEdit(), Qt::Key_Return);

    CounterStatusPanel* panel = page->statusPanel();
    QTRY_COMPARE_WITH_TIMEOUT(page->submission()->state(), InvoiceSubmission::State::LookingUp, 8000);
    QVERIFY(panel->isVisible());
    const QList<QLabel*> labels = panel->findChildren<QLabel*>();
    const bool checking = std::any_of(labels.cbegin(), labels.cend(), [](const QLabel* label) {
        return label->isVisible() && label->text() == u"Checking whether the invoice was created…"_s;
    });
    QVERIFY(checking);
    QVERIFY(panel->messageLabel()->text().contains(externalId));
    QVERIFY(!panel->lookupButton()->isVisible()); // no click needed
    QVERIFY(!panel->createAgainButton()->isVisible());

    QTRY_COMPARE_WITH_TIMEOUT(page->submission()->state(), InvoiceSubmission::State::Created, 5000);
    QCOMPARE(page->submission()->invoice()->id, m_server->lastInvoiceId());
    QCOMPARE(m_server->invoicesWithExternalOrderId(externalId).size(), 1); // still exactly one
    QVERIFY(panel->messageLabel()->text().contains(u"nothing was sent twice"_s));
    QVERIFY(!panel->lookupButton()->isVisible());
    QVERIFY(panel->openButton()->isVisible());
    QVERIFY(panel->nextCustomerButton()->hasFocus());
}

void TestCounterStatus::answerLostBeforeHandling_lookupByItselfFindsNothing_createAgainOnlyWhenAsked()
{
    auto page = makePage();
    sandbox::SandboxFault fault;
    fault.kind = sandbox::SandboxFault::Kind::DropBeforeHandling;
    fault.method = "POST";
    fault.path = u"/invoices"_s;
    m_server->addFault(fault);
    fillAmountForm(*page, u"2500"_s, u"87012223344"_s);
    const QString externalId = page->externalIdEdit()->text();
    QTest::keyClick(page->phoneEdit(), Qt::Key_Return);

    QTRY_COMPARE_WITH_TIMEOUT(page->submission()->state(), InvoiceSubmission::State::NotFound, 8000);
    CounterStatusPanel* panel = page->statusPanel();
    QVERIFY(panel->messageLabel()->text().contains(externalId));
    QVERIFY(panel->createAgainButton()->isVisible());
    QVERIFY(panel->createAgainButton()->hasFocus());
    QVERIFY(!panel->lookupButton()->isVisible());
    const int posts = m_server->loggedRequests("POST", u"/invoices"_s);
    // Never a second POST by itself: none may reach the server while the person decides.
    QVERIFY(!QTest::qWaitFor([&] { return m_server->loggedRequests("POST", u"/invoices"_s) > posts; }, 300));
    QCOMPARE(m_server->invoicesWithExternalOrderId(externalId).size(), 0);

    // The cashier presses Enter on the focused "Create again" (a keyboard-only counter): it sends, once.
    QTest::keyClick(panel->createAgainButton(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(page->submission()->state(), InvoiceSubmission::State::Created, 5000);
    QCOMPARE(m_server->invoicesWithExternalOrderId(externalId).size(), 1);
    QCOMPARE(page->submission()->invoice()->externalOrderId, externalId);
}

void TestCounterStatus::lookupFails_lookItUpButtonOffered_andWorks()
{
    auto page = makePage();
    m_server->dropNext("POST", u"/invoices"_s);
    m_server->failNext("GET", u"/invoices"_s, 500, R"({"message":"Server Error"})");
    fillAmountForm(*page, u"3100"_s, u"87013334455"_s);
    const QString externalId = page->externalIdEdit()->text();
    QTest::keyClick(page->phoneEdit(), Qt::Key_Return);

    CounterStatusPanel* panel = page->statusPanel();
    QTRY_VERIFY_WITH_TIMEOUT(panel->lookupButton()->isVisible(), 8000);
    QCOMPARE(page->submission()->state(), InvoiceSubmission::State::OutcomeUnknown);
    QVERIFY(panel->messageLabel()->text().contains(u"The lookup failed too"_s));
    QVERIFY(panel->lookupButton()->hasFocus());
    QVERIFY(!panel->createAgainButton()->isVisible());
    QCOMPARE(m_server->invoicesWithExternalOrderId(externalId).size(), 1);

    QTest::keyClick(panel->lookupButton(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(page->submission()->state(), InvoiceSubmission::State::Created, 5000);
    QCOMPARE(m_server->invoicesWithExternalOrderId(externalId).size(), 1);
    QCOMPARE(page->submission()->invoice()->externalOrderId, externalId);
}

// ApiPay takes its time: after a few seconds the panel says how long it has waited (so the cashier sees it is not
// stuck), then shows the invoice when the answer comes.
void TestCounterStatus::slowAnswer_sendingShowsTheSecondsWaited_thenTheInvoice()
{
    auto page = makePage();
    m_server->delayNext("POST", u"/invoices"_s, 5500);
    fillAmountForm(*page, u"2500"_s, u"87012223344"_s);
    QTest::keyClick(page->phoneEdit(), Qt::Key_Return);
    CounterStatusPanel* panel = page->statusPanel();
    QTRY_COMPARE(panel->messageLabel()->text(), u"Please wait; the form stays as it is until ApiPay answers."_s);
    QTRY_VERIFY_WITH_TIMEOUT(panel->messageLabel()->text().startsWith(u"Still waiting for ApiPay: 3 second"_s), 4000);
    QTRY_VERIFY_WITH_TIMEOUT(panel->messageLabel()->text().startsWith(u"Still waiting for ApiPay: 4 second"_s), 2000);
    QTRY_COMPARE_WITH_TIMEOUT(page->submission()->state(), InvoiceSubmission::State::Created, 8000);
    QVERIFY(!panel->messageLabel()->text().startsWith(u"Still waiting"_s));
    QCOMPARE(m_server->loggedRequests("POST", u"/invoices"_s), 1);
}

void TestCounterStatus::restartDuringSending_lookupRunsByItself()
{
    CounterDraft draft;
    draft.amountText = u"990"_s;
    draft.phoneText = u"87005556677"_s;
    draft.externalOrderId = u"apd-test-restored-0002"_s;
    draft.submissionStarted = true;
    CounterDraftStore store;
    store.setFilePath(m_dir->filePath(u"draft.json"_s));
    QVERIFY(store.saveNow(draft));
    const qint64 before = m_server->lastInvoiceId();

    auto page = makePage();
    QVERIFY(!page->createButton()->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(page->submission()->state(), InvoiceSubmission::State::NotFound, 5000);
    QVERIFY(page->statusPanel()->messageLabel()->text().contains(u"apd-test-restored-0002"_s));
    QVERIFY(page->statusPanel()->createAgainButton()->isVisible());
    QCOMPARE(m_server->lastInvoiceId(), before);
}

void TestCounterStatus::draft_isPrivate_0600_folder0700_looserFileTightened()
{
    constexpr QFileDevice::Permissions groupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    CounterDraft draft;
    draft.phoneText = u"87001234567"_s;

    // A folder the store creates itself, and the file in it.
    const QString folder = m_dir->filePath(u"appdata/counter"_s);
    CounterDraftStore store;
    store.setFilePath(folder + u"/draft.json"_s);
    QString error;
    QVERIFY2(store.saveNow(draft, &error), qPrintable(error));
    QCOMPARE(QFileInfo(store.filePath()).permissions() & groupOrOther, QFileDevice::Permissions());
    QVERIFY(QFileInfo(store.filePath()).permissions() & QFileDevice::ReadOwner);
    QCOMPARE(QFileInfo(folder).permissions() & groupOrOther, QFileDevice::Permissions());

    // An old draft readable by everyone is private after the next save.
    const QString old = m_dir->filePath(u"old-draft.json"_s);
    {
        QFile file(old);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{}");
    }
    QVERIFY(QFile::setPermissions(
        old, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    store.setFilePath(old);
    QVERIFY2(store.saveNow(draft, &error), qPrintable(error));
    QCOMPARE(QFileInfo(old).permissions() & groupOrOther, QFileDevice::Permissions());
    QCOMPARE(store.load()->phoneText, u"87001234567"_s);

    // The debounced save of the page does the same.
    auto page = makePage(m_dir->filePath(u"page/draft.json"_s));
    fillAmountForm(*page, u"100"_s, u"87001234567"_s);
    QTRY_VERIFY_WITH_TIMEOUT(
        QFile::exists(page->draftStore()->filePath()) && !page->draftStore()->hasPendingSave(), 2000);
    QCOMPARE(QFileInfo(page->draftStore()->filePath()).permissions() & groupOrOther, QFileDevice::Permissions());
}

void TestCounterStatus::draftCannotBeSaved_invoiceNotSent_saidClearly()
{
    // The draft's folder would be inside a regular file: nothing can be written there, even as root.
    const QString blocker = m_dir->filePath(u"not-a-folder"_s);
    {
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("x");
    }
    auto page = makePage(blocker + u"/draft.json"_s);
    const qint64 before = m_server->lastInvoiceId();
    fillAmountForm(*page, u"5000"_s, u"87001234567"_s);
    const QString externalId = page->externalIdEdit()->text();
    QTest::keyClick(page->phoneEdit(), Qt::Key_Return);

    QLabel* formError = page->formError();
    QTRY_VERIFY_WITH_TIMEOUT(formError->isVisible(), 2000);
    QVERIFY2(formError->text().contains(u"The invoice was not sent"_s), qPrintable(formError->text()));
    QVERIFY(formError->text().contains(u"could not be saved"_s));
    // Not sent: no POST may reach the server after the error is shown.
    const int posts = m_server->loggedRequests("POST", u"/invoices"_s);
    QVERIFY(!QTest::qWaitFor([&] { return m_server->loggedRequests("POST", u"/invoices"_s) > posts; }, 300));
    QCOMPARE(m_server->lastInvoiceId(), before);
    QCOMPARE(m_server->invoicesWithExternalOrderId(externalId).size(), 0);
    QCOMPARE(page->submission()->state(), InvoiceSubmission::State::Idle);
    QVERIFY(!page->statusPanel()->isVisible());
    QVERIFY(!page->amountEdit()->isReadOnly()); // the person can fix the cause and press Enter again
    QVERIFY(page->createButton()->isVisible());

    // Once the draft can be saved, the same Enter sends.
    page->draftStore()->setFilePath(m_dir->filePath(u"draft.json"_s));
    QTest::keyClick(page->phoneEdit(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(page->submission()->state(), InvoiceSubmission::State::Created, 5000);
    QCOMPARE(m_server->invoicesWithExternalOrderId(externalId).size(), 1);
}

void TestCounterStatus::modeChoice_followsToggleFromAssistiveTechnologyAndKeyboard()
{
    auto page = makePage();
    auto* amountRadio = page->findChild<QRadioButton*>(u"amountModeRadioButton"_s);
    auto* cartRadio = page->findChild<QRadioButton*>(u"cartModeRadioButton"_s);
    QVERIFY(amountRadio && cartRadio);
    QVERIFY(!page->isCartMode());
    QVERIFY(page->amountEdit()->isVisible());

    // A screen reader's "Toggle" on "From the catalog".
    QAccessibleInterface* cartAccessible = QAccessible::queryAccessibleInterface(cartRadio);
    QVERIFY(cartAccessible && cartAccessible->actionInterface());
    QVERIFY(cartAccessible->actionInterface()->actionNames().contains(QAccessibleActionInterface::toggleAction()));
    QVERIFY(cartAccessible->text(QAccessible::Name).contains(u"catalog"_s));
    cartAccessible->actionInterface()->doAction(QAccessibleActionInterface::toggleAction());
    QVERIFY(cartRadio->isChecked());
    QVERIFY(page->isCartMode());
    QVERIFY(page->cartPanel()->isVisible());
    QVERIFY(!page->amountEdit()->isVisible());

    // Back by the keyboard: the arrow key on the focused radio button.
    cartRadio->setFocus();
    QTest::keyClick(cartRadio, Qt::Key_Left);
    QVERIFY(amountRadio->isChecked());
    QVERIFY(!page->isCartMode());
    QVERIFY(page->amountEdit()->isVisible());
    QVERIFY(!page->cartPanel()->isVisible());

    // And a programmatic check (as any other assistive tool could do it).
    cartRadio->setChecked(true);
    QVERIFY(page->cartPanel()->isVisible());
    amountRadio->setChecked(true);
    QVERIFY(!page->cartPanel()->isVisible());
    QVERIFY(page->amountEdit()->isVisible());
}

QTEST_MAIN(TestCounterStatus)
#include "tst_counterstatus.moc"
