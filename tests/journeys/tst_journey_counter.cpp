// Journeys at the counter, on the real main window, in the v2.0 and the v2.1 profile:
// J1 by amount → waiting → paid, notified → next customer; J2 a cart with search, barcode, count, custom price and
// discount; J11 a create answered by a dropped connection; J12 a 429 with Retry-After while the cashier works.
#include "journeydriver.h"
#include "journeyfixture.h"
#include "journeyscreen.h"

#include "api/apiclient.h"
#include "qr/paymentnotifier.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstore.h"
#include "session/session.h"
#include "shell/mainwindow.h"
#include "shell/page.h"
#include "testsupport.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace apipay;
using apipay::test::JourneyDriver;
using apipay::test::JourneyFixture;
using PageId = MainWindow::PageId;

namespace {

// What a person reads: the status of the invoice in the list (Ctrl+2).
QString listStatusOf(JourneyFixture& f, qint64 id)
{
    QAbstractItemView* view = f.driver().find<QAbstractItemView>(u"Invoices"_s);
    const int row = test::rowOfId(view, id);
    return row < 0 ? u"(no row for invoice %1)"_s.arg(id)
                   : test::cellText(view, row, test::columnOf(view, u"Status"_s));
}

// Requests of one method and path the sandbox handled (its log as signals).
int countRequests(const QSignalSpy& spy, const QString& method, const QString& path)
{
    int n = 0;
    for (const QList<QVariant>& call : spy) {
        n += call.at(0).toString() == method && call.at(1).toString().endsWith(path) ? 1 : 0;
    }
    return n;
}

} // namespace

class TestJourneyCounter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }
    void init() { JOURNEY_START(m_f); }
    void cleanup() { m_f.reset(); }

    void j1_counterByAmount_waitingPaidNotifiedNextCustomer_data() { JourneyFixture::addProfileRows(); }
    void j1_counterByAmount_waitingPaidNotifiedNextCustomer();
    void j2_cartInvoice_totalsShownEqualTheServers_data() { JourneyFixture::addProfileRows(); }
    void j2_cartInvoice_totalsShownEqualTheServers();
    void j11_createAnsweredByDroppedConnection_lookedUpByItself_neverSentTwice_data()
    {
        JourneyFixture::addProfileRows();
    }
    void j11_createAnsweredByDroppedConnection_lookedUpByItself_neverSentTwice();
    void j12_rateLimitedDuringTheCounterFlow_cashierFirst_statusesResume_data() { JourneyFixture::addProfileRows(); }
    void j12_rateLimitedDuringTheCounterFlow_cashierFirst_statusesResume();

private:
    std::unique_ptr<JourneyFixture> m_f;
};

void TestJourneyCounter::j1_counterByAmount_waitingPaidNotifiedNextCustomer()
{
    JourneyDriver& d = m_f->driver();
    auto* notifier = m_f->window()->findChild<PaymentNotifier*>();
    QVERIFY(notifier);
    QSignalSpy notified(notifier, &PaymentNotifier::notified);

    const qint64 id = m_f->createAtCounter(u"15000"_s, u"+7 700 123 45 67"_s);
    QVERIFY2(id > 0, "no invoice reached the server");
    QCOMPARE(m_f->server()->store().invoice(id)->amount, Money::fromTiyn(15000'00));
    QVERIFY2(d.waitFor(u"Invoice %1 · %2 · +7 700 123 45 67"_s.arg(id).arg(
                 m_f->context()->displayFormat().money(Money::fromTiyn(15000'00)))),
        qPrintable(d.lastError()));
    // The sandbox turns the invoice pending after 150 ms; the counter polls every 100 ms while the customer waits:
    // "Waiting for payment" must be on screen within a poll or two, not after minutes of "Processing".
    QVERIFY2(d.waitFor(u"Waiting for payment"_s, 2000), qPrintable(d.lastError()));
    QVERIFY(d.waitFor(u"Waiting for the customer to pay in the Kaspi app."_s, 100));
    QVERIFY2(d.isEnabled(u"Next customer"_s), qPrintable(d.lastError()));
    QVERIFY2(!d.find(u"Create invoice (Enter)"_s), "the create button stays visible after the invoice was created");

    // The customer pays in the Kaspi app (simulated at the server): the counter says so, and the cashier is told.
    QString reason;
    QVERIFY2(m_f->server()->simulateInvoiceStatus(id, u"paid"_s, &reason), qPrintable(reason));
    QVERIFY2(d.waitFor(u"Paid"_s, 3000), qPrintable(d.lastError()));
    QVERIFY2(d.find(u"Paid. Thank you!"_s), qPrintable(d.lastError()));
    QVERIFY(!d.find(u"Simulate payment (demo)"_s));
    QTRY_VERIFY(!notified.isEmpty());
    QCOMPARE(notified.first().at(0).toString(), u"Payment received"_s);
    const QString message
        = u"Invoice %1 was paid: %2"_s.arg(id).arg(m_f->context()->displayFormat().money(Money::fromTiyn(15000'00)));
    QCOMPARE(notified.first().at(1).toString(), message);
    QCOMPARE(m_f->window()->statusBar()->currentMessage(), message); // no tray offscreen: the status bar says it
    // The list says the same.
    // The list says the same as soon as the cashier looks at it (no F5).
    d.key(Qt::Key_2, Qt::ControlModifier);
    QTRY_COMPARE(listStatusOf(*m_f, id), u"Paid"_s);
    d.key(Qt::Key_N, Qt::ControlModifier);
    JCLICK(d, u"Next customer"_s);
    auto* amount = d.find<QLineEdit>(u"Amount, ₸:"_s);
    auto* phone = d.find<QLineEdit>(u"Phone:"_s);
    QVERIFY2(amount && phone, qPrintable(d.lastError()));
    QCOMPARE(amount->text(), QString());
    QCOMPARE(phone->text(), QString());
    QTRY_COMPARE(QApplication::focusWidget(), amount);
    QVERIFY(d.isEnabled(u"Create invoice (Enter)"_s));
    QVERIFY(!d.find(u"Next customer"_s));
}

void TestJourneyCounter::j2_cartInvoice_totalsShownEqualTheServers()
{
    JourneyDriver& d = m_f->driver();
    d.key(Qt::Key_N, Qt::ControlModifier);
    JCLICK(d, u"From the catalog"_s);
    auto* catalog = d.find<QAbstractItemView>(u"Catalog"_s);
    QVERIFY2(catalog, qPrintable(d.lastError()));
    QTRY_VERIFY_WITH_TIMEOUT(catalog->model()->rowCount() > 5, 5000);

    // Milk ×2 by its barcode: the count first, then the scan.
    JREPLACE(d, u"Count:"_s, u"2"_s);
    QCOMPARE(d.find<QAbstractSpinBox>(u"Count:"_s)->text(), u"2"_s);
    JTYPE(d, u"Barcode"_s, u"4870001000028"_s);
    d.key(Qt::Key_Return);
    auto* cart = d.find<QAbstractItemView>(u"Cart"_s);
    QVERIFY2(cart, qPrintable(d.lastError()));
    QTRY_COMPARE(cart->model()->rowCount(), 1);
    QVERIFY2(JourneyDriver::rowText(cart, 0).contains(u"Сүт 1 л"_s), qPrintable(JourneyDriver::rowText(cart, 0)));
    QVERIFY2(d.waitFor(u"Added 2 × Сүт 1 л"_s), qPrintable(d.lastError()));

    // Kymyz found by a search, at a custom price.
    JTYPE(d, u"Price:"_s, u"1199,99"_s);
    JTYPE(d, u"Search the catalog by name"_s, u"Қымыз"_s);
    QTRY_COMPARE(catalog->model()->rowCount(), 1);
    d.key(Qt::Key_Return); // to the first match
    QTRY_COMPARE(JourneyDriver::focused(), catalog);
    d.key(Qt::Key_Return); // adds it
    QTRY_COMPARE(cart->model()->rowCount(), 2);
    QVERIFY2(JourneyDriver::rowText(cart, 1).contains(u"Қымыз"_s), qPrintable(JourneyDriver::rowText(cart, 1)));

    // 7 % off.
    JREPLACE(d, u"Discount:"_s, u"7"_s);
    d.key(Qt::Key_Tab);
    QVERIFY2(d.waitFor(u"Approximate: ApiPay calculates the final amount."_s), qPrintable(d.lastError()));

    JTYPE(d, u"Phone:"_s, u"8 (701) 555-12-34"_s);
    const qint64 before = m_f->server()->lastInvoiceId();
    d.key(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(m_f->server()->lastInvoiceId() > before, 8000);
    const qint64 id = m_f->server()->lastInvoiceId();
    const sandbox::SandboxInvoice* stored = m_f->server()->store().invoice(id);
    QVERIFY(stored);
    QCOMPARE(stored->items.size(), 2);
    // What the screen shows once ApiPay answered equals what ApiPay stored.
    QVERIFY2(d.waitFor(u"Totals as calculated by ApiPay."_s, 5000), qPrintable(d.lastError()));
    const auto money = [this](const std::optional<Money>& m) { return m_f->context()->displayFormat().money(m); };
    QVERIFY2(d.find(u"Subtotal: %1"_s.arg(money(stored->subtotal))), qPrintable(d.lastError()));
    QVERIFY2(d.find(u"Discount: %1"_s.arg(money(stored->discountSum))), qPrintable(d.lastError()));
    QVERIFY2(d.find(u"Total: %1"_s.arg(money(stored->amount))), qPrintable(d.lastError()));
    QCOMPARE(stored->amount, Money::fromTiyn(2083'19)); // 2 × 520 + 1 199,99 − 7 % (156,80)
    QVERIFY2(d.waitFor(u"Waiting for payment"_s, 3000), qPrintable(d.lastError()));
    d.key(Qt::Key_2, Qt::ControlModifier);
    QTRY_COMPARE(listStatusOf(*m_f, id), u"Waiting for payment"_s);
}

void TestJourneyCounter::j11_createAnsweredByDroppedConnection_lookedUpByItself_neverSentTwice()
{
    JourneyDriver& d = m_f->driver();
    QSignalSpy handled(m_f->server(), &sandbox::SandboxServer::requestHandled);
    m_f->server()->dropNext("POST", u"/invoices"_s); // the server creates it, the answer never arrives
    d.key(Qt::Key_N, Qt::ControlModifier);
    auto* orderId = d.find<QLineEdit>(u"Order id:"_s);
    QVERIFY2(orderId, qPrintable(d.lastError()));
    const QString externalId = orderId->text();
    QVERIFY(!externalId.isEmpty());
    const qint64 id = m_f->createAtCounter(u"7000"_s, u"87011112233"_s);
    QVERIFY2(id > 0, "the create did not reach the server");

    // Nobody clicks anything: the app looks the order id up by itself and links the invoice.
    QVERIFY2(
        d.waitFor(u"Invoice %1 · %2"_s.arg(id).arg(m_f->context()->displayFormat().money(Money::fromTiyn(7000'00))),
            8000, JourneyDriver::Match::Contains),
        qPrintable(d.lastError()));
    QVERIFY2(d.waitFor(u"The answer was lost, but the invoice exists — nothing was sent twice."_s, 3000,
                 JourneyDriver::Match::Contains),
        qPrintable(d.lastError()));
    QVERIFY2(d.waitFor(u"Waiting for payment"_s, 3000), qPrintable(d.lastError()));
    QVERIFY(!d.find(u"Create again"_s));
    QVERIFY(d.isEnabled(u"Next customer"_s));
    QCOMPARE(m_f->server()->invoicesWithExternalOrderId(externalId).size(), 1);
    QCOMPARE(countRequests(handled, u"POST"_s, u"/invoices"_s), 1);
    d.key(Qt::Key_2, Qt::ControlModifier);
    QTRY_COMPARE(listStatusOf(*m_f, id), u"Waiting for payment"_s);
}

void TestJourneyCounter::j12_rateLimitedDuringTheCounterFlow_cashierFirst_statusesResume()
{
    JourneyDriver& d = m_f->driver();
    // A 429 wait long enough to act in: Retry-After 2 s, one second = 400 ms here.
    ApiClient::Config config = m_f->context()->api()->config();
    config.msPerRetryAfterSecond = 400;
    QVERIFY(m_f->context()->api()->setConfig(config));
    const qint64 first = m_f->createAtCounter(u"1200"_s, u"87001234567"_s);
    QVERIFY(first > 0);
    QVERIFY2(d.waitFor(u"Waiting for payment"_s, 3000), qPrintable(d.lastError()));

    QSignalSpy handled(m_f->server(), &sandbox::SandboxServer::requestHandled);
    sandbox::SandboxFault fault;
    fault.kind = sandbox::SandboxFault::Kind::Status;
    fault.method = "POST";
    fault.path = u"/invoices/status/check"_s;
    fault.status = 429;
    fault.body = R"({"message":"Too Many Attempts.","retry_after":2})";
    fault.headers = { { "Retry-After", "2" } };
    m_f->server()->addFault(fault);
    QTRY_VERIFY_WITH_TIMEOUT(countRequests(handled, u"POST"_s, u"/invoices/status/check"_s) >= 1, 3000);
    const int answered = int(handled.size());
    QCOMPARE(handled.last().at(2).toInt(), 429);

    // While the app waits out the 429, the first customer pays and the cashier serves the next one.
    QVERIFY(m_f->server()->simulateInvoiceStatus(first, u"paid"_s));
    JCLICK(d, u"Next customer"_s);
    const qint64 second = m_f->createAtCounter(u"800"_s, u"87007654321"_s);
    QVERIFY2(second > first, "the cashier's invoice was not sent");
    // The cashier's create is not held back behind the postponed checks: once the pause is over it leaves in the
    // same burst as the re-sent check (the server cannot tell which of the two was sent first), never after
    // another round of checks.
    int checksBeforeCreate = 0;
    bool createSeen = false;
    for (qsizetype i = answered; i < handled.size() && !createSeen; ++i) {
        const bool check = handled.at(i).at(1).toString().endsWith(u"/status/check"_s);
        createSeen
            = handled.at(i).at(0).toString() == u"POST" && handled.at(i).at(1).toString().endsWith(u"/invoices"_s);
        checksBeforeCreate += check ? 1 : 0;
    }
    const bool createFirst = createSeen && checksBeforeCreate <= 1;
    QStringList log;
    for (qsizetype i = 0; i < handled.size(); ++i) {
        log.append(u"%1 %2 → %3"_s.arg(
            handled.at(i).at(0).toString(), handled.at(i).at(1).toString(), handled.at(i).at(2).toString()));
    }
    QVERIFY2(createFirst, qPrintable(u"the cashier's invoice waited behind status checks:\n"_s + log.join(u'\n')));
    QVERIFY2(d.waitFor(u"Waiting for payment"_s, 5000), qPrintable(d.lastError()));
    // The statuses resume: the list shows the first invoice paid and the second waiting.
    d.key(Qt::Key_2, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(listStatusOf(*m_f, first), u"Paid"_s, 8000);
    QTRY_COMPARE_WITH_TIMEOUT(listStatusOf(*m_f, second), u"Waiting for payment"_s, 5000);
    QVERIFY(countRequests(handled, u"POST"_s, u"/invoices/status/check"_s) >= 2);
}

QTEST_MAIN(TestJourneyCounter)
#include "tst_journey_counter.moc"
