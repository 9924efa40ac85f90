// The session's history sync: made and destroyed with the store, the demo shop's history arriving within seconds, F5
// and an invoice made at the counter fetched at once, and connectivity passed on to the session.
#include "api/apiclient.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstore.h"
#include "secrets/inmemorysecretstore.h"
#include "session/session.h"
#include "store/historystore.h"
#include "sync/historysync.h"
#include "testsupport.h"

#include <QPointer>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace apipay;
using namespace Qt::StringLiterals;
using sandbox::SandboxServer;

namespace {

qint64 storedInvoices(const Session& session)
{
    return session.history() ? session.history()->countInvoices(HistoryQuery()).value() : 0;
}

bool stored(const Session& session, qint64 id)
{
    return session.history() && session.history()->invoice(id).value().has_value();
}

} // namespace

class TestSessionSync : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { apipay::test::initTestEnvironment(); }
    void init() { QSettings().clear(); }

    void demo_theLastDaysArriveWithinSeconds()
    {
        Session session(new InMemorySecretStore);
        QString error;
        QVERIFY2(session.startDemo(&error), qPrintable(error));
        QVERIFY(session.historySync());
        SandboxServer* server = session.demoServer();
        QVERIFY(server);
        QVERIFY(server->invoiceCount() > 5'000);
        // The newest invoices first: the newest page at once, and the last weeks (a thousand invoices, ten pages)
        // well within the first minute of the demo's 60 requests a minute.
        QTRY_VERIFY_WITH_TIMEOUT(stored(session, server->lastInvoiceId()), 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(storedInvoices(session) >= 1'000, 40'000);
        QVERIFY(!session.historySync()->progressText().isEmpty()); // "History: … of … invoices" in the status bar
        QVERIFY(session.api()->budgetRemaining() >= 10); // the counter's headroom is left
    }

    void sync_madeAndDestroyedWithTheStore_andF5AndTheCounterFetchAtOnce()
    {
        SandboxServer::Options options;
        options.demoData = false;
        options.processingDelayMs = 20;
        options.rateLimit = 1'000'000;
        SandboxServer server(options);
        server.seedInvoices(300);
        QVERIFY(server.start(0));
        QTemporaryDir dir;
        Session session(new InMemorySecretStore);
        session.setHistoryPath(dir.filePath(u"a.sqlite"_s));
        QVERIFY(session.useServer(server.baseUrl(), SandboxServer::demoKey(), Session::Mode::Sandbox, u"Shop"_s));
        QPointer<HistorySync> first = session.historySync();
        QVERIFY(first);
        QVERIFY(first->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(first->isFirstSyncDone() && first->isIdle(), 30'000);
        QCOMPARE(storedInvoices(session), qint64(300));
        QVERIFY(session.historyAsOf().isValid());
        QVERIFY(!session.isOffline());

        // F5: an invoice made elsewhere (the web dashboard) is fetched at once.
        sandbox::SandboxInvoice made;
        made.amount = Money::fromTenge(2500);
        made.phone = u"87001234567"_s;
        made.status = u"pending"_s;
        const qint64 elsewhere = server.store().addInvoice(made, false).id;
        session.requestHistoryUpdate();
        QTRY_VERIFY_WITH_TIMEOUT(stored(session, elsewhere), 10'000);

        // The counter made one.
        const qint64 atCounter = server.store().addInvoice(made, false).id;
        session.notifyInvoicesChanged();
        QTRY_VERIFY_WITH_TIMEOUT(stored(session, atCounter), 10'000);

        // Another store: the old sync goes with the old store, a new one starts.
        session.setHistoryPath(dir.filePath(u"b.sqlite"_s));
        QVERIFY(session.useServer(server.baseUrl(), SandboxServer::demoKey(), Session::Mode::Sandbox, u"Shop"_s));
        QVERIFY(!first);
        QVERIFY(session.historySync());
        QTRY_VERIFY_WITH_TIMEOUT(storedInvoices(session) == 302, 30'000);
    }

    void offline_isPassedOnToTheSession()
    {
        auto server = std::make_unique<SandboxServer>();
        QVERIFY(server->start(0));
        QTemporaryDir dir;
        Session session(new InMemorySecretStore);
        session.setHistoryPath(dir.filePath(u"c.sqlite"_s));
        QVERIFY(session.useServer(server->baseUrl(), SandboxServer::demoKey(), Session::Mode::Sandbox, u"Shop"_s));
        QTRY_VERIFY_WITH_TIMEOUT(
            session.historySync()->historyAsOf().isValid() || session.historySync()->syncedInvoices() > 0, 30'000);
        server.reset();
        session.requestHistoryUpdate();
        QTRY_VERIFY_WITH_TIMEOUT(session.isOffline(), 30'000);
    }
};

QTEST_GUILESS_MAIN(TestSessionSync)
#include "tst_sessionsync.moc"
