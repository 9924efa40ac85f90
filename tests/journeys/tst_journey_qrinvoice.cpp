// Kaspi QR invoices at the counter (API v2.1) on the real main window, in both profiles. v2.1: amount, Enter → the
// QR on the counter and on the customer display decodes (ZXing) to the invoice's qr_token_url; payment → "Paid ✓" →
// Enter → an empty amount; an expired QR says so and offers a new one; Cancel is refused with the time the QR stops,
// and a new QR leaves the old invoice open; a cart scanned by barcode, Enter → the QR for the server's total → paid →
// the next customer starts with an empty cart. v2.0: the QR mode is disabled with its one-line reason.
#include "counter/qrcounterinput.h"
#include "journeydriver.h"
#include "journeyfixture.h"
#include "journeyqr.h"

#include "counter/cartpanel.h"
#include "counter/counterpage.h"
#include "counter/customerscreenbutton.h"
#include "counter/qrcounterpanel.h"
#include "qr/customerdisplaywindow.h"
#include "qr/qrwidget.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstore.h"
#include "session/democontrol.h"
#include "session/qrcapability.h"
#include "session/session.h"
#include "shell/mainwindow.h"
#include "shell/page.h"
#include "testsupport.h"
#include "watch/invoicewatcher.h"
#include "widgets/moneylineedit.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace apipay;
using apipay::test::JourneyDriver;
using apipay::test::JourneyFixture;
using PageId = MainWindow::PageId;

class TestJourneyQrInvoice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }
    void init() { JOURNEY_START(m_f); }
    void cleanup() { m_f.reset(); }

    void qrInvoice_paid_data() { JourneyFixture::addProfileRows(); }
    void qrInvoice_paid();
    void qrInvoice_expired_data() { JourneyFixture::addProfileRows(); }
    void qrInvoice_expired();
    void qrInvoice_cancelRefused_newQr_data() { JourneyFixture::addProfileRows(); }
    void qrInvoice_cancelRefused_newQr();
    void qrInvoice_fromCart_paid_data() { JourneyFixture::addProfileRows(); }
    void qrInvoice_fromCart_paid();
    void qrInvoice_answerLostLookupFails_enterChecksAgain_neverTwice_data() { JourneyFixture::addProfileRows(); }
    void qrInvoice_answerLostLookupFails_enterChecksAgain_neverTwice();

private:
    // Opens the counter (Ctrl+N) and its QR mode (Alt+R). False in v2.0 (after checking the reason shown) or when a
    // step failed (with a warning).
    bool openQrMode();
    // Opens the counter in QR mode and creates a QR invoice of `amount`; its id, or 0 (v2.0: the reason checked).
    qint64 createQr(const QString& amount);
    QrCounterPanel* panel() const;
    std::unique_ptr<JourneyFixture> m_f;
};

QrCounterPanel* TestJourneyQrInvoice::panel() const
{
    return m_f->window()->page(PageId::NewInvoice)->findChild<QrCounterPanel*>();
}

bool TestJourneyQrInvoice::openQrMode()
{
    JourneyDriver& d = m_f->driver();
    d.key(Qt::Key_N, Qt::ControlModifier);
    if (m_f->window()->currentPage() != m_f->window()->page(PageId::NewInvoice)) {
        qWarning("Ctrl+N did not open the counter");
        return false;
    }
    if (m_f->profile() == sandbox::Profile::V20) {
        if (!d.waitFor(u"This server (API v2.0) has no QR invoices"_s, 5000)) {
            qWarning("no reason shown for the missing QR mode: %s", qPrintable(d.lastError()));
        } else if (d.isEnabled(u"QR"_s)) {
            qWarning("the QR mode can be chosen on a v2.0 server");
        }
        return false;
    }
    // The counter asked the server (GET /invoices/stats) whether it can make QR invoices.
    auto* page = qobject_cast<CounterPage*>(m_f->window()->page(PageId::NewInvoice));
    if (!QTest::qWaitFor([page] { return page->qrCapability()->isAvailable(); }, 5000)) {
        qWarning("the v2.1 server was not recognised as able to make QR invoices");
        return false;
    }
    // Alt+R chooses the QR mode; the focus goes to its amount.
    d.key(Qt::Key_R, Qt::AltModifier);
    if (!QTest::qWaitFor([this] { return panel()->isVisible(); }, 3000)) {
        qWarning("Alt+R did not show the QR mode: %s", qPrintable(JourneyDriver::describeScreen()));
        return false;
    }
    // One screen here: the customer screen starts off (it would cover the counter); this cashier turns it on with
    // F11, so each QR also goes full screen for the customer. The amount keeps the focus.
    if (panel()->customerScreenButton()->isChecked()) {
        qWarning("the customer screen is on by default on a single screen");
        return false;
    }
    d.key(Qt::Key_F11);
    if (!QTest::qWaitFor([this] { return panel()->customerScreenButton()->isChecked(); }, 2000)) {
        qWarning("F11 did not switch the customer screen on");
        return false;
    }
    return true;
}

qint64 TestJourneyQrInvoice::createQr(const QString& amount)
{
    JourneyDriver& d = m_f->driver();
    if (!openQrMode()) {
        return 0;
    }
    if (!QTest::qWaitFor(
            [] { return JourneyDriver::accessibleName(JourneyDriver::focused()) == u"Amount, ₸:"_s; }, 2000)) {
        qWarning("the focus is not in the QR amount but on “%s”",
            qPrintable(JourneyDriver::accessibleName(JourneyDriver::focused())));
        return 0;
    }
    const qint64 before = m_f->server()->lastInvoiceId();
    d.type(amount);
    d.key(Qt::Key_Return);
    if (!QTest::qWaitFor([&] { return m_f->server()->lastInvoiceId() > before; }, 8000)) {
        qWarning("Enter did not create the QR invoice");
        return 0;
    }
    return m_f->server()->lastInvoiceId();
}

void TestJourneyQrInvoice::qrInvoice_paid()
{
    JourneyDriver& d = m_f->driver();
    const qint64 id = createQr(u"5000"_s);
    if (m_f->profile() == sandbox::Profile::V20) {
        QVERIFY2(d.find(u"This server (API v2.0) has no QR invoices"_s), qPrintable(d.lastError()));
        QVERIFY(!d.isEnabled(u"QR"_s));
        return;
    }
    QVERIFY(id > 0);
    const QString tokenUrl = m_f->server()->store().invoice(id)->qrTokenUrl;
    QVERIFY(tokenUrl.startsWith(u"https://qr.kaspi.kz/sandbox/"_s));

    // The QR on the counter and on the customer display both read back to the server's token URL.
    QTRY_VERIFY(panel()->customerDisplay() && panel()->customerDisplay()->isVisible());
    CustomerDisplayWindow* display = panel()->customerDisplay();
    QWidget* displayQr = nullptr;
    QTRY_VERIFY((displayQr = test::paymentQrIn(display)) != nullptr);
    QCOMPARE(test::decodeShownQr(displayQr), tokenUrl);
    QWidget* counterQr = test::paymentQrIn(m_f->window());
    QVERIFY(counterQr);
    QCOMPARE(test::decodeShownQr(counterQr), tokenUrl);
    QVERIFY2(d.find(u"Scan with the Kaspi app"_s), qPrintable(d.lastError()));
    auto* countdown = display->findChild<QLabel*>(u"countdownLabel"_s);
    QVERIFY2(countdown->text().startsWith(u"Expires in 4:"_s) || countdown->text().startsWith(u"Expires in 5:"_s),
        qPrintable(countdown->text()));
    QVERIFY2(d.find(u"Waiting for the customer to scan and pay…"_s), qPrintable(d.lastError()));

    // A second Enter (a double tap) in the main window — where the cashier types when the display is on a screen of
    // its own — changes nothing: the focus is on the code, not on a button (checked on the server once the payment
    // below has gone through: no cancel, no second code).
    QWidget* counterFocus = m_f->window()->focusWidget();
    QVERIFY(counterFocus);
    QVERIFY2(!qobject_cast<QAbstractButton*>(counterFocus), qPrintable(JourneyDriver::accessibleName(counterFocus)));
    QTest::keyClick(counterFocus, Qt::Key_Return);

    // The customer pays (the demo's button plays the customer): "Paid ✓" on both screens within a couple of seconds.
    JCLICK(d, u"Simulate payment (demo)"_s);
    QTRY_COMPARE_WITH_TIMEOUT(display->statusText(), u"Paid ✓"_s, 3000);
    QTRY_COMPARE_WITH_TIMEOUT(panel()->statusLabel()->text(), u"Paid ✓"_s, 3000);
    QVERIFY(panel()->qrWidget()->isPaid()); // the counter's code is greyed and crossed: nobody pays it twice
    QCOMPARE(m_f->server()->loggedRequests("POST", u"/invoices/%1/cancel"_s.arg(id)), 0);
    QCOMPARE(m_f->server()->lastInvoiceId(), id);

    // Then the Kaspi receipt (ready after the server's poll_after) as a QR code under "Paid ✓" for the customer: it
    // reads back to the receipt's share link for this payment.
    auto* caption = display->findChild<QLabel*>(u"countdownLabel"_s);
    QTRY_COMPARE_WITH_TIMEOUT(caption->text(), u"Scan for your receipt"_s, 8000);
    QCOMPARE(display->statusText(), u"Paid ✓"_s);
    const QString kaspiId = m_f->server()->store().invoice(id)->kaspiInvoiceId;
    QVERIFY(!kaspiId.isEmpty());
    QTRY_VERIFY((displayQr = test::paymentQrIn(display)) != nullptr);
    const QString receiptShown = test::decodeShownQr(displayQr);
    QVERIFY2(
        receiptShown.startsWith(u"https://kaspi.kz/receipt/sandbox/share?id="_s + kaspiId), qPrintable(receiptShown));

    // Enter: the next customer, an empty amount with the focus in it.
    m_f->window()->activateWindow();
    QTRY_VERIFY(panel()->nextButton()->hasFocus());
    d.key(Qt::Key_Return);
    QTRY_VERIFY(panel()->amountEdit()->text().isEmpty() && panel()->amountEdit()->hasFocus());
    QCOMPARE(panel()->invoice().id, 0);
}

void TestJourneyQrInvoice::qrInvoice_expired()
{
    JourneyDriver& d = m_f->driver();
    const qint64 id = createQr(u"1200.50"_s);
    if (m_f->profile() == sandbox::Profile::V20) {
        QVERIFY2(d.find(u"This server (API v2.0) has no QR invoices"_s), qPrintable(d.lastError()));
        return;
    }
    QVERIFY(id > 0);
    QCOMPARE(m_f->server()->store().invoice(id)->amount, Money::fromTiyn(120'050));
    QTRY_VERIFY(panel()->invoice().id == id);
    // The server's clock passes the scanning deadline: the server reports expired, the counter says so plainly.
    m_f->server()->advanceClock(301'000);
    QTRY_COMPARE_WITH_TIMEOUT(panel()->statusLabel()->text(), u"The QR invoice expired without payment."_s, 4000);
    QVERIFY(d.isEnabled(u"New QR"_s));
    QTRY_COMPARE_WITH_TIMEOUT(panel()->customerDisplay()->statusText(), u"Expired"_s, 3000);
    // New QR: a new invoice for the same amount (the person asked; nothing is re-created by itself).
    const qint64 before = m_f->server()->lastInvoiceId();
    JCLICK(d, u"New QR"_s);
    QTRY_VERIFY(m_f->server()->lastInvoiceId() > before);
    QCOMPARE(m_f->server()->store().invoice(m_f->server()->lastInvoiceId())->amount, Money::fromTiyn(120'050));
    QTRY_VERIFY(panel()->invoice().id == m_f->server()->lastInvoiceId());
    // Esc: the next customer, an empty amount.
    m_f->window()->activateWindow();
    QTest::keyClick(panel(), Qt::Key_Escape);
    QTRY_VERIFY(panel()->amountEdit()->text().isEmpty());
    QCOMPARE(panel()->invoice().id, 0);
}

void TestJourneyQrInvoice::qrInvoice_cancelRefused_newQr()
{
    JourneyDriver& d = m_f->driver();
    const qint64 id = createQr(u"700"_s);
    if (m_f->profile() == sandbox::Profile::V20) {
        QVERIFY2(d.find(u"This server (API v2.0) has no QR invoices"_s), qPrintable(d.lastError()));
        return;
    }
    QVERIFY(id > 0);
    QTRY_VERIFY(panel()->invoice().id == id);
    JCLICK(d, u"Cancel invoice"_s);
    QTRY_VERIFY2(panel()->statusLabel()->text().startsWith(u"A QR invoice cannot be cancelled; it stops at "_s),
        qPrintable(panel()->statusLabel()->text()));
    const QDateTime stops = m_f->server()->store().invoice(id)->qrExpiresAt;
    const QString hhmm = m_f->context()->displayFormat().toDisplayZone(stops).time().toString(u"HH:mm"_s);
    QCOMPARE(panel()->statusLabel()->text(), u"A QR invoice cannot be cancelled; it stops at %1."_s.arg(hhmm));
    QCOMPARE(m_f->server()->store().invoice(id)->status, u"pending"_s);
    QVERIFY(d.isEnabled(u"New QR"_s));

    JCLICK(d, u"New QR"_s);
    QTRY_VERIFY(panel()->invoice().id > id);
    // The old QR invoice stays open, watched by the ordinary watcher until it ends.
    QCOMPARE(m_f->server()->store().invoice(id)->status, u"pending"_s);
    QVERIFY(m_f->context()->watcher()->isWatching(id));
    QString reason;
    QVERIFY2(m_f->context()->demoControl()->simulateInvoicePaid(id, &reason), qPrintable(reason));
    QTRY_VERIFY_WITH_TIMEOUT(!m_f->context()->watcher()->isWatching(id), 3000);
    QVERIFY(panel()->statusLabel()->text() != u"Paid ✓"_s); // the new QR is still waiting

    // Another amount typed while the QR waits: the panel says what Enter will do and that the QR shown stays payable.
    const Invoice waiting = panel()->invoice();
    MoneyLineEdit* amount = panel()->input()->amountEdit();
    amount->selectAll();
    JourneyDriver::typeOn(amount, u"900"_s);
    const QString until
        = m_f->context()->displayFormat().toDisplayZone(waiting.qrExpiresAt).time().toString(u"HH:mm"_s);
    QTRY_COMPARE(panel()->statusLabel()->text(),
        u"Enter makes a new QR for %1. The QR shown, for %2, can still be paid until %3."_s.arg(
            m_f->context()->displayFormat().money(Money::fromTenge(900)),
            m_f->context()->displayFormat().money(Money::fromTenge(700)), until));

    // Esc, as at the phone form: the next customer (the QR waiting stays open on the server, watched as any other).
    // On a single screen the customer display covers the window and has the keyboard: Esc closes it first.
    if (CustomerDisplayWindow* display = panel()->customerDisplay(); display && display->isVisible()) {
        d.key(Qt::Key_Escape);
        QTRY_VERIFY(!display->isVisible());
        QCOMPARE(panel()->invoice().id, waiting.id);
    }
    d.key(Qt::Key_Escape);
    QTRY_COMPARE(panel()->invoice().id, qint64(0));
    QVERIFY(amount->text().isEmpty());
    QTRY_COMPARE(JourneyDriver::accessibleName(JourneyDriver::focused()), u"Amount, ₸:"_s);
    QCOMPARE(m_f->server()->store().invoice(waiting.id)->status, u"pending"_s);
}

void TestJourneyQrInvoice::qrInvoice_answerLostLookupFails_enterChecksAgain_neverTwice()
{
    JourneyDriver& d = m_f->driver();
    if (!openQrMode()) {
        QCOMPARE(m_f->profile(), sandbox::Profile::V20); // the reason was checked by openQrMode()
        return;
    }
    QTRY_COMPARE(JourneyDriver::accessibleName(JourneyDriver::focused()), u"Amount, ₸:"_s);
    // The server creates the QR invoice but the answer is lost; the lookup that follows fails too.
    m_f->server()->dropNext("POST", u"/invoices/qr"_s);
    m_f->server()->failNext("GET", u"/invoices"_s, 503, R"({"message":"Service Unavailable"})", 100);
    const qint64 before = m_f->server()->lastInvoiceId();
    d.type(u"4200"_s);
    d.key(Qt::Key_Return);
    QVERIFY2(d.waitFor(u"Could not check whether the QR invoice was created"_s, 10'000, JourneyDriver::Match::Contains),
        qPrintable(d.lastError()));
    QCOMPARE(m_f->server()->lastInvoiceId(), before + 1);
    QCOMPARE(m_f->server()->loggedRequests("POST", u"/invoices/qr"_s), 1);

    // The server answers again: Enter looks the same order up instead of creating another invoice.
    m_f->server()->clearFaults();
    d.key(Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(panel()->invoice().id, before + 1, 10'000);
    QCOMPARE(m_f->server()->loggedRequests("POST", u"/invoices/qr"_s), 1);
    QCOMPARE(m_f->server()->lastInvoiceId(), before + 1);
}

void TestJourneyQrInvoice::qrInvoice_fromCart_paid()
{
    JourneyDriver& d = m_f->driver();
    if (!openQrMode()) {
        QCOMPARE(m_f->profile(), sandbox::Profile::V20);
        QVERIFY2(d.find(u"This server (API v2.0) has no QR invoices"_s), qPrintable(d.lastError()));
        return;
    }
    // Alt+T: from the catalog; typing starts at the barcode.
    d.key(Qt::Key_T, Qt::AltModifier);
    QTRY_COMPARE(JourneyDriver::accessibleName(JourneyDriver::focused()), u"Barcode"_s);
    QVERIFY(!d.find(u"Amount, ₸:"_s));
    auto* catalog = d.find<QAbstractItemView>(u"Catalog"_s);
    QVERIFY2(catalog, qPrintable(d.lastError()));
    QTRY_VERIFY_WITH_TIMEOUT(catalog->model()->rowCount() > 5, 5000);
    // F5 reads this catalog again.
    const int catalogReads = m_f->server()->loggedRequests("GET", u"/catalog"_s);
    d.key(Qt::Key_F5);
    QTRY_VERIFY(m_f->server()->loggedRequests("GET", u"/catalog"_s) > catalogReads);
    QTRY_VERIFY_WITH_TIMEOUT(catalog->model()->rowCount() > 5, 5000);

    // Milk ×2: the count, then the scan; then Enter with nothing scanned shows the QR.
    JREPLACE(d, u"Count:"_s, u"2"_s);
    JTYPE(d, u"Barcode"_s, u"4870001000028"_s);
    d.key(Qt::Key_Return);
    auto* cart = d.find<QAbstractItemView>(u"Cart"_s);
    QVERIFY2(cart, qPrintable(d.lastError()));
    QTRY_COMPARE(cart->model()->rowCount(), 1);
    QVERIFY2(JourneyDriver::rowText(cart, 0).contains(u"Сүт 1 л"_s), qPrintable(JourneyDriver::rowText(cart, 0)));
    QTRY_COMPARE(JourneyDriver::accessibleName(JourneyDriver::focused()), u"Barcode"_s);
    const qint64 before = m_f->server()->lastInvoiceId();
    d.key(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(m_f->server()->lastInvoiceId() > before, 8000);
    const qint64 id = m_f->server()->lastInvoiceId();
    const sandbox::SandboxInvoice* stored = m_f->server()->store().invoice(id);
    QVERIFY(stored);
    QCOMPARE(stored->items.size(), 1);
    QCOMPARE(stored->items.at(0).name, u"Сүт 1 л"_s);
    QCOMPARE(stored->items.at(0).count, 2);
    QCOMPARE(stored->amount, Money::fromTiyn(1040'00)); // 2 × 520

    // The picker gives way to the QR; the customer display shows the server's total and a QR that reads back.
    QTRY_VERIFY(panel()->invoice().id == id);
    QVERIFY(!d.find<QAbstractItemView>(u"Catalog"_s));
    QTRY_VERIFY(panel()->customerDisplay() && panel()->customerDisplay()->isVisible());
    CustomerDisplayWindow* display = panel()->customerDisplay();
    QWidget* displayQr = nullptr;
    QTRY_VERIFY((displayQr = test::paymentQrIn(display)) != nullptr);
    QCOMPARE(test::decodeShownQr(displayQr), stored->qrTokenUrl);
    const QString total = m_f->context()->displayFormat().money(Money::fromTiyn(1040'00));
    auto* amountShown = display->findChild<QLabel*>(u"amountLabel"_s);
    QVERIFY(amountShown && amountShown->isVisible());
    QCOMPARE(amountShown->text(), total);

    JCLICK(d, u"Simulate payment (demo)"_s);
    QTRY_COMPARE_WITH_TIMEOUT(panel()->statusLabel()->text(), u"Paid ✓"_s, 3000);
    QTRY_COMPARE_WITH_TIMEOUT(display->statusText(), u"Paid ✓"_s, 3000);

    // Enter: the next customer, an empty cart, the barcode ready for the next scan.
    m_f->window()->activateWindow();
    QTRY_VERIFY(panel()->nextButton()->hasFocus());
    d.key(Qt::Key_Return);
    QTRY_COMPARE(JourneyDriver::accessibleName(JourneyDriver::focused()), u"Barcode"_s);
    cart = d.find<QAbstractItemView>(u"Cart"_s);
    QVERIFY2(cart, qPrintable(d.lastError()));
    QCOMPARE(cart->model()->rowCount(), 0);
    QCOMPARE(panel()->invoice().id, 0);
}

QTEST_MAIN(TestJourneyQrInvoice)
#include "tst_journey_qrinvoice.moc"
