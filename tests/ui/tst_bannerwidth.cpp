// The main window with long messages shown, in English, Russian and Kazakh: a banner wraps its text and never makes
// the window wider (or taller) than it is; the whole window still fits a 1280×720 screen.
#include "api/apierror.h"
#include "secrets/inmemorysecretstore.h"
#include "session/session.h"
#include "shell/mainwindow.h"
#include "shell/page.h"
#include "testsupport.h"
#include "widgets/messagebanner.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QLabel>
#include <QSettings>
#include <QTest>

using namespace apipay;
using namespace Qt::StringLiterals;
using PageId = MainWindow::PageId;

namespace {

int visibleRows(PageWidget* page)
{
    int rows = 0;
    const QList<QAbstractItemView*> views = page->findChildren<QAbstractItemView*>();
    for (QAbstractItemView* view : views) {
        if (view->isVisibleTo(page) && view->model()) {
            rows = qMax(rows, view->model()->rowCount());
        }
    }
    return rows;
}

// A long server message as answers carry them: sentences, a request path, a field path and a raw JSON object that
// cannot be broken at a space.
QString longServerMessage()
{
    return u"Kaspi answered with an error while the invoice list was being prepared; the request was not completed "
           "and nothing was changed. Details from the gateway: upstream_timeout_while_reading_kaspi_merchant_session_"
           "status_for_organization_and_invoice_list at /api/v1/invoices?page=1&per_page=50&sort_by=created_at&"
           "sort_order=desc&status[]=pending&status[]=processing&status[]=cancelling (field "
           "data.0.items.3.catalog_item.unit.name_ru). Rejected item: {\"index\":3,\"error_code\":"
           "\"catalog_item_name_too_long_for_kaspi_marketplace_listing\",\"error_message\":\"Наименование_товара_"
           "превышает_допустимую_длину_для_витрины_Kaspi_и_не_может_быть_опубликовано_без_сокращения\"}. Try again "
           "in a few minutes."_s;
}

} // namespace

class TestBannerWidth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { apipay::test::initTestEnvironment(); }
    void init() { QSettings().clear(); }

    void longBanners_everyLanguage_windowDoesNotGrow_andFits1280x720_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("ru") << u"ru"_s;
        QTest::newRow("kk") << u"kk"_s;
    }

    void longBanners_everyLanguage_windowDoesNotGrow_andFits1280x720()
    {
        QFETCH(QString, language);
        Session context(new InMemorySecretStore);
        MainWindow window(&context);
        const QSize screen(1280, 720);
        window.resize(screen);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString error;
        QVERIFY2(context.startDemo(&error), qPrintable(error));
        context.setLanguage(language);
        QVERIFY(window.showPage(PageId::Invoices));
        QTRY_VERIFY_WITH_TIMEOUT(visibleRows(window.page(PageId::Invoices)) > 0, 15'000);
        window.resize(screen);
        QTRY_COMPARE(window.size(), screen);

        // The error banner as the pages raise it (title, translated text with the server's words, Retry), and a
        // notice with an action, both at once.
        ApiError failure;
        failure.kind = ApiError::Kind::Server;
        failure.httpStatus = 502;
        failure.message = longServerMessage();
        window.reportError(failure, [] {});
        window.noticeBanner()->showMessage(MessageBanner::Kind::Warning,
            QCoreApplication::translate("apipay::MainWindow", "The API key cannot be read"),
            longServerMessage() + u' ' + longServerMessage());
        window.noticeBanner()->setAction(QCoreApplication::translate("apipay::MainWindow", "Open settings"), [] {});
        QVERIFY(window.errorBanner()->isVisible());
        QVERIFY(window.noticeBanner()->isVisible());

        for (int i = 0; i < MainWindow::kPageCount; ++i) {
            QVERIFY(window.showPage(PageId(i)));
            // Let the layouts settle (the window must stay as it is): the layout requests posted by showing the page
            // have run.
            QVERIFY(test::queuedEventsDelivered());
            const QString where = u"%1, page %2"_s.arg(language, window.currentPage()->objectName());
            QVERIFY2(window.size() == screen,
                qPrintable(u"%1: the window grew to %2×%3"_s.arg(where).arg(window.width()).arg(window.height())));
            const QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
            QVERIFY2(minimum.width() <= screen.width() && minimum.height() <= screen.height(),
                qPrintable(
                    u"%1: the window needs at least %2×%3"_s.arg(where).arg(minimum.width()).arg(minimum.height())));
            // The banner text wraps inside the window (its label is not wider than the banner).
            for (MessageBanner* banner : { window.errorBanner(), window.noticeBanner() }) {
                QVERIFY2(banner->geometry().right() <= window.centralWidget()->width(), qPrintable(where));
                for (QLabel* label : banner->findChildren<QLabel*>()) {
                    if (label->isVisible()) {
                        QVERIFY2(label->geometry().right() <= banner->width(), qPrintable(where));
                    }
                }
            }
        }
        context.setLanguage(u"en"_s);
    }
};

QTEST_MAIN(TestBannerWidth)
#include "tst_bannerwidth.moc"
