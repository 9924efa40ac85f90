#include "columnheadertesting.h"
#include "subscriptions/subscriptioncarteditor.h"
#include "subscriptions/subscriptiondetailpanel.h"
#include "subscriptions/subscriptionformdialog.h"
#include "subscriptions/subscriptionspage.h"

#include "api/apiclient.h"
#include "models/subscriptiontablemodel.h"
#include "sandbox/sandboxserver.h"
#include "secrets/inmemorysecretstore.h"
#include "shell/pagecontext.h"
#include "testpagecontext.h"
#include "widgets/moneylineedit.h"
#include "widgets/phonelineedit.h"

#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace apipay;

class TestSubscriptionsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void createPauseResumeCancel_followsTheServer();
    void createForm_invalidInput_shownAtFieldsAndNothingSent();
    void createForm_serverValidationError_shownAtItsField();
    void editForm_sendsOnlyChangedFields();
    void createForm_answerLostLookupFails_saveChecksAgain_neverTwice();
    void createForm_notHandled_readBackSaysSo_saveSendsAgain();
    void editForm_connectionDroppedAfterSaving_readBackClosesAsSaved();
    void editForm_connectionDroppedBeforeSaving_readBackShowsServerValues();
    void filters_statusFilter_listsOnlyMatching();
    void keyboard_tabFromTheFilters_reachesTheTable();
    void historyStatus_knownStatus_ownLabelNotServers();
    void cartEditor_hostileCatalogPrices_unreadable_neverSummed();
    void createForm_typedThenEsc_asksBeforeDiscarding();
    void createForm_whileSending_staysOpenUntilTheAnswer();
    void list_keyColumnsInView_restOneMenuAway();

private:
    // Creates one subscription through the page's form and waits until it is listed and its detail loaded.
    qint64 createThroughForm(SubscriptionsPage& page, const QString& amount, const QString& phone);
    bool confirm(QMessageBox* box);

    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<Session> m_context;
    TestNavigator m_navigator;
    TestNotifier m_notifier;
    PageContext pageContext() { return PageContext { m_context.get(), &m_navigator, &m_notifier }; }
};

void TestSubscriptionsPage::initTestCase()
{
    test::initTestEnvironment();
}

void TestSubscriptionsPage::init()
{
    sandbox::SandboxServer::Options options;
    options.demoData = false;
    options.processingDelayMs = 50;
    options.rateLimit = 10'000;
    m_server = std::make_unique<sandbox::SandboxServer>(options);
    QVERIFY(m_server->start(0));
    m_context = std::make_unique<Session>(new InMemorySecretStore);
    m_notifier.setSession(m_context.get());
    QString error;
    QVERIFY2(m_context->useServer(m_server->baseUrl(), sandbox::SandboxServer::demoKey(), Session::Mode::Sandbox,
                 u"Test shop"_s, &error),
        qPrintable(error));
    ApiClient::Config config = m_context->api()->config();
    config.requestsPerMinute = 10'000;
    QVERIFY(m_context->api()->setConfig(config));
}

void TestSubscriptionsPage::cleanup()
{
    m_context.reset();
    m_server.reset();
}

bool TestSubscriptionsPage::confirm(QMessageBox* box)
{
    if (!box) {
        return false;
    }
    auto* yes = box->findChild<QPushButton*>(u"confirmPushButton"_s);
    if (!yes) {
        return false;
    }
    yes->click();
    return true;
}

qint64 TestSubscriptionsPage::createThroughForm(SubscriptionsPage& page, const QString& amount, const QString& phone)
{
    QPointer<SubscriptionFormDialog> form = page.openCreateForm();
    if (!form) {
        return 0;
    }
    form->amountEdit()->setText(amount);
    form->phoneEdit()->setText(phone);
    form->periodCombo()->setCurrentIndex(form->periodCombo()->findData(u"weekly"_s));
    form->billingDaySpin()->setValue(5);
    form->descriptionEdit()->setText(u"Coffee club"_s);
    form->subscriberNameEdit()->setText(u"Aigerim S."_s);
    form->externalIdEdit()->setText(u"club-7"_s);
    form->maxRetrySpin()->setValue(4);
    form->retryIntervalSpin()->setValue(12);
    form->graceDaysSpin()->setValue(2);
    form->metadataEdit()->setPlainText(u"{\"plan\": \"gold\"}"_s);
    const int before = page.model()->rowCount();
    form->findChild<QPushButton*>(u"savePushButton"_s)->click();
    if (!QTest::qWaitFor([&] { return form.isNull(); }, 10'000)) {
        return 0;
    }
    if (!QTest::qWaitFor([&] { return page.model()->rowCount() == before + 1; }, 10'000)) {
        return 0;
    }
    const qint64 id = page.detailPanel()->subscription().id;
    (void)QTest::qWaitFor([&] { return page.detailPanel()->isDetailLoaded(); }, 10'000);
    return id;
}

void TestSubscriptionsPage::createPauseResumeCancel_followsTheServer()
{
    SubscriptionsPage page(pageContext());
    new QAbstractItemModelTester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest, &page);
    page.resize(1200, 700);
    page.show();
    page.activated();
    QTRY_VERIFY_WITH_TIMEOUT(!page.model()->isLoading(), 10'000);
    QCOMPARE(page.model()->rowCount(), 0);

    const qint64 id = createThroughForm(page, u"5 000,50"_s, u"+7 700 123 45 67"_s);
    QVERIFY(id > 0);
    QCOMPARE(m_server->subscriptionCount(), 1);
    SubscriptionDetailPanel* detail = page.detailPanel();
    QCOMPARE(detail->subscription().status, u"active"_s);
    QCOMPARE(detail->subscription().amount, std::optional<Money>(Money::fromTiyn(500050)));
    QCOMPARE(detail->subscription().phone, u"87001234567"_s);
    QCOMPARE(detail->subscription().billingPeriod, u"weekly"_s);
    QCOMPARE(detail->subscription().subscriberName, u"Aigerim S."_s);
    QVERIFY(detail->pauseButton()->isEnabled());
    QVERIFY(!detail->resumeButton()->isEnabled());
    QVERIFY(detail->cancelButton()->isEnabled());
    QVERIFY(page.requestAction(SubscriptionsPage::Action::Resume) == nullptr); // not allowed while active

    QSignalSpy finished(&page, &SubscriptionsPage::actionFinished);
    // Declining the confirmation sends nothing.
    QMessageBox* box = page.requestAction(SubscriptionsPage::Action::Pause);
    QVERIFY(box);
    box->findChild<QPushButton*>(u"keepPushButton"_s)->click();
    QVERIFY(!finished.wait(50)); // declined: no action may run, let alone finish
    QCOMPARE(finished.count(), 0);

    QVERIFY(confirm(page.requestAction(SubscriptionsPage::Action::Pause)));
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.last().at(1).toBool(), true);
    QTRY_COMPARE_WITH_TIMEOUT(detail->subscription().status, u"paused"_s, 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(detail->isDetailLoaded(), 10'000);
    QVERIFY(!detail->pauseButton()->isEnabled());
    QVERIFY(detail->resumeButton()->isEnabled());
    QVERIFY(detail->cancelButton()->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(page.model()
                                  ->data(page.model()->index(page.model()->rowOfId(id), SubscriptionTableModel::Status),
                                      SubscriptionTableModel::StatusRole)
                                  .toString(),
        u"paused"_s, 10'000);

    QVERIFY(confirm(page.requestAction(SubscriptionsPage::Action::Resume)));
    QVERIFY(finished.wait(10'000));
    QTRY_COMPARE_WITH_TIMEOUT(detail->subscription().status, u"active"_s, 10'000);
    QVERIFY(detail->pauseButton()->isEnabled());
    QVERIFY(!detail->resumeButton()->isEnabled());

    QVERIFY(confirm(page.requestAction(SubscriptionsPage::Action::Cancel)));
    QVERIFY(finished.wait(10'000));
    QTRY_COMPARE_WITH_TIMEOUT(detail->subscription().status, u"cancelled"_s, 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(detail->isDetailLoaded(), 10'000);
    QVERIFY(!detail->pauseButton()->isEnabled());
    QVERIFY(!detail->resumeButton()->isEnabled());
    QVERIFY(!detail->cancelButton()->isEnabled());
    QVERIFY(!detail->editButton()->isEnabled());
    QVERIFY(page.requestAction(SubscriptionsPage::Action::Cancel) == nullptr);

    // The server agrees.
    bool done = false;
    Subscription server;
    m_context->api()->subscription(id, this, [&](const ApiResult<Subscription>& r) {
        server = r.value;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10'000);
    QCOMPARE(server.status, u"cancelled"_s);
}

void TestSubscriptionsPage::createForm_invalidInput_shownAtFieldsAndNothingSent()
{
    SubscriptionsPage page(pageContext());
    page.activated();
    QTRY_VERIFY_WITH_TIMEOUT(!page.model()->isLoading(), 10'000);
    QPointer<SubscriptionFormDialog> form = page.openCreateForm();
    QVERIFY(form);

    form->amountEdit()->setText(u"99.99"_s); // below 100 ₸
    form->phoneEdit()->setText(u"12345"_s);
    form->metadataEdit()->setPlainText(u"{\"plan\": "_s);
    QVERIFY(!form->draft().has_value());
    QVERIFY(form->errorLabelFor(u"amount"_s)->isVisibleTo(form));
    QVERIFY(form->errorLabelFor(u"phone_number"_s)->isVisibleTo(form));
    QVERIFY(form->errorLabelFor(u"metadata"_s)->isVisibleTo(form));
    // Typing in a field takes its message away (the others stay until they are changed or Save checks again).
    form->amountEdit()->setFocus();
    form->amountEdit()->selectAll();
    QTest::keyClicks(form->amountEdit(), u"3000"_s);
    QVERIFY(!form->errorLabelFor(u"amount"_s)->isVisibleTo(form));
    QVERIFY(form->errorLabelFor(u"phone_number"_s)->isVisibleTo(form));

    form->amountEdit()->setText(u"1000000.01"_s); // above 1 000 000 ₸
    QVERIFY(!form->draft().has_value());
    QVERIFY(form->errorLabelFor(u"amount"_s)->isVisibleTo(form));

    form->metadataEdit()->setPlainText(u"[1, 2]"_s); // JSON, but not an object
    QVERIFY(!form->draft().has_value());
    QVERIFY(form->errorLabelFor(u"metadata"_s)->isVisibleTo(form));

    form->amountEdit()->setText(u"1000000"_s);
    form->phoneEdit()->setText(u"87001234567"_s);
    form->metadataEdit()->setPlainText(QString());
    const std::optional<SubscriptionDraft> draft = form->draft();
    QVERIFY(draft.has_value());
    QCOMPARE(draft->amount, std::optional<Money>(Money::fromTenge(1'000'000)));
    QCOMPARE(draft->phone, u"87001234567"_s);
    QVERIFY(!draft->metadata.has_value());
    QVERIFY(!draft->billingDay.has_value()); // 0 = service default, not sent
    QCOMPARE(form->billingDaySpin()->maximum(), 28);
    QCOMPARE(form->maxRetrySpin()->maximum(), 10);
    QCOMPARE(form->retryIntervalSpin()->maximum(), 168);
    QCOMPARE(form->graceDaysSpin()->maximum(), 30);
    QCOMPARE(form->descriptionEdit()->maxLength(), 255);
    QCOMPARE(form->periodCombo()->count(), 6);
    QCOMPARE(m_server->subscriptionCount(), 0);
    form->reject();
}

void TestSubscriptionsPage::createForm_serverValidationError_shownAtItsField()
{
    SubscriptionsPage page(pageContext());
    page.activated();
    QTRY_VERIFY_WITH_TIMEOUT(!page.model()->isLoading(), 10'000);
    m_server->failNext("POST", u"/subscriptions"_s, 422,
        R"({"message": "The given data was invalid.",
                           "errors": {"billing_day": ["The billing day must be between 1 and 28."]}})");
    QPointer<SubscriptionFormDialog> form = page.openCreateForm();
    form->amountEdit()->setText(u"2500"_s);
    form->phoneEdit()->setText(u"87001234567"_s);
    form->submit();
    QVERIFY(form->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!form->isBusy(), 10'000);
    QVERIFY(form);
    QLabel* label = form->errorLabelFor(u"billing_day"_s);
    QVERIFY(label->isVisibleTo(form));
    QCOMPARE(label->text(), u"The billing day must be between 1 and 28."_s);
    QCOMPARE(m_server->subscriptionCount(), 0);
    form->reject();
}

void TestSubscriptionsPage::createForm_answerLostLookupFails_saveChecksAgain_neverTwice()
{
    SubscriptionsPage page(pageContext());
    page.activated();
    QTRY_VERIFY_WITH_TIMEOUT(!page.model()->isLoading(), 10'000);
    // The server creates it, the answer is lost, and the read-back fails too.
    m_server->dropNext("POST", u"/subscriptions"_s);
    m_server->failNext("GET", u"/subscriptions"_s, 503, R"({"message":"Service Unavailable"})", 100);
    QPointer<SubscriptionFormDialog> form = page.openCreateForm();
    form->amountEdit()->setText(u"2500"_s);
    form->phoneEdit()->setText(u"87001234567"_s);
    auto* save = form->findChild<QPushButton*>(u"savePushButton"_s);
    save->click();
    QTRY_VERIFY_WITH_TIMEOUT(form && !form->isBusy()
            && form->generalErrorLabel()->text().startsWith(u"Could not check whether the subscription was created"_s),
        10'000);
    QCOMPARE(m_server->subscriptionCount(), 1);
    QCOMPARE(m_server->loggedRequests("POST", u"/subscriptions"_s), 1);

    // The server answers again: Save looks for it instead of creating a second one, and the form closes as saved.
    m_server->clearFaults();
    QVERIFY(save->isEnabled());
    save->click();
    QTRY_VERIFY_WITH_TIMEOUT(form.isNull(), 10'000);
    QCOMPARE(m_server->loggedRequests("POST", u"/subscriptions"_s), 1);
    QCOMPARE(m_server->subscriptionCount(), 1);
}

void TestSubscriptionsPage::createForm_notHandled_readBackSaysSo_saveSendsAgain()
{
    SubscriptionsPage page(pageContext());
    page.activated();
    QTRY_VERIFY_WITH_TIMEOUT(!page.model()->isLoading(), 10'000);
    using Fault = sandbox::SandboxFault;
    m_server->addFault(Fault::make(Fault::Kind::DropBeforeHandling, "POST", u"/subscriptions"_s, 1));
    QPointer<SubscriptionFormDialog> form = page.openCreateForm();
    form->amountEdit()->setText(u"2500"_s);
    form->phoneEdit()->setText(u"87001234567"_s);
    auto* save = form->findChild<QPushButton*>(u"savePushButton"_s);
    save->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        form && !form->isBusy() && form->generalErrorLabel()->text().startsWith(u"The subscription was not created"_s),
        10'000);
    QCOMPARE(m_server->subscriptionCount(), 0);
    save->click(); // the person sends it again, once
    QTRY_VERIFY_WITH_TIMEOUT(form.isNull(), 10'000);
    QCOMPARE(m_server->subscriptionCount(), 1);
}

void TestSubscriptionsPage::editForm_sendsOnlyChangedFields()
{
    SubscriptionsPage page(pageContext());
    page.activated();
    QTRY_VERIFY_WITH_TIMEOUT(!page.model()->isLoading(), 10'000);
    const qint64 id = createThroughForm(page, u"3000"_s, u"87011112233"_s);
    QVERIFY(id > 0);

    QPointer<SubscriptionFormDialog> form = page.openEditForm();
    QVERIFY(form);
    QVERIFY(form->isEditMode());
    QVERIFY(!form->phoneEdit()->isEnabled()); // PUT cannot change the phone
    QCOMPARE(form->descriptionEdit()->text(), u"Coffee club"_s);
    form->descriptionEdit()->setText(u"Coffee club, large cups"_s);
    form->amountEdit()->setText(u"3 500"_s);
    const std::optional<SubscriptionPatch> patch = form->patch();
    QVERIFY(patch.has_value());
    QCOMPARE(patch->description, std::optional<QString>(u"Coffee club, large cups"_s));
    QCOMPARE(patch->amount, std::optional<Money>(Money::fromTenge(3500)));
    QVERIFY(!patch->subscriberName);
    QVERIFY(!patch->externalSubscriberId);
    QVERIFY(!patch->billingDay);
    QVERIFY(!patch->maxRetryAttempts);
    QVERIFY(!patch->metadata);
    QVERIFY(!patch->cartItems);

    form->findChild<QPushButton*>(u"savePushButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(form.isNull(), 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(page.detailPanel()->subscription().description, u"Coffee club, large cups"_s, 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(
        page.detailPanel()->subscription().amount, std::optional<Money>(Money::fromTenge(3500)), 10'000);
    QCOMPARE(page.detailPanel()->subscription().subscriberName, u"Aigerim S."_s);
}

void TestSubscriptionsPage::editForm_connectionDroppedAfterSaving_readBackClosesAsSaved()
{
    SubscriptionsPage page(pageContext());
    page.activated();
    QTRY_VERIFY_WITH_TIMEOUT(!page.model()->isLoading(), 10'000);
    const qint64 id = createThroughForm(page, u"3000"_s, u"87011112233"_s);
    QVERIFY(id > 0);
    int puts = 0;
    connect(m_server.get(), &sandbox::SandboxServer::requestHandled, &page,
        [&puts](const QString& method, const QString&, int) { puts += method == u"PUT" ? 1 : 0; });
    m_server->dropNext("PUT", u"/subscriptions/*"_s);

    QPointer<SubscriptionFormDialog> form = page.openEditForm();
    QVERIFY(form);
    form->amountEdit()->setText(u"4 200"_s);
    form->findChild<QPushButton*>(u"savePushButton"_s)->click();
    // The PUT reached the server once; the read-back finds the new amount, so the form closes as saved.
    QTRY_VERIFY_WITH_TIMEOUT(form.isNull(), 10'000);
    QCOMPARE(puts, 1);
    QTRY_COMPARE_WITH_TIMEOUT(
        page.detailPanel()->subscription().amount, std::optional<Money>(Money::fromTenge(4200)), 10'000);
}

void TestSubscriptionsPage::editForm_connectionDroppedBeforeSaving_readBackShowsServerValues()
{
    SubscriptionsPage page(pageContext());
    page.activated();
    QTRY_VERIFY_WITH_TIMEOUT(!page.model()->isLoading(), 10'000);
    const qint64 id = createThroughForm(page, u"3000"_s, u"87011112233"_s);
    QVERIFY(id > 0);
    using Fault = sandbox::SandboxFault;
    m_server->addFault(Fault::make(Fault::Kind::DropBeforeHandling, "PUT", u"/subscriptions/*"_s, 1));

    QPointer<SubscriptionFormDialog> form = page.openEditForm();
    QVERIFY(form);
    form->amountEdit()->setText(u"4 200"_s);
    form->findChild<QPushButton*>(u"savePushButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        form && !form->isBusy() && form->generalErrorLabel()->text().startsWith(u"The change was not saved"_s), 10'000);
    // What the server has is shown: still the old amount; the form stays open for Save.
    const QString shown = form->generalErrorLabel()->text();
    QVERIFY2(shown.contains(m_context->displayFormat().money(Money::fromTenge(3000))), qPrintable(shown));
    QVERIFY(form->generalErrorLabel()->isVisibleTo(form));
    QVERIFY(form->findChild<QPushButton*>(u"savePushButton"_s)->isEnabled());
    const std::optional<SubscriptionPatch> kept = form->patch(); // the entered change is still there to send
    QVERIFY(kept);
    QCOMPARE(kept->amount, std::optional<Money>(Money::fromTenge(4200)));
    form->reject();
}

void TestSubscriptionsPage::filters_statusFilter_listsOnlyMatching()
{
    SubscriptionsPage page(pageContext());
    page.activated();
    QTRY_VERIFY_WITH_TIMEOUT(!page.model()->isLoading(), 10'000);
    const qint64 first = createThroughForm(page, u"1000"_s, u"87001110000"_s);
    QVERIFY(first > 0);
    QVERIFY(confirm(page.requestAction(SubscriptionsPage::Action::Pause)));
    QTRY_COMPARE_WITH_TIMEOUT(page.detailPanel()->subscription().status, u"paused"_s, 10'000);
    const qint64 second = createThroughForm(page, u"2000"_s, u"87002220000"_s);
    QVERIFY(second > 0);

    page.statusFilter()->setCurrentIndex(page.statusFilter()->findData(u"paused"_s));
    Q_EMIT page.statusFilter()->activated(page.statusFilter()->currentIndex());
    QTRY_VERIFY_WITH_TIMEOUT(!page.model()->isLoading() && page.model()->rowCount() == 1, 10'000);
    QCOMPARE(page.model()->subscriptionAt(0).id, first);

    page.statusFilter()->setCurrentIndex(0);
    page.phoneFilter()->setText(u"8 700 222 00 00"_s);
    QTest::keyClick(page.phoneFilter(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!page.model()->isLoading() && page.model()->rowCount() == 1, 10'000);
    QCOMPARE(page.model()->subscriptionAt(0).id, second);
}

void TestSubscriptionsPage::historyStatus_knownStatus_ownLabelNotServers()
{
    SubscriptionInvoice inv;
    inv.status = u"paid"_s;
    inv.statusLabel = u"Оплачен"_s;
    QCOMPARE(SubscriptionDetailPanel::historyStatusLabel(inv), u"Paid"_s);
    inv.status = u"skipped"_s;
    QCOMPARE(SubscriptionDetailPanel::historyStatusLabel(inv), u"Skipped"_s);
    // Unknown status: the server's label, else the raw value.
    inv.status = u"on_hold"_s;
    inv.statusLabel = u"Приостановлен"_s;
    QCOMPARE(SubscriptionDetailPanel::historyStatusLabel(inv), u"Приостановлен"_s);
    inv.statusLabel.clear();
    QCOMPARE(SubscriptionDetailPanel::historyStatusLabel(inv), u"on_hold"_s);
}

void TestSubscriptionsPage::cartEditor_hostileCatalogPrices_unreadable_neverSummed()
{
    // A catalog answer with prices near INT64_MAX: two of them overflow a signed 64-bit sum.
    m_server->failNext("GET", u"/catalog"_s, 200, R"({"data": [
        {"id": 501, "name": "Milk", "selling_price": 520, "unit_id": 1, "status": "active"},
        {"id": 502, "name": "Gold", "selling_price": "92233720368547758.07", "unit_id": 1, "status": "active"},
        {"id": 503, "name": "Platinum", "selling_price": "92233720368547758.06", "unit_id": 1, "status": "active"}],
        "meta": {"current_page": 1, "last_page": 1, "per_page": 200, "total": 3}})");
    SubscriptionCartEditor editor(pageContext());
    QSignalSpy loaded(&editor, &SubscriptionCartEditor::catalogLoaded);
    editor.show();
    editor.loadCatalog();
    QVERIFY(loaded.wait(5000));
    QVERIFY(editor.addItem(501, 2));
    QVERIFY(editor.addItem(502, 1));
    QVERIFY(editor.addItem(503, 1));
    QTableWidget* table = editor.linesTable();
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->item(0, 2)->text(), m_context->displayFormat().money(Money::fromTenge(1040)));
    QCOMPARE(table->item(1, 2)->text(), u"—"_s);
    QVERIFY(table->item(1, 2)->toolTip().contains(u"Unreadable price"_s));
    QCOMPARE(table->item(2, 2)->text(), u"—"_s);
    const QList<QLabel*> labels = editor.findChildren<QLabel*>();
    const auto sum = std::find_if(labels.cbegin(), labels.cend(),
        [](const QLabel* label) { return label->text().startsWith(u"Approximate amount"_s); });
    QVERIFY(sum != labels.cend());
    QVERIFY2(
        (*sum)->text().contains(m_context->displayFormat().money(Money::fromTenge(1040))), qPrintable((*sum)->text()));
    QVERIFY((*sum)->text().contains(u"at least"_s));
    QVERIFY(editor.itemComboBox()->itemText(1).endsWith(u"—"_s)); // the picker does not show the nonsense either
}

void TestSubscriptionsPage::keyboard_tabFromTheFilters_reachesTheTable()
{
    SubscriptionsPage page(pageContext());
    page.show();
    page.activated();
    QTRY_VERIFY_WITH_TIMEOUT(!page.model()->isLoading(), 10'000);
    QVERIFY(createThroughForm(page, u"3000"_s, u"87011112233"_s) > 0);
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowCount() > 0, 10'000);
    // The table is built before the page's own filters; Tab still goes from the last filter control (New
    // subscription) to the list: the next control in the focus chain that Tab can reach.
    QWidget* next = page.newButton()->nextInFocusChain();
    while (next != page.newButton()
        && (!(next->focusPolicy() & Qt::TabFocus) || !next->isVisibleTo(&page) || !next->isEnabled())) {
        next = next->nextInFocusChain();
    }
    QCOMPARE(next, static_cast<QWidget*>(page.tableView()));
}

void TestSubscriptionsPage::createForm_typedThenEsc_asksBeforeDiscarding()
{
    SubscriptionsPage page(pageContext());
    page.activated();
    QTRY_VERIFY_WITH_TIMEOUT(!page.model()->isLoading(), 10'000);

    // Untouched: Esc closes at once.
    QPointer<SubscriptionFormDialog> form = page.openCreateForm();
    QVERIFY(form);
    QVERIFY(QTest::qWaitForWindowExposed(form));
    QTest::keyClick(form, Qt::Key_Escape);
    QTRY_VERIFY(!form);

    // Typed something: Esc asks; "Keep editing" (the default) goes back with the input intact.
    form = page.openCreateForm();
    QVERIFY(QTest::qWaitForWindowExposed(form));
    form->amountEdit()->setFocus();
    QTest::keyClicks(form->amountEdit(), u"2500"_s);
    QTest::keyClick(form->amountEdit(), Qt::Key_Escape);
    QPointer<QMessageBox> question = form->findChild<QMessageBox*>(u"discardInputMessageBox"_s);
    QVERIFY(question);
    QTRY_VERIFY(question->isVisible());
    QVERIFY(question->text().contains(u"Discard what you entered"_s));
    QVERIFY(form->isVisible());
    QTest::keyClick(question, Qt::Key_Escape);
    QTRY_VERIFY(!question);
    QVERIFY(form);
    QVERIFY(form->isVisible());
    QCOMPARE(form->amountEdit()->value(), std::optional<Money>(Money::fromTenge(2500)));

    // Asked again, "Discard" closes the form; nothing was sent.
    QTest::keyClick(form->amountEdit(), Qt::Key_Escape);
    question = form->findChild<QMessageBox*>(u"discardInputMessageBox"_s);
    QVERIFY(question);
    question->findChild<QPushButton*>(u"discardPushButton"_s)->click();
    QTRY_VERIFY(!form);
    QCOMPARE(m_server->subscriptionCount(), 0);
}

void TestSubscriptionsPage::createForm_whileSending_staysOpenUntilTheAnswer()
{
    SubscriptionsPage page(pageContext());
    page.activated();
    QTRY_VERIFY_WITH_TIMEOUT(!page.model()->isLoading(), 10'000);
    QPointer<SubscriptionFormDialog> form = page.openCreateForm();
    QVERIFY(QTest::qWaitForWindowExposed(form));
    QTest::keyClicks(form->amountEdit(), u"2500"_s);
    QTest::keyClicks(form->phoneEdit(), u"87001234567"_s);
    form->submit();
    QVERIFY(form->isBusy());
    auto* buttons = form->findChild<QDialogButtonBox*>();
    QVERIFY(!buttons->button(QDialogButtonBox::Cancel)->isEnabled());
    // Esc while the create is on its way neither cuts it off nor closes the form or asks.
    QTest::keyClick(form, Qt::Key_Escape);
    QVERIFY(form);
    QVERIFY(form->isVisible());
    QVERIFY(!form->findChild<QMessageBox*>(u"discardInputMessageBox"_s));
    // The answer closes it: the subscription exists, once.
    QTRY_VERIFY_WITH_TIMEOUT(!form, 10'000);
    QCOMPARE(m_server->subscriptionCount(), 1);
}

void TestSubscriptionsPage::list_keyColumnsInView_restOneMenuAway()
{
    // Beside the navigation of a window on a 1280-px screen the list shows who, how much, how often, its state and
    // the next payment without scrolling sideways; the external id, description and creation time (all in the detail
    // pane) are one "Columns" menu away.
    SubscriptionsPage page(pageContext());
    page.resize(1100, 600);
    page.show();
    page.activated();
    QTRY_VERIFY_WITH_TIMEOUT(!page.model()->isLoading(), 10'000);
    QVERIFY(createThroughForm(page, u"24000"_s, u"87015556677"_s) > 0);
    QTableView* table = page.tableView();
    QTRY_VERIFY(table->model()->rowCount() == 1);
    QHeaderView* header = table->horizontalHeader();
    QStringList shown;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical)) {
            shown << table->model()->headerData(logical, Qt::Horizontal).toString();
        }
    }
    QCOMPARE(shown,
        QStringList(
            { u"No."_s, u"Phone"_s, u"Subscriber"_s, u"Amount"_s, u"Period"_s, u"Status"_s, u"Next payment"_s }));
    QTRY_VERIFY(!table->horizontalScrollBar()->isVisible());

    // The person shows the description: it is in the list from then on, the others make room.
    QAction* description = test::columnMenuEntry(table, u"Description"_s);
    QVERIFY(description);
    QVERIFY(!description->isChecked());
    description->trigger();
    QVERIFY(!header->isSectionHidden(SubscriptionTableModel::Description));
    QTRY_VERIFY(header->sectionSize(SubscriptionTableModel::Description) > 0);
}

QTEST_MAIN(TestSubscriptionsPage)
#include "tst_subscriptionspage.moc"
