// The internal note and the server's shift totals on the real main window, in the v2.0 and the v2.1 profile:
// a note typed in the invoice detail is stored on the server and found at once by the invoices page's search over the
// history on this computer; a note typed on the counter goes out with the invoice; the overview shows the server's
// figures for today, equal to the sandbox's own, and says why they differ when the sandbox has a payment the history
// has not synced. A v2.0 server shows the one-line reason instead of the note editor and no server figures.
#include "journeyfixture.h"

#include "api/apiclient.h"
#include "format/displayformat.h"
#include "invoices/invoicedetailpane.h"
#include "invoices/invoicespage.h"
#include "overview/overviewpage.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstore.h"
#include "session/session.h"
#include "shell/mainwindow.h"
#include "store/historystore.h"
#include "sync/historysync.h"
#include "testsupport.h"

#include <QAbstractItemView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace apipay;
using apipay::test::JourneyDriver;
using apipay::test::JourneyFixture;
using PageId = MainWindow::PageId;

namespace {

const QString kReason = u"This server (API v2.0) cannot store notes."_s;

// The invoices paid today (Almaty) in the sandbox itself: paid, partially refunded or refunded, by payment time.
std::pair<qint64, Money> sandboxPaidToday(sandbox::SandboxServer& server)
{
    const QDate today = DisplayFormat::almatyDate(QDateTime::currentDateTimeUtc());
    qint64 count = 0;
    Money sum;
    for (const sandbox::SandboxInvoice& invoice : server.store().invoices()) {
        if ((invoice.status == u"paid"_s || invoice.status == u"partially_refunded"_s
                || invoice.status == u"refunded"_s)
            && invoice.paidAt.isValid() && DisplayFormat::almatyDate(invoice.paidAt) == today) {
            ++count;
            sum += invoice.amount;
        }
    }
    return { count, sum };
}

} // namespace

class TestJourneyNotes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }
    void init() { JOURNEY_START(m_f); }
    void cleanup() { m_f.reset(); }

    void j_noteEditedInDetail_foundBySearchInLocalHistory_data() { JourneyFixture::addProfileRows(); }
    void j_noteEditedInDetail_foundBySearchInLocalHistory();
    void j_noteOnCreate_sentWithTheInvoice_data() { JourneyFixture::addProfileRows(); }
    void j_noteOnCreate_sentWithTheInvoice();
    void j_overviewServerFigures_equalSandbox_thenDifferWithAnUnsyncedPayment_data()
    {
        JourneyFixture::addProfileRows();
    }
    void j_overviewServerFigures_equalSandbox_thenDifferWithAnUnsyncedPayment();

private:
    bool waitForFirstSync()
    {
        HistorySync* sync = m_f->context()->historySync();
        if (!sync) {
            return false;
        }
        // The sync's pause between two requests (kind to a shared budget) is left out here: the demo shop's half
        // year of history is read in seconds.
        sync->stop();
        HistorySync::Timing timing = sync->timing();
        timing.minIntervalMs = 0;
        sync->setTiming(timing);
        sync->start();
        return QTest::qWaitFor([sync] { return sync->isFirstSyncDone() && sync->isIdle(); }, 60'000);
    }
    // With APIPAY_SCREENSHOT_DIR set, a picture of the window for a person to look at.
    void picture(const QString& name)
    {
        const QString dir = qEnvironmentVariable("APIPAY_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            const QString profile = m_f->profile() == sandbox::Profile::V21 ? u"v21"_s : u"v20"_s;
            m_f->window()->grab().save(u"%1/journey-%2-%3.png"_s.arg(dir, name, profile));
        }
    }
    std::unique_ptr<JourneyFixture> m_f;
};

void TestJourneyNotes::j_noteEditedInDetail_foundBySearchInLocalHistory()
{
    const bool v21 = m_f->profile() == sandbox::Profile::V21;
    const qint64 id = m_f->createAtCounter(u"5000"_s, u"87001234567"_s);
    QVERIFY(id > 0);
    QVERIFY(waitForFirstSync());
    QVERIFY(m_f->openInvoiceInList(id) >= 0);
    auto* page = qobject_cast<InvoicesPage*>(m_f->window()->page(PageId::Invoices));
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(page->detailPane()->detailLoaded() && page->detailPane()->invoiceId() == id, 10'000);

    if (!v21) {
        QLabel* reason = m_f->driver().waitFor<QLabel>(kReason);
        QVERIFY2(reason && reason->isVisible(), qPrintable(JourneyDriver::describeScreen()));
        QVERIFY(!m_f->driver().find(u"Edit note"_s));
        picture(u"note-detail"_s);
        return;
    }
    QVERIFY(!m_f->driver().find(kReason));
    QVERIFY2(m_f->driver().click(u"Edit note"_s), qPrintable(m_f->driver().lastError()));
    auto* edit = qobject_cast<QLineEdit*>(JourneyDriver::focused());
    QVERIFY2(edit && edit->objectName() == u"invoiceNoteLineEdit"_s, "Edit note did not put the cursor in the note");
    JourneyDriver::typeOn(edit, u"Aigul pickup at six"_s);
    picture(u"note-editing"_s);
    QCOMPARE(page->detailPane()->findChild<QLabel*>(u"invoiceNoteCounterLabel"_s)->text(), u"19/255"_s);
    m_f->driver().key(Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(m_f->server()->store().invoice(id)->internalComment, u"Aigul pickup at six"_s, 10'000);
    QLabel* message = m_f->driver().waitFor<QLabel>(u"Note saved."_s);
    QVERIFY(message);
    QVERIFY(JourneyDriver::screenText().contains(u"Aigul pickup at six"_s)); // the detail shows the new note
    picture(u"note-detail"_s);

    // The invoices page's search over the history on this computer finds it by a word of the note.
    QVERIFY(page->readsFromHistory());
    m_f->driver().key(Qt::Key_F, Qt::ControlModifier);
    auto* search = qobject_cast<QLineEdit*>(JourneyDriver::focused());
    QVERIFY(search);
    search->clear();
    m_f->driver().type(u"pickup"_s);
    QAbstractItemView* view = m_f->driver().find<QAbstractItemView>(u"Invoices"_s);
    QVERIFY(view);
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 1, 5000);
    QTRY_VERIFY(JourneyDriver::rowText(view, 0).contains(QString::number(id)));
}

void TestJourneyNotes::j_noteOnCreate_sentWithTheInvoice()
{
    const bool v21 = m_f->profile() == sandbox::Profile::V21;
    const qint64 before = m_f->server()->lastInvoiceId();
    m_f->driver().key(Qt::Key_N, Qt::ControlModifier);
    QTRY_COMPARE(JourneyDriver::accessibleName(JourneyDriver::focused()), u"Amount, ₸:"_s);
    m_f->driver().type(u"2500"_s);
    m_f->driver().key(Qt::Key_Tab);
    m_f->driver().type(u"87001234567"_s);
    QVERIFY2(m_f->driver().typeInto(u"Note (only for you):"_s, u"regular, pays on Friday"_s),
        qPrintable(m_f->driver().lastError()));
    m_f->driver().key(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(m_f->server()->lastInvoiceId() > before, 8000);
    const sandbox::SandboxInvoice* created = m_f->server()->store().invoice(m_f->server()->lastInvoiceId());
    QVERIFY(created);
    QCOMPARE(created->amount, Money::fromTenge(2500));
    // A v2.0 server has no notes: the invoice is made without it.
    QCOMPARE(created->internalComment, v21 ? u"regular, pays on Friday"_s : QString());
    QTRY_VERIFY(m_f->driver().find(u"Next customer"_s));
    m_f->driver().click(u"Next customer"_s);
    QTRY_VERIFY(m_f->driver().find<QLineEdit>(u"Note (only for you):"_s)->text().isEmpty());
}

void TestJourneyNotes::j_overviewServerFigures_equalSandbox_thenDifferWithAnUnsyncedPayment()
{
    const bool v21 = m_f->profile() == sandbox::Profile::V21;
    Session* session = m_f->context();
    QVERIFY(waitForFirstSync());
    m_f->driver().key(Qt::Key_1, Qt::ControlModifier);
    auto* page = qobject_cast<OverviewPage*>(m_f->window()->page(PageId::Overview));
    QVERIFY(page);
    QCOMPARE(m_f->window()->currentPage(), page);
    QTRY_VERIFY_WITH_TIMEOUT(!page->model()->isPending() && !page->showsEmptyState(), 10'000);
    const DisplayFormat format = session->displayFormat();

    if (!v21) {
        QTRY_COMPARE_WITH_TIMEOUT(
            page->serverTotals()->today().state, overview::ServerToday::State::Unsupported, 10'000);
        QVERIFY(!page->serverFiguresLabel()->isVisible());
        QVERIFY(!page->serverDiffersLabel()->isVisible());
        picture(u"overview-server"_s);
        return;
    }
    auto [count, sum] = sandboxPaidToday(*m_f->server());
    const QString expected = OverviewPage::tr("Server: %n paid · %1", nullptr, int(count)).arg(format.money(sum));
    QTRY_VERIFY_WITH_TIMEOUT(page->serverFiguresLabel()->text().startsWith(expected + u" ("_s), 10'000);
    QVERIFY(page->serverFiguresLabel()->isVisible());
    QVERIFY(!page->serverDiffersLabel()->isVisible()); // the history is synced: the same figures

    // A payment the history has not seen: the sync is stopped, the sandbox takes an invoice and its payment.
    session->historySync()->stop();
    std::optional<ApiResult<Invoice>> created;
    InvoiceDraft draft;
    draft.amount = Money::fromTenge(7000);
    draft.phone = u"87001234567"_s;
    QObject context;
    session->api()->createInvoice(draft, &context, [&](const ApiResult<Invoice>& r) { created = r; });
    QTRY_VERIFY_WITH_TIMEOUT(created.has_value(), 8000);
    QVERIFY(created->ok());
    const qint64 id = created->value.id;
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
        m_f->server()->processDueTransitions();
        return m_f->server()->invoiceStatus(id) == std::optional<QString>(u"pending"_s);
    }()),
        8000);
    QString error;
    QVERIFY2(m_f->server()->simulateInvoiceStatus(id, u"paid"_s, &error), qPrintable(error));

    // Opening the overview again within five minutes spends nothing; F5 — the person asking — reads the server's
    // figures again (after a pause of a few seconds since the last reading: F5 is pressed until it is read).
    m_f->driver().key(Qt::Key_2, Qt::ControlModifier);
    m_f->driver().key(Qt::Key_1, Qt::ControlModifier);
    std::tie(count, sum) = sandboxPaidToday(*m_f->server());
    const QString updated = OverviewPage::tr("Server: %n paid · %1", nullptr, int(count)).arg(format.money(sum));
    QVERIFY(!page->serverFiguresLabel()->text().startsWith(updated + u" ("_s));
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
        if (page->serverTotals()->today().state != overview::ServerToday::State::Reading) {
            m_f->driver().key(Qt::Key_F5);
        }
        return page->serverFiguresLabel()->text().startsWith(updated + u" ("_s);
    }()),
        overview::ServerTodayTotals::kPersonMinIntervalMs + 10'000);
    QTRY_VERIFY(page->serverDiffersLabel()->isVisible());
    QCOMPARE(page->serverDiffersLabel()->text(),
        OverviewPage::tr("The server's figures differ from this computer's: payments arrived after the last sync."));
    picture(u"overview-server"_s);
}

QTEST_MAIN(TestJourneyNotes)
#include "tst_journey_notes.moc"
