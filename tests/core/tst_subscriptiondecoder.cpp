// Subscription decoders: every T4 shape, the list envelopes and the billing history.
#include "testsupport.h"
#include "json/jsondecoder.h"

#include <QTest>

using namespace apipay;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC);
}

} // namespace

class TestSubscriptionDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void subscription_createShapes_decoded_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("create_wrapped") << "subscription/create_wrapped.json";
        QTest::newRow("create_flat") << "subscription/create_flat.json";
        QTest::newRow("create_message") << "subscription/create_message.json";
    }
    void subscription_createShapes_decoded()
    {
        QFETCH(QString, file);
        const auto d = json::subscription(test::readTestData(file));
        QVERIFY2(d.ok(), qPrintable(d.errorField));
        const Subscription& s = d.value;
        QCOMPARE(s.id, 10);
        QCOMPARE(s.phone, QStringLiteral("87001234567"));
        QCOMPARE(s.amount->tiyn(), 500000);
        QCOMPARE(s.billingPeriod, QStringLiteral("monthly"));
        QCOMPARE(s.billingDay, std::optional<int>(1));
        QCOMPARE(s.status, QStringLiteral("active"));
        QCOMPARE(s.subscriberName, QStringLiteral("John Doe"));
        QVERIFY(s.externalSubscriberId.isEmpty());
        QCOMPARE(s.isSandbox, std::optional<bool>(true));
        QVERIFY(s.canPause());
        QVERIFY(!s.canResume());
        QVERIFY(s.nextBillingAt.isValid());
        QCOMPARE(s.nextBillingAt.timeSpec(), Qt::UTC);
        QVERIFY2(s.unreadableFields.isEmpty(), qPrintable(s.unreadableFields.join(u',')));
    }

    void subscription_flatDateOnlyNextBilling_midnightAlmaty()
    {
        const auto d = json::subscription(test::readTestData(QStringLiteral("subscription/create_flat.json")));
        QVERIFY(d.ok());
        // 2025-03-01 00:00 in Asia/Almaty (UTC+5 since 2024-03-01) = 2025-02-28 19:00 UTC
        QCOMPARE(d.value.nextBillingAt, utc(2025, 2, 28, 19, 0));
        QCOMPARE(d.value.startedAt, QDate(2025, 2, 1));
    }

    void subscription_v21StartedAtDateTime_almatyDay()
    {
        // v2.1 sends started_at as a UTC date-time: 19:30 UTC on 31 January is 1 February in Almaty (UTC+5).
        const auto d
            = json::subscription(R"({"id": 5, "status": "active", "started_at": "2026-01-31T19:30:00+00:00"})");
        QVERIFY2(d.ok(), qPrintable(d.errorField));
        QCOMPARE(d.value.startedAt, QDate(2026, 2, 1));
        const auto early = json::subscription(R"({"id": 5, "started_at": "2026-02-01T03:00:00Z"})");
        QCOMPARE(early.value.startedAt, QDate(2026, 2, 1));
        const auto bad = json::subscription(R"({"id": 5, "started_at": "2026-02-31T03:00:00Z"})");
        QVERIFY(bad.ok());
        QVERIFY(!bad.value.startedAt.isValid());
        QCOMPARE(bad.value.unreadableFields, QStringList { QStringLiteral("started_at") });
    }

    void lastPayment_statusLabel_translatedLikeInvoices()
    {
        SubscriptionLastPayment payment;
        payment.status = QStringLiteral("paid");
        QCOMPARE(payment.statusLabel(), QStringLiteral("Paid"));
        payment.status = QStringLiteral("expired");
        QCOMPARE(payment.statusLabel(), QStringLiteral("Expired"));
        payment.status = QStringLiteral("qr_scanned");
        QCOMPARE(payment.statusLabel(), QStringLiteral("qr_scanned"));
    }

    void subscription_messageShape_extraFieldsRead()
    {
        const auto d = json::subscription(test::readTestData(QStringLiteral("subscription/create_message.json")));
        QVERIFY(d.ok());
        QCOMPARE(d.value.maxRetryAttempts, std::optional<int>(3));
        QCOMPARE(d.value.retryIntervalHours, std::optional<int>(24));
        QCOMPARE(d.value.gracePeriodDays, std::optional<int>(3));
        QCOMPARE(d.value.metadata.value(QStringLiteral("plan")).toString(), QStringLiteral("gold"));
        QCOMPARE(d.value.metadata.value(QStringLiteral("seats")).toInt(), 2);
        QVERIFY(!d.value.pausedAt.isValid());
        QCOMPARE(d.value.updatedAt, utc(2026, 4, 8, 12, 0));
    }

    void subscription_detailShapes_statsFound_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("hasLastPayment");
        QTest::newRow("detail_wrapped_stats") << "subscription/detail_wrapped_stats.json" << true;
        QTest::newRow("detail_flat_beside") << "subscription/detail_flat_beside.json" << false;
        QTest::newRow("detail_all_inside") << "subscription/detail_all_inside.json" << true;
    }
    void subscription_detailShapes_statsFound()
    {
        QFETCH(QString, file);
        QFETCH(bool, hasLastPayment);
        const auto d = json::subscription(test::readTestData(file));
        QVERIFY2(d.ok(), qPrintable(d.errorField));
        const Subscription& s = d.value;
        QCOMPARE(s.id, 10);
        QCOMPARE(s.failedAttempts, std::optional<int>(0));
        QCOMPARE(s.inGracePeriod, std::optional<bool>(false));
        QVERIFY(s.metadata.isEmpty());
        QVERIFY(s.stats.has_value());
        QCOMPARE(s.stats->totalPayments, 5);
        QCOMPARE(s.stats->successfulPayments, 5);
        QCOMPARE(s.stats->failedPayments, 0);
        QCOMPARE(s.stats->totalCollected->tiyn(), 2500000);
        QCOMPARE(s.lastPayment.has_value(), hasLastPayment);
        if (hasLastPayment) {
            QCOMPARE(s.lastPayment->amount->tiyn(), 500000);
            QCOMPARE(s.lastPayment->status, QStringLiteral("paid"));
            QCOMPARE(s.lastPayment->paidAt, utc(2026, 4, 1, 10, 30));
        }
        QVERIFY(s.unreadableFields.isEmpty());
    }

    void subscription_actionAnswers_partialObjects_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("status");
        QTest::addColumn<qint64>("amountTiyn"); // -1 = absent
        QTest::newRow("update") << "subscription/update.json"
                                << "active" << qint64(750000);
        QTest::newRow("pause") << "subscription/pause.json"
                               << "paused" << qint64(-1);
        QTest::newRow("resume") << "subscription/resume.json"
                                << "active" << qint64(-1);
        QTest::newRow("cancel") << "subscription/cancel.json"
                                << "cancelled" << qint64(-1);
    }
    void subscription_actionAnswers_partialObjects()
    {
        QFETCH(QString, file);
        QFETCH(QString, status);
        QFETCH(qint64, amountTiyn);
        const auto d = json::subscription(test::readTestData(file));
        QVERIFY2(d.ok(), qPrintable(d.errorField));
        QCOMPARE(d.value.id, 10);
        QCOMPARE(d.value.status, status);
        QCOMPARE(d.value.amount ? d.value.amount->tiyn() : -1, amountTiyn);
        QVERIFY(d.value.phone.isEmpty());
    }

    void subscription_wrappedWithoutId_errorPath()
    {
        const auto d = json::subscription(test::readTestData(QStringLiteral("broken/wrapped_missing_id.json")));
        QCOMPARE(d.errorField, QStringLiteral("subscription.id"));
    }

    void subscriptionPage_envelopes_decoded()
    {
        const auto v20 = json::subscriptionPage(test::readTestData(QStringLiteral("subscriptions_list/v20.json")), 10);
        QVERIFY2(v20.ok(), qPrintable(v20.errorField));
        QCOMPARE(v20.value.items.size(), 2);
        QCOMPARE(v20.value.items[1].billingPeriod, QStringLiteral("weekly"));
        QCOMPARE(v20.value.items[1].status, QStringLiteral("paused"));
        QVERIFY(!v20.value.hasMore());
        const auto v21
            = json::subscriptionPage(test::readTestData(QStringLiteral("subscriptions_list/v21_links.json")), 10);
        QVERIFY2(v21.ok(), qPrintable(v21.errorField));
        QCOMPARE(v21.value.perPage, 20);
        QCOMPARE(v21.value.items[0].status, QStringLiteral("suspended")); // T5: kept raw
        QCOMPARE(Subscription::statusLabel(v21.value.items[0].status), QStringLiteral("suspended"));
        QVERIFY(!v21.value.items[0].canPause());
    }

    void subscriptionInvoicePage_v20_noLastPageComputed()
    {
        const auto d
            = json::subscriptionInvoicePage(test::readTestData(QStringLiteral("subscription_invoices/v20.json")), 20);
        QVERIFY2(d.ok(), qPrintable(d.errorField));
        QCOMPARE(d.value.lastPage.value_or(-1), 1); // ceil(3 / 20)
        QVERIFY(!d.value.hasMore());
        const SubscriptionInvoice& i = d.value.items[0];
        QCOMPARE(i.id, 3);
        QCOMPARE(i.invoiceId, std::optional<qint64>(200));
        QCOMPARE(i.periodStart, QDate(2026, 2, 1));
        QCOMPARE(i.periodEnd, QDate(2026, 2, 28));
        QCOMPARE(i.periodLabel, QStringLiteral("01.02.2026 — 28.02.2026"));
        QCOMPARE(i.amount->tiyn(), 500000);
        QCOMPARE(i.attemptNumber, std::optional<int>(1));
        QCOMPARE(i.status, QStringLiteral("paid"));
        QCOMPARE(i.statusLabel, QStringLiteral("Оплачен"));
        QCOMPARE(i.invoiceKaspiId, QStringLiteral("13234689513"));
        QCOMPARE(i.invoiceStatus, QStringLiteral("paid"));
        QCOMPARE(i.paidAt, utc(2026, 2, 1, 12, 0));
    }

    void subscriptionInvoicePage_v21Skipped_nullsKept()
    {
        const auto d = json::subscriptionInvoicePage(
            test::readTestData(QStringLiteral("subscription_invoices/v21_skipped.json")), 20);
        QVERIFY2(d.ok(), qPrintable(d.errorField));
        const SubscriptionInvoice& i = d.value.items[0];
        QVERIFY(!i.invoiceId.has_value());
        QVERIFY(!i.amount.has_value());
        QCOMPARE(i.status, QStringLiteral("skipped"));
        QVERIFY(i.invoiceKaspiId.isEmpty());
        QVERIFY(!i.paidAt.isValid());
    }

    void labels_billingPeriods_allTranslatedAndUnknownRaw()
    {
        const QStringList periods = Subscription::billingPeriods();
        QCOMPARE(periods.size(), 6);
        QCOMPARE(periods.first(), QStringLiteral("daily"));
        QCOMPARE(periods.last(), QStringLiteral("yearly"));
        for (const QString& p : periods) {
            QVERIFY(!Subscription::billingPeriodLabel(p).isEmpty());
            QVERIFY2(Subscription::billingPeriodLabel(p) != p, qPrintable(p)); // a label, not the raw key
        }
        QCOMPARE(Subscription::billingPeriodLabel(QStringLiteral("hourly")), QStringLiteral("hourly"));
        for (const char* s : { "active", "paused", "cancelled", "expired" }) {
            QVERIFY(Subscription::statusLabel(QLatin1String(s)) != QLatin1String(s));
        }
    }

    void healthStatus_ok()
    {
        const auto d = json::healthStatus(test::readTestData(QStringLiteral("health/ok.json")));
        QVERIFY(d.ok());
        QCOMPARE(d.value, QStringLiteral("ok"));
        QCOMPARE(json::healthStatus("{}").errorField, QStringLiteral("status"));
    }
};

QTEST_GUILESS_MAIN(TestSubscriptionDecoder)
#include "tst_subscriptiondecoder.moc"
