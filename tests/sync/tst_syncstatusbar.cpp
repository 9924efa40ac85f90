// The status bar shows the first history sync's progress in demo mode ("History: 1,200 of 7,812 invoices") and
// hides it when the history is complete; a temporary message in the status bar and the progress are both readable.
#include "secrets/inmemorysecretstore.h"
#include "session/session.h"
#include "shell/mainwindow.h"
#include "shell/sessionstatusbar.h"
#include "sync/historysync.h"
#include "testsupport.h"

#include <QLabel>
#include <QSettings>
#include <QStatusBar>
#include <QTest>

using namespace apipay;
using namespace Qt::StringLiterals;

class TestSyncStatusBar : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { apipay::test::initTestEnvironment(); }
    void init() { QSettings().clear(); }

    void demo_statusBarShowsTheHistoryProgress()
    {
        Session context(new InMemorySecretStore);
        MainWindow window(&context);
        window.show();
        QString error;
        QVERIFY2(context.startDemo(&error), qPrintable(error));
        auto* label = window.findChild<QLabel*>(u"historySyncLabel"_s);
        QVERIFY(label);
        QTRY_VERIFY_WITH_TIMEOUT(label->isVisible() && label->text().startsWith(u"History: "_s), 20'000);
        // "History: 1,234 of 7,812 invoices": the count as the server has it, with group separators.
        const QString total = QLocale().toString(context.historySync()->totalInvoices());
        QVERIFY2(label->text().contains(u" of "_s + total), qPrintable(label->text()));
        QVERIFY(context.historySync()->totalInvoices() > 5'000);
    }

    // "Invoice 7653 cancelled" (a temporary message) while the sync goes on: the progress keeps its own place beside
    // the message, never drawn over it, and both stay on screen as the progress moves on.
    void demo_messageWhileSyncing_bothReadable_noOverlap()
    {
        Session context(new InMemorySecretStore);
        MainWindow window(&context);
        window.resize(1280, 720);
        window.show();
        QString error;
        QVERIFY2(context.startDemo(&error), qPrintable(error));
        auto* label = window.findChild<QLabel*>(u"historySyncLabel"_s);
        QVERIFY(label);
        QTRY_VERIFY_WITH_TIMEOUT(label->isVisible() && label->text().startsWith(u"History: "_s), 20'000);
        const QString message = u"Invoice 7653 cancelled"_s;
        QStatusBar* bar = window.statusBar();
        bar->showMessage(message, 60'000);
        const QString before = label->text();
        QTRY_VERIFY_WITH_TIMEOUT(label->text() != before, 20'000); // the next progress step
        QCOMPARE(bar->currentMessage(), message);
        QVERIFY(label->isVisible());
        // The message is drawn from the left edge; the progress must start after its last letter.
        const int messageEnd = 6 + bar->fontMetrics().horizontalAdvance(message);
        const QRect progress = label->geometry();
        QVERIFY2(progress.left() > messageEnd,
            qPrintable(u"the progress at x=%1 is drawn over the message ending at x=%2"_s.arg(progress.left())
                           .arg(messageEnd)));
        QVERIFY(progress.right() < bar->width());
        // The whole progress text fits its label.
        QVERIFY(label->width() >= label->fontMetrics().horizontalAdvance(label->text()));
    }
};

QTEST_MAIN(TestSyncStatusBar)
#include "tst_syncstatusbar.moc"
