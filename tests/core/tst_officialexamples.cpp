// ApiPay's own response examples (tests/data/official, see its README) decoded through our decoders, with the values
// a person would see checked — not only "it decodes".
#include "testsupport.h"
#include "json/jsondecoder.h"

#include <QDir>
#include <QDirIterator>
#include <QMap>
#include <QTest>

#include <functional>

using namespace apipay;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC);
}

qint64 tiyn(const std::optional<Money>& m)
{
    return m ? m->tiyn() : -1;
}

using Check = std::function<void(const QByteArray&)>;

// The Subscription schema's field examples (v2.1), shared by several answers.
void checkSubscription(const Subscription& s)
{
    QCOMPARE(s.id, 10);
    QCOMPARE(s.subscriberName, QStringLiteral("Иван Иванов"));
    QCOMPARE(s.phone, QStringLiteral("87001234567"));
    QCOMPARE(s.externalSubscriberId, QStringLiteral("CLIENT-001"));
    QCOMPARE(tiyn(s.amount), 500000);
    QCOMPARE(s.billingPeriod, QStringLiteral("monthly"));
    QCOMPARE(Subscription::billingPeriodLabel(s.billingPeriod), QStringLiteral("Monthly"));
    QCOMPARE(s.billingDay, std::optional<int>(1));
    QCOMPARE(Subscription::statusLabel(s.status), QStringLiteral("Active"));
    QCOMPARE(s.failedAttempts, std::optional<int>(0));
    QCOMPARE(s.maxRetryAttempts, std::optional<int>(3));
    QCOMPARE(s.retryIntervalHours, std::optional<int>(24));
    QCOMPARE(s.gracePeriodDays, std::optional<int>(3));
    QCOMPARE(s.inGracePeriod, std::optional<bool>(false));
    QCOMPARE(s.isSandbox, std::optional<bool>(false));
    QCOMPARE(s.createdAt, utc(2026, 1, 10, 12, 0));
    QVERIFY2(s.unreadableFields.isEmpty(), qPrintable(s.unreadableFields.join(u',')));
}

// The Invoice schema's field examples (v2.1 GET /invoices/{id}).
void checkInvoiceDetail(const Invoice& inv)
{
    QCOMPARE(inv.id, 42);
    QCOMPARE(tiyn(inv.amount), 1500000);
    QCOMPARE(inv.phone, QStringLiteral("87001234567"));
    QCOMPARE(inv.clientName, QStringLiteral("Иван Иванов"));
    QCOMPARE(inv.isSandbox, std::optional<bool>(false));
    QCOMPARE(tiyn(inv.totalRefunded), 0);
    QVERIFY(!inv.fullyRefunded());
    QCOMPARE(inv.kaspiInvoiceId, QStringLiteral("13234689513"));
    QCOMPARE(inv.createdAt, utc(2026, 1, 10, 12, 0));
    QVERIFY(!inv.clientComment.has_value()); // v2.1 has no client_comment: the row is hidden
    QCOMPARE(inv.items.size(), 1);
    QCOMPARE(inv.items[0].id, 1);
    QCOMPARE(inv.items[0].name, QStringLiteral("Coffee Latte"));
    QCOMPARE(tiyn(inv.items[0].price), 180000);
    QCOMPARE(inv.items[0].count, 2);
    QCOMPARE(inv.items[0].unitId, std::optional<qint64>(1));
    QVERIFY2(inv.unreadableFields.isEmpty(), qPrintable(inv.unreadableFields.join(u',')));
}

const QMap<QString, Check>& checks()
{
    static const QMap<QString, Check> map = {
        { QStringLiteral("v2.0/status.json"),
            [](const QByteArray& body) {
                const auto d = json::healthStatus(body);
                QVERIFY2(d.ok(), qPrintable(d.errorField));
                QCOMPARE(d.value, QStringLiteral("ok"));
            } },
        { QStringLiteral("v2.0/catalog_units.json"),
            [](const QByteArray& body) {
                // The document gives no example for the unit's id: the decoder names the missing key, it never
                // invents a unit.
                const auto d = json::catalogUnits(body);
                QCOMPARE(d.errorField, QStringLiteral("data.0.id"));
            } },
        { QStringLiteral("v2.1/status.json"),
            [](const QByteArray& body) {
                const auto d = json::healthStatus(body);
                QVERIFY2(d.ok(), qPrintable(d.errorField));
                QCOMPARE(d.value, QStringLiteral("ok"));
            } },
        { QStringLiteral("v2.1/invoices_list.json"),
            [](const QByteArray& body) {
                const auto d = json::invoicePage(body, 10);
                QVERIFY2(d.ok(), qPrintable(d.errorField));
                QCOMPARE(d.value.currentPage, 1);
                QCOMPARE(d.value.total, std::optional<qint64>(48));
                QCOMPARE(d.value.lastPage, std::optional<int>(5));
                QCOMPARE(d.value.items.size(), 1);
                const Invoice& inv = d.value.items[0];
                QCOMPARE(inv.id, 1);
                QCOMPARE(tiyn(inv.amount), 500000);
                QCOMPARE(inv.externalOrderId, QStringLiteral("order-123"));
                QCOMPARE(inv.kaspiInvoiceId, QStringLiteral("13234689513"));
                QCOMPARE(inv.phone, QStringLiteral("87001234567"));
                QCOMPARE(inv.clientName, QStringLiteral("Иван Иванов"));
                QCOMPARE(inv.internalComment, std::optional<QString>(QStringLiteral("Айгуль, самовывоз")));
                QVERIFY(!inv.clientComment.has_value());
                QCOMPARE(inv.isSandbox, std::optional<bool>(false));
                QCOMPARE(inv.isRecurring, std::optional<bool>(false));
                QCOMPARE(tiyn(inv.totalRefunded), 0);
                QCOMPARE(inv.isFullyRefunded, std::optional<bool>(false));
                QCOMPARE(inv.createdAt, utc(2026, 1, 10, 12, 0));
                QCOMPARE(inv.items.size(), 1);
                QCOMPARE(inv.items[0].name, QStringLiteral("Coffee Latte"));
                QVERIFY2(inv.unreadableFields.isEmpty(), qPrintable(inv.unreadableFields.join(u',')));
            } },
        { QStringLiteral("v2.1/invoice_create_201.json"),
            [](const QByteArray& body) {
                const auto d = json::invoice(body);
                QVERIFY2(d.ok(), qPrintable(d.errorField));
                QCOMPARE(d.value.id, 42);
                QCOMPARE(tiyn(d.value.amount), 500000);
                QCOMPARE(d.value.status.label(), QStringLiteral("Processing"));
                QVERIFY(!d.value.status.isFinal());
                QCOMPARE(d.value.phone, QStringLiteral("87001234567"));
                QCOMPARE(d.value.createdAt, utc(2026, 1, 10, 12, 0));
            } },
        { QStringLiteral("v2.1/invoice_detail.json"),
            [](const QByteArray& body) {
                const auto d = json::invoice(body);
                QVERIFY2(d.ok(), qPrintable(d.errorField));
                checkInvoiceDetail(d.value);
            } },
        { QStringLiteral("v2.1/invoice_cancel_200.json"),
            [](const QByteArray& body) {
                const auto d = json::cancelResult(body, 200);
                QVERIFY2(d.ok(), qPrintable(d.errorField));
                QVERIFY(!d.value.queued);
                QCOMPARE(d.value.invoiceId, 42);
                QCOMPARE(d.value.message, QStringLiteral("Invoice cancelled"));
                QVERIFY(d.value.invoice.has_value());
                checkInvoiceDetail(*d.value.invoice);
            } },
        { QStringLiteral("v2.1/invoice_cancel_202.json"),
            [](const QByteArray& body) {
                const auto d = json::cancelResult(body, 202);
                QVERIFY2(d.ok(), qPrintable(d.errorField));
                QVERIFY(d.value.queued);
                QCOMPARE(d.value.invoiceId, 42);
                QCOMPARE(d.value.message, QStringLiteral("Invoice cancellation queued"));
                QVERIFY(!d.value.invoice.has_value());
            } },
        { QStringLiteral("v2.1/invoice_refund_201.json"),
            [](const QByteArray& body) {
                const auto d = json::refundResult(body);
                QVERIFY2(d.ok(), qPrintable(d.errorField));
                QCOMPARE(d.value.message, QStringLiteral("Refund queued for processing"));
                QCOMPARE(d.value.refund.id, 5);
                QCOMPARE(d.value.refund.invoiceId, 42);
                QCOMPARE(tiyn(d.value.refund.amount), 500000);
                QCOMPARE(Refund::statusLabel(d.value.refund.status), QStringLiteral("Queued"));
                QCOMPARE(d.value.refund.createdAt, utc(2026, 1, 10, 12, 0));
                QVERIFY(d.value.invoice.has_value());
                QCOMPARE(d.value.invoice->id, 42);
                QCOMPARE(tiyn(d.value.invoice->amount), 1500000);
                QCOMPARE(tiyn(d.value.invoice->totalRefunded), 500000);
                QCOMPARE(tiyn(d.value.invoice->availableForRefund), 1000000); // a number, not a string, in v2.1
                QCOMPARE(tiyn(d.value.invoice->pendingRefundAmount), 0);
                QVERIFY(!d.value.invoice->fullyRefunded());
            } },
        { QStringLiteral("v2.1/invoice_refunds.json"),
            [](const QByteArray& body) {
                const auto d = json::invoiceRefunds(body);
                QVERIFY2(d.ok(), qPrintable(d.errorField));
                QCOMPARE(d.value.invoice.id, 42);
                QCOMPARE(tiyn(d.value.invoice.amount), 1500000);
                QCOMPARE(tiyn(d.value.invoice.totalRefunded), 500000);
                QCOMPARE(tiyn(d.value.invoice.availableForRefund), 1000000);
                QCOMPARE(d.value.invoice.isFullyRefunded, std::optional<bool>(false));
                QCOMPARE(d.value.total, 1);
                QCOMPARE(d.value.refunds.size(), 1);
                QCOMPARE(d.value.refunds[0].id, 5);
                QCOMPARE(tiyn(d.value.refunds[0].amount), 500000);
                QCOMPARE(Refund::statusLabel(d.value.refunds[0].status), QStringLiteral("Completed"));
                QCOMPARE(d.value.refunds[0].kaspiRefundId, QStringLiteral("1126827352"));
            } },
        { QStringLiteral("v2.1/invoices_status_check.json"),
            [](const QByteArray& body) {
                const auto d = json::statusCheck(body);
                QVERIFY2(d.ok(), qPrintable(d.errorField));
                QVERIFY(!d.value.dispatchedOnly);
                QCOMPARE(d.value.invoices.size(), 1);
                const InvoiceStatusUpdate& u = d.value.invoices[0];
                QCOMPARE(u.id, 42);
                QCOMPARE(u.status.label(), QStringLiteral("Paid"));
                QCOMPARE(u.kaspiInvoiceId, QStringLiteral("13234689513"));
                QCOMPARE(tiyn(u.amount), 500000);
                QCOMPARE(u.updatedAt, utc(2026, 1, 10, 12, 0));
            } },
        { QStringLiteral("v2.1/refunds_list.json"),
            [](const QByteArray& body) {
                const auto d = json::refundPage(body, 10);
                QVERIFY2(d.ok(), qPrintable(d.errorField));
                QCOMPARE(d.value.total, std::optional<qint64>(25));
                QCOMPARE(d.value.items.size(), 1);
                const Refund& r = d.value.items[0];
                QCOMPARE(r.id, 5);
                QCOMPARE(r.invoiceId, 42);
                QCOMPARE(tiyn(r.amount), 500000);
                QCOMPARE(r.kaspiRefundId, QStringLiteral("REF-123"));
                QCOMPARE(r.kaspiStatus, QStringLiteral("completed"));
                QCOMPARE(Refund::statusLabel(r.status), QStringLiteral("Completed"));
                QCOMPARE(Refund::initiatedByLabel(r.initiatedBy), QStringLiteral("A program (API)"));
                QVERIFY(r.invoice.has_value());
                QCOMPARE(r.invoice->id, 42);
                QCOMPARE(tiyn(r.invoice->amount), 1500000);
                QCOMPARE(r.invoice->status, QStringLiteral("paid"));
            } },
        { QStringLiteral("v2.1/catalog_units.json"),
            [](const QByteArray& body) {
                const auto d = json::catalogUnits(body);
                QVERIFY2(d.ok(), qPrintable(d.errorField));
                QCOMPARE(d.value.size(), 1);
                QCOMPARE(d.value[0].id, 1);
                QCOMPARE(d.value[0].name, QStringLiteral("штука"));
                QCOMPARE(d.value[0].nameKaz, QStringLiteral("дана"));
            } },
        { QStringLiteral("v2.1/catalog_list.json"),
            [](const QByteArray& body) {
                const auto d = json::catalogPage(body, 50);
                QVERIFY2(d.ok(), qPrintable(d.errorField));
                QCOMPARE(d.value.currentPage, 1);
                QCOMPARE(d.value.lastPage, std::optional<int>(2));
                QCOMPARE(d.value.perPage, 50);
                QCOMPARE(d.value.total, std::optional<qint64>(75));
                QVERIFY(d.value.hasMore());
                QCOMPARE(d.value.items.size(), 1);
                const CatalogItem& item = d.value.items[0];
                QCOMPARE(item.id, 1);
                QCOMPARE(item.name, QStringLiteral("Coffee Latte"));
                QCOMPARE(item.unitId, std::optional<qint64>(1));
                QCOMPARE(tiyn(item.sellingPrice), 180000);
                QCOMPARE(item.barcode, QStringLiteral("4901234567890"));
                QCOMPARE(item.status, QStringLiteral("active"));
            } },
        { QStringLiteral("v2.1/catalog_create_202.json"),
            [](const QByteArray& body) {
                const auto d = json::catalogCreateResult(body);
                QVERIFY2(d.ok(), qPrintable(d.errorField));
                QCOMPARE(d.value.created.size(), 1);
                QCOMPARE(d.value.created[0].id, 1);
                QCOMPARE(d.value.created[0].name, QStringLiteral("Coffee Latte"));
                // The rejected item has no name in the example: its number (index 2 → the third item) and the API's
                // own message are shown.
                QCOMPARE(d.value.rejected,
                    QStringList {
                        QStringLiteral("Item 3: Позиция не прошла валидацию: The selling price must be at "
                                       "least 0.01. Исправьте указанные поля и отправьте позицию повторно.") });
            } },
        { QStringLiteral("v2.1/catalog_update_200.json"),
            [](const QByteArray& body) {
                const auto d = json::catalogWriteResult(body, 200, 7);
                QVERIFY2(d.ok(), qPrintable(d.errorField));
                QVERIFY(!d.value.queued);
                QCOMPARE(d.value.catalogItemId, 7);
                QCOMPARE(d.value.message, QStringLiteral("Catalog item updated"));
            } },
        { QStringLiteral("v2.1/catalog_update_202.json"),
            [](const QByteArray& body) {
                const auto d = json::catalogWriteResult(body, 202, 7);
                QVERIFY2(d.ok(), qPrintable(d.errorField));
                QVERIFY(d.value.queued);
                QCOMPARE(d.value.catalogItemId, 7);
                QCOMPARE(d.value.message, QStringLiteral("Catalog item update queued"));
            } },
        { QStringLiteral("v2.1/catalog_delete_202.json"),
            [](const QByteArray& body) {
                const auto d = json::catalogWriteResult(body, 202, 7);
                QVERIFY2(d.ok(), qPrintable(d.errorField));
                QVERIFY(d.value.queued);
                QCOMPARE(d.value.message, QStringLiteral("Catalog item deletion queued"));
            } },
        { QStringLiteral("v2.1/subscriptions_list.json"),
            [](const QByteArray& body) {
                const auto d = json::subscriptionPage(body, 20);
                QVERIFY2(d.ok(), qPrintable(d.errorField));
                QCOMPARE(d.value.total, std::optional<qint64>(75));
                QCOMPARE(d.value.lastPage, std::optional<int>(2));
                QCOMPARE(d.value.items.size(), 1);
                checkSubscription(d.value.items[0]);
            } },
        { QStringLiteral("v2.1/subscription_create_201.json"),
            [](const QByteArray& body) {
                const auto d = json::subscription(body);
                QVERIFY2(d.ok(), qPrintable(d.errorField));
                checkSubscription(d.value);
            } },
        { QStringLiteral("v2.1/subscription_detail.json"),
            [](const QByteArray& body) {
                const auto d = json::subscription(body);
                QVERIFY2(d.ok(), qPrintable(d.errorField));
                checkSubscription(d.value);
                QVERIFY(d.value.lastPayment.has_value());
                QCOMPARE(tiyn(d.value.lastPayment->amount), 500000);
                QCOMPARE(d.value.lastPayment->statusLabel(), QStringLiteral("Paid"));
                QVERIFY(d.value.stats.has_value());
                QCOMPARE(d.value.stats->totalPayments, 6);
                QCOMPARE(d.value.stats->successfulPayments, 5);
                QCOMPARE(d.value.stats->failedPayments, 0);
                QCOMPARE(tiyn(d.value.stats->totalCollected), 2500000);
            } },
        { QStringLiteral("v2.1/subscription_update_200.json"),
            [](const QByteArray& body) {
                const auto d = json::subscription(body);
                QVERIFY2(d.ok(), qPrintable(d.errorField));
                checkSubscription(d.value);
            } },
        { QStringLiteral("v2.1/subscription_pause_200.json"),
            [](const QByteArray& body) {
                const auto d = json::subscription(body);
                QVERIFY2(d.ok(), qPrintable(d.errorField));
                checkSubscription(d.value);
            } },
        { QStringLiteral("v2.1/subscription_invoices.json"),
            [](const QByteArray& body) {
                const auto d = json::subscriptionInvoicePage(body, 20);
                QVERIFY2(d.ok(), qPrintable(d.errorField));
                QCOMPARE(d.value.total, std::optional<qint64>(3));
                QCOMPARE(d.value.perPage, 20);
                QVERIFY(!d.value.hasMore());
                QCOMPARE(d.value.items.size(), 1);
                const SubscriptionInvoice& si = d.value.items[0];
                QCOMPARE(si.id, 1);
                QCOMPARE(si.invoiceId, std::optional<qint64>(42));
                QCOMPARE(si.periodStart, QDate(2026, 2, 1));
                QCOMPARE(si.periodEnd, QDate(2026, 2, 28));
                QCOMPARE(si.periodLabel, QStringLiteral("01.02.2026 — 28.02.2026"));
                QCOMPARE(tiyn(si.amount), 500000);
                QCOMPARE(si.attemptNumber, std::optional<int>(1));
                QCOMPARE(si.status, QStringLiteral("paid"));
                QCOMPARE(si.statusLabel, QStringLiteral("Оплачен"));
                QCOMPARE(si.invoiceStatus, QStringLiteral("paid"));
            } },
    };
    return map;
}

QString officialDir()
{
    return QStringLiteral(APIPAY_TEST_DATA "/official");
}

} // namespace

class TestOfficialExamples : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void everyExampleIsChecked()
    {
        QStringList files;
        QDirIterator it(officialDir(), { QStringLiteral("*.json") }, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            files.append(QDir(officialDir()).relativeFilePath(it.next()));
        }
        files.sort();
        QStringList listed = checks().keys();
        listed.sort();
        QCOMPARE(files, listed);
        QVERIFY(files.size() >= 20);
    }

    void decodesWithTheDocumentedValues_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString& file : checks().keys()) {
            QTest::newRow(qPrintable(file)) << file;
        }
    }
    void decodesWithTheDocumentedValues()
    {
        QFETCH(QString, file);
        const QByteArray body = test::readTestData(QStringLiteral("official/") + file);
        QVERIFY2(!body.isEmpty(), qPrintable(file));
        checks().value(file)(body);
    }
};

QTEST_GUILESS_MAIN(TestOfficialExamples)
#include "tst_officialexamples.moc"
