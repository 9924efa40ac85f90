// The main window against the in-process demo sandbox: invoices listed, keyboard navigation, the 401 banner,
// error banner with Retry, live retranslation, remembered layout.
#include "api/apiclient.h"
#include "columnheadertesting.h"
#include "sandbox/sandboxserver.h"
#include "secrets/inmemorysecretstore.h"
#include "session/appsettings.h"
#include "session/session.h"
#include "settings/settingsdialog.h"
#include "shell/mainwindow.h"
#include "shell/page.h"
#include "shell/sessionstatusbar.h"
#include "testsupport.h"
#include "widgets/messagebanner.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

using namespace apipay;
using namespace Qt::StringLiterals;
using PageId = MainWindow::PageId;

namespace {

// Marks every translated text, so a test sees which strings were re-read after a language change.
class MarkingTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;
    QString translate(const char* context, const char* sourceText, const char* disambiguation, int n) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        if (!context || QByteArrayView(context).startsWith("apipay::") == false) {
            return {};
        }
        return u"⟦"_s + QString::fromUtf8(sourceText) + u"⟧"_s;
    }
    bool isEmpty() const override { return false; }
};

int invoiceRows(PageWidget* page)
{
    const QList<QAbstractItemView*> views = page->findChildren<QAbstractItemView*>();
    int rows = 0;
    for (QAbstractItemView* view : views) {
        if (view->isVisibleTo(page) && view->model()) {
            rows = qMax(rows, view->model()->rowCount());
        }
    }
    return rows;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { apipay::test::initTestEnvironment(); }
    void init() { QSettings().clear(); }

    void demoMode_invoicesPage_listsDemoInvoices()
    {
        Session context(new InMemorySecretStore);
        MainWindow window(&context);
        window.show();
        QString error;
        QVERIFY2(context.startDemo(&error), qPrintable(error));
        QCOMPARE(context.mode(), Session::Mode::Demo);
        QVERIFY(context.demoServer());
        // The window opens on the overview; the invoices page loads when it is shown.
        QCOMPARE(window.currentPage(), window.page(PageId::Overview));
        PageWidget* invoices = window.page(PageId::Invoices);
        QVERIFY(invoices);
        QVERIFY(window.showPage(PageId::Invoices));
        QTRY_VERIFY_WITH_TIMEOUT(invoiceRows(invoices) > 0, 15'000);
        QCOMPARE(window.windowTitle(), u"ApiPay Desk"_s);
        auto* mode = window.findChild<QLabel*>(u"modeLabel"_s);
        QVERIFY(mode);
        QVERIFY2(mode->text().contains(u"Demo"_s), qPrintable(mode->text()));
        auto* budget = window.findChild<QLabel*>(u"budgetLabel"_s);
        QVERIFY(budget);
        QTRY_VERIFY(budget->text().contains(QString::number(context.api()->budgetRemaining())));
        QVERIFY(context.api()->budgetRemaining() < 60); // the list request was counted
        auto* refreshed = window.findChild<QLabel*>(u"lastRefreshLabel"_s);
        QTRY_VERIFY(refreshed->text() != SessionStatusBar::tr("Not updated yet"));
    }

    void shortcuts_ctrlDigitsAndCtrlN_switchPages()
    {
        Session context(new InMemorySecretStore);
        MainWindow window(&context);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const struct
        {
            Qt::Key key;
            PageId page;
        } steps[] = { { Qt::Key_4, PageId::Subscriptions }, { Qt::Key_5, PageId::Refunds },
            { Qt::Key_6, PageId::Catalog }, { Qt::Key_7, PageId::Qr }, { Qt::Key_3, PageId::NewInvoice },
            { Qt::Key_2, PageId::Invoices }, { Qt::Key_1, PageId::Overview } };
        for (const auto& step : steps) {
            QVERIFY2(window.page(step.page), "page missing from the build");
            QTest::keyClick(&window, step.key, Qt::ControlModifier);
            QCOMPARE(window.currentPage(), window.page(step.page));
            QCOMPARE(window.navigation()->currentItem()->text(), window.page(step.page)->title());
        }
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), window.page(PageId::NewInvoice));
        if (qEnvironmentVariableIsSet("APIPAY_SHOT_DIR")) {
            // Pictures of every section in demo mode, for looking at them (not part of the check).
            QVERIFY(context.startDemo());
            for (int i = 0; i < MainWindow::kPageCount; ++i) {
                window.showPage(PageId(i));
                // The page's data is in: nothing is on the way any more.
                QTRY_VERIFY_WITH_TIMEOUT(
                    context.api()->inFlightCount() == 0 && context.api()->queuedCount() == 0, 15'000);
                window.grab().save(qEnvironmentVariable("APIPAY_SHOT_DIR") + u"/page-%1.png"_s.arg(i));
            }
            window.showPage(PageId::NewInvoice);
        }
        // Ctrl+F puts the focus in the search field of the invoices page.
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(qobject_cast<QLineEdit*>(QApplication::focusWidget()));
        QVERIFY(window.page(PageId::Invoices)->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        // The navigation list itself is keyboard-driven too.
        window.navigation()->setFocus();
        QTest::keyClick(window.navigation(), Qt::Key_Down);
        QCOMPARE(window.currentPage(), window.page(PageId::Subscriptions));
    }

    void wrongApiKey_refresh_showsUnauthorizedBannerWithSettings()
    {
        Session context(new InMemorySecretStore);
        MainWindow window(&context);
        window.show();
        QVERIFY(context.startDemo());
        const QUrl url = context.demoServer()->baseUrl();
        QVERIFY(context.useServer(url, u"wrong-key"_s, Session::Mode::Sandbox, u"Test shop"_s));
        QSignalSpy unauthorized(context.api(), &ApiClient::unauthorized);
        window.showPage(PageId::Invoices);
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(window.errorBanner()->isVisible(), 10'000);
        QVERIFY(unauthorized.count() >= 1);
        QCOMPARE(window.errorBanner()->title(), MainWindow::tr("Wrong API key"));
        QVERIFY(window.errorBanner()->actionButton()->isVisible());
        QTest::mouseClick(window.errorBanner()->actionButton(), Qt::LeftButton);
        QTRY_VERIFY(window.findChild<SettingsDialog*>());
        QVERIFY(!window.errorBanner()->isVisible());
    }

    void reportedError_retry_runsRetryAndHidesBanner()
    {
        Session context(new InMemorySecretStore);
        MainWindow window(&context);
        window.show();
        ApiError error;
        error.kind = ApiError::Kind::Offline;
        int retries = 0;
        window.reportError(error, [&retries] { ++retries; });
        QVERIFY(window.errorBanner()->isVisible());
        QCOMPARE(window.errorBanner()->text(), error.userText());
        QVERIFY(window.errorBanner()->retryButton()->isVisible());
        QTest::mouseClick(window.errorBanner()->retryButton(), Qt::LeftButton);
        QCOMPARE(retries, 1);
        QVERIFY(!window.errorBanner()->isVisible());
        // Cancellations are not errors for people.
        error.kind = ApiError::Kind::Cancelled;
        window.reportError(error);
        QVERIFY(!window.errorBanner()->isVisible());
    }

    void languageChange_retranslatesNavigationAndMenus()
    {
        Session context(new InMemorySecretStore);
        MainWindow window(&context);
        window.show();
        const QString before = window.navigation()->item(0)->text();
        QVERIFY(!before.startsWith(u"⟦"_s));
        MarkingTranslator translator;
        QCoreApplication::installTranslator(&translator);
        QTRY_VERIFY(window.navigation()->item(0)->text().startsWith(u"⟦"_s));
        for (int row = 0; row < window.navigation()->count(); ++row) {
            QVERIFY2(window.navigation()->item(row)->text().startsWith(u"⟦"_s),
                qPrintable(window.navigation()->item(row)->text()));
        }
        QCOMPARE(window.windowTitle(), u"⟦ApiPay Desk⟧"_s);
        QCoreApplication::removeTranslator(&translator);
        QTRY_COMPARE(window.navigation()->item(0)->text(), before);
    }

    void setLanguage_russian_changesLocaleAndSignals()
    {
        Session context(new InMemorySecretStore);
        QSignalSpy changed(&context, &Session::languageChanged);
        context.setLanguage(u"ru"_s);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(context.displayFormat().locale().language(), QLocale::Russian);
        QCOMPARE(context.displayFormat().money(Money::fromTiyn(1'500'050)),
            Money::fromTiyn(1'500'050).format(context.displayFormat().locale()));
        QCOMPARE(context.displayFormat().money(std::nullopt), u"—"_s);
        context.setLanguage(u"en"_s);
        QCOMPARE(context.displayFormat().locale().language(), QLocale::English);
    }

    void formatDateTime_almatyByDefault()
    {
        Session context(new InMemorySecretStore);
        context.setLanguage(u"en"_s);
        const QDateTime utc(QDate(2026, 7, 5), QTime(14, 30), Qt::UTC);
        QVERIFY2(context.displayFormat().dateTime(utc).contains(u"19:30"_s),
            qPrintable(context.displayFormat().dateTime(utc)));
        QCOMPARE(context.displayFormat().dateTime(QDateTime()), u"—"_s);
    }

    void darkPalette_bannerAndModeFollowPalette()
    {
        const QPalette original = QApplication::palette();
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
        dark.setColor(QPalette::Highlight, QColor(0x2a, 0x6f, 0xc9));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ToolTipText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Light, QColor(0x50, 0x50, 0x50));
        dark.setColor(QPalette::Midlight, QColor(0x40, 0x40, 0x40));
        dark.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x30));
        dark.setColor(QPalette::Dark, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Shadow, Qt::black);
        QApplication::setPalette(dark);
        {
            Session context(new InMemorySecretStore);
            MainWindow window(&context);
            window.show();
            QVERIFY(context.startDemo());
            ApiError error;
            error.kind = ApiError::Kind::Server;
            error.message = u"Something failed"_s;
            window.reportError(error, [] {});
            MessageBanner* banner = window.errorBanner();
            QVERIFY(banner->isVisible());
            const QColor background = banner->palette().color(QPalette::Window);
            const QColor text = banner->palette().color(QPalette::WindowText);
            QVERIFY2(background.lightnessF() < 0.4, qPrintable(background.name()));
            QVERIFY(text.lightnessF() - background.lightnessF() > 0.5);
            auto* mode = window.findChild<QLabel*>(u"modeLabel"_s);
            QVERIFY(mode->palette().color(QPalette::Window).lightnessF() < 0.5);
            if (qEnvironmentVariableIsSet("APIPAY_SHOT_DIR")) {
                // The window opens on the overview and a page loads when it is shown: show the invoices for the
                // picture, then wait for their rows.
                QVERIFY(window.showPage(PageId::Invoices));
                QTRY_VERIFY_WITH_TIMEOUT(invoiceRows(window.page(PageId::Invoices)) > 0, 10'000);
                window.grab().save(qEnvironmentVariable("APIPAY_SHOT_DIR") + u"/mainwindow-dark.png"_s);
            }
        }
        QApplication::setPalette(original);
    }

    void startup_keychainUnavailable_warningBannerWithSettings()
    {
        Account account;
        account.id = u"shop-kc"_s;
        account.name = u"Coffee on Abay"_s;
        account.baseUrl = QUrl(u"https://api.apipay.kz/api/v1"_s);
        AppSettings::setAccounts({ account });
        AppSettings::setCurrentAccountId(account.id);
        auto* store = new InMemorySecretStore;
        store->setValue(SecretStore::apiKeyName(account.id), u"saved-key"_s);
        store->failNext(InMemorySecretStore::Operation::Read, SecretStore::Status::Unavailable, 2);
        Session context(store);
        context.setKeychainRetryDelayMs(50);
        MainWindow window(&context);
        window.show();
        context.startSession();
        QTRY_VERIFY(window.noticeBanner()->isVisible());
        QTRY_COMPARE(store->readCount(), 2);
        QCOMPARE(window.noticeBanner()->kind(), MessageBanner::Kind::Warning);
        QVERIFY(window.noticeBanner()->text().contains(SecretStore::statusText(SecretStore::Status::Unavailable)));
        QVERIFY(window.noticeBanner()->actionButton()->isVisible());
        QVERIFY(!window.errorBanner()->isVisible()); // no technical error on top
        auto* mode = window.findChild<QLabel*>(u"modeLabel"_s);
        QCOMPARE(mode->text().trimmed(), SessionStatusBar::tr("Not connected"));
    }

    void close_reopen_restoresColumnWidths()
    {
        int width = 0;
        {
            Session context(new InMemorySecretStore);
            MainWindow window(&context);
            window.show();
            QVERIFY(context.startDemo());
            QVERIFY(window.showPage(PageId::Invoices));
            PageWidget* invoices = window.page(PageId::Invoices);
            QTRY_VERIFY_WITH_TIMEOUT(invoiceRows(invoices) > 0, 10'000);
            QHeaderView* header = nullptr;
            const QList<QHeaderView*> headers = invoices->findChildren<QHeaderView*>();
            for (QHeaderView* candidate : headers) {
                if (candidate->orientation() == Qt::Horizontal && candidate->count() > 2 && !header) {
                    header = candidate;
                }
            }
            QVERIFY(header);
            // The person drags the right edge of the second column 57 pixels to the right.
            const int before = header->sectionSize(1);
            test::dragColumnEdge(header, 1, 57);
            QTRY_COMPARE(header->sectionSize(1), before + 57);
            width = header->sectionSize(1);
            window.close();
        }
        Session context(new InMemorySecretStore);
        MainWindow window(&context);
        window.show();
        QVERIFY(context.startDemo());
        QVERIFY(window.showPage(PageId::Invoices));
        PageWidget* invoices = window.page(PageId::Invoices);
        QTRY_VERIFY_WITH_TIMEOUT(invoiceRows(invoices) > 0, 10'000);
        const QList<QHeaderView*> headers = invoices->findChildren<QHeaderView*>();
        QHeaderView* header = nullptr;
        for (QHeaderView* candidate : headers) {
            if (candidate->orientation() == Qt::Horizontal && candidate->count() > 2 && !header) {
                header = candidate;
            }
        }
        QVERIFY(header);
        QTRY_COMPARE(header->sectionSize(1), width);
    }

    // At 200 % scaling a 2560×1600 screen is 1280×800 logical pixels: the window should shrink to about 1000×640.
    // Checked in each UI language with demo data loaded: the shell (navigation, margins) takes at most 180 px and
    // the subscriptions, refunds and catalog pages fit in the rest (the invoices, counter and QR pages are checked
    // by their own tests).
    void minimumSize_shellAndPagesInEveryLanguage_fitSmallScreen()
    {
        Session context(new InMemorySecretStore);
        MainWindow window(&context);
        window.show();
        QString error;
        QVERIFY2(context.startDemo(&error), qPrintable(error));
        QVERIFY(window.showPage(PageId::Invoices));
        QTRY_VERIFY_WITH_TIMEOUT(invoiceRows(window.page(PageId::Invoices)) > 0, 15'000);
        constexpr int kShell = 180;
        const QSize pageLimit(1000 - kShell, 560);
        for (const QString& language : { u"en"_s, u"ru"_s, u"kk"_s }) {
            context.setLanguage(language);
            int widestPage = 0;
            for (int i = 0; i < MainWindow::kPageCount; ++i) {
                QVERIFY(window.showPage(PageId(i)));
                widestPage = qMax(widestPage, window.page(PageId(i))->minimumSizeHint().width());
            }
            const int shell = window.minimumSizeHint().width() - widestPage;
            QVERIFY2(shell <= kShell, qPrintable(u"%1: shell takes %2 px"_s.arg(language).arg(shell)));
            for (PageId id : { PageId::Overview, PageId::Subscriptions, PageId::Refunds, PageId::Catalog }) {
                const QSize minimum = window.page(id)->minimumSizeHint();
                QVERIFY2(minimum.width() <= pageLimit.width() && minimum.height() <= pageLimit.height(),
                    qPrintable(u"%1 %2: minimum %3×%4"_s.arg(language, window.page(id)->objectName())
                                   .arg(minimum.width())
                                   .arg(minimum.height())));
            }
        }
        context.setLanguage(u"en"_s);
    }

    // The size comes back; the window opens on the overview whichever page was shown last.
    void close_reopen_restoresSize_opensOnTheOverview()
    {
        {
            Session context(new InMemorySecretStore);
            MainWindow window(&context);
            window.show();
            window.resize(900, 640);
            QVERIFY(window.showPage(PageId::Refunds));
            window.close();
        }
        Session context(new InMemorySecretStore);
        MainWindow window(&context);
        window.show();
        QCOMPARE(window.currentPage(), window.page(PageId::Overview));
        QCOMPARE(window.size(), QSize(900, 640));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
