// What the window says while the server fails, against the sandbox with injected faults: the error banner follows the
// newest failure (a 502 after a 500).
#include "api/apiclient.h"
#include "sandbox/sandboxserver.h"
#include "secrets/inmemorysecretstore.h"
#include "session/session.h"
#include "shell/mainwindow.h"
#include "testsupport.h"
#include "widgets/messagebanner.h"

#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace apipay;
using namespace Qt::StringLiterals;

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

} // namespace

class TestErrorFreshness : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { apipay::test::initTestEnvironment(); }
    void init() { QSettings().clear(); }

    void banner_newerFailure_replacesTheOlderText()
    {
        Session context(new InMemorySecretStore);
        context.setLanguage(u"en"_s);
        MainWindow window(&context);
        window.resize(1280, 720);
        window.show();
        QVERIFY(context.startDemo());
        sandbox::SandboxServer* server = context.demoServer();

        // The invoice list fails with a 500 and the page puts it in the window's banner.
        server->failNext(QByteArray(), u"*"_s, 500, QByteArray(), 10'000);
        const ApiError first = listOnce(context, &window);
        QCOMPARE(first.httpStatus, 500);
        window.reportError(first, [] {});
        QVERIFY(window.errorBanner()->isVisible());
        QVERIFY2(window.errorBanner()->text().contains(u"ApiPay says: Server Error."_s),
            qPrintable(window.errorBanner()->text()));

        // Then the server answers 502 with an HTML page, to a request that reports nowhere itself (the counter's
        // lookup): the banner tells of the 502 now, not of the 500 any more, and keeps its Retry.
        server->clearFaults();
        server->failNext(QByteArray(), u"*"_s, 502, "<html><body><h1>502 Bad Gateway</h1></body></html>", 10'000);
        const ApiError second = listOnce(context, &window);
        QCOMPARE(second.httpStatus, 502);
        QTRY_VERIFY2(window.errorBanner()->text().contains(u"ApiPay says: Bad Gateway."_s),
            qPrintable(window.errorBanner()->text()));
        QVERIFY(!window.errorBanner()->text().contains(u"Server Error"_s));
        QVERIFY(window.errorBanner()->isVisible());
        QVERIFY(window.errorBanner()->retryButton()->isVisible());

        // A banner the person closed is not brought back by the next failure.
        QTest::mouseClick(window.errorBanner()->dismissButton(), Qt::LeftButton);
        QVERIFY(!window.errorBanner()->isVisible());
        listOnce(context, &window);
        QVERIFY(!window.errorBanner()->isVisible());
        server->clearFaults();
    }
};

QTEST_MAIN(TestErrorFreshness)
#include "tst_errorfreshness.moc"
