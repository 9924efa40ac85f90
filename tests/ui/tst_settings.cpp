// Settings dialog and first run: keys stored through the SecretStore (InMemory) and never in QSettings,
// validation, "Test connection" against the in-process sandbox, live language, demo choice.
#include "api/apiclient.h"
#include "sandbox/sandboxserver.h"
#include "secrets/inmemorysecretstore.h"
#include "session/appsettings.h"
#include "session/session.h"
#include "settings/accounteditor.h"
#include "settings/firstrundialog.h"
#include "settings/settingsdialog.h"
#include "testsupport.h"
#include "widgets/messagebanner.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace apipay;
using namespace Qt::StringLiterals;

class TestSettings : public QObject
{
    Q_OBJECT

private:
    static void assertNotInSettings(const QString& secret)
    {
        QSettings settings;
        const QStringList keys = settings.allKeys();
        for (const QString& key : keys) {
            const QVariant value = settings.value(key);
            QVERIFY2(!value.toString().contains(secret) && !value.toStringList().join(u' ').contains(secret),
                qPrintable(u"secret found under "_s + key));
        }
    }

    // Fills a new shop with a name and a key (custom loopback server) in the dialog.
    static void fillNewShop(SettingsDialog& dialog, const QString& name, const QString& key, const QUrl& url)
    {
        dialog.startNewAccount();
        AccountEditor* editor = dialog.accountEditor();
        QTest::keyClicks(editor->nameEdit(), name);
        QTest::keyClicks(editor->apiKeyEdit(), key);
        editor->serverCombo()->setCurrentIndex(2);
        editor->customUrlEdit()->setText(url.toString());
        Q_EMIT editor->edited();
    }

private Q_SLOTS:
    void initTestCase() { apipay::test::initTestEnvironment(); }
    void init() { QSettings().clear(); }

    void apiKeyField_passwordEcho()
    {
        Session context(new InMemorySecretStore);
        SettingsDialog dialog(&context);
        dialog.startNewAccount();
        QCOMPARE(dialog.accountEditor()->apiKeyEdit()->echoMode(), QLineEdit::Password);
        QVERIFY(!dialog.accountEditor()->apiKeyEdit()->accessibleName().isEmpty());
    }

    void apply_newShop_keyInSecretStoreNameInSettings()
    {
        auto* store = new InMemorySecretStore;
        Session context(store);
        SettingsDialog dialog(&context);
        dialog.show();
        fillNewShop(dialog, u"Coffee on Abay"_s, u"live-key-987"_s, QUrl(u"http://127.0.0.1:9/api/v1"_s));
        QSignalSpy applied(&dialog, &SettingsDialog::applied);
        QVERIFY(dialog.apply());
        QVERIFY(applied.count() == 1 || applied.wait(3000));
        const QList<Account> accounts = AppSettings::accounts();
        QCOMPARE(accounts.size(), 1);
        QCOMPARE(accounts.first().name, u"Coffee on Abay"_s);
        QCOMPARE(AppSettings::currentAccountId(), accounts.first().id);
        const QString keyName = SecretStore::apiKeyName(accounts.first().id);
        QCOMPARE(store->value(keyName), u"live-key-987"_s);
        QCOMPARE(AppSettings::savedKeyNames(), QStringList { keyName });
        assertNotInSettings(u"live-key-987"_s);
        // The session switched to the new shop (from nothing).
        QTRY_COMPARE(context.accountId(), accounts.first().id);
        QCOMPARE(context.mode(), Session::Mode::Sandbox); // loopback server
        QVERIFY(context.hasSession());
    }

    // Started with --base-url: a shop added in that run is for that server (the form shows it), not the default one.
    void newShop_inARunWithBaseUrl_isForThatServer()
    {
        Session context(new InMemorySecretStore);
        const QUrl server(u"http://127.0.0.1:18777/api/v1"_s);
        context.setBaseUrlOverride(server);
        SettingsDialog dialog(&context);
        dialog.startNewAccount();
        QCOMPARE(dialog.accountEditor()->account().baseUrl, server);
        QCOMPARE(dialog.accountEditor()->customUrlEdit()->text(), server.toString());

        Session plain(new InMemorySecretStore);
        SettingsDialog usual(&plain);
        usual.startNewAccount();
        QCOMPARE(usual.accountEditor()->account().baseUrl, AppSettings::defaultBaseUrl());
    }

    // A long shop name in use: the list shows it whole over two lines, with "(in use)", and never a sideways scroll
    // bar (the list is narrow beside the shop's fields).
    void shopList_longNameInUse_wrapsWhole()
    {
        Session context(new InMemorySecretStore);
        SettingsDialog dialog(&context);
        dialog.resize(dialog.sizeHint());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString name = u"Coffee and pastry shop on Abay avenue"_s;
        fillNewShop(dialog, name, u"key-1"_s, QUrl(u"http://127.0.0.1:9/api/v1"_s));
        QSignalSpy applied(&dialog, &SettingsDialog::applied);
        QVERIFY(dialog.apply());
        QVERIFY(applied.count() == 1 || applied.wait(3000));
        auto* list = dialog.findChild<QListWidget*>(u"accountsListWidget"_s);
        QVERIFY(list);
        QTRY_COMPARE(list->count(), 1);
        QTRY_VERIFY(list->item(0)->text().startsWith(name) && list->item(0)->text().endsWith(u"(in use)"_s));
        QVERIFY(list->fontMetrics().horizontalAdvance(list->item(0)->text()) > list->viewport()->width());
        QVERIFY(!list->horizontalScrollBar()->isVisible());
        const QRect shown = list->visualItemRect(list->item(0));
        QVERIFY2(shown.right() <= list->viewport()->width() && shown.height() >= 2 * list->fontMetrics().height(),
            qPrintable(u"%1×%2"_s.arg(shown.width()).arg(shown.height())));
    }

    void apply_twiceSameKey_writtenOnce()
    {
        auto* store = new InMemorySecretStore;
        Session context(store);
        SettingsDialog dialog(&context);
        fillNewShop(dialog, u"Shop"_s, u"k-1"_s, QUrl(u"http://127.0.0.1:9/api/v1"_s));
        QSignalSpy applied(&dialog, &SettingsDialog::applied);
        QVERIFY(dialog.apply());
        QTRY_COMPARE(applied.count(), 1);
        QCOMPARE(store->writeCount(), 1);
        // Typing the same key again does not rewrite the keychain entry.
        dialog.accountEditor()->setEnteredKey(u"k-1"_s);
        Q_EMIT dialog.accountEditor()->edited();
        QVERIFY(dialog.apply());
        QTRY_COMPARE(applied.count(), 2);
        QCOMPARE(store->writeCount(), 1);
    }

    void apply_keychainUnavailable_bannerAndKeyInMemoryOnly()
    {
        auto* store = new InMemorySecretStore;
        store->failNext(InMemorySecretStore::Operation::Write, SecretStore::Status::Unavailable);
        Session context(store);
        SettingsDialog dialog(&context);
        dialog.show();
        fillNewShop(dialog, u"Shop"_s, u"memory-only-key"_s, QUrl(u"http://127.0.0.1:9/api/v1"_s));
        QSignalSpy applied(&dialog, &SettingsDialog::applied);
        QVERIFY(dialog.apply());
        QTRY_COMPARE(applied.count(), 1);
        QVERIFY(dialog.banner()->isVisible());
        QCOMPARE(dialog.banner()->text(), SecretStore::statusText(SecretStore::Status::Unavailable));
        QCOMPARE(dialog.banner()->kind(), MessageBanner::Kind::Warning);
        QVERIFY(store->keys().isEmpty());
        QVERIFY(AppSettings::savedKeyNames().isEmpty());
        assertNotInSettings(u"memory-only-key"_s);
        if (qEnvironmentVariableIsSet("APIPAY_SHOT_DIR")) {
            dialog.grab().save(qEnvironmentVariable("APIPAY_SHOT_DIR") + u"/settings-unavailable.png"_s);
        }
        // The key still works for this run.
        QTRY_VERIFY(context.hasSession());
        QCOMPARE(context.api()->config().apiKey, u"memory-only-key"_s);
    }

    void apply_remoteHttpUrl_refusedWithReason()
    {
        Session context(new InMemorySecretStore);
        SettingsDialog dialog(&context);
        dialog.show();
        fillNewShop(dialog, u"Shop"_s, u"k"_s, QUrl(u"http://example.com/api/v1"_s));
        QVERIFY(dialog.accountEditor()->findChild<QLabel*>(u"urlErrorLabel"_s)->isVisible());
        QVERIFY(!dialog.apply());
        QVERIFY(dialog.banner()->isVisible());
        QCOMPARE(dialog.banner()->kind(), MessageBanner::Kind::Error);
        QVERIFY(AppSettings::accounts().isEmpty());
    }

    void apply_missingName_refused()
    {
        Session context(new InMemorySecretStore);
        SettingsDialog dialog(&context);
        fillNewShop(dialog, QString(), u"k"_s, QUrl(u"https://api.apipay.kz/api/v1"_s));
        QVERIFY(!dialog.apply());
        QVERIFY(AppSettings::accounts().isEmpty());
    }

    void testConnection_sandbox_rightKeySucceedsWrongKeyFails()
    {
        sandbox::SandboxServer server;
        QVERIFY(server.start());
        Session context(new InMemorySecretStore);
        SettingsDialog dialog(&context);
        dialog.show();
        fillNewShop(dialog, u"Shop"_s, sandbox::SandboxServer::demoKey(), server.baseUrl());
        AccountEditor* editor = dialog.accountEditor();
        QTest::mouseClick(editor->testButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(editor->testButton()->isEnabled(), 10'000);
        QVERIFY2(editor->testResultLabel()->property("ok").toBool(), qPrintable(editor->testResultLabel()->text()));
        if (qEnvironmentVariableIsSet("APIPAY_SHOT_DIR")) {
            dialog.grab().save(qEnvironmentVariable("APIPAY_SHOT_DIR") + u"/settings-test-ok.png"_s);
        }

        editor->apiKeyEdit()->setText(u"not-the-key"_s);
        QTest::mouseClick(editor->testButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(editor->testButton()->isEnabled(), 10'000);
        QVERIFY2(!editor->testResultLabel()->property("ok").toBool(), qPrintable(editor->testResultLabel()->text()));
    }

    void language_russianChosen_appliedLive()
    {
        Session context(new InMemorySecretStore);
        SettingsDialog dialog(&context);
        QSignalSpy changed(&context, &Session::languageChanged);
        const int ru = dialog.languageCombo()->findData(u"ru"_s);
        QVERIFY(ru > 0);
        QCOMPARE(dialog.languageCombo()->itemText(ru), u"Русский"_s);
        dialog.languageCombo()->setCurrentIndex(ru);
        QVERIFY(dialog.apply());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(context.language(), u"ru"_s);
        QCOMPARE(AppSettings::language(), u"ru"_s);
        QCOMPARE(context.displayFormat().locale().language(), QLocale::Russian);
        context.setLanguage(u"en"_s);
    }

    void removeShop_keyDeletedFromStore()
    {
        auto* store = new InMemorySecretStore;
        Session context(store);
        SettingsDialog dialog(&context);
        dialog.show();
        fillNewShop(dialog, u"Shop"_s, u"k-remove"_s, QUrl(u"http://127.0.0.1:9/api/v1"_s));
        QSignalSpy applied(&dialog, &SettingsDialog::applied);
        QVERIFY(dialog.apply());
        QTRY_COMPARE(applied.count(), 1);
        QCOMPARE(store->keys().size(), 1);
        dialog.accountList()->setCurrentRow(0);
        QTest::mouseClick(dialog.findChild<QPushButton*>(u"removeAccountPushButton"_s), Qt::LeftButton);
        QVERIFY(dialog.apply());
        QTRY_VERIFY(store->keys().isEmpty());
        QTRY_VERIFY(AppSettings::savedKeyNames().isEmpty());
        QVERIFY(AppSettings::accounts().isEmpty());
        // The removed shop's session ended: no key left in the client.
        QTRY_VERIFY(!context.hasSession());
        QVERIFY(context.api()->config().apiKey.isEmpty());
    }

    void firstRun_tryDemo_startsDemoAndRemembersChoice()
    {
        Session context(new InMemorySecretStore);
        FirstRunDialog dialog(&context);
        dialog.show();
        QSignalSpy session(&context, &Session::sessionChanged);
        QTest::mouseClick(dialog.demoButton(), Qt::LeftButton);
        QCOMPARE(session.count(), 1);
        QCOMPARE(context.mode(), Session::Mode::Demo);
        QVERIFY(context.hasSession());
        QVERIFY(AppSettings::demoChosen());
        QVERIFY(!dialog.isVisible());
    }

    void firstRun_enterKey_signalsChoice()
    {
        Session context(new InMemorySecretStore);
        FirstRunDialog dialog(&context);
        dialog.show();
        QSignalSpy chosen(&dialog, &FirstRunDialog::apiKeyChosen);
        QTest::mouseClick(dialog.apiKeyButton(), Qt::LeftButton);
        QCOMPARE(chosen.count(), 1);
        QVERIFY(!AppSettings::demoChosen());
    }
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
