// Real keychain backend (label keychain): run inside dbus-run-session with an unlocked gnome-keyring
// (docs/design-notes.md, "Keychain tests in CI"). Writes, reads and deletes a throw-away entry.
#include "secrets/qtkeychainsecretstore.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <optional>

using namespace apipay;
using namespace Qt::StringLiterals;

class TestKeychain : public QObject
{
    Q_OBJECT

private:
    // Runs one call and waits for its callback.
    template <typename Call> std::optional<SecretStore::Result> run(Call call)
    {
        std::optional<SecretStore::Result> result;
        call([&result](const SecretStore::Result& r) { result = r; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 15'000)) {
            return std::nullopt;
        }
        return result;
    }

    QtKeychainSecretStore m_store;
    QString m_key;

private Q_SLOTS:
    void initTestCase()
    {
        apipay::test::initTestEnvironment();
        m_key = SecretStore::apiKeyName(u"keychain-test-"_s + QUuid::createUuid().toString(QUuid::Id128).left(8));
    }

    void writeReadDelete_realBackend_roundTrips()
    {
        const QString secret = u"test-secret-"_s + QUuid::createUuid().toString(QUuid::Id128);

        auto written = run([&](SecretStore::Callback done) { m_store.write(m_key, secret, this, done); });
        QVERIFY2(written, "write got no answer");
        QVERIFY2(written->status == SecretStore::Status::Ok, qPrintable(written->errorText));

        auto read = run([&](SecretStore::Callback done) { m_store.read(m_key, this, done); });
        QVERIFY2(read, "read got no answer");
        QCOMPARE(read->status, SecretStore::Status::Ok);
        QCOMPARE(read->value, secret);

        auto removed = run([&](SecretStore::Callback done) { m_store.remove(m_key, this, done); });
        QVERIFY2(removed, "remove got no answer");
        QVERIFY2(removed->status == SecretStore::Status::Ok, qPrintable(removed->errorText));

        auto readAgain = run([&](SecretStore::Callback done) { m_store.read(m_key, this, done); });
        QVERIFY2(readAgain, "second read got no answer");
        QCOMPARE(readAgain->status, SecretStore::Status::NotFound);
        QVERIFY(readAgain->value.isEmpty());
    }

    void write_sameValueTwice_secondDoesNotReachBackend()
    {
        const QString key = m_key + u"-unchanged"_s;
        auto first = run([&](SecretStore::Callback done) { m_store.write(key, u"same"_s, this, done); });
        QVERIFY(first && first->status == SecretStore::Status::Ok);
        // Remove behind the store's back: a second write of the same value is skipped, so the entry stays gone.
        QtKeychainSecretStore other;
        auto removed = run([&](SecretStore::Callback done) { other.remove(key, this, done); });
        QVERIFY(removed && removed->status == SecretStore::Status::Ok);
        auto second = run([&](SecretStore::Callback done) { m_store.write(key, u"same"_s, this, done); });
        QVERIFY(second && second->status == SecretStore::Status::Ok);
        auto read = run([&](SecretStore::Callback done) { other.read(key, this, done); });
        QVERIFY(read);
        QCOMPARE(read->status, SecretStore::Status::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
