#pragma once

#include <QByteArray>
#include <QString>

namespace apipay::test {

// Reads tests/data/<relativePath>; fails the current test (QFAIL-style message) and returns empty if missing.
QByteArray readTestData(const QString& relativePath);

// Common initTestCase() hygiene: test-mode standard paths, organisation and application names.
void initTestEnvironment();

} // namespace apipay::test
