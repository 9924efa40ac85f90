// The keychain error policy (docs/design-notes.md, "Keychain"), the in-memory test double, and the session's use of the
// store: one delayed retry of an Unavailable read at start-up, keys kept in memory only when the store is unavailable,
// unchanged keys not rewritten. No keychain backend needed.
#include "secrets/inmemorysecretstore.h"
#include "secrets/qtkeychainsecretstore.h"
#include "session/appsettings.h"
#include "session/session.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include <qt6keychain/keychain.h>

using namespace apipay;
using namespace Qt::StringLiterals;
using Status = SecretStore::Status;
using Op = InMemorySecretStore::Operation;

class TestSecretStore : public QObject
{
    Q_OBJECT

private:
    // One account "shop-a" (test key, loopback custom server) as the current one.
    static void configureAccount()
    {
        Account account;
        account.id = u"shop-a"_s;
        account.name = u"Shop A"_s;
        account.baseUrl = QUrl(u"http://127.0.0.1:9/api/v1"_s);
        AppSettings::setAccounts({ account });
        AppSettings::setCurrentAccountId(account.id);
        AppSettings::setDemoChosen(false);
    }

private Q_SLOTS:
    void initTestCase() { apipay::test::initTestEnvironment(); }
    void init() { QSettings().clear(); }

    void statusFor_keychainErrors_mappedByPolicy_data()
    {
        QTest::addColumn<int>("error");
        QTest::addColumn<Status>("expected");
        QTest::newRow("no error") << int(QKeychain::NoError) << Status::Ok;
        QTest::newRow("not found") << int(QKeychain::EntryNotFound) << Status::NotFound;
        QTest::newRow("denied") << int(QKeychain::AccessDenied) << Status::Denied;
        QTest::newRow("denied by user") << int(QKeychain::AccessDeniedByUser) << Status::Denied;
        QTest::newRow("no backend") << int(QKeychain::NoBackendAvailable) << Status::Unavailable;
        QTest::newRow("not implemented") << int(QKeychain::NotImplemented) << Status::Unavailable;
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
        QTest::newRow("other (D-Bus on Linux)") << int(QKeychain::OtherError) << Status::Unavailable;
#else
        QTest::newRow("other") << int(QKeychain::OtherError) << Status::Failed;
#endif
        QTest::newRow("could not delete") << int(QKeychain::CouldNotDeleteEntry) << Status::Failed;
    }
    void statusFor_keychainErrors_mappedByPolicy()
    {
        QFETCH(int, error);
        QFETCH(Status, expected);
        QCOMPARE(QtKeychainSecretStore::statusFor(error), expected);
    }

    void inMemory_injectedFailure_appliesOnceThenNormal()
    {
        InMemorySecretStore store;
        store.setValue(u"k"_s, u"v"_s);
        store.failNext(Op::Read, Status::Denied);
        QList<SecretStore::Result> results;
        store.read(u"k"_s, this, [&](const SecretStore::Result& r) { results.append(r); });
        QVERIFY(results.isEmpty()); // never answers inside the call
        store.read(u"k"_s, this, [&](const SecretStore::Result& r) { results.append(r); });
        QTRY_COMPARE(results.size(), 2);
        QCOMPARE(results.at(0).status, Status::Denied);
        QCOMPARE(results.at(1).status, Status::Ok);
        QCOMPARE(results.at(1).value, u"v"_s);
    }

    void inMemory_deadContext_callbackNotRun()
    {
        InMemorySecretStore store;
        store.setDelay(20);
        bool called = false;
        auto* context = new QObject;
        store.write(u"k"_s, u"v"_s, context, [&](const SecretStore::Result&) { called = true; });
        delete context;
        QSignalSpy finished(&store, &InMemorySecretStore::finished);
        QVERIFY(finished.wait(2000));
        QVERIFY(!called);
        QCOMPARE(store.value(u"k"_s), u"v"_s);
    }

    void startSession_unavailableOnce_retriedAfterDelayAndConnected()
    {
        configureAccount();
        auto* store = new InMemorySecretStore;
        store->setValue(SecretStore::apiKeyName(u"shop-a"_s), u"key-a"_s);
        store->failNext(Op::Read, Status::Unavailable, 1);
        Session context(store);
        context.setKeychainRetryDelayMs(300);
        QSignalSpy session(&context, &Session::sessionChanged);
        QSignalSpy problem(&context, &Session::keychainProblem);
        QElapsedTimer timer;
        timer.start();
        context.startSession();
        QVERIFY(session.wait(5000));
        QVERIFY(timer.elapsed() >= 250); // the retry waited
        QCOMPARE(store->readCount(), 2);
        QVERIFY(context.hasSession());
        QCOMPARE(context.accountId(), u"shop-a"_s);
        QCOMPARE(context.keychainStatus(), Status::Ok);
        QCOMPARE(problem.count(), 0);
    }

    void startSession_unavailableTwice_problemReportedNoThirdRead()
    {
        configureAccount();
        auto* store = new InMemorySecretStore;
        store->setValue(SecretStore::apiKeyName(u"shop-a"_s), u"key-a"_s);
        store->failNext(Op::Read, Status::Unavailable, 2);
        Session context(store);
        context.setKeychainRetryDelayMs(50);
        QSignalSpy problem(&context, &Session::keychainProblem);
        QSignalSpy keyNeeded(&context, &Session::apiKeyNeeded);
        context.startSession();
        QVERIFY(problem.wait(5000));
        QCOMPARE(problem.first().at(0).value<Status>(), Status::Unavailable);
        QVERIFY(!problem.first().at(1).toString().isEmpty());
        QCOMPARE(keyNeeded.count(), 1);
        // No further retry may follow: no third read within four of its 50 ms retry delays.
        QVERIFY(!QTest::qWaitFor([store] { return store->readCount() > 2; }, 200));
        QCOMPARE(store->readCount(), 2);
        QVERIFY(!context.hasSession());
    }

    void startSession_deniedAtOnce_notRetried()
    {
        configureAccount();
        auto* store = new InMemorySecretStore;
        store->failNext(Op::Read, Status::Denied, 1);
        Session context(store);
        context.setKeychainRetryDelayMs(50);
        QSignalSpy problem(&context, &Session::keychainProblem);
        context.startSession();
        QVERIFY(problem.wait(5000));
        QCOMPARE(problem.first().at(0).value<Status>(), Status::Denied);
        QCOMPARE(store->readCount(), 1);
    }

    void startSession_noAccount_asksForFirstRun()
    {
        Session context(new InMemorySecretStore);
        QSignalSpy firstRun(&context, &Session::firstRunNeeded);
        context.startSession();
        QCOMPARE(firstRun.count(), 1);
    }

    void storeApiKey_unavailable_keptInMemoryOnlyNeverInSettings()
    {
        auto* store = new InMemorySecretStore;
        store->failNext(Op::Write, Status::Unavailable);
        Session context(store);
        QSignalSpy problem(&context, &Session::keychainProblem);
        std::optional<Status> status;
        context.storeApiKey(u"shop-a"_s, u"secret-key-123"_s, [&](Status s) { status = s; });
        QTRY_VERIFY(status.has_value());
        QCOMPARE(*status, Status::Unavailable);
        QCOMPARE(problem.count(), 1);
        QCOMPARE(context.knownApiKey(u"shop-a"_s), u"secret-key-123"_s);
        QVERIFY(!store->contains(SecretStore::apiKeyName(u"shop-a"_s)));
        QVERIFY(AppSettings::savedKeyNames().isEmpty());
        QSettings settings;
        const QStringList keys = settings.allKeys();
        for (const QString& key : keys) {
            QVERIFY2(!settings.value(key).toString().contains(u"secret-key-123"_s), qPrintable(key));
        }
    }

    void storeApiKey_unchanged_notRewritten()
    {
        auto* store = new InMemorySecretStore;
        Session context(store);
        std::optional<Status> first;
        context.storeApiKey(u"shop-a"_s, u"k1"_s, [&](Status s) { first = s; });
        QTRY_VERIFY(first.has_value());
        QCOMPARE(*first, Status::Ok);
        QVERIFY(AppSettings::savedKeyNames().contains(SecretStore::apiKeyName(u"shop-a"_s)));
        std::optional<Status> second;
        context.storeApiKey(u"shop-a"_s, u"k1"_s, [&](Status s) { second = s; });
        QTRY_VERIFY(second.has_value());
        QCOMPARE(store->writeCount(), 1);
        std::optional<Status> third;
        context.storeApiKey(u"shop-a"_s, u"k2"_s, [&](Status s) { third = s; });
        QTRY_VERIFY(third.has_value());
        QCOMPARE(store->writeCount(), 2);
        QCOMPARE(store->value(SecretStore::apiKeyName(u"shop-a"_s)), u"k2"_s);
    }

    void forgetApiKey_removesKeyAndName()
    {
        auto* store = new InMemorySecretStore;
        Session context(store);
        std::optional<Status> stored;
        context.storeApiKey(u"shop-a"_s, u"k1"_s, [&](Status s) { stored = s; });
        QTRY_VERIFY(stored.has_value());
        std::optional<Status> removed;
        context.forgetApiKey(u"shop-a"_s, [&](Status s) { removed = s; });
        QTRY_VERIFY(removed.has_value());
        QCOMPARE(*removed, Status::Ok);
        QVERIFY(!store->contains(SecretStore::apiKeyName(u"shop-a"_s)));
        QVERIFY(AppSettings::savedKeyNames().isEmpty());
        QVERIFY(context.knownApiKey(u"shop-a"_s).isEmpty());
    }
};

QTEST_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
