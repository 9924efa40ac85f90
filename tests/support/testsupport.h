#pragma once

#include <QByteArray>
#include <QString>

namespace apipay::test {

// Reads tests/data/<relativePath>; fails the current test (QFAIL-style message) and returns empty if missing.
QByteArray readTestData(const QString& relativePath);

// How long a read-back after a lost answer waits before its one more read, in the tests (a real counter: 5 s).
constexpr int kShortSettleMs = 200;

// Common initTestCase() hygiene: test-mode standard paths, organisation and application names, the short settle time
// of read-backs (kShortSettleMs).
void initTestEnvironment();

// Waits until every event queued to this thread before the call has been delivered (a marker queued behind them has
// run). For checks that something announced "from the event loop" did NOT happen: it has had its chance first.
// False only if the marker did not run within timeoutMs.
bool queuedEventsDelivered(int timeoutMs = 5000);

} // namespace apipay::test
