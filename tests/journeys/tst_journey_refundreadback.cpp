// After a refund the list row, the detail pane and the history on this computer agree at once, without F5: a partial
// refund of an amount, then the rest, in the v2.0 and the v2.1 profile (v2.1 counts a refund when it completes).
#include "journeydriver.h"
#include "journeyfixture.h"
#include "journeyscreen.h"

#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstore.h"
#include "session/session.h"
#include "shell/mainwindow.h"
#include "shell/page.h"
#include "store/historystore.h"
#include "testsupport.h"

#include <QAbstractItemView>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace apipay;
using apipay::test::JourneyDriver;
using apipay::test::JourneyFixture;
using PageId = MainWindow::PageId;

namespace {

// A paid demo invoice of at least 2 000 ₸ without refunds.
const sandbox::SandboxInvoice* paidInvoice(sandbox::SandboxServer* server)
{
    const auto& invoices = server->store().invoices();
    for (auto it = invoices.rbegin(); it != invoices.rend(); ++it) {
        if (it->status == u"paid" && it->amount.tiyn() >= 200'000 && it->refundedCompleted.isZero()
            && it->refundedPending.isZero()) {
            return &*it;
        }
    }
    return nullptr;
}

// The status and refunded total the history on this computer holds for the invoice ("" when it has none).
QString storedState(JourneyFixture& f, qint64 id)
{
    HistoryStore* store = f.context()->history();
    if (!store) {
        return u"no store"_s;
    }
    const StoreResult<std::optional<Invoice>> stored = store->invoice(id);
    if (!stored.ok() || !stored.value()) {
        return {};
    }
    const Invoice& invoice = *stored.value();
    return u"%1 %2"_s.arg(invoice.shownStatus().label(), f.context()->displayFormat().money(invoice.totalRefunded));
}

} // namespace

class TestJourneyRefundReadBack : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }
    void init() { JOURNEY_START(m_f); }
    void cleanup() { m_f.reset(); }

    void refund_partialThenRest_rowDetailAndHistoryAgreeWithoutF5_data() { JourneyFixture::addProfileRows(); }
    void refund_partialThenRest_rowDetailAndHistoryAgreeWithoutF5();

private:
    std::unique_ptr<JourneyFixture> m_f;
};

void TestJourneyRefundReadBack::refund_partialThenRest_rowDetailAndHistoryAgreeWithoutF5()
{
    JourneyDriver& d = m_f->driver();
    const sandbox::SandboxInvoice* invoice = paidInvoice(m_f->server());
    QVERIFY2(invoice, "the demo data has no paid invoice to refund");
    const qint64 id = invoice->id;
    const Money total = invoice->amount;
    const Money part = Money::fromTiyn(100'050); // 1 000.50 ₸
    const auto money = [this](const Money& m) { return m_f->context()->displayFormat().money(m); };

    QVERIFY(m_f->openInvoiceInList(id) >= 0);
    QTRY_COMPARE(m_f->invoiceDetailValue(u"Status:"_s), u"Paid"_s);
    QCOMPARE(m_f->invoiceListCell(id, u"Status"_s), u"Paid"_s);

    // 1. A partial refund of 1 000.50 ₸: no F5 — the row, the detail and the history follow the server by themselves.
    JCLICK(d, u"Refund…"_s);
    JCLICK(d, u"Partial refund of an amount"_s);
    JTYPE(d, u"Amount, ₸:"_s, u"1000,50"_s);
    JCLICK(d, u"Send refund"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!d.find(u"Send refund"_s), 5000); // the dialog closed
    // Never a refunded total that contradicts what is available: while the refund is processed (v2.1) the detail
    // says so beside the total.
    const QString refunded = m_f->invoiceDetailValue(u"Refunded:"_s);
    const QString available = m_f->invoiceDetailValue(u"Available for refund:"_s);
    QVERIFY2(!(refunded == money(Money()) && available == money(total - part)),
        qPrintable(u"contradicting figures: refunded %1, available %2"_s.arg(refunded, available)));
    QTRY_COMPARE_WITH_TIMEOUT(m_f->invoiceListCell(id, u"Status"_s), u"Partially refunded"_s, 8000);
    QTRY_COMPARE_WITH_TIMEOUT(m_f->invoiceDetailValue(u"Status:"_s), u"Partially refunded"_s, 8000);
    QTRY_COMPARE_WITH_TIMEOUT(m_f->invoiceDetailValue(u"Refunded:"_s), money(part), 8000);
    QTRY_COMPARE_WITH_TIMEOUT(m_f->invoiceDetailValue(u"Available for refund:"_s), money(total - part), 8000);
    if (m_f->context()->history()) {
        QTRY_COMPARE_WITH_TIMEOUT(storedState(*m_f, id), u"Partially refunded %1"_s.arg(money(part)), 8000);
    }

    // 2. The rest (a full refund of the remainder): "Refunded" everywhere, nothing left to refund.
    JCLICK(d, u"Refund…"_s);
    JCLICK(d, u"Send refund"_s); // "Full refund of the remaining amount" is the default
    QTRY_VERIFY_WITH_TIMEOUT(!d.find(u"Send refund"_s), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(m_f->invoiceListCell(id, u"Status"_s), u"Refunded"_s, 8000);
    QTRY_COMPARE_WITH_TIMEOUT(m_f->invoiceDetailValue(u"Status:"_s), u"Refunded"_s, 8000);
    QTRY_COMPARE_WITH_TIMEOUT(m_f->invoiceDetailValue(u"Refunded:"_s), money(total), 8000);
    QTRY_COMPARE_WITH_TIMEOUT(m_f->invoiceDetailValue(u"Available for refund:"_s), money(Money()), 8000);
    QVERIFY2(!d.isEnabled(u"Refund…"_s), "Refund stays enabled on a fully refunded invoice");
    if (m_f->context()->history()) {
        QTRY_COMPARE_WITH_TIMEOUT(storedState(*m_f, id), u"Refunded %1"_s.arg(money(total)), 8000);
    }
}

QTEST_MAIN(TestJourneyRefundReadBack)
#include "tst_journey_refundreadback.moc"
