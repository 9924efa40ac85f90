// Refund decoders: POST refund answer, GET /invoices/{id}/refunds, GET /refunds (both envelopes).
#include "testsupport.h"
#include "json/jsondecoder.h"

#include <QTest>

using namespace apipay;

class TestRefundDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void refundResult_amountsAsNumbersOrStrings_decoded_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<qint64>("refundId");
        QTest::addColumn<qint64>("refundTiyn");
        QTest::addColumn<qint64>("pendingTiyn");
        QTest::addColumn<qint64>("availableTiyn");
        QTest::addColumn<QString>("invoiceStatus");
        QTest::newRow("v20_numbers") << "refund_create/v20.json" << qint64(1) << qint64(500000) << qint64(500000)
                                     << qint64(500000) << "partially_refunded";
        QTest::newRow("strings_before_march")
            << "refund_create/strings_before_march.json" << qint64(2) << qint64(250050) << qint64(250050)
            << qint64(249950) << "partially_refunded";
        QTest::newRow("v21_paid") << "refund_create/v21_paid.json" << qint64(3) << qint64(1000000) << qint64(1000000)
                                  << qint64(1000000) << "paid";
    }
    void refundResult_amountsAsNumbersOrStrings_decoded()
    {
        QFETCH(QString, file);
        QFETCH(qint64, refundId);
        QFETCH(qint64, refundTiyn);
        QFETCH(qint64, pendingTiyn);
        QFETCH(qint64, availableTiyn);
        QFETCH(QString, invoiceStatus);
        const auto d = json::refundResult(test::readTestData(file));
        QVERIFY2(d.ok(), qPrintable(d.errorField));
        QCOMPARE(d.value.message, QStringLiteral("Refund queued for processing"));
        QCOMPARE(d.value.refund.id, refundId);
        QCOMPARE(d.value.refund.invoiceId, 42);
        QCOMPARE(d.value.refund.amount->tiyn(), refundTiyn);
        QCOMPARE(d.value.refund.status, QStringLiteral("pending"));
        QCOMPARE(d.value.refund.initiatedBy, QStringLiteral("api"));
        QVERIFY(d.value.invoice.has_value());
        QCOMPARE(d.value.invoice->id, 42);
        QCOMPARE(d.value.invoice->pendingRefundAmount->tiyn(), pendingTiyn);
        QCOMPARE(d.value.invoice->availableForRefund->tiyn(), availableTiyn);
        QCOMPARE(d.value.invoice->status, invoiceStatus);
        QVERIFY2(d.value.refund.unreadableFields.isEmpty(), qPrintable(d.value.refund.unreadableFields.join(u',')));
    }

    void refundResult_missingRefund_errorField()
    {
        const auto d = json::refundResult(test::readTestData(QStringLiteral("broken/refund_missing.json")));
        QCOMPARE(d.errorField, QStringLiteral("refund"));
        const auto noId = json::refundResult(R"({"refund": {"amount": "5.00"}})");
        QCOMPARE(noId.errorField, QStringLiteral("refund.id"));
    }

    void invoiceRefunds_v20_itemsAndSummary()
    {
        const auto d = json::invoiceRefunds(test::readTestData(QStringLiteral("invoice_refunds/v20.json")));
        QVERIFY2(d.ok(), qPrintable(d.errorField));
        QCOMPARE(d.value.invoice.id, 42);
        QCOMPARE(d.value.invoice.amount->tiyn(), 1500000);
        QCOMPARE(d.value.invoice.totalRefunded->tiyn(), 500000);
        QCOMPARE(d.value.invoice.availableForRefund->tiyn(), 1000000);
        QCOMPARE(d.value.invoice.isFullyRefunded, std::optional<bool>(false));
        QCOMPARE(d.value.total, 1);
        QCOMPARE(d.value.refunds.size(), 1);
        const Refund& r = d.value.refunds[0];
        QCOMPARE(r.id, 5);
        QCOMPARE(r.status, QStringLiteral("completed"));
        QCOMPARE(r.reason, QStringLiteral("Item returned"));
        QCOMPARE(r.items.size(), 1);
        QCOMPARE(r.items[0].invoiceItemId, std::optional<qint64>(10));
        QCOMPARE(r.items[0].catalogItemId, std::optional<qint64>(101));
        QCOMPARE(r.items[0].price->tiyn(), 250000);
        QCOMPARE(r.items[0].count, 2);
        QCOMPARE(r.items[0].amount->tiyn(), 500000);
        QCOMPARE(r.createdAt, QDateTime(QDate(2026, 4, 8), QTime(12, 0), Qt::UTC));

        const auto empty = json::invoiceRefunds(test::readTestData(QStringLiteral("invoice_refunds/empty.json")));
        QVERIFY(empty.ok());
        QVERIFY(empty.value.refunds.isEmpty());
        QCOMPARE(empty.value.invoice.availableForRefund->tiyn(), 10000);
    }

    void invoiceRefunds_refundsWrongType_errorField()
    {
        const auto d = json::invoiceRefunds(test::readTestData(QStringLiteral("broken/refunds_wrong_type.json")));
        QCOMPARE(d.errorField, QStringLiteral("refunds"));
    }

    void refundPage_envelopes_decoded_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("lastPage");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("initiatedBy");
        QTest::newRow("v20") << "refunds_list/v20.json" << 3 << "completed"
                             << "api";
        QTest::newRow("v21_flat") << "refunds_list/v21_flat.json" << 1 << "failed"
                                  << "system";
    }
    void refundPage_envelopes_decoded()
    {
        QFETCH(QString, file);
        QFETCH(int, lastPage);
        QFETCH(QString, status);
        QFETCH(QString, initiatedBy);
        const auto d = json::refundPage(test::readTestData(file), 10);
        QVERIFY2(d.ok(), qPrintable(d.errorField));
        QCOMPARE(d.value.lastPage.value_or(-1), lastPage);
        QCOMPARE(d.value.items.size(), 1);
        const Refund& r = d.value.items[0];
        QCOMPARE(r.status, status);
        QCOMPARE(r.initiatedBy, initiatedBy);
        QCOMPARE(r.kaspiRefundId, QStringLiteral("REF-123456"));
        QVERIFY(r.invoice.has_value());
        QCOMPARE(r.invoice->externalOrderId, QStringLiteral("ORDER-100"));
        QCOMPARE(r.invoice->status, QStringLiteral("partially_refunded"));
        QCOMPARE(r.invoice->kaspiInvoiceId, QStringLiteral("KSP-789"));
        QVERIFY(r.items.isEmpty());
    }

    void refundPage_v21Failed_errorCodeKept()
    {
        const auto d = json::refundPage(test::readTestData(QStringLiteral("refunds_list/v21_flat.json")), 10);
        QVERIFY(d.ok());
        QCOMPARE(d.value.items[0].errorCode, QStringLiteral("refund_window_expired"));
        QCOMPARE(d.value.items[0].errorMessage, QStringLiteral("Refund window expired"));
    }

    void statusLabel_knownAndUnknown()
    {
        QCOMPARE(Refund::statusLabel(QStringLiteral("completed")), QStringLiteral("Completed"));
        QCOMPARE(Refund::statusLabel(QStringLiteral("failed")), QStringLiteral("Failed"));
        QVERIFY(!Refund::statusLabel(QStringLiteral("pending")).isEmpty());
        QVERIFY(!Refund::statusLabel(QStringLiteral("processing")).isEmpty());
        QCOMPARE(Refund::statusLabel(QStringLiteral("reversed")), QStringLiteral("reversed")); // T5
    }
};

QTEST_GUILESS_MAIN(TestRefundDecoder)
#include "tst_refunddecoder.moc"
