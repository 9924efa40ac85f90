// The status bar shows the first history sync's progress in demo mode ("History: 1,200 of 7,812 invoices") and
// hides it when the history is complete.
#include "secrets/inmemorysecretstore.h"
#include "session/session.h"
#include "shell/mainwindow.h"
#include "shell/sessionstatusbar.h"
#include "sync/historysync.h"
#include "testsupport.h"

#include <QLabel>
#include <QSettings>
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
};

QTEST_MAIN(TestSyncStatusBar)
#include "tst_syncstatusbar.moc"
