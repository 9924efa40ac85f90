// Opens the main window in demo mode, shows every page with data (a row selected, the seed's Antom QR imported) in
// English, Russian and Kazakh, and writes a PNG of each to $APIPAY_SCREENSHOT_DIR (default: a temporary directory).
// Checks that every picture has content: the page's view is filled and the image is not a single colour.
// A second pass pictures what a person sees when things go wrong or wait: the invoices page after a failed refresh
// (rows and detail kept, marked stale), the counter waiting for the customer's payment, and the counter after the
// answer to "create" was lost (the invoice found by itself). A third: the overview over the demo shop's months and the
// first page of today's end-of-day report. A fourth: the QR sheets page (v2.1) with a paid, an active and a
// disabled sheet, and the A5 print preview of one.
#include "api/apiclient.h"
#include "counter/cartpanel.h"
#include "counter/countermodeswitch.h"
#include "counter/counterpage.h"
#include "counter/counterstatuspanel.h"
#include "counter/invoicesubmission.h"
#include "counter/qrcounterinput.h"
#include "counter/qrcounterpanel.h"
#include "images/imagecache.h"
#include "models/catalogtablemodel.h"
#include "models/staticqrtablemodel.h"
#include "overview/endofdayreport.h"
#include "overview/overviewchart.h"
#include "overview/overviewpage.h"
#include "qr/customerdisplaywindow.h"
#include "qr/qrpage.h"
#include "qr/qrwidget.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstore.h"
#include "secrets/inmemorysecretstore.h"
#include "session/democontrol.h"
#include "session/session.h"
#include "shell/mainwindow.h"
#include "shell/page.h"
#include "staticqr/staticqrpage.h"
#include "staticqr/staticqrprinting.h"
#include "store/historystore.h"
#include "store/historysynckeys.h"
#include "sync/historysync.h"
#include "testsupport.h"
#include "widgets/moneylineedit.h"
#include "widgets/phonelineedit.h"
#include "widgets/stalenotice.h"
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>

#include <QAbstractItemView>
#include <QDateTime>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include <memory>

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
    { PageId::Invoices, "invoices" },
    { PageId::NewInvoice, "new-invoice" },
    { PageId::Subscriptions, "subscriptions" },
    { PageId::Refunds, "refunds" },
    { PageId::Catalog, "catalog" },
    { PageId::Qr, "qr" },
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

// The demo shop's history as the sync would store it, copied from the sandbox's own invoices and refunds (the
// pictures must not wait for a first sync of 7,800 invoices within the request budget).
// The catalog's pictures come by their own downloads, not through the API's queue: every row has its thumbnail.
bool picturesArrived(Session& context, const QAbstractItemModel& catalog)
{
    for (int row = 0; row < catalog.rowCount(); ++row) {
        const QUrl url(catalog.index(row, 0).data(CatalogTableModel::ImageUrlRole).toString());
        if (!url.isEmpty() && context.imageCache()->thumbnail(url, 40).isNull()) {
            return false;
        }
    }
    return true;
}

bool fillHistoryFromSandbox(HistoryStore* history, sandbox::SandboxServer& server)
{
    QList<Invoice> invoices;
    for (const sandbox::SandboxInvoice& s : server.store().invoices()) {
        Invoice i;
        i.id = s.id;
        i.status = InvoiceStatus(s.status);
        i.amount = s.amount;
        i.totalRefunded = s.refundedCompleted;
        i.description = s.description;
        i.externalOrderId = s.externalOrderId;
        i.phone = s.phone;
        i.clientName = s.clientName;
        i.createdAt = s.createdAt;
        i.paidAt = s.paidAt;
        i.expiresAt = s.expiresAt;
        for (const sandbox::SandboxInvoiceItem& item : s.items) {
            InvoiceItem line;
            line.id = item.id;
            line.name = item.name;
            line.price = item.price;
            line.count = item.count;
            i.items.append(line);
        }
        invoices.append(i);
    }
    QList<Refund> refunds;
    for (const sandbox::SandboxRefund& s : server.store().refunds()) {
        Refund r;
        r.id = s.id;
        r.invoiceId = s.invoiceId;
        r.amount = s.amount;
        r.status = s.status;
        r.reason = s.reason;
        r.createdAt = s.createdAt;
        refunds.append(r);
    }
    // The whole history is here, as after a finished first sync: the overview compares every period.
    return history->upsertInvoices(invoices).ok() && history->upsertRefunds(refunds).ok()
        && history->setSyncValue(synckeys::historyInvoicesDone(), u"1"_s).ok()
        && history->setSyncValue(synckeys::historyRefundsDone(), u"1"_s).ok();
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
        QString error;
        const std::unique_ptr<Session> session = startDemoSession(language, &error);
        QVERIFY2(session, qPrintable(error));
        Session& context = *session;

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
            if (shot.page == PageId::Catalog) {
                QTRY_VERIFY_WITH_TIMEOUT(picturesArrived(context, *mainView(page)->model()), 15000);
            }
            const QImage image = window.grab().toImage();
            QVERIFY(!image.isNull());
            QVERIFY2(distinctColours(image) > 4, shot.name);
            const QString suffix = language == u"en" ? QString() : u'-' + language;
            const QString path = m_outDir + u'/' + QString::fromLatin1(shot.name) + suffix + u".png"_s;
            QVERIFY2(image.save(path), qPrintable(path));
        }
    }

    void faultsAndWaiting_inEveryLanguage_whatThePersonSees_data() { everyPage_inEveryLanguage_rendersWithData_data(); }

    void faultsAndWaiting_inEveryLanguage_whatThePersonSees()
    {
        QFETCH(QString, language);
        QString error;
        const std::unique_ptr<Session> session = startDemoSession(language, &error);
        QVERIFY2(session, qPrintable(error));
        Session& context = *session;
        sandbox::SandboxServer* server = context.demoServer();
        QVERIFY(server);
        server->setProcessingDelay(150);
        context.setPollIntervals(200, 1000);

        MainWindow window(&context);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const auto idle
            = [&context] { return context.api()->queuedCount() == 0 && context.api()->inFlightCount() == 0; };

        // The invoices page with a row open, then a refresh that fails (list: 500; detail: an unreadable answer).
        QVERIFY(window.showPage(PageId::Invoices));
        PageWidget* invoices = window.currentPage();
        QTRY_VERIFY_WITH_TIMEOUT(mainView(invoices) && mainView(invoices)->model()->rowCount() > 0, 15000);
        QAbstractItemView* list = mainView(invoices);
        list->setCurrentIndex(list->model()->index(1, 0));
        QTRY_VERIFY_WITH_TIMEOUT(idle(), 15000);
        const int rows = list->model()->rowCount();
        const QString shownId = list->model()->index(1, 0).data().toString();
        // The page's own refresh is to fail: the history sync's background reads of the same list would take the
        // injected fault instead (the history line of the status bar stays as it is).
        if (HistorySync* sync = context.historySync()) {
            sync->stop();
        }
        server->failNext("GET", u"/invoices"_s, 500, R"({"message": "Server Error"})");
        server->malformNext("GET", u"/invoices/*"_s);
        invoices->refresh();
        const auto staleShown = [invoices] {
            int shown = 0;
            for (StaleNotice* notice : invoices->findChildren<StaleNotice*>()) {
                shown += notice->isVisibleTo(invoices) && notice->state() == StaleNotice::State::RefreshFailed ? 1 : 0;
            }
            return shown;
        };
        QTRY_COMPARE_WITH_TIMEOUT(staleShown(), 2, 15000); // the list's notice and the detail's
        QTRY_VERIFY_WITH_TIMEOUT(idle(), 15000);
        QCOMPARE(list->model()->rowCount(), rows);
        QCOMPARE(list->currentIndex().siblingAtColumn(0).data().toString(), shownId);
        save(window, u"invoices-refresh-failed"_s, language);

        // The counter by amount: Enter sends; the status panel follows the invoice to "waiting for payment".
        QVERIFY(window.showPage(PageId::NewInvoice));
        auto* counter = qobject_cast<CounterPage*>(window.currentPage());
        QVERIFY(counter);
        const qint64 before = server->lastInvoiceId();
        counter->amountEdit()->setFocus();
        QTest::keyClicks(counter->amountEdit(), u"4500"_s);
        QTest::keyClick(counter->amountEdit(), Qt::Key_Tab);
        QTest::keyClicks(counter->phoneEdit(), u"+7 701 555 66 77"_s);
        QTest::keyClick(counter->phoneEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(server->lastInvoiceId() > before, 15000);
        const qint64 waiting = server->lastInvoiceId();
        QTRY_COMPARE_WITH_TIMEOUT(server->invoiceStatus(waiting).value_or(QString()), u"pending"_s, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(counter->submission()->invoice()
                && counter->submission()->invoice()->status.value() == InvoiceStatus::Pending,
            15000);
        QTRY_VERIFY_WITH_TIMEOUT(idle(), 15000);
        save(window, u"counter-waiting"_s, language);

        // Next customer; this time the answer to "create" is lost after the server made the invoice. The app looks
        // it up by itself and links it: one invoice, nothing sent twice.
        QTest::keyClick(counter->statusPanel()->nextCustomerButton(), Qt::Key_Return);
        QTRY_VERIFY(counter->amountEdit()->hasFocus() || counter->amountEdit()->text().isEmpty());
        server->dropNext("POST", u"/invoices"_s);
        counter->amountEdit()->setFocus();
        QTest::keyClicks(counter->amountEdit(), u"1250"_s);
        QTest::keyClick(counter->amountEdit(), Qt::Key_Tab);
        QTest::keyClicks(counter->phoneEdit(), u"87017778899"_s);
        QTest::keyClick(counter->phoneEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(counter->submission()->state() == InvoiceSubmission::State::Created, 15000);
        const QString orderId = counter->submission()->externalOrderId();
        QCOMPARE(server->invoicesWithExternalOrderId(orderId).size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(idle(), 15000);
        save(window, u"counter-found-after-lost-answer"_s, language);
    }

    void overviewAndReport_inEveryLanguage_data() { everyPage_inEveryLanguage_rendersWithData_data(); }

    // The overview over the demo shop's months, and the first page of today's end-of-day report.
    void overviewAndReport_inEveryLanguage()
    {
        QFETCH(QString, language);
        QString error;
        const std::unique_ptr<Session> session = startDemoSession(language, &error);
        QVERIFY2(session, qPrintable(error));
        Session& context = *session;
        QVERIFY(context.history());
        QVERIFY(context.demoServer());
        QVERIFY(fillHistoryFromSandbox(context.history(), *context.demoServer()));

        MainWindow window(&context);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showPage(PageId::Overview));
        auto* overview = qobject_cast<OverviewPage*>(window.currentPage());
        QVERIFY(overview);
        QTRY_VERIFY_WITH_TIMEOUT(!overview->showsEmptyState() && !overview->model()->isPending(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(context.api()->queuedCount() == 0 && context.api()->inFlightCount() == 0, 15000);
        // The cards' labels are laid out for the figures (posted layout requests), and the chart scene is drawn in a
        // later event-loop turn: wait until both are done (the chart's picture no longer changes).
        const auto laidOut = [overview] {
            for (QLabel* label : overview->findChildren<QLabel*>()) {
                if (label->isVisible() && !label->wordWrap() && label->width() < label->sizeHint().width()) {
                    return false;
                }
            }
            return true;
        };
        QTRY_VERIFY_WITH_TIMEOUT(laidOut(), 5000);
        QImage chartBefore;
        const auto chartSettled = [overview, &chartBefore] {
            const QImage now = overview->chart()->grab().toImage();
            const bool same = now == chartBefore;
            chartBefore = now;
            return same;
        };
        QTRY_VERIFY_WITH_TIMEOUT(chartSettled(), 5000);
        save(window, u"overview"_s, language);

        const DisplayFormat format = context.displayFormat();
        const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(format.zone()).date();
        const auto report = overview::EndOfDayReport::build(
            *context.history(), today, format, context.shopName(), QDateTime::currentDateTimeUtc());
        QVERIFY2(report.ok(), qPrintable(report.error()));
        std::unique_ptr<QTextDocument> document(report.value().createDocument(nullptr));
        const QSize a4(794, 1123); // A4 at 96 dpi
        document->setTextWidth(a4.width() - 80);
        QImage page(a4, QImage::Format_RGB32);
        page.fill(Qt::white);
        {
            QPainter painter(&page);
            painter.translate(40, 40);
            document->drawContents(&painter, QRectF(0, 0, a4.width() - 80, a4.height() - 80));
        }
        QVERIFY(distinctColours(page) > 4);
        const QString suffix = language == u"en" ? QString() : u'-' + language;
        const QString path = m_outDir + u"/end-of-day-report"_s + suffix + u".png"_s;
        QVERIFY2(page.save(path), qPrintable(path));
    }

    void staticQrSheets_inEveryLanguage_data() { everyPage_inEveryLanguage_rendersWithData_data(); }

    void staticQrSheets_inEveryLanguage()
    {
        QFETCH(QString, language);
        QString error;
        const std::unique_ptr<Session> session = startDemoSession(language, &error);
        QVERIFY2(session, qPrintable(error));
        Session& context = *session;
        sandbox::SandboxServer* server = context.demoServer();
        QVERIFY(server);
        server->setProfile(sandbox::Profile::V21); // static QR sheets are a v2.1 feature
        server->setProcessingDelay(100);

        MainWindow window(&context);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showPage(PageId::StaticQr));
        auto* page = qobject_cast<StaticQrPage*>(window.currentPage());
        QVERIFY(page);
        const auto idle
            = [&context] { return context.api()->queuedCount() == 0 && context.api()->inFlightCount() == 0; };
        QTRY_VERIFY_WITH_TIMEOUT(idle(), 15000);
        QSignalSpy created(page, &StaticQrPage::sheetCreated);
        const auto make = [&](qint64 tenge, const QString& description, bool singleUse) {
            StaticQrDraft draft;
            draft.amount = Money::fromTenge(tenge);
            draft.description = description;
            draft.singleUse = singleUse;
            page->createSheet(draft);
            QTRY_VERIFY_WITH_TIMEOUT(idle(), 15000);
        };
        make(1500, u"Lunch set"_s, true);
        make(800, u"Coffee to go"_s, false);
        make(4500, u"Table 4"_s, true);
        QCOMPARE(created.size(), 3);
        const auto sheetAt = [&](int i) { return created.at(i).first().value<StaticQrSheet>(); };
        // The first is scanned and paid, the second scanned twice, the third disabled.
        const auto paidInvoice = context.demoControl()->simulateStaticQrScan(sheetAt(0).id, &error);
        QVERIFY2(paidInvoice, qPrintable(error));
        QVERIFY(context.demoControl()->simulateStaticQrScan(sheetAt(1).id, &error));
        QVERIFY(context.demoControl()->simulateStaticQrScan(sheetAt(1).id, &error));
        QTRY_COMPARE_WITH_TIMEOUT(server->invoiceStatus(*paidInvoice).value_or(QString()), u"pending"_s, 15000);
        QVERIFY(context.demoControl()->simulateInvoicePaid(*paidInvoice, &error));
        QVERIFY(page->selectSheet(sheetAt(2).id));
        page->disableCurrent(true);
        QTRY_VERIFY_WITH_TIMEOUT(idle(), 15000);
        page->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(idle(), 15000);
        QTRY_COMPARE(page->model()->rowCount(), 3);
        QVERIFY(page->selectSheet(sheetAt(1).id));
        QTRY_VERIFY_WITH_TIMEOUT(idle(), 15000);
        // The notes of the actions above ("QR sheet … disabled") are drawn over the history label until they time
        // out: the picture is of the page as it stays.
        window.statusBar()->clearMessage();
        save(window, u"static-qr-sheets"_s, language);

        // The A5 print preview of the selected sheet.
        page->openPrintPreview();
        QPrintPreviewDialog* preview = nullptr;
        QTRY_VERIFY((preview = page->findChild<QPrintPreviewDialog*>()) && preview->isVisible());
        preview->resize(720, 900);
        auto* pages = preview->findChild<QPrintPreviewWidget*>();
        QVERIFY(pages);
        QTRY_VERIFY(pages->pageCount() > 0); // the preview lays its pages out in a later event-loop turn
        save(*preview, u"static-qr-print"_s, language);
        preview->close();
    }

    void qrCounterAndCustomerDisplay_inEveryLanguage_data() { everyPage_inEveryLanguage_rendersWithData_data(); }

    // The counter's QR mode (amount, Enter) with the QR invoice waiting, the customer display with the QR and its
    // countdown, and the display after payment with the Kaspi receipt's QR code.
    void qrCounterAndCustomerDisplay_inEveryLanguage()
    {
        QFETCH(QString, language);
        QString error;
        const std::unique_ptr<Session> session = startDemoSession(language, &error);
        QVERIFY2(session, qPrintable(error)); // the demo speaks v2.1: QR invoices
        Session& context = *session;
        sandbox::SandboxServer* server = context.demoServer();
        QVERIFY(server);
        server->setProcessingDelay(100);

        MainWindow window(&context);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showPage(PageId::NewInvoice));
        auto* page = qobject_cast<CounterPage*>(window.currentPage());
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(page->qrCapability()->isAvailable(), 15000);
        page->modeSwitch()->setMode(CounterModeSwitch::Mode::Qr);
        QrCounterPanel* panel = page->qrPanel();
        QTRY_VERIFY(panel->isVisible());
        panel->setUsesCustomerDisplay(true);
        panel->amountEdit()->setFocus();
        QTest::keyClicks(panel->amountEdit(), u"5000"_s);
        QTest::keyClick(panel->amountEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(panel->invoice().id > 0, 15000);
        QTRY_VERIFY(panel->customerDisplay() && panel->customerDisplay()->isVisible());
        CustomerDisplayWindow* display = panel->customerDisplay();
        display->showNormal();
        display->resize(800, 600);
        window.activateWindow();
        window.statusBar()->clearMessage();
        save(window, u"counter-qr"_s, language);
        save(*display, u"customer-display-qr"_s, language);

        // The customer pays; the display says so and then offers the Kaspi receipt as a QR code.
        QVERIFY2(context.demoControl()->simulateInvoicePaid(panel->invoice().id, &error), qPrintable(error));
        // "Paid ✓" hides the invoice's QR; the receipt's QR shows under it once Kaspi has the receipt.
        QTRY_VERIFY_WITH_TIMEOUT(display->isPaid() && display->qrWidget()->isVisible(), 15000);
        save(*display, u"customer-display-receipt"_s, language);
        save(window, u"counter-qr-paid"_s, language);

        // The next customer buys from the catalog: two lines in the cart, ready for Enter.
        panel->nextCustomer();
        panel->input()->setCartMode(true);
        CatalogTableModel* catalog = panel->cartPanel()->catalog();
        QTRY_VERIFY_WITH_TIMEOUT(catalog->rowCount() > 2, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(picturesArrived(context, *catalog), 15000);
        QVERIFY(panel->cartPanel()->addItem(catalog->itemAt(0), 2, std::nullopt));
        QVERIFY(panel->cartPanel()->addItem(catalog->itemAt(2), 1, std::nullopt));
        window.statusBar()->clearMessage();
        save(window, u"counter-qr-cart"_s, language);
    }

private:
    // A demo session in `language` with its embedded sandbox started; nullptr with the reason when it cannot start.
    static std::unique_ptr<Session> startDemoSession(const QString& language, QString* error)
    {
        QSettings()
            .clear(); // choices remembered by an earlier shot (the counter's mode, the QR cart) would show instead
        auto* secrets = new InMemorySecretStore;
        auto session = std::make_unique<Session>(secrets);
        secrets->setParent(session.get());
        session->setLanguage(language);
        if (!session->startDemo(error)) {
            return nullptr;
        }
        return session;
    }

    void save(QWidget& window, const QString& name, const QString& language)
    {
        const QImage image = window.grab().toImage();
        QVERIFY(!image.isNull());
        QVERIFY2(distinctColours(image) > 4, qPrintable(name));
        const QString suffix = language == u"en" ? QString() : u'-' + language;
        const QString path = m_outDir + u'/' + name + suffix + u".png"_s;
        QVERIFY2(image.save(path), qPrintable(path));
    }

    QTemporaryDir m_tempDir;
    QString m_outDir;
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
