// Opens the main window in demo mode, shows every page with data (a row selected, the seed's Antom QR imported) in
// English, Russian and Kazakh, and writes a PNG of each to $APIPAY_SCREENSHOT_DIR (default: a temporary directory).
// Checks that every picture has content: the page's view is filled and the image is not a single colour.
#include "api/apiclient.h"
#include "qr/customerdisplaywindow.h"
#include "qr/qrpage.h"
#include "secrets/inmemorysecretstore.h"
#include "shell/appcontext.h"
#include "shell/mainwindow.h"
#include "shell/page.h"
#include "testsupport.h"

#include <QAbstractItemView>
#include <QDateTime>
#include <QDir>
#include <QImage>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace apipay;
using namespace Qt::StringLiterals;
using PageId = MainWindow::PageId;

namespace {

struct Shot
{
    PageId page;
    const char* name;
};

constexpr Shot kShots[] = {
    {PageId::Invoices, "invoices"},   {PageId::NewInvoice, "new-invoice"}, {PageId::Subscriptions, "subscriptions"},
    {PageId::Refunds, "refunds"},     {PageId::Catalog, "catalog"},        {PageId::Qr, "qr"},
};

// The largest visible item view of a page (its main list), or nullptr.
QAbstractItemView* mainView(QWidget* page)
{
    QAbstractItemView* best = nullptr;
    for (QAbstractItemView* view : page->findChildren<QAbstractItemView*>()) {
        if (!view->isVisibleTo(page) || !view->model()) {
            continue;
        }
        if (!best || view->width() * view->height() > best->width() * best->height()) {
            best = view;
        }
    }
    return best;
}

int distinctColours(const QImage& image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7) {
            colours.insert(image.pixel(x, y));
            if (colours.size() > 16) {
                return static_cast<int>(colours.size());
            }
        }
    }
    return static_cast<int>(colours.size());
}

} // namespace

class TestScreenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        const QString dir = qEnvironmentVariable("APIPAY_SCREENSHOT_DIR");
        if (dir.isEmpty()) {
            QVERIFY(m_tempDir.isValid());
            m_outDir = m_tempDir.path();
        } else {
            m_outDir = QDir(dir).absolutePath();
            QVERIFY(QDir().mkpath(m_outDir));
        }
    }

    void everyPage_inEveryLanguage_rendersWithData_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("ru") << u"ru"_s;
        QTest::newRow("kk") << u"kk"_s;
    }

    void everyPage_inEveryLanguage_rendersWithData()
    {
        QFETCH(QString, language);
        auto* secrets = new InMemorySecretStore;
        AppContext context(secrets);
        secrets->setParent(&context);
        context.setLanguage(language);
        QString error;
        QVERIFY2(context.startDemo(&error), qPrintable(error));

        MainWindow window(&context);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        for (const Shot& shot : kShots) {
            QVERIFY(window.showPage(shot.page));
            PageWidget* page = window.currentPage();
            QVERIFY(page);
            if (shot.page == PageId::Qr) {
                auto* qr = qobject_cast<QrPage*>(page);
                QVERIFY(qr);
                // The seed's pay response, with an expiry ten minutes ahead so the QR is shown live (not "Expired").
                QByteArray response = test::readTestData(u"antom/pay_response_kaspi.json"_s);
                const QByteArray expiry = QDateTime::currentDateTimeUtc().addSecs(600).toString(Qt::ISODate).toLatin1();
                response.replace("2026-01-25T22:26:14-08:00", expiry);
                QVERIFY(qr->importText(response));
            } else if (shot.page != PageId::NewInvoice) {
                // The list appears (replacing an empty state) once the first page has arrived.
                QTRY_VERIFY_WITH_TIMEOUT(mainView(page) && mainView(page)->model()->rowCount() > 0, 15000);
                QAbstractItemView* view = mainView(page);
                view->setCurrentIndex(view->model()->index(0, 0));
            }
            // The selection loads details (and images): wait until every request has been answered.
            QTRY_VERIFY_WITH_TIMEOUT(context.api()->queuedCount() == 0 && context.api()->inFlightCount() == 0, 15000);
            const QImage image = window.grab().toImage();
            QVERIFY(!image.isNull());
            QVERIFY2(distinctColours(image) > 4, shot.name);
            const QString suffix = language == u"en" ? QString() : u'-' + language;
            const QString path = m_outDir + u'/' + QString::fromLatin1(shot.name) + suffix + u".png"_s;
            QVERIFY2(image.save(path), qPrintable(path));
        }
    }

private:
    QTemporaryDir m_tempDir;
    QString m_outDir;
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
