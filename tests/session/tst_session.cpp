// The session without widgets: switching between the demo shop and an account, API keys in the secret store,
// the one delayed keychain retry, the display format following the language and zone choice, the demo control,
// and which failed requests are worth a banner.
#include "api/apiclient.h"
#include "money/money.h"
#include "sandbox/sandboxserver.h"
#include "secrets/inmemorysecretstore.h"
#include "session/appsettings.h"
#include "session/democontrol.h"
#include "session/session.h"
#include "store/historystore.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace apipay;
using namespace Qt::StringLiterals;
using Status = SecretStore::Status;
using Op = InMemorySecretStore::Operation;

namespace {
const QUrl liveUrl(u"https://shop.example.kz/api/v1"_s);

// One live account "shop-a" as the current one.
Account configureLiveAccount()
{
    Account account;
    account.id = u"shop-a"_s;
    account.name = u"Coffee on Abay"_s;
    account.baseUrl = liveUrl;
    AppSettings::setAccounts({ account });
    AppSettings::setCurrentAccountId(account.id);
    AppSettings::setDemoChosen(false);
    return account;
}
} // namespace

class TestSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { apipay::test::initTestEnvironment(); }
    void init() { QSettings().clear(); }

    // A file dialog opens where the person last chose a file of that kind, else in the standard folder when it exists,
    // else at home; never in a folder that is gone (Qt's dialog would open the program's own folder).
    void fileFolders_lastChosen_elseStandard_elseHome()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QByteArray oldHome = qgetenv("HOME");
        const QByteArray oldConfig = qgetenv("XDG_CONFIG_HOME");
        qputenv("HOME", QFile::encodeName(home.path()));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(u".config"_s))); // no user-dirs.dirs there
        const auto restore = qScopeGuard([&] {
            qputenv("HOME", oldHome);
            oldConfig.isNull() ? qunsetenv("XDG_CONFIG_HOME") : qputenv("XDG_CONFIG_HOME", oldConfig);
        });
        const QString homePath = QDir(home.path()).canonicalPath();
        const auto canonical = [](const QString& path) { return QDir(path).canonicalPath(); };

        QCOMPARE(canonical(AppSettings::fileFolder(AppSettings::FileKind::Export)), homePath); // no Documents yet
        QVERIFY(QDir(home.path()).mkpath(u"Documents"_s));
        QCOMPARE(canonical(AppSettings::fileFolder(AppSettings::FileKind::Export)), homePath + u"/Documents"_s);
        QCOMPARE(canonical(AppSettings::fileFolder(AppSettings::FileKind::Picture)), homePath); // no Pictures

        QVERIFY(QDir(home.path()).mkpath(u"shop/exports"_s));
        AppSettings::rememberFileFolder(AppSettings::FileKind::Export, home.filePath(u"shop/exports/invoices.csv"_s));
        QCOMPARE(canonical(AppSettings::fileFolder(AppSettings::FileKind::Export)), homePath + u"/shop/exports"_s);
        QCOMPARE(canonical(AppSettings::fileFolder(AppSettings::FileKind::Report)), homePath + u"/Documents"_s);
        AppSettings::rememberFileFolder(AppSettings::FileKind::Export, QString()); // nothing chosen: kept
        QCOMPARE(canonical(AppSettings::fileFolder(AppSettings::FileKind::Export)), homePath + u"/shop/exports"_s);

        QVERIFY(QDir(home.filePath(u"shop"_s)).removeRecursively()); // the folder was removed (a USB stick taken out)
        QCOMPARE(canonical(AppSettings::fileFolder(AppSettings::FileKind::Export)), homePath + u"/Documents"_s);
    }

    void switching_demoLiveDemo_changesServerAndKeyOnce()
    {
        auto* store = new InMemorySecretStore;
        store->setValue(SecretStore::apiKeyName(u"shop-a"_s), u"live-key-123"_s);
        Session session(store);
        QSignalSpy changed(&session, &Session::sessionChanged);

        QString error;
        QVERIFY2(session.startDemo(&error), qPrintable(error));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(session.mode(), Session::Mode::Demo);
        QVERIFY(session.hasSession());
        QCOMPARE(session.baseUrl().host(), u"127.0.0.1"_s);
        QCOMPARE(session.api()->config().apiKey, sandbox::SandboxServer::demoKey());
        QCOMPARE(session.shopName(), u"Demo shop"_s);
        const QUrl demoUrl = session.baseUrl();

        configureLiveAccount();
        changed.clear();
        session.startSession();
        QVERIFY(changed.wait(2000));
        QCOMPARE(session.mode(), Session::Mode::Live);
        QCOMPARE(session.baseUrl(), liveUrl);
        QCOMPARE(session.api()->config().apiKey, u"live-key-123"_s);
        QCOMPARE(session.accountId(), u"shop-a"_s);
        QCOMPARE(session.shopName(), u"Coffee on Abay"_s);
        QVERIFY(!changed.wait(50)); // one change for the switch: no second sessionChanged may follow
        QCOMPARE(changed.count(), 1);

        changed.clear();
        QVERIFY2(session.startDemo(&error), qPrintable(error));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(session.mode(), Session::Mode::Demo);
        QCOMPARE(session.baseUrl(), demoUrl); // the same demo server, not a second one
        QCOMPARE(session.api()->config().apiKey, sandbox::SandboxServer::demoKey());
        QVERIFY(session.accountId().isEmpty());
    }

    void keys_storedAndForgotten_inTheSecretStore()
    {
        auto* store = new InMemorySecretStore;
        Session session(store);
        const QString name = SecretStore::apiKeyName(u"shop-a"_s);

        std::optional<Status> stored;
        session.storeApiKey(u"shop-a"_s, u"key-1"_s, [&stored](Status status) { stored = status; });
        QTRY_VERIFY(stored.has_value());
        QCOMPARE(*stored, Status::Ok);
        QCOMPARE(store->value(name), u"key-1"_s);
        QCOMPARE(session.knownApiKey(u"shop-a"_s), u"key-1"_s);
        QVERIFY(AppSettings::savedKeyNames().contains(name));

        // Unchanged: the keychain entry is not written again.
        stored.reset();
        session.storeApiKey(u"shop-a"_s, u"key-1"_s, [&stored](Status status) { stored = status; });
        QTRY_VERIFY(stored.has_value());
        QCOMPARE(store->writeCount(), 1);

        std::optional<Status> forgotten;
        session.forgetApiKey(u"shop-a"_s, [&forgotten](Status status) { forgotten = status; });
        QTRY_VERIFY(forgotten.has_value());
        QCOMPARE(*forgotten, Status::Ok);
        QVERIFY(!store->contains(name));
        QVERIFY(session.knownApiKey(u"shop-a"_s).isEmpty());
        QVERIFY(!AppSettings::savedKeyNames().contains(name));
    }

    void keychain_unavailableAtStart_retriedOnce()
    {
        auto* store = new InMemorySecretStore;
        store->setValue(SecretStore::apiKeyName(u"shop-a"_s), u"live-key-123"_s);
        store->failNext(Op::Read, Status::Unavailable, 1);
        configureLiveAccount();
        Session session(store);
        session.setKeychainRetryDelayMs(200);
        QSignalSpy changed(&session, &Session::sessionChanged);
        QSignalSpy problem(&session, &Session::keychainProblem);

        QElapsedTimer timer;
        timer.start();
        session.startSession();
        QVERIFY(changed.wait(2000));
        QVERIFY(timer.elapsed() >= 150); // the retry waited
        QCOMPARE(store->readCount(), 2);
        QCOMPARE(session.api()->config().apiKey, u"live-key-123"_s);
        QCOMPARE(problem.count(), 0);
        QCOMPARE(session.keychainStatus(), Status::Ok);
    }

    void keychain_unavailableTwice_reportedWithoutKey()
    {
        auto* store = new InMemorySecretStore;
        store->failNext(Op::Read, Status::Unavailable, 2);
        configureLiveAccount();
        Session session(store);
        session.setKeychainRetryDelayMs(50);
        QSignalSpy problem(&session, &Session::keychainProblem);
        QSignalSpy keyNeeded(&session, &Session::apiKeyNeeded);

        session.startSession();
        QVERIFY(keyNeeded.wait(2000));
        QCOMPARE(problem.count(), 1);
        QCOMPARE(problem.first().at(0).value<Status>(), Status::Unavailable);
        QCOMPARE(store->readCount(), 2); // once, and one retry
        QVERIFY(!session.hasSession());
    }

    void displayFormat_followsLanguageAndZone()
    {
        Session session(new InMemorySecretStore);
        QSignalSpy changed(&session, &Session::displayFormatChanged);
        const Money amount = Money::fromTiyn(123456); // 1 234,56 ₸

        session.setLanguage(u"en"_s);
        const QString english = session.displayFormat().money(amount);
        session.setLanguage(u"ru"_s);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(session.displayFormat().locale().language(), QLocale::Russian);
        QVERIFY2(session.displayFormat().money(amount) != english, qPrintable(english));

        // Asia/Almaty unless the person chose the computer's zone.
        QCOMPARE(session.displayFormat().zone(), DisplayFormat::almaty());
        const QDateTime noonUtc(QDate(2026, 5, 4), QTime(12, 0), Qt::UTC);
        const QString almatyText = session.displayFormat().dateTime(noonUtc);
        QVERIFY2(almatyText.contains(u"17:00"_s), qPrintable(almatyText));

        changed.clear();
        session.setUseSystemTimeZone(true);
        QCOMPARE(session.displayFormat().zone(), QTimeZone::systemTimeZone());
        if (QTimeZone::systemTimeZone() != DisplayFormat::almaty()) {
            QCOMPARE(changed.count(), 1);
        }
        changed.clear();
        session.setUseSystemTimeZone(true); // no change, no signal
        QCOMPARE(changed.count(), 0);
        session.setLanguage(QString());
    }

    void demoControl_onlyInDemo()
    {
        Session session(new InMemorySecretStore);
        QVERIFY(!session.demoControl());
        QVERIFY(session.useServer(liveUrl, u"key"_s, Session::Mode::Live, u"Shop"_s));
        QVERIFY(!session.demoControl());

        QString error;
        QVERIFY2(session.startDemo(&error), qPrintable(error));
        DemoControl* demo = session.demoControl();
        QVERIFY(demo);
        QString reason;
        QVERIFY(!demo->simulateInvoicePaid(987654321, &reason)); // no such invoice in the demo shop
        QVERIFY(!reason.isEmpty());

        QVERIFY(session.useServer(liveUrl, u"key"_s, Session::Mode::Sandbox, u"Shop"_s));
        QVERIFY(!session.demoControl());
    }

    void history_keptPerShop_forOneRunInDemo_noneForADirectServer()
    {
        auto* secrets = new InMemorySecretStore;
        secrets->setValue(SecretStore::apiKeyName(u"shop-a"_s), u"live-key-123"_s);
        Session session(secrets);
        QSignalSpy historyChanged(&session, &Session::historyChanged);
        QVERIFY(!session.history());
        QVERIFY(!session.keepsHistory());

        QString error;
        QVERIFY2(session.startDemo(&error), qPrintable(error));
        QVERIFY(session.history());
        QVERIFY(session.keepsHistory());
        const QString demoFile = session.history()->filePath();
        QVERIFY(QFileInfo::exists(demoFile));
        QVERIFY(demoFile != HistoryStore::defaultPath(QString())); // not where a shop's history lives
        QCOMPARE(historyChanged.count(), 1);

        configureLiveAccount();
        session.startSession();
        QTRY_COMPARE(session.accountId(), u"shop-a"_s);
        QVERIFY(session.history());
        QVERIFY(session.keepsHistory());
        QCOMPARE(session.history()->filePath(), HistoryStore::defaultPath(u"shop-a"_s));

        // The same shop again keeps its store (and what pages hold of it).
        HistoryStore* shopStore = session.history();
        historyChanged.clear();
        session.startSession();
        QTRY_VERIFY(session.hasSession());
        QCOMPARE(session.history(), shopStore);

        // A server given directly keeps no history unless a file is named.
        QVERIFY(session.useServer(liveUrl, u"key"_s, Session::Mode::Live, u"Shop"_s));
        QVERIFY(!session.history());
        QVERIFY(!session.keepsHistory());
        QTemporaryDir dir;
        session.setHistoryPath(dir.filePath(u"named.sqlite"_s));
        QVERIFY(session.useServer(liveUrl, u"key"_s, Session::Mode::Live, u"Shop"_s));
        QVERIFY(session.history());
        QVERIFY(session.keepsHistory());
        QCOMPARE(session.history()->filePath(), dir.filePath(u"named.sqlite"_s));
    }

    void connectivity_reportedOnceAndResetByANewSession()
    {
        Session session(new InMemorySecretStore);
        QSignalSpy changed(&session, &Session::connectivityChanged);
        QVERIFY(!session.isOffline());
        const QDateTime asOf = QDateTime::currentDateTimeUtc();
        session.reportConnectivity(true, asOf);
        session.reportConnectivity(true, asOf);
        QCOMPARE(changed.count(), 1);
        QVERIFY(session.isOffline());
        QCOMPARE(session.historyAsOf(), asOf);
        QVERIFY(session.useServer(liveUrl, u"key"_s, Session::Mode::Live, u"Shop"_s));
        QVERIFY(!session.isOffline());
    }

    void isWorthReporting_skipsCancelledAndRequestsBeforeASession()
    {
        Session session(new InMemorySecretStore);
        ApiError cancelled;
        cancelled.kind = ApiError::Kind::Cancelled;
        ApiError invalid;
        invalid.kind = ApiError::Kind::InvalidRequest;
        ApiError network;
        network.kind = ApiError::Kind::Offline;

        // No shop connected yet: invalid requests are the pages loading too early.
        QVERIFY(!session.isWorthReporting(cancelled));
        QVERIFY(!session.isWorthReporting(invalid));
        QVERIFY(session.isWorthReporting(network));

        QVERIFY(session.useServer(liveUrl, u"key"_s, Session::Mode::Live, u"Shop"_s));
        QVERIFY(!session.isWorthReporting(cancelled));
        QVERIFY(session.isWorthReporting(invalid));
        QVERIFY(session.isWorthReporting(network));
        QVERIFY(!session.isWorthReporting(ApiError()));
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
