// What the window says while the server fails, against the sandbox with injected faults: the error banner follows the
// newest failure (a 502 after a 500), the status bar's "Updated" time stays at the last answer that was read and
// says that the last request failed, and the overview says the server cannot be reached instead of "loading" forever.
#include "api/apiclient.h"
#include "counter/counterpage.h"
#include "overview/overviewpage.h"
#include "sandbox/sandboxserver.h"
#include "secrets/inmemorysecretstore.h"
#include "session/session.h"
#include "shell/mainwindow.h"
#include "shell/page.h"
#include "shell/sessionstatusbar.h"
#include "testsupport.h"
#include "widgets/emptystatelabel.h"
#include "widgets/messagebanner.h"
#include "widgets/moneylineedit.h"
#include "widgets/phonelineedit.h"

#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace apipay;
using namespace Qt::StringLiterals;
using PageId = MainWindow::PageId;

namespace {

// One list request through the session's client, as a page makes it; returns what its caller was given.
ApiError listOnce(Session& session, QObject* context)
{
    std::optional<ApiError> outcome;
    session.api()->listInvoices(
        InvoiceQuery(), context, [&outcome](const ApiResult<Page<Invoice>>& result) { outcome = result.error; });
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 20'000)) {
        ApiError timedOut;
        timedOut.kind = ApiError::Kind::Cancelled;
        return timedOut;
    }
    return *outcome;
}

// A loopback address where nothing listens.
QUrl deadServer()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    const quint16 port = probe.serverPort();
    probe.close();
    return QUrl(u"http://127.0.0.1:%1/api/v1"_s.arg(port));
}

} // namespace

// The main window in English at 1280×720 on the demo shop (its sandbox in `server`).
struct DemoWindow
{
    Session context { new InMemorySecretStore };
    std::unique_ptr<MainWindow> window; // destroyed before the session it shows
    sandbox::SandboxServer* server = nullptr;

    bool start()
    {
        context.setLanguage(u"en"_s);
        window = std::make_unique<MainWindow>(&context);
        window->resize(1280, 720);
        window->show();
        server = context.startDemo() ? context.demoServer() : nullptr;
        return server != nullptr;
    }
};

class TestErrorFreshness : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { apipay::test::initTestEnvironment(); }
    void init() { QSettings().clear(); }

    void banner_newerFailure_replacesTheOlderText()
    {
        DemoWindow demo;
        QVERIFY(demo.start());
        sandbox::SandboxServer* server = demo.server;

        // The invoice list fails with a 500 and the page puts it in the window's banner.
        server->failNext(QByteArray(), u"*"_s, 500, R"({"message":"Database is down"})", 10'000);
        const ApiError first = listOnce(demo.context, demo.window.get());
        QCOMPARE(first.httpStatus, 500);
        demo.window->reportError(first, [] {});
        QVERIFY(demo.window->errorBanner()->isVisible());
        QVERIFY2(demo.window->errorBanner()->text().contains(u"ApiPay says: Database is down."_s),
            qPrintable(demo.window->errorBanner()->text()));

        // Then the server answers 503 with another text, to a request that reports nowhere itself (the counter's
        // lookup): the banner tells of the 503 now, not of the 500 any more, and keeps its Retry.
        server->clearFaults();
        server->failNext(QByteArray(), u"*"_s, 503, R"({"message":"Maintenance until 18:00"})", 10'000);
        const ApiError second = listOnce(demo.context, demo.window.get());
        QCOMPARE(second.httpStatus, 503);
        QTRY_VERIFY2(demo.window->errorBanner()->text().contains(u"ApiPay says: Maintenance until 18:00."_s),
            qPrintable(demo.window->errorBanner()->text()));
        QVERIFY(!demo.window->errorBanner()->text().contains(u"Database is down"_s));
        QVERIFY(demo.window->errorBanner()->isVisible());
        QVERIFY(demo.window->errorBanner()->retryButton()->isVisible());

        // A banner the person closed is not brought back by the next failure.
        QTest::mouseClick(demo.window->errorBanner()->dismissButton(), Qt::LeftButton);
        QVERIFY(!demo.window->errorBanner()->isVisible());
        listOnce(demo.context, demo.window.get());
        QVERIFY(!demo.window->errorBanner()->isVisible());
        server->clearFaults();
    }

    // The server works again: a banner that only told of the failure goes by itself with the next answer read; one
    // that offers to retry what failed stays until the person answers it.
    void banner_serverBack_goesByItself_unlessItOffersRetry()
    {
        DemoWindow demo;
        QVERIFY(demo.start());
        sandbox::SandboxServer* server = demo.server;

        server->failNext(QByteArray(), u"*"_s, 500, QByteArray(), 10'000);
        const ApiError failed = listOnce(demo.context, demo.window.get());
        QCOMPARE(failed.httpStatus, 500);
        demo.window->reportError(failed); // as the counter reports a create that reached no working server
        QVERIFY(demo.window->errorBanner()->isVisible());
        server->clearFaults();
        QCOMPARE(listOnce(demo.context, demo.window.get()).kind, ApiError::Kind::None);
        QTRY_VERIFY(!demo.window->errorBanner()->isVisible());

        server->failNext(QByteArray(), u"*"_s, 500, QByteArray(), 10'000);
        demo.window->reportError(listOnce(demo.context, demo.window.get()), [] {});
        QVERIFY(demo.window->errorBanner()->retryButton()->isVisible());
        server->clearFaults();
        QCOMPARE(listOnce(demo.context, demo.window.get()).kind, ApiError::Kind::None);
        QVERIFY(test::queuedEventsDelivered());
        QVERIFY(demo.window->errorBanner()->isVisible()); // the person's Retry is kept
        QTest::mouseClick(demo.window->errorBanner()->dismissButton(), Qt::LeftButton);

        // A reason of the service (Kaspi is not connected) is not over because another request was answered.
        server->failNext(QByteArray(), u"*"_s, 503,
            R"({"error":"kaspi_session_invalid","error_code":"kaspi_session_invalid","message":"Kaspi session invalid"})",
            10'000);
        const ApiError kaspi = listOnce(demo.context, demo.window.get());
        QCOMPARE(kaspi.reason, u"kaspi_session_invalid"_s);
        demo.window->reportError(kaspi);
        server->clearFaults();
        QCOMPARE(listOnce(demo.context, demo.window.get()).kind, ApiError::Kind::None);
        QVERIFY(test::queuedEventsDelivered());
        QVERIFY(demo.window->errorBanner()->isVisible());
        server->clearFaults();
    }

    void statusBar_failedRefreshes_keepTheLastGoodTime_andSaySo()
    {
        Session context(new InMemorySecretStore);
        context.setLanguage(u"en"_s);
        MainWindow window(&context);
        window.show();
        QVERIFY(context.startDemo());
        sandbox::SandboxServer* server = context.demoServer();
        auto* label = window.findChild<QLabel*>(u"lastRefreshLabel"_s);
        QVERIFY(label);

        QVERIFY(!listOnce(context, &window).isError());
        QTRY_VERIFY(label->text().startsWith(u"Updated "_s));
        QVERIFY2(!label->text().contains(u"failed"_s), qPrintable(label->text()));

        // From now on every request fails: a 500, an unreadable answer. (Requests the demo had sent before may still
        // come back well: the time of the last good answer is taken once the failure shows.)
        server->failNext(QByteArray(), u"*"_s, 500, R"({"message":"Database is down"})", 10'000);
        QCOMPARE(listOnce(context, &window).httpStatus, 500);
        QTRY_VERIFY(context.lastRefreshError().isError());
        const QDateTime lastGood = context.lastRefresh();
        QVERIFY(lastGood.isValid());
        const QString failedText = u"Updated "_s
            + lastGood.toTimeZone(context.displayFormat().zone()).time().toString(u"HH:mm:ss"_s)
            + u" — the last request failed"_s;
        QTRY_COMPARE(label->text(), failedText);
        QVERIFY2(label->toolTip().contains(u"Database is down"_s), qPrintable(label->toolTip()));
        QCOMPARE(listOnce(context, &window).httpStatus, 500);
        QCOMPARE(context.lastRefresh(), lastGood);
        QCOMPARE(label->text(), failedText);

        server->clearFaults();
        server->malformNext(QByteArray(), u"*"_s, 10'000);
        QCOMPARE(listOnce(context, &window).kind, ApiError::Kind::UnexpectedResponse);
        QCOMPARE(label->text(), failedText);
        QCOMPARE(context.lastRefresh(), lastGood);

        // The answer is read again: the time moves on and the failure is gone.
        server->clearFaults();
        QVERIFY(!listOnce(context, &window).isError());
        QTRY_VERIFY(context.lastRefresh() > lastGood);
        QVERIFY2(!label->text().contains(u"failed"_s), qPrintable(label->text()));
        QVERIFY(label->toolTip().isEmpty());
    }

    // A server given for this run (no history kept, so no sync runs), the counter idle after a create that found no
    // server: nothing else would ever ask the server again. The session's probe does, and the banner, the status bar
    // and the counter's form error all say so by themselves once the server is back.
    void serverBack_nothingElseAsks_bannerStatusBarAndCounterErrorClearByThemselves()
    {
        Session context(new InMemorySecretStore);
        context.setLanguage(u"en"_s);
        MainWindow window(&context);
        window.resize(1280, 720);
        window.show();
        const QUrl dead = deadServer();
        QVERIFY(context.useServer(dead, sandbox::SandboxServer::demoKey(), Session::Mode::Sandbox, u"Test shop"_s));
        QVERIFY(!context.historySync());
        QVERIFY(window.showPage(PageId::NewInvoice));
        auto* counter = qobject_cast<CounterPage*>(window.page(PageId::NewInvoice));
        QVERIFY(counter);
        counter->nextCustomer(); // an empty form (a draft of an earlier run of this test would be restored)
        counter->amountEdit()->setFocus();
        QTest::keyClicks(counter->amountEdit(), u"2500"_s);
        QTest::keyClicks(counter->phoneEdit(), u"87770000001"_s);
        QTest::keyClick(counter->amountEdit(), Qt::Key_Return);
        auto* label = window.findChild<QLabel*>(u"lastRefreshLabel"_s);
        QVERIFY(label);
        // The create finds no server: the counter says so under the form, the status bar too (the window's banner
        // shows whichever page reported it first, if any).
        QTRY_VERIFY_WITH_TIMEOUT(counter->formError()->isVisible() && !counter->formError()->text().isEmpty(), 10'000);
        QTRY_VERIFY(label->text().contains(u"the last request failed"_s));

        // The server comes back on the same address; the test itself asks nothing.
        sandbox::SandboxServer server;
        QVERIFY(server.start(quint16(dead.port())));
        QTRY_VERIFY_WITH_TIMEOUT(!window.errorBanner()->isVisible(), 10'000);
        QTRY_VERIFY2(!label->text().contains(u"failed"_s), qPrintable(label->text()));
        QTRY_COMPARE(counter->formError()->text(), u"The server answers again: press Enter to send the invoice."_s);
        QCOMPARE(server.loggedRequests("POST", u"/invoices"_s), 0); // nothing was sent by itself
    }

    void overview_deadServer_withHistory_saysItCannotReachIt()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Session context(new InMemorySecretStore);
        context.setLanguage(u"en"_s);
        context.setHistoryPath(dir.filePath(u"shop.sqlite"_s)); // a shop's history, as one added in Settings has
        MainWindow window(&context);
        window.show();
        QVERIFY(context.useServer(deadServer(), u"sk_test_key"_s, Session::Mode::Sandbox, u"Test shop"_s));
        QVERIFY(context.history());
        auto* overview = qobject_cast<OverviewPage*>(window.page(PageId::Overview));
        QVERIFY(overview);
        QCOMPARE(window.currentPage(), window.page(PageId::Overview));
        QTRY_COMPARE_WITH_TIMEOUT(overview->emptyState()->text(),
            u"Cannot reach the server — the history will load when the connection is back."_s, 20'000);
        QVERIFY(overview->showsEmptyState());
    }

    void overview_deadServer_withoutHistory_saysWhyAtStart()
    {
        Session context(new InMemorySecretStore);
        context.setLanguage(u"en"_s);
        MainWindow window(&context);
        window.show();
        QVERIFY(context.useServer(deadServer(), u"sk_test_key"_s, Session::Mode::Sandbox, u"Test shop"_s));
        QVERIFY(!context.history()); // a server given directly (--base-url with a key for this run) keeps no history
        auto* overview = qobject_cast<OverviewPage*>(window.page(PageId::Overview));
        QVERIFY(overview);
        // Whatever asks the server first (the overview's own totals, the watcher) finds it gone.
        QVERIFY(listOnce(context, &window).kind == ApiError::Kind::Offline);
        QTRY_VERIFY2(overview->emptyState()->text().startsWith(u"This run keeps no history on this computer"_s)
                && overview->emptyState()->text().contains(u"The server did not answer: ApiPay cannot be reached."_s),
            qPrintable(overview->emptyState()->text()));
    }
};

QTEST_MAIN(TestErrorFreshness)
#include "tst_errorfreshness.moc"
