// InvoiceStatus: the docs/api-contract.md §6 vocabulary, unknown statuses kept raw (T5), cancel/refund rules, shared
// raw strings.
#include "domain/invoice.h"
#include "domain/invoicestatus.h"
#include "testsupport.h"

#include <QTest>

using namespace apipay;

class TestInvoiceStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void known_rulesPerStatus_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<int>("value");
        QTest::addColumn<bool>("final");
        QTest::addColumn<bool>("cancel");
        QTest::addColumn<bool>("refund");
        QTest::newRow("processing") << "processing" << int(InvoiceStatus::Processing) << false << true << false;
        QTest::newRow("pending") << "pending" << int(InvoiceStatus::Pending) << false << true << false;
        QTest::newRow("cancelling") << "cancelling" << int(InvoiceStatus::Cancelling) << false << false << false;
        QTest::newRow("paid") << "paid" << int(InvoiceStatus::Paid) << true << false << true;
        QTest::newRow("cancelled") << "cancelled" << int(InvoiceStatus::Cancelled) << true << false << false;
        QTest::newRow("expired") << "expired" << int(InvoiceStatus::Expired) << true << false << false;
        QTest::newRow("error") << "error" << int(InvoiceStatus::Error) << true << false << false;
        QTest::newRow("partially_refunded")
            << "partially_refunded" << int(InvoiceStatus::PartiallyRefunded) << true << false << true;
        QTest::newRow("refunded") << "refunded" << int(InvoiceStatus::Refunded) << true << false << false;
    }
    void known_rulesPerStatus()
    {
        QFETCH(QString, raw);
        QFETCH(int, value);
        QFETCH(bool, final);
        QFETCH(bool, cancel);
        QFETCH(bool, refund);
        const InvoiceStatus s(raw);
        QVERIFY(s.isKnown());
        QCOMPARE(int(s.value()), value);
        QCOMPARE(s.raw(), raw);
        QCOMPARE(s.isFinal(), final);
        QCOMPARE(s.canCancel(), cancel);
        QCOMPARE(s.canRefund(), refund);
        QVERIFY(!s.label().isEmpty());
        QVERIFY(s.label() != raw); // a translated label, not the key
        QCOMPARE(InvoiceStatus::rawName(s.value()), raw);
        QCOMPARE(InvoiceStatus::fromValue(s.value()), s);
    }

    void unknown_keptRawAndNonFinal()
    {
        const InvoiceStatus s(QStringLiteral("qr_scanned"));
        QVERIFY(!s.isKnown());
        QCOMPARE(s.value(), InvoiceStatus::Unknown);
        QCOMPARE(s.raw(), QStringLiteral("qr_scanned"));
        QCOMPARE(s.label(), QStringLiteral("qr_scanned"));
        QVERIFY(!s.isFinal());
        QVERIFY(!s.canCancel());
        QVERIFY(!s.canRefund());
        QVERIFY(s != InvoiceStatus(QStringLiteral("Paid"))); // case matters: "Paid" is not "paid"
        QVERIFY(!InvoiceStatus(QStringLiteral("Paid")).isKnown());
        QVERIFY(!InvoiceStatus().isKnown());
        QVERIFY(InvoiceStatus().raw().isEmpty());
    }

    void allKnown_everyDocumentedStatusOnce()
    {
        const QList<InvoiceStatus::Value>& all = InvoiceStatus::allKnown();
        QCOMPARE(all.size(), 9);
        QSet<InvoiceStatus::Value> seen(all.begin(), all.end());
        QCOMPARE(seen.size(), 9);
        QVERIFY(!seen.contains(InvoiceStatus::Unknown));
    }

    void rawStrings_sharedBetweenInstances()
    {
        // Large invoice lists hold one status per row: known statuses must not allocate a string each.
        const InvoiceStatus a(QStringLiteral("paid"));
        const InvoiceStatus b = InvoiceStatus::fromValue(InvoiceStatus::Paid);
        QCOMPARE(a.raw().constData(), b.raw().constData());
    }

    void fullyRefunded_T6()
    {
        Invoice inv;
        inv.status = InvoiceStatus(QStringLiteral("refunded"));
        QVERIFY(inv.fullyRefunded());
        inv.status = InvoiceStatus(QStringLiteral("paid"));
        QVERIFY(!inv.fullyRefunded());
        inv.isFullyRefunded = true;
        QVERIFY(inv.fullyRefunded());
        inv.isFullyRefunded = false;
        inv.amount = Money::fromTiyn(500000);
        inv.totalRefunded = Money::fromTiyn(500000);
        QVERIFY(inv.fullyRefunded());
        inv.totalRefunded = Money::fromTiyn(100000);
        QVERIFY(!inv.fullyRefunded());
    }
};

QTEST_GUILESS_MAIN(TestInvoiceStatus)
#include "tst_invoicestatus.moc"
