// The refund dialog: sums of server amounts are checked (hostile amounts are unreadable, never summed), the mode
// choice follows the checked state (keyboard, mouse and assistive technology alike), and Esc after typing a reason
// asks before discarding it.
#include "invoices/refunddialog.h"

#include "api/apiclient.h"
#include "sandbox/sandboxserver.h"
#include "secrets/inmemorysecretstore.h"
#include "shell/pagecontext.h"
#include "testpagecontext.h"

#include "testsupport.h"

#include <QAccessible>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

#include <limits>
#include <memory>

using namespace Qt::StringLiterals;
using namespace apipay;

class TestRefundDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }
    void init()
    {
        m_context = std::make_unique<Session>(new InMemorySecretStore);
        m_notifier.setSession(m_context.get());
    }
    void cleanup() { m_context.reset(); }

    void hostileAmounts_nearInt64Max_unreadable_neverSummed();
    void modeChoice_followsToggleFromAssistiveTechnology();
    void typedReason_escAsksBeforeDiscarding();
    void answerLost_readBackFailsThenFindsIt_neverSentTwice();
    void answerLost_beforeTheRequestWasHandled_offersToSendAgain();

private:
    // A paid invoice of `amount` without refunds.
    static Invoice paidInvoice(qint64 id, Money amount)
    {
        Invoice invoice;
        invoice.id = id;
        invoice.status = InvoiceStatus(u"paid"_s);
        invoice.amount = amount;
        invoice.availableForRefund = amount;
        return invoice;
    }
    static InvoiceItem item(qint64 id, const QString& name, qint64 priceTiyn, qint64 count)
    {
        InvoiceItem it;
        it.id = id;
        it.catalogItemId = 100 + id;
        it.name = name;
        it.price = Money::fromTiyn(priceTiyn);
        it.count = count;
        return it;
    }
    static QLabel* labelStartingWith(QWidget* parent, const QString& start)
    {
        const QList<QLabel*> labels = parent->findChildren<QLabel*>();
        for (QLabel* label : labels) {
            if (label->text().startsWith(start)) {
                return label;
            }
        }
        return nullptr;
    }

    // A sandbox without demo data, the session on it, and one paid invoice of 5 000 ₸ as the server reads it.
    std::unique_ptr<sandbox::SandboxServer> startServerWithPaidInvoice(Invoice* paid)
    {
        sandbox::SandboxServer::Options options;
        options.demoData = false;
        options.processingDelayMs = 30;
        options.rateLimit = 10'000;
        auto server = std::make_unique<sandbox::SandboxServer>(options);
        if (!server->start(0)
            || !m_context->useServer(
                server->baseUrl(), sandbox::SandboxServer::demoKey(), Session::Mode::Sandbox, u"Test shop"_s)) {
            return nullptr;
        }
        InvoiceDraft draft;
        draft.amount = Money::fromTenge(5000);
        draft.phone = u"87001234567"_s;
        std::optional<ApiResult<Invoice>> created;
        m_context->api()->createInvoice(draft, this, [&](const ApiResult<Invoice>& r) { created = r; });
        if (!QTest::qWaitFor([&] { return created.has_value(); }, 10'000) || !created->ok()
            || !QTest::qWaitFor([&] { return server->invoiceStatus(created->value.id) == u"pending"_s; }, 5000)
            || !server->simulateInvoiceStatus(created->value.id, u"paid"_s)) {
            return nullptr;
        }
        std::optional<ApiResult<Invoice>> read;
        m_context->api()->invoice(created->value.id, this, [&](const ApiResult<Invoice>& r) { read = r; });
        if (!QTest::qWaitFor([&] { return read.has_value(); }, 10'000) || !read->ok()) {
            return nullptr;
        }
        *paid = read->value;
        return server;
    }

    // Shows the dialog; its send button once it can send (a full refund of what is left), or null.
    static QPushButton* showReadyToSend(RefundDialog& dialog)
    {
        dialog.show();
        auto* send = dialog.findChild<QPushButton*>(u"refundSendButton"_s);
        return send && QTest::qWaitFor([send] { return send->isEnabled(); }, 5000) ? send : nullptr;
    }

    std::unique_ptr<Session> m_context;
    TestNavigator m_navigator;
    TestNotifier m_notifier;
    PageContext pageContext() { return PageContext { m_context.get(), &m_navigator, &m_notifier }; }
};

void TestRefundDialog::answerLost_readBackFailsThenFindsIt_neverSentTwice()
{
    Invoice paid;
    const auto server = startServerWithPaidInvoice(&paid);
    QVERIFY(server);
    // The dialog opened before the invoice's refunds were read (std::nullopt): the read-back cannot count them.
    RefundDialog dialog(pageContext(), paid, std::nullopt);
    QPushButton* send = showReadyToSend(dialog);
    QVERIFY(send);

    server->dropNext("POST", u"/invoices/*/refund"_s); // the server refunds, the answer is lost
    server->failNext("GET", u"/invoices/*/refunds"_s, 503, R"({"message":"Service Unavailable"})");
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(labelStartingWith(&dialog, u"The refund may or may not have been made"_s), 10'000);
    QCOMPARE(send->text(), u"Check again"_s);
    QVERIFY(send->isEnabled());
    // Typing a reason does not turn the button back into a sender.
    auto* reason = dialog.findChild<QPlainTextEdit*>();
    QVERIFY(reason);
    reason->setFocus();
    QTest::keyClicks(reason, u"Broken"_s);
    QCOMPARE(send->text(), u"Check again"_s);
    QCOMPARE(server->loggedRequests("POST", u"/invoices/*/refund"_s), 1);

    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(labelStartingWith(&dialog, u"The refund reached the service"_s), 10'000);
    QVERIFY(!send->isVisible());
    QCOMPARE(server->loggedRequests("POST", u"/invoices/*/refund"_s), 1);
    QCOMPARE(server->loggedRequests("GET", u"/invoices/*/refunds"_s), 2);
}

void TestRefundDialog::answerLost_beforeTheRequestWasHandled_offersToSendAgain()
{
    Invoice paid;
    const auto server = startServerWithPaidInvoice(&paid);
    QVERIFY(server);
    RefundDialog dialog(pageContext(), paid, std::nullopt);
    QPushButton* send = showReadyToSend(dialog);
    QVERIFY(send);

    // The server never handled it (a 502 from a gateway in front of it): the read-back finds no new refund.
    server->failNext("POST", u"/invoices/*/refund"_s, 502, "<html><body>502 Bad Gateway</body></html>");
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(labelStartingWith(&dialog, u"The refund did not reach the service"_s), 10'000);
    // Read twice before "send again" is offered: right after the loss, and once more a moment later.
    QCOMPARE(server->loggedRequests("GET", u"/invoices/*/refunds"_s), 2);
    QCOMPARE(send->text(), u"Send again"_s);
    QVERIFY(send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton); // now the person sends it again, once
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 10'000);
    QCOMPARE(server->loggedRequests("POST", u"/invoices/*/refund"_s), 2);
}

void TestRefundDialog::hostileAmounts_nearInt64Max_unreadable_neverSummed()
{
    constexpr qint64 kHalf = std::numeric_limits<qint64>::max() / 2 + 1; // two of them overflow a signed 64-bit sum
    Invoice invoice;
    invoice.id = 77;
    invoice.status = InvoiceStatus(u"paid"_s);
    invoice.amount = Money::fromTiyn(std::numeric_limits<qint64>::max());
    invoice.totalRefunded = Money::fromTiyn(-100); // amount − refunded would overflow
    invoice.items = { item(1, u"Milk"_s, 1500'00, 5), item(2, u"Gold"_s, kHalf, 3), item(3, u"Platinum"_s, kHalf, 3) };
    RefundDialog dialog(pageContext(), invoice, std::nullopt);
    dialog.show();

    QVERIFY(!dialog.available().has_value()); // unreadable, not computed
    for (int row = 0; row < 3; ++row) {
        auto* spin = dialog.findChild<QSpinBox*>(u"refundCountSpinBox%1"_s.arg(row));
        QVERIFY(spin);
        spin->setValue(row == 0 ? 2 : 1);
    }
    QLabel* itemsTotal = labelStartingWith(&dialog, u"Items to return"_s);
    QVERIFY(itemsTotal);
    QVERIFY2(itemsTotal->text().contains(m_context->displayFormat().money(Money::fromTenge(3000))),
        qPrintable(itemsTotal->text()));
    QVERIFY(itemsTotal->text().contains(u"unreadable"_s));
    auto* table = dialog.findChild<QTableWidget*>(u"refundItemsTableWidget"_s);
    QVERIFY(table);
    QCOMPARE(table->item(1, 1)->text(), u"—"_s);
    QVERIFY(table->item(1, 1)->toolTip().contains(u"Unreadable price"_s));
    QCOMPARE(table->item(0, 1)->text(), m_context->displayFormat().money(Money::fromTenge(1500)));
    QLabel* summary = labelStartingWith(&dialog, u"Invoice 77"_s);
    QVERIFY(summary);
    QVERIFY2(summary->text().contains(u"paid —"_s), qPrintable(summary->text()));
}

void TestRefundDialog::modeChoice_followsToggleFromAssistiveTechnology()
{
    RefundDialog dialog(pageContext(), paidInvoice(78, Money::fromTenge(5000)), std::nullopt);
    dialog.show();
    auto* partial = dialog.findChild<QRadioButton*>(u"refundPartialRadioButton"_s);
    auto* amount = dialog.findChild<QLineEdit*>(u"refundAmountLineEdit"_s);
    QVERIFY(partial && amount);
    QVERIFY(!amount->isEnabled());

    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(partial);
    QVERIFY(accessible && accessible->actionInterface());
    accessible->actionInterface()->doAction(QAccessibleActionInterface::toggleAction());
    QVERIFY(partial->isChecked());
    QCOMPARE(dialog.mode(), RefundDialog::Mode::Partial);
    QVERIFY(amount->isEnabled()); // the form follows the state, not only clicks

    dialog.findChild<QRadioButton*>(u"refundFullRadioButton"_s)->setChecked(true);
    QVERIFY(!amount->isEnabled());
}

void TestRefundDialog::typedReason_escAsksBeforeDiscarding()
{
    RefundDialog dialog(pageContext(), paidInvoice(79, Money::fromTenge(5000)), std::nullopt);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* reason = dialog.findChild<QPlainTextEdit*>();
    QVERIFY(reason);
    reason->setFocus();
    QTest::keyClicks(reason, u"Box arrived crushed"_s);
    QTest::keyClick(reason, Qt::Key_Escape);
    auto* question = dialog.findChild<QMessageBox*>(u"discardInputMessageBox"_s);
    QVERIFY(question);
    QVERIFY(dialog.isVisible());
    QTest::keyClick(question, Qt::Key_Escape); // "Keep editing"
    QTRY_VERIFY(!dialog.findChild<QMessageBox*>(u"discardInputMessageBox"_s));
    QVERIFY(dialog.isVisible());
    QCOMPARE(reason->toPlainText(), u"Box arrived crushed"_s);
}

QTEST_MAIN(TestRefundDialog)
#include "tst_refunddialog.moc"
