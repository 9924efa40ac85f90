#include "testsupport.h"

#include "api/lostanswer.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMetaObject>
#include <QStandardPaths>
#include <QTest>

namespace apipay::test {

QByteArray readTestData(const QString& relativePath)
{
    QFile file(QStringLiteral(APIPAY_TEST_DATA) + u'/' + relativePath);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("Missing test data: %s", qPrintable(file.fileName()));
        return {};
    }
    return file.readAll();
}

void initTestEnvironment()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ApiPayDeskTests"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("apipaydesk.org"));
    // One settings file per test executable: ctest runs tests in parallel, and a shared file lets one test's saved
    // window layout or account leak into another's.
    QCoreApplication::setApplicationName(
        QStringLiteral("ApiPayDeskTests-") + QFileInfo(QCoreApplication::applicationFilePath()).completeBaseName());
    // A read-back that finds nothing right after a lost answer is made once more: after a fraction of a second in
    // the tests, not after the five seconds of a real counter (the second read is still made and still counted).
    LostAnswer::setSettleMs(kShortSettleMs);
}

bool queuedEventsDelivered(int timeoutMs)
{
    bool ran = false;
    QObject marker;
    QMetaObject::invokeMethod(
        &marker, [&ran] { ran = true; }, Qt::QueuedConnection);
    return QTest::qWaitFor([&ran] { return ran; }, timeoutMs);
}

} // namespace apipay::test
