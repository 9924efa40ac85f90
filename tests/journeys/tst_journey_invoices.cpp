// Journeys on the invoices and refunds pages, on the real main window, in the v2.0 and the v2.1 profile:
// J3 a partial refund then the rest by items; J4 cancelling a pending invoice (v2.1: cancelling, then cancelled);
// J5 the refund history filtered by period and status, its totals, and its CSV export read back.
#include "journeydriver.h"
#include "journeyfixture.h"
#include "journeyscreen.h"
#include "watch/invoicewatcher.h"

#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstore.h"
#include "session/session.h"
#include "shell/mainwindow.h"
#include "shell/page.h"
#include "testsupport.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QSet>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace apipay;
using apipay::test::JourneyDriver;
using apipay::test::JourneyFixture;
using PageId = MainWindow::PageId;

namespace {

QWidget* detailPane(JourneyFixture& f)
{
    return f.window()->page(PageId::Invoices)->findChild<QWidget*>(u"invoiceDetailPane"_s);
}

// A paid demo invoice with at least two lines of catalog items, no discount and no refunds yet.
const sandbox::SandboxInvoice* paidInvoiceWithItems(sandbox::SandboxServer* server)
{
    const auto& invoices = server->store().invoices();
    for (auto it = invoices.rbegin(); it != invoices.rend(); ++it) {
        bool allInCatalog = it->items.size() >= 2;
        for (const auto& item : it->items) {
            allInCatalog = allInCatalog && item.catalogItemId != 0 && item.returnedCount == 0;
        }
        if (it->status == u"paid" && allInCatalog && it->discountPercent == 0 && it->refundedCompleted.isZero()
            && it->refundedPending.isZero()) {
            return &*it;
        }
    }
    return nullptr;
}

int refundsCompleted(sandbox::SandboxServer* server, qint64 invoiceId)
{
    int n = 0;
    const QList<const sandbox::SandboxRefund*> refunds = server->store().refundsOf(invoiceId);
    for (const sandbox::SandboxRefund* refund : refunds) {
        n += refund->status == u"completed" ? 1 : 0;
    }
    return n;
}

} // namespace

class TestJourneyInvoices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }
    void init() { JOURNEY_START(m_f); }
    void cleanup() { m_f.reset(); }

    void j3_partialRefundThenTheRestByItems_rowDetailAndHistoryAgree_data() { JourneyFixture::addProfileRows(); }
    void j3_partialRefundThenTheRestByItems_rowDetailAndHistoryAgree();
    void j4_cancelPendingInvoice_data() { JourneyFixture::addProfileRows(); }
    void j4_cancelPendingInvoice();
    void j5_refundHistory_filteredTotalsAndCsvReadBack_data() { JourneyFixture::addProfileRows(); }
    void j5_refundHistory_filteredTotalsAndCsvReadBack();

private:
    std::unique_ptr<JourneyFixture> m_f;
};

void TestJourneyInvoices::j3_partialRefundThenTheRestByItems_rowDetailAndHistoryAgree()
{
    JourneyDriver& d = m_f->driver();
    const sandbox::SandboxInvoice* invoice = paidInvoiceWithItems(m_f->server());
    QVERIFY2(invoice, "the demo data has no paid invoice with items to refund");
    const qint64 id = invoice->id;
    const Money total = invoice->amount;
    const sandbox::SandboxInvoiceItem last = invoice->items.last();
    const Money lastLine = Money::fromTiyn(last.price.tiyn() * last.count);
    const auto money = [this](const Money& m) { return m_f->context()->displayFormat().money(m); };

    QVERIFY(m_f->openInvoiceInList(id) >= 0);
    QTRY_COMPARE(m_f->invoiceDetailValue(u"Status:"_s), u"Paid"_s);
    QCOMPARE(m_f->invoiceListCell(id, u"Status"_s), u"Paid"_s);
    QTRY_VERIFY(d.find(u"No refunds."_s));
    // The status check tells when the invoice last changed (the invoice's own answer has no such time).
    InvoiceStatusUpdate checked;
    checked.id = id;
    checked.status = InvoiceStatus(u"paid"_s);
    checked.amount = total;
    checked.updatedAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
    Q_EMIT m_f->context()->watcher()->statusesChanged({ checked });
    const QString updated = m_f->context()->displayFormat().dateTime(checked.updatedAt);
    QTRY_COMPARE(m_f->invoiceDetailValue(u"Updated:"_s), updated);
    // Read again (F5) while nothing changed, the detail keeps that time: GET /invoices/{id} has none (it read "—").
    const int detailReads = m_f->server()->loggedRequests("GET", u"/invoices/%1"_s.arg(id));
    d.key(Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(m_f->server()->loggedRequests("GET", u"/invoices/%1"_s.arg(id)) > detailReads, 5000);
    QVERIFY(!QTest::qWaitFor([&] { return m_f->invoiceDetailValue(u"Updated:"_s) != updated; }, 1000));

    // 1. A partial refund of the amount of the last line.
    JCLICK(d, u"Refund…"_s);
    JCLICK(d, u"Partial refund of an amount"_s);
    JTYPE(d, u"Amount, ₸:"_s, u"%1,%2"_s.arg(lastLine.tiyn() / 100).arg(lastLine.tiyn() % 100, 2, 10, QChar(u'0')));
    JTYPE(d, u"Reason (optional):"_s, u"Returned one line"_s);
    JCLICK(d, u"Send refund"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!d.find(u"Send refund"_s), 5000); // the dialog closed
    // The refund completes at the service a moment later (v2.1 reports the new totals only then); F5 shows it.
    QTRY_VERIFY_WITH_TIMEOUT(refundsCompleted(m_f->server(), id) == 1, 5000);
    d.key(Qt::Key_F5);
    QTRY_VERIFY2(d.find(u"Invoice %1"_s.arg(id)), "after F5 the detail pane shows another invoice");
    QTRY_COMPARE_WITH_TIMEOUT(m_f->invoiceListCell(id, u"Status"_s), u"Partially refunded"_s, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(m_f->invoiceDetailValue(u"Status:"_s), u"Partially refunded"_s, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(m_f->invoiceDetailValue(u"Refunded:"_s), money(lastLine), 5000);
    QTRY_COMPARE(m_f->invoiceDetailValue(u"Available for refund:"_s), money(total - lastLine));

    // 2. The rest by items: every other line, all of its count.
    JCLICK(d, u"Refund…"_s);
    JCLICK(d, u"Return items"_s);
    auto* items = d.find<QTableWidget>(u"Items to return"_s);
    QVERIFY2(items, qPrintable(d.lastError()));
    for (int row = 0; row + 1 < items->rowCount(); ++row) {
        auto* spin = qobject_cast<QSpinBox*>(items->cellWidget(row, items->columnCount() - 1));
        QVERIFY(spin && spin->isEnabled());
        QCOMPARE(spin->maximum(), int(invoice->items.at(row).count)); // nothing of it returned yet
        QVERIFY2(d.fill(spin, QString::number(spin->maximum())), qPrintable(d.lastError()));
        QCOMPARE(spin->value(), int(invoice->items.at(row).count));
    }
    JCLICK(d, u"Send refund"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!d.find(u"Send refund"_s), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(refundsCompleted(m_f->server(), id) == 2, 5000);
    d.key(Qt::Key_F5);
    QTRY_VERIFY2(d.find(u"Invoice %1"_s.arg(id)), "after F5 the detail pane shows another invoice");
    QTRY_COMPARE_WITH_TIMEOUT(m_f->invoiceListCell(id, u"Status"_s), u"Refunded"_s, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(m_f->invoiceDetailValue(u"Status:"_s), u"Refunded"_s, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(m_f->invoiceDetailValue(u"Refunded:"_s), money(total), 5000);
    QTRY_COMPARE(m_f->invoiceDetailValue(u"Available for refund:"_s), money(Money()));
    QVERIFY2(!d.isEnabled(u"Refund…"_s), "Refund stays enabled on a fully refunded invoice");
    auto* refunds = detailPane(*m_f)->findChild<QTableWidget*>(u"invoiceRefundsTableWidget"_s);
    QVERIFY(refunds && refunds->isVisible());
    QTRY_COMPARE(refunds->rowCount(), 2);

    // The refund history (Ctrl+5) for this invoice: two refunds, completed, summing to the invoice.
    d.key(Qt::Key_5, Qt::ControlModifier);
    JTYPE(d, u"Invoice ID"_s, QString::number(id));
    JCLICK(d, u"Apply the filters"_s);
    auto* history = d.waitFor<QAbstractItemView>(u"Refunds"_s);
    QVERIFY2(history, qPrintable(d.lastError()));
    QTRY_COMPARE_WITH_TIMEOUT(history->model()->rowCount(), 2, 5000);
    // The rows loaded so far ("Shown: …") while the first sync still reads the refunds, the whole filter from the
    // history once it has them all (the refunds are read between the invoices, so either may be on screen).
    const auto twoRefundsTotalled = [&] {
        return d.find(u"Shown: 2 refunds, total %1"_s.arg(money(total)), JourneyDriver::Match::Contains)
            || d.find(u"2 refunds in this filter, total %1"_s.arg(money(total)), JourneyDriver::Match::Contains);
    };
    QTRY_VERIFY2_WITH_TIMEOUT(twoRefundsTotalled(), qPrintable(d.lastError()), 8000);
    QTRY_VERIFY2_WITH_TIMEOUT(d.find(u"Completed: 2 (%1)"_s.arg(money(total)), JourneyDriver::Match::Contains),
        qPrintable(d.lastError()), 8000);
    QCOMPARE(m_f->server()->store().refundsOf(id).size(), 2);
}

void TestJourneyInvoices::j4_cancelPendingInvoice()
{
    JourneyDriver& d = m_f->driver();
    const bool async = m_f->profile() == sandbox::Profile::V21;
    m_f->server()->setAsyncCancel(async);
    if (async) {
        m_f->server()->setProcessingDelay(1500); // long enough to see "Cancelling"
    }
    const qint64 id = m_f->createAtCounter(u"4500"_s, u"87015556677"_s);
    QVERIFY(id > 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_f->server()->invoiceStatus(id), std::optional<QString>(u"pending"_s), 5000);

    QVERIFY(m_f->openInvoiceInList(id) >= 0);
    QTRY_COMPARE(m_f->invoiceDetailValue(u"Status:"_s), u"Waiting for payment"_s);
    QVERIFY(!d.isEnabled(u"Refund…"_s));
    JCLICK(d, u"Cancel invoice…"_s);
    QVERIFY2(d.waitFor(u"Cancel invoice %1 for %2? The customer will no longer be able to pay it."_s.arg(id).arg(
                 m_f->context()->displayFormat().money(Money::fromTiyn(4500'00)))),
        qPrintable(d.lastError()));
    JCLICK(d, u"Cancel invoice"_s);
    if (async) {
        QTRY_COMPARE_WITH_TIMEOUT(m_f->invoiceListCell(id, u"Status"_s), u"Cancelling"_s, 3000);
        QTRY_COMPARE_WITH_TIMEOUT(m_f->invoiceDetailValue(u"Status:"_s), u"Cancelling"_s, 3000);
        QVERIFY(!d.isEnabled(u"Cancel invoice…"_s));
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_f->invoiceListCell(id, u"Status"_s), u"Cancelled"_s, 8000);
    QTRY_COMPARE_WITH_TIMEOUT(m_f->invoiceDetailValue(u"Status:"_s), u"Cancelled"_s, 8000);
    QCOMPARE(m_f->server()->invoiceStatus(id), std::optional<QString>(u"cancelled"_s));
    QVERIFY(!d.isEnabled(u"Cancel invoice…"_s));
    QVERIFY(!d.isEnabled(u"Simulate payment"_s));
    // The counter follows too.
    d.key(Qt::Key_N, Qt::ControlModifier);
    QVERIFY2(d.waitFor(u"The invoice was cancelled."_s, 5000), qPrintable(d.lastError()));
}

void TestJourneyInvoices::j5_refundHistory_filteredTotalsAndCsvReadBack()
{
    JourneyDriver& d = m_f->driver();
    const auto& refunds = m_f->server()->store().refunds();
    QVERIFY(!refunds.empty());
    const QTimeZone almaty("Asia/Almaty");
    const QDate today = m_f->server()->now().toTimeZone(almaty).date();

    d.key(Qt::Key_5, Qt::ControlModifier);
    auto* history = d.waitFor<QAbstractItemView>(u"Refunds"_s);
    QVERIFY2(history, qPrintable(d.lastError()));
    QTRY_VERIFY_WITH_TIMEOUT(history->model()->rowCount() > 0, 5000);
    JCLICK(d, u"Filter from a date"_s);
    auto* fromEdit = d.find<QDateEdit>(u"From date"_s);
    QVERIFY2(fromEdit && fromEdit->isEnabled(), qPrintable(d.lastError()));
    // The person moves the proposed date one step back with the arrow key; the expectation follows what is shown.
    QVERIFY2(d.fill(fromEdit, QString(), false), qPrintable(d.lastError()));
    const QDate proposed = fromEdit->date();
    d.key(Qt::Key_Down);
    QVERIFY(fromEdit->date() < proposed);
    const QDate from = fromEdit->date();
    // What the filter must show: completed refunds created from that Almaty day on.
    int expectedCount = 0;
    Money expectedTotal;
    for (const auto& refund : refunds) {
        const QDate day = refund.createdAt.toTimeZone(almaty).date();
        if (refund.status == u"completed" && day >= from && day <= today) {
            ++expectedCount;
            expectedTotal = expectedTotal + refund.amount;
        }
    }
    QVERIFY2(expectedCount > 0, "the demo data has no completed refund in that period");
    // Only completed refunds: every other status box unticked.
    const QList<QCheckBox*> boxes = m_f->window()->page(PageId::Refunds)->findChildren<QCheckBox*>();
    for (QCheckBox* box : boxes) {
        const QString name = JourneyDriver::accessibleName(box);
        if (!name.startsWith(u"Show refunds with status "_s)) {
            continue;
        }
        const bool wanted = name == u"Show refunds with status Completed"_s;
        if (box->isChecked() != wanted) {
            QVERIFY(d.clickWidget(box));
        }
        QCOMPARE(box->isChecked(), wanted);
    }
    JCLICK(d, u"Apply the filters"_s);
    const auto money = [this](const Money& m) { return m_f->context()->displayFormat().money(m); };
    const QString totals = u"Shown: %1 %3, total %2 — Completed: %1 (%2)"_s.arg(expectedCount)
                               .arg(money(expectedTotal), expectedCount == 1 ? u"refund"_s : u"refunds"_s);
    QVERIFY2(d.waitFor(totals, 8000, JourneyDriver::Match::Contains), qPrintable(d.lastError()));
    QCOMPARE(history->model()->rowCount(), expectedCount);
    const int statusColumn = test::columnOf(history, u"Status"_s);
    QVERIFY(statusColumn >= 0);
    for (int row = 0; row < history->model()->rowCount(); ++row) {
        QCOMPARE(test::cellText(history, row, statusColumn), u"Completed"_s);
    }

    // Export the filtered history and read it back: one line per row on screen, same ids and amounts.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"refunds.csv"_s);
    JCLICK(d, u"Export the refunds of the current filter to a CSV file"_s);
    QVERIFY2(d.answerFileDialog(path), qPrintable(d.lastError()));
    QTRY_VERIFY_WITH_TIMEOUT(
        QFile::exists(path) && d.isEnabled(u"Export the refunds of the current filter to a CSV file"_s), 8000);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.startsWith("\xEF\xBB\xBF")); // Excel reads it as UTF-8
    QStringList lines = QString::fromUtf8(content.mid(3)).split(u'\n', Qt::SkipEmptyParts);
    for (QString& line : lines) {
        line = line.trimmed();
    }
    QCOMPARE(lines.size(), expectedCount + 1); // header + one line per row on screen
    const QStringList header = lines.takeFirst().split(u',');
    const int idField = int(header.indexOf(u"id"_s));
    const int amountField = int(header.indexOf(u"amount"_s));
    const int statusField = int(header.indexOf(u"status"_s));
    QVERIFY2(idField >= 0 && amountField >= 0 && statusField >= 0, qPrintable(header.join(u',')));
    QSet<QString> onScreen;
    for (int row = 0; row < history->model()->rowCount(); ++row) {
        onScreen.insert(test::cellText(history, row, 0));
    }
    QSet<QString> inFile;
    Money csvTotal;
    for (const QString& line : std::as_const(lines)) {
        const QStringList fields = line.split(u',');
        QVERIFY2(fields.size() > qMax(idField, qMax(amountField, statusField)), qPrintable(line));
        inFile.insert(fields.at(idField));
        QCOMPARE(fields.at(statusField), u"completed"_s);
        const sandbox::SandboxRefund* stored = m_f->server()->store().refund(fields.at(idField).toLongLong());
        QVERIFY2(stored, qPrintable(line));
        QCOMPARE(fields.at(amountField), stored->amount.toPlainString());
        csvTotal = csvTotal + stored->amount;
    }
    QCOMPARE(inFile, onScreen);
    QCOMPARE(csvTotal, expectedTotal);
}

QTEST_MAIN(TestJourneyInvoices)
#include "tst_journey_invoices.moc"
