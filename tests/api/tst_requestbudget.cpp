#include "api/requestbudget.h"
#include "testsupport.h"

#include <QTest>

using namespace apipay;

class TestRequestBudget : public QObject
{
    Q_OBJECT
private:
    qint64 m_now = 0;
    RequestBudget makeBudget(int limit, int windowMs)
    {
        RequestBudget budget([this] { return m_now; });
        budget.configure(RequestBudget::hashKey(QStringLiteral("key-a")), limit, windowMs);
        return budget;
    }

private Q_SLOTS:
    void initTestCase() { apipay::test::initTestEnvironment(); }
    void init() { m_now = 1000; }

    void consume_upToLimit_thenWaitsForOldestToLeaveWindow()
    {
        RequestBudget budget = makeBudget(3, 1000);
        QCOMPARE(budget.remaining(), 3);
        budget.consume();
        m_now += 100;
        budget.consume();
        m_now += 100;
        budget.consume();
        QCOMPARE(budget.remaining(), 0);
        // The first send (at 1000) leaves the window at 2000; now = 1200.
        QCOMPARE(budget.msUntilAvailable(), 801);
        m_now = 2001;
        QCOMPARE(budget.msUntilAvailable(), 0);
        QCOMPARE(budget.remaining(), 1);
    }

    void rollingWindow_freesSlotsOneByOne()
    {
        RequestBudget budget = makeBudget(2, 1000);
        budget.consume(); // 1000
        m_now = 1500;
        budget.consume(); // 1500
        m_now = 2001;
        QCOMPARE(budget.remaining(), 1);
        m_now = 2501;
        QCOMPARE(budget.remaining(), 2);
    }

    void syncRemaining_zero_pausesUntilOwnWindowFreesSlot()
    {
        RequestBudget budget = makeBudget(60, 1000);
        budget.consume(); // at 1000
        m_now = 1200;
        QVERIFY(budget.syncRemaining(0));
        QCOMPARE(budget.remaining(), 0);
        QCOMPARE(budget.msUntilAvailable(), 801); // the send at 1000 leaves at 2000
        m_now = 2001;
        QCOMPARE(budget.msUntilAvailable(), 0);
    }

    void syncRemaining_higherThanOurs_changesNothing()
    {
        RequestBudget budget = makeBudget(5, 1000);
        budget.consume();
        QVERIFY(!budget.syncRemaining(10));
        QCOMPARE(budget.remaining(), 4);
        QVERIFY(!budget.syncRemaining(2));
        QCOMPARE(budget.remaining(), 2);
    }

    void pauseFor_blocksEvenWithSlotsLeft()
    {
        RequestBudget budget = makeBudget(60, 1000);
        budget.pauseFor(5000);
        QVERIFY(budget.isPaused());
        QCOMPARE(budget.remaining(), 0);
        QCOMPARE(budget.msUntilAvailable(), 5000);
        budget.pauseFor(100); // a shorter pause never shortens the current one
        QCOMPARE(budget.msUntilAvailable(), 5000);
        m_now += 5000;
        QVERIFY(!budget.isPaused());
        QCOMPARE(budget.remaining(), 60);
    }

    void keys_haveSeparateWindows_keyedByHash()
    {
        RequestBudget budget = makeBudget(2, 1000);
        budget.consume();
        budget.consume();
        QCOMPARE(budget.remaining(), 0);
        budget.configure(RequestBudget::hashKey(QStringLiteral("key-b")), 2, 1000);
        QCOMPARE(budget.remaining(), 2);
        budget.configure(RequestBudget::hashKey(QStringLiteral("key-a")), 2, 1000);
        QCOMPARE(budget.remaining(), 0);
    }

    void hashKey_neverContainsTheKey()
    {
        const QString key = QStringLiteral("sk_live_abcdef123456");
        const QByteArray hash = RequestBudget::hashKey(key);
        QCOMPARE(hash.size(), 64);
        QVERIFY(!hash.contains(key.toUtf8()));
        QCOMPARE(hash, RequestBudget::hashKey(key));
        QVERIFY(hash != RequestBudget::hashKey(QStringLiteral("sk_live_abcdef123457")));
    }
};

QTEST_GUILESS_MAIN(TestRequestBudget)
#include "tst_requestbudget.moc"
