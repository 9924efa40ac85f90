// Journeys of the counter's v2.1 look-ups on the real main window, in the v2.0 and the v2.1 profile:
// the "has Kaspi?" hint under the phone (87770000001 names the customer, 87770000002 warns and still sends, a 429
// says quietly that the number could not be checked; v2.0 shows nothing), and the Kaspi receipt of a paid invoice in
// the invoice detail (pending → ready; the copied link is the server's share_link; v2.0 shows no receipt buttons).
#include "journeydriver.h"
#include "journeyfixture.h"
#include "qr/paymentnotifier.h"

#include "counter/kaspiclientcheck.h"
#include "counter/receiptfetcher.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstore.h"
#include "session/session.h"
#include "shell/mainwindow.h"
#include "shell/page.h"
#include "store/historystore.h"
#include "testsupport.h"
#include "widgets/moneylineedit.h"

#include <QAbstractItemView>
#include <QClipboard>
#include <QCompleter>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Qt::StringLiterals;
using namespace apipay;
using apipay::sandbox::Profile;
using apipay::test::JourneyDriver;
using apipay::test::JourneyFixture;
using PageId = MainWindow::PageId;

namespace {

const QString kNoKaspi = u"This number has no Kaspi account — the customer will not receive the invoice"_s;
const QString kNotChecked = u"Could not check this number now"_s;

QLabel* kaspiHint(JourneyFixture& f)
{
    return f.window()->page(PageId::NewInvoice)->findChild<QLabel*>(u"kaspiClientHintLabel"_s);
}

// Whether the hint's client check has its answer that the server has no client check (the v2.0 404).
bool kaspiCheckUnsupported(const QLabel* hint)
{
    const auto checks = hint->findChildren<KaspiClientCheck*>(QString(), Qt::FindDirectChildrenOnly);
    return !checks.isEmpty() && checks.constLast()->result() == KaspiClientCheck::Result::Unsupported;
}

// The receipt of `id` as the sandbox gives it now, read straight from the server (not through the app).
QJsonObject serverReceipt(JourneyFixture& f, qint64 id)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(f.server()->baseUrl().toString() + u"/invoices/%1/receipt"_s.arg(id)));
    request.setRawHeader("X-API-Key", sandbox::SandboxServer::demoKey().toUtf8());
    std::unique_ptr<QNetworkReply> reply(nam.get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    return finished.wait(5000) ? QJsonDocument::fromJson(reply->readAll()).object() : QJsonObject();
}

// The newest paid demo invoice with a numeric Kaspi id.
qint64 paidInvoice(JourneyFixture& f)
{
    const auto& invoices = f.server()->store().invoices();
    for (auto it = invoices.rbegin(); it != invoices.rend(); ++it) {
        bool numeric = false;
        it->kaspiInvoiceId.toLongLong(&numeric);
        if (it->status == u"paid" && numeric) {
            return it->id;
        }
    }
    return 0;
}

} // namespace

class TestJourneyCounterCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }
    void init()
    {
        KaspiClientCheck::forgetAnswers();
        ReceiptFetcher::forgetServers();
        JOURNEY_START(m_f);
    }
    void cleanup() { m_f.reset(); }

    void clientCheck_knownNumber_namesTheCustomer_data() { JourneyFixture::addProfileRows(); }
    void clientCheck_knownNumber_namesTheCustomer();
    void clientCheck_noKaspi_warnsAndStillSends_data() { JourneyFixture::addProfileRows(); }
    void clientCheck_noKaspi_warnsAndStillSends();
    void clientCheck_rateLimited_saysNotChecked_data() { JourneyFixture::addProfileRows(); }
    void clientCheck_rateLimited_saysNotChecked();
    void receipt_pendingThenReady_copiedLinkIsTheServersShareLink_data() { JourneyFixture::addProfileRows(); }
    void receipt_pendingThenReady_copiedLinkIsTheServersShareLink();
    void completion_recentAmountsAndPhones_enterStillSends_data() { JourneyFixture::addProfileRows(); }
    void completion_recentAmountsAndPhones_enterStillSends();

private:
    // Ctrl+N, an amount, Tab, the phone — without Enter; then waits until the server answered the check.
    bool typeAtCounter(const QString& amount, const QString& phone)
    {
        JourneyDriver& d = m_f->driver();
        d.key(Qt::Key_N, Qt::ControlModifier);
        if (!QTest::qWaitFor(
                [] { return JourneyDriver::accessibleName(JourneyDriver::focused()) == u"Amount, ₸:"_s; }, 2000)) {
            return false;
        }
        d.type(amount);
        d.key(Qt::Key_Tab);
        d.type(phone);
        return QTest::qWaitFor([this] { return m_f->server()->loggedRequests("POST", u"/clients/check"_s) > 0; }, 5000);
    }

    bool isV20() const { return m_f->profile() == Profile::V20; }

    std::unique_ptr<JourneyFixture> m_f;
};

void TestJourneyCounterCheck::clientCheck_knownNumber_namesTheCustomer()
{
    QVERIFY(typeAtCounter(u"5000"_s, u"87770000001"_s));
    QLabel* hint = kaspiHint(*m_f);
    QVERIFY(hint);
    if (isV20()) {
        // The 404 is in: nothing is shown, and nothing is asked again.
        QTRY_VERIFY_WITH_TIMEOUT(kaspiCheckUnsupported(hint), 5000);
        QVERIFY(!hint->isVisible());
        QCOMPARE(m_f->server()->loggedRequests("POST", u"/clients/check"_s), 1);
        return;
    }
    QTRY_VERIFY_WITH_TIMEOUT(hint->isVisible(), 5000);
    QCOMPARE(hint->text(), u"Kaspi: Иван И."_s);
    QCOMPARE(m_f->server()->loggedRequests("POST", u"/clients/check"_s), 1);

    // Sent: until Kaspi names the payer (at payment), the detail shows the name the check gave — not "—".
    const qint64 before = m_f->server()->lastInvoiceId();
    m_f->driver().key(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(m_f->server()->lastInvoiceId() > before, 8000);
    const qint64 id = m_f->server()->lastInvoiceId();
    QVERIFY(m_f->openInvoiceInList(id) >= 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_f->invoiceDetailValue(u"Customer:"_s), u"Иван И. (Kaspi check)"_s, 5000);
    QCOMPARE(m_f->server()->loggedRequests("POST", u"/clients/check"_s), 1); // the detail asked nothing
}

void TestJourneyCounterCheck::clientCheck_noKaspi_warnsAndStillSends()
{
    const qint64 before = m_f->server()->lastInvoiceId();
    QVERIFY(typeAtCounter(u"5000"_s, u"87770000002"_s));
    QLabel* hint = kaspiHint(*m_f);
    QVERIFY(hint);
    if (isV20()) {
        QTRY_VERIFY_WITH_TIMEOUT(kaspiCheckUnsupported(hint), 5000); // the 404 is in
        QVERIFY(!hint->isVisible());
    } else {
        QTRY_VERIFY_WITH_TIMEOUT(hint->isVisible(), 5000);
        QCOMPARE(hint->text(), kNoKaspi);
    }
    // A warning, not a stop: Enter sends the invoice to that number.
    m_f->driver().key(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(m_f->server()->lastInvoiceId() > before, 8000);
    const auto* created = m_f->server()->store().invoice(m_f->server()->lastInvoiceId());
    QVERIFY(created);
    QCOMPARE(created->phone, u"87770000002"_s);
    QCOMPARE(m_f->server()->loggedRequests("POST", u"/clients/check"_s), 1);

    // Kaspi refuses it; the cashier is told why in the app's own words (v2.1: the invoice's reason code, read from
    // the invoice because the status check carries only the server's text; v2.0 has no codes: the server's text).
    auto* notifier = m_f->window()->findChild<PaymentNotifier*>();
    QVERIFY(notifier);
    const qint64 id = created->id;
    const QString why = isV20() ? u"Client not found in Kaspi"_s : u"This phone number has no Kaspi account."_s;
    QTRY_COMPARE_WITH_TIMEOUT(
        notifier->lastMessage(), u"Invoice %1 could not be delivered to Kaspi: %2"_s.arg(id).arg(why), 8000);

    // The cashier corrects the number without typing the sale again: Enter on "Edit and send again" (it has the
    // focus) gives the form back with the number selected; the right number and Enter send a new invoice for the
    // same amount under a new order id.
    JourneyDriver& d = m_f->driver();
    QVERIFY2(d.waitFor(u"Edit and send again"_s), qPrintable(d.lastError()));
    QTRY_COMPARE(JourneyDriver::accessibleName(JourneyDriver::focused()), u"Edit and send again"_s);
    d.key(Qt::Key_Return);
    QTRY_COMPARE(JourneyDriver::accessibleName(JourneyDriver::focused()), u"Phone:"_s);
    d.type(u"87770000001"_s); // replaces the selected wrong number
    d.key(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(m_f->server()->lastInvoiceId() > id, 8000);
    const auto* corrected = m_f->server()->store().invoice(m_f->server()->lastInvoiceId());
    QVERIFY(corrected);
    QCOMPARE(corrected->phone, u"87770000001"_s);
    QCOMPARE(corrected->amount, Money::fromTenge(5000));
    QVERIFY(corrected->externalOrderId != m_f->server()->store().invoice(id)->externalOrderId);
}

void TestJourneyCounterCheck::clientCheck_rateLimited_saysNotChecked()
{
    if (!isV20()) {
        // The server's own per-cashier limit: a 429 with a one-second wait.
        m_f->server()->failNext("POST", u"/clients/check"_s, 429, R"({"message":"Too Many Requests","retry_after":1})");
    }
    QVERIFY(typeAtCounter(u"5000"_s, u"87010000077"_s));
    QLabel* hint = kaspiHint(*m_f);
    QVERIFY(hint);
    if (isV20()) {
        QTRY_VERIFY_WITH_TIMEOUT(kaspiCheckUnsupported(hint), 5000); // the 404 is in
        QVERIFY(!hint->isVisible());
        return;
    }
    QTRY_VERIFY_WITH_TIMEOUT(hint->isVisible(), 5000);
    QCOMPARE(hint->text(), kNotChecked);
    QCOMPARE(m_f->server()->loggedRequests("POST", u"/clients/check"_s), 1); // the 429 is not re-sent
}

void TestJourneyCounterCheck::receipt_pendingThenReady_copiedLinkIsTheServersShareLink()
{
    JourneyDriver& d = m_f->driver();
    const qint64 id = paidInvoice(*m_f);
    QVERIFY2(id > 0, "the demo data has no paid invoice");
    QVERIFY(m_f->openInvoiceInList(id) >= 0);
    QWidget* pane = m_f->window()->page(PageId::Invoices)->findChild<QWidget*>(u"invoiceDetailPane"_s);
    QVERIFY(pane);
    auto* copy = pane->findChild<QPushButton*>(u"copyReceiptLinkButton"_s);
    auto* open = pane->findChild<QPushButton*>(u"openReceiptButton"_s);
    QVERIFY(copy && open);
    QTRY_VERIFY_WITH_TIMEOUT(m_f->server()->loggedRequests("GET", u"/invoices/*/receipt"_s) > 0, 5000);
    if (isV20()) {
        // The 404 is in: the app knows the server has no receipts.
        QTRY_VERIFY_WITH_TIMEOUT(ReceiptFetcher::serverHasReceipts(m_f->context()->api()) == false, 5000);
        QVERIFY(!copy->isVisible());
        QVERIFY(!open->isVisible());
        return;
    }
    QTRY_VERIFY_WITH_TIMEOUT(copy->isVisible(), 5000);
    QVERIFY(open->isVisible());
    QGuiApplication::clipboard()->clear();
    JCLICK(d, u"Copy receipt link"_s);
    // The first answer was 202 pending: the link comes after poll_after.
    QTRY_VERIFY_WITH_TIMEOUT(d.find(u"The receipt link is on the clipboard."_s), 10'000);
    const QString copied = QGuiApplication::clipboard()->text();
    const QJsonObject receipt = serverReceipt(*m_f, id);
    QCOMPARE(receipt.value(u"status"_s).toString(), u"ready"_s);
    QCOMPARE(copied, receipt.value(u"share_link"_s).toString());
    QVERIFY(copied.contains(u"sandbox=1"_s));
}

void TestJourneyCounterCheck::completion_recentAmountsAndPhones_enterStillSends()
{
    JourneyDriver& d = m_f->driver();
    HistoryStore* history = m_f->context()->history();
    QVERIFY(history);
    // The shop's recent history: 7 350 ₸ three times, Ivan's phone with his name.
    QList<Invoice> recent;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 3; ++i) {
        Invoice invoice;
        invoice.id = 990'001 + i;
        invoice.status = InvoiceStatus(u"paid"_s);
        invoice.amount = Money::fromTenge(7350);
        invoice.phone = u"87770000001"_s;
        invoice.clientName = u"Иван И."_s;
        invoice.createdAt = now.addSecs(60 + i); // the newest of the history
        invoice.paidAt = invoice.createdAt;
        recent.append(invoice);
    }
    Invoice larger = recent.first(); // and once 73 500 ₸, a little earlier
    larger.id = 990'010;
    larger.amount = Money::fromTenge(73'500);
    larger.createdAt = now.addSecs(30);
    larger.paidAt = larger.createdAt;
    recent.append(larger);
    QVERIFY(history->upsertInvoices(recent).ok());

    const qint64 before = m_f->server()->lastInvoiceId();
    d.key(Qt::Key_N, Qt::ControlModifier);
    QTRY_COMPARE(JourneyDriver::accessibleName(JourneyDriver::focused()), u"Amount, ₸:"_s);
    auto* amount = qobject_cast<QLineEdit*>(JourneyDriver::focused());
    QVERIFY(amount && amount->completer());
    d.type(u"73"_s);
    QAbstractItemView* amountPopup = amount->completer()->popup();
    QTRY_VERIFY(amountPopup->isVisible());
    QCOMPARE(amountPopup->model()->index(0, 0).data().toString(),
        m_f->context()->displayFormat().money(Money::fromTenge(7350)));
    // The offers hang under the right end of the amount, where it is typed: the phone field below stays in view
    // and a click on it reaches it, not an offer.
    auto* phoneField = amount->parentWidget()->findChild<QLineEdit*>(u"phoneLineEdit"_s);
    QVERIFY(phoneField);
    QTRY_VERIFY2(amountPopup->width() < amount->width() / 2, "the amount offers take the whole width of the field");
    const QPoint phoneStart = phoneField->mapToGlobal(QPoint(phoneField->width() / 3, phoneField->height() / 2));
    QVERIFY2(!QRect(amountPopup->mapToGlobal(QPoint(0, 0)), amountPopup->size()).contains(phoneStart),
        "the amount offers cover the phone field");
    // Down + Enter takes the offer (and does not send). While the popup is open the keyboard goes to it.
    QTest::keyClick(amountPopup, Qt::Key_Down);
    QTest::keyClick(amountPopup, Qt::Key_Return);
    auto* money = qobject_cast<MoneyLineEdit*>(amount);
    QVERIFY(money);
    QTRY_COMPARE(money->value(), std::optional(Money::fromTenge(7350)));
    QCOMPARE(m_f->server()->lastInvoiceId(), before);

    // 7350 typed in full: 7 350 ₸ and 73 500 ₸ still fit it and are offered; Enter without choosing an offer takes
    // none of them and goes to the form as typed (here it has no phone yet: nothing is sent).
    amount->selectAll();
    d.type(u"7350"_s);
    QTRY_VERIFY(amountPopup->isVisible());
    QCOMPARE(amountPopup->model()->rowCount(), 2);
    QTest::keyClick(amountPopup, Qt::Key_Return);
    QTRY_VERIFY(!amountPopup->isVisible());
    QCOMPARE(money->value(), std::optional(Money::fromTenge(7350)));
    QCOMPARE(m_f->server()->lastInvoiceId(), before);

    // The form points at what is missing: the phone has the cursor.
    QTRY_COMPARE(JourneyDriver::accessibleName(JourneyDriver::focused()), u"Phone:"_s);
    auto* phone = qobject_cast<QLineEdit*>(JourneyDriver::focused());
    QVERIFY(phone && phone->completer());
    d.type(u"+7 777"_s);
    QAbstractItemView* phonePopup = phone->completer()->popup();
    QTRY_VERIFY(phonePopup->isVisible());
    QVERIFY2(phonePopup->model()->index(0, 0).data().toString().contains(u"Иван И."_s),
        qPrintable(phonePopup->model()->index(0, 0).data().toString()));
    phone->clear();
    d.type(u"87770000001"_s);
    // The only offer left is the number as typed: no popup repeats it over the form (it would take the next click).
    QVERIFY(test::queuedEventsDelivered());
    QVERIFY(!phonePopup->isVisible());
    d.key(Qt::Key_Return); // Enter in the field sends the form as typed
    QTRY_VERIFY_WITH_TIMEOUT(m_f->server()->lastInvoiceId() > before, 8000);
    const auto* created = m_f->server()->store().invoice(m_f->server()->lastInvoiceId());
    QVERIFY(created);
    QCOMPARE(created->amount, Money::fromTenge(7350));
    QCOMPARE(created->phone, u"87770000001"_s);
}

QTEST_MAIN(TestJourneyCounterCheck)
#include "tst_journey_countercheck.moc"
