#include "testsupport.h"

#include <QCoreApplication>
#include <QFile>
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
    QCoreApplication::setApplicationName(QStringLiteral("ApiPayDeskTests"));
}

} // namespace apipay::test
