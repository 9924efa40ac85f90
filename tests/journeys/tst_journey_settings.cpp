// Journeys through the settings and the first run, on the real main window, in the v2.0 and the v2.1 profile:
// J9 a shop added with its key saved through the secret store, its connection tested, the language switched live
// to Kazakh and back; J10 the first run's "Try the demo" reaches the invoices.
#include "journeydriver.h"
#include "journeyfixture.h"

#include "sandbox/sandboxserver.h"
#include "secrets/inmemorysecretstore.h"
#include "session/session.h"
#include "shell/mainwindow.h"
#include "shell/page.h"
#include "testsupport.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QListWidget>
#include <QTabBar>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace apipay;
using apipay::test::JourneyDriver;
using apipay::test::JourneyFixture;
using PageId = MainWindow::PageId;

namespace {

// Chooses the entry `text` of a combo box as a person does: a click opens its list, arrow keys move to the entry,
// Enter picks it. (A click on the entry right after the list opened is ignored by Qt, as a double click guard.)
bool chooseInCombo(JourneyDriver& d, QComboBox* combo, const QString& text)
{
    const int wanted = combo ? combo->findText(text) : -1;
    if (wanted < 0 || !d.clickWidget(combo)) {
        return false;
    }
    QAbstractItemView* list = combo->view();
    if (!QTest::qWaitFor([list] { return list->isVisible(); }, 2000)) {
        return false;
    }
    QTest::keyClick(list, Qt::Key_Home);
    for (int i = 0; i < wanted; ++i) {
        QTest::keyClick(list, Qt::Key_Down);
    }
    QTest::keyClick(list, Qt::Key_Return);
    return QTest::qWaitFor(
        [combo, list, wanted] { return !list->isVisible() && combo->currentIndex() == wanted; }, 2000);
}

} // namespace

class TestJourneySettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }
    void cleanup() { m_f.reset(); }

    void j9_addShop_keyInSecretStore_testConnection_languageLiveKazakhAndBack_data()
    {
        JourneyFixture::addProfileRows();
    }
    void j9_addShop_keyInSecretStore_testConnection_languageLiveKazakhAndBack();
    void j10_firstRun_tryTheDemo_reachesTheInvoices_data() { JourneyFixture::addProfileRows(); }
    void j10_firstRun_tryTheDemo_reachesTheInvoices();

private:
    std::unique_ptr<JourneyFixture> m_f;
};

void TestJourneySettings::j9_addShop_keyInSecretStore_testConnection_languageLiveKazakhAndBack()
{
    m_f = std::make_unique<JourneyFixture>(JourneyFixture::fetchProfile());
    QString error;
    QVERIFY2(m_f->start(&error, false), qPrintable(error));
    // The shop's server: a sandbox of its own, in this profile, reached at its loopback address.
    sandbox::SandboxServer::Options options;
    options.profile = m_f->profile();
    options.apiKeys = { u"journey-key-9"_s };
    sandbox::SandboxServer server(options);
    QVERIFY(server.start());
    JourneyDriver& d = m_f->driver();

    JCLICK(d, u"Settings…"_s);
    QVERIFY2(d.waitFor(u"Settings"_s), qPrintable(d.lastError()));
    JCLICK(d, u"Add shop"_s);
    JTYPE(d, u"Shop name"_s, u"Journey shop"_s);
    JTYPE(d, u"API key"_s, u"journey-key-9"_s);
    QVERIFY(chooseInCombo(d, d.find<QComboBox>(u"Server"_s), u"Other server…"_s));
    JREPLACE(d, u"Server address"_s, server.baseUrl().toString());
    JCLICK(d, u"Test connection"_s);
    QVERIFY2(d.waitFor(u"Success: "_s, 8000, JourneyDriver::Match::Contains), qPrintable(d.lastError()));
    QVERIFY2(d.find(u"The API key is accepted."_s, JourneyDriver::Match::Contains), qPrintable(d.lastError()));
    JCLICK(d, u"OK"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!d.find(u"Settings"_s), 5000);

    // The key went to the secret store, not the settings file; the session uses the shop.
    auto* store = static_cast<InMemorySecretStore*>(m_f->context()->secretStore());
    QTRY_VERIFY(store->keys().size() == 1);
    QCOMPARE(store->value(store->keys().first()), u"journey-key-9"_s);
    QTRY_COMPARE(m_f->context()->shopName(), u"Journey shop"_s);
    QCOMPARE(m_f->context()->mode(), Session::Mode::Sandbox);
    auto* shop = d.find<QLabel>(u"Shop"_s); // the status bar
    QVERIFY2(shop, qPrintable(d.lastError()));
    QTRY_VERIFY2(shop->text().contains(u"Journey shop"_s), qPrintable(shop->text()));
    d.key(Qt::Key_2, Qt::ControlModifier); // the window opens on the overview; the invoices are Ctrl+2
    auto* invoices = d.waitFor<QAbstractItemView>(u"Invoices"_s, 8000);
    QVERIFY2(invoices, qPrintable(d.lastError()));
    QTRY_VERIFY_WITH_TIMEOUT(invoices->model()->rowCount() > 0, 8000);

    // The language, live: Kazakh, then English again.
    d.key(Qt::Key_Comma, Qt::ControlModifier);
    QVERIFY2(d.waitFor(u"Settings"_s), qPrintable(d.lastError()));
    QVERIFY2(d.clickTab(u"General"_s), qPrintable(d.lastError()));
    QVERIFY(chooseInCombo(d, d.find<QComboBox>(u"Language"_s), u"Қазақша"_s));
    JCLICK(d, u"OK"_s);
    QTRY_COMPARE(m_f->window()->navigation()->item(1)->text(), u"Шоттар"_s);
    QVERIFY2(d.find(u"Баптаулар…"_s), qPrintable(d.lastError()));
    d.key(Qt::Key_Comma, Qt::ControlModifier);
    auto* dialog = m_f->window()->findChild<QDialog*>(u"settingsDialog"_s);
    QTRY_VERIFY(dialog && dialog->isVisible());
    auto* tabs = dialog->findChild<QTabBar*>();
    QVERIFY(tabs);
    QVERIFY2(tabs->tabText(1) != u"&General"_s, "the settings opened in English after the switch to Kazakh");
    QVERIFY2(d.clickTab(QString(tabs->tabText(1)).remove(u'&')), qPrintable(d.lastError())); // "General" in Kazakh
    QComboBox* language = nullptr;
    for (QWidget* w : JourneyDriver::visibleWidgets()) {
        if (auto* combo = qobject_cast<QComboBox*>(w); combo && combo->findText(u"English"_s) >= 0) {
            language = combo; // language names are written in their own language
        }
    }
    QVERIFY2(language, "no language box in the Kazakh settings");
    QTRY_VERIFY(language->isVisible());
    QVERIFY(chooseInCombo(d, language, u"English"_s));
    JCLICK(d, u"OK"_s);
    QTRY_COMPARE(m_f->window()->navigation()->item(1)->text(), u"Invoices"_s);
    QVERIFY2(d.find(u"Settings…"_s), qPrintable(d.lastError()));
    QVERIFY(invoices->model()->rowCount() > 0); // the rows stayed through both changes
}

void TestJourneySettings::j10_firstRun_tryTheDemo_reachesTheInvoices()
{
    m_f = std::make_unique<JourneyFixture>(JourneyFixture::fetchProfile());
    QString error;
    QVERIFY2(m_f->start(&error, false), qPrintable(error));
    JourneyDriver& d = m_f->driver();
    m_f->context()->startSession(); // no shop saved: the first-run choice
    QVERIFY2(d.waitFor(u"Welcome to ApiPay Desk"_s), qPrintable(d.lastError()));
    QVERIFY(d.isEnabled(u"Enter my API key"_s));
    JCLICK(d, u"Try the demo"_s);
    QTRY_VERIFY(m_f->server());
    QVERIFY2(m_f->speedUp(&error), qPrintable(error)); // before the sandbox answers anything
    QTRY_VERIFY(!d.find(u"Welcome to ApiPay Desk"_s));
    QCOMPARE(m_f->context()->mode(), Session::Mode::Demo);
    QCOMPARE(m_f->window()->currentPage(), m_f->window()->page(PageId::Overview)); // the app opens on the overview
    d.key(Qt::Key_2, Qt::ControlModifier);
    auto* invoices = d.waitFor<QAbstractItemView>(u"Invoices"_s, 8000);
    QVERIFY2(invoices, qPrintable(d.lastError()));
    QTRY_VERIFY_WITH_TIMEOUT(invoices->model()->rowCount() > 0, 8000);
    auto* mode = m_f->window()->findChild<QLabel*>(u"modeLabel"_s);
    QVERIFY(mode && mode->isVisible());
    QVERIFY2(mode->text().contains(u"Demo"_s), qPrintable(mode->text()));
    // The keyboard works at once: Ctrl+N to the counter, focus in the amount.
    d.key(Qt::Key_N, Qt::ControlModifier);
    QTRY_COMPARE(JourneyDriver::accessibleName(JourneyDriver::focused()), u"Amount, ₸:"_s);
}

QTEST_MAIN(TestJourneySettings)
#include "tst_journey_settings.moc"
