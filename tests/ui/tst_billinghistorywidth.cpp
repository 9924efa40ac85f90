// The subscriptions page's billing history in the main window on a 1280×720 screen (the window as it opens there,
// made narrower, and full screen), in English, Russian and Kazakh: for every demo subscription the history's columns
// fit the panel (nothing to scroll sideways), the period and the amount are shown whole, the status has room beside
// them, and a cell cut short has its whole text in the tool tip.
#include "secrets/inmemorysecretstore.h"
#include "session/session.h"
#include "shell/mainwindow.h"
#include "subscriptions/subscriptiondetailpanel.h"
#include "subscriptions/subscriptionspage.h"
#include "testsupport.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace apipay;
using namespace Qt::StringLiterals;
using PageId = MainWindow::PageId;

class TestBillingHistoryWidth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { apipay::test::initTestEnvironment(); }
    void init() { QSettings().clear(); }

    void everyLanguage_1280x720_noSidewaysScrolling_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        for (const QString& language : { u"en"_s, u"ru"_s, u"kk"_s }) {
            // 1216×648 is about the window's first size on that screen (it opens at most 1280×800, within 95 % of the
            // screen's free area, which a panel makes lower than 720).
            QTest::addRow("%s, opened", qPrintable(language)) << language << QSize(1216, 648);
            QTest::addRow("%s, made narrow", qPrintable(language)) << language << QSize(1100, 648);
            QTest::addRow("%s, full screen", qPrintable(language)) << language << QSize(1280, 720);
        }
    }

    void everyLanguage_1280x720_noSidewaysScrolling()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        Session context(new InMemorySecretStore);
        MainWindow window(&context);
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString error;
        QVERIFY2(context.startDemo(&error), qPrintable(error));
        context.setLanguage(language);
        QVERIFY(window.showPage(PageId::Subscriptions));
        QTRY_COMPARE(window.size(), size);
        auto* page = qobject_cast<SubscriptionsPage*>(window.page(PageId::Subscriptions));
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(page->tableView()->model()->rowCount() > 0, 15'000);
        QTableWidget* history = page->detailPanel()->historyTable();

        int checked = 0;
        qint64 previous = 0;
        QTableView* list = page->tableView();
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            list->setCurrentIndex(list->model()->index(row, 0));
            QTRY_VERIFY(
                page->detailPanel()->subscription().id != 0 && page->detailPanel()->subscription().id != previous);
            const qint64 id = page->detailPanel()->subscription().id;
            previous = id;
            // Every demo subscription has been billed at least once.
            QTRY_VERIFY_WITH_TIMEOUT(history->rowCount() > 0 && !page->detailPanel()->isLoading(), 10'000);
            QVERIFY(test::queuedEventsDelivered()); // the layout requests of the new rows have run
            const QString where
                = u"%1 %2×%3, subscription %4"_s.arg(language).arg(size.width()).arg(size.height()).arg(id);
            QVERIFY2(history->isVisible(), qPrintable(where));
            QHeaderView* header = history->horizontalHeader();
            const int viewport = history->viewport()->width();
            QVERIFY2(history->horizontalScrollBar()->maximum() == 0,
                qPrintable(
                    u"%1: scrolls sideways by %2 px"_s.arg(where).arg(history->horizontalScrollBar()->maximum())));
            QVERIFY2(header->length() <= viewport,
                qPrintable(u"%1: columns %2 px wide in %3 px"_s.arg(where).arg(header->length()).arg(viewport)));
            // Period and amount whole; the status column has room for more than a few letters.
            const QAbstractItemView* view = history; // sizeHintForColumn is public there
            for (int column : { 0, 1 }) {
                QVERIFY2(header->sectionSize(column) >= view->sizeHintForColumn(column), qPrintable(where));
            }
            const int statusWidth = header->sectionSize(2);
            QVERIFY2(statusWidth >= history->fontMetrics().horizontalAdvance(u"Waiting for"_s),
                qPrintable(u"%1: the status column is %2 px"_s.arg(where).arg(statusWidth)));
            // Each status cell says everything in its tool tip (the text shown may be cut with "…").
            for (int r = 0; r < history->rowCount(); ++r) {
                const QTableWidgetItem* status = history->item(r, 2);
                QVERIFY2(status && !status->toolTip().isEmpty(), qPrintable(where));
                QVERIFY2(status->toolTip().startsWith(status->text().section(u'\n', 0, 0).section(u" · "_s, 0, 0)),
                    qPrintable(where));
            }
            ++checked;
        }
        QVERIFY(checked > 0);
        context.setLanguage(u"en"_s);
    }
};

QTEST_MAIN(TestBillingHistoryWidth)
#include "tst_billinghistorywidth.moc"
