// QrCapability without widgets: asked once of each server (GET /invoices/stats), remembered per shop with the base URL
// it was asked of, asked again when the base URL changes; a 404 on POST /invoices/qr marks it unavailable.
#include "sandbox/sandboxserver.h"
#include "secrets/inmemorysecretstore.h"
#include "session/qrcapability.h"
#include "session/session.h"
#include "testsupport.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace apipay;
using namespace Qt::StringLiterals;
using apipay::sandbox::Profile;
using apipay::sandbox::SandboxServer;

namespace {

std::unique_ptr<SandboxServer> startServer(Profile profile)
{
    SandboxServer::Options options;
    options.demoData = false;
    options.rateLimit = 100'000;
    options.profile = profile;
    auto server = std::make_unique<SandboxServer>(options);
    if (!server->start(0)) {
        return {};
    }
    return server;
}

} // namespace

class TestQrCapability : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }
    void init() { QSettings().remove(u"qrInvoices"_s); }

    void v21Available_v20Unavailable_askedAgainWhenTheUrlChanges()
    {
        auto v21 = startServer(Profile::V21);
        auto v20 = startServer(Profile::V20);
        QVERIFY(v21 && v20);
        Session session(new InMemorySecretStore);
        QVERIFY(session.useServer(v21->baseUrl(), SandboxServer::demoKey(), Session::Mode::Sandbox, u"Shop"_s));
        QrCapability capability(&session);
        QTRY_COMPARE(capability.state(), QrCapability::State::Available);
        QCOMPARE(v21->loggedRequests("GET", u"/invoices/stats"_s), 1);

        QVERIFY(session.useServer(v20->baseUrl(), SandboxServer::demoKey(), Session::Mode::Sandbox, u"Shop"_s));
        QTRY_COMPARE(capability.state(), QrCapability::State::Unavailable);
        QCOMPARE(v20->loggedRequests("GET", u"/invoices/stats"_s), 1);

        // The same shop and URL again: the remembered answer, no new question.
        QSignalSpy asked(v20.get(), &SandboxServer::requestHandled);
        QrCapability again(&session);
        QCOMPARE(again.state(), QrCapability::State::Unavailable);
        QVERIFY(!asked.wait(100)); // the v2.0 server must not be asked again
        QCOMPARE(v20->loggedRequests("GET", u"/invoices/stats"_s), 1);
    }

    void notFoundOnCreate_marksUnavailable_andIsRemembered()
    {
        auto v21 = startServer(Profile::V21);
        QVERIFY(v21);
        Session session(new InMemorySecretStore);
        QVERIFY(session.useServer(v21->baseUrl(), SandboxServer::demoKey(), Session::Mode::Sandbox, u"Shop"_s));
        QrCapability capability(&session);
        QTRY_COMPARE(capability.state(), QrCapability::State::Available);
        QSignalSpy changed(&capability, &QrCapability::stateChanged);
        capability.markUnavailable();
        QCOMPARE(changed.count(), 1);
        QrCapability later(&session);
        QCOMPARE(later.state(), QrCapability::State::Unavailable);
    }
};

QTEST_GUILESS_MAIN(TestQrCapability)
#include "tst_qrcapability.moc"
