// Invoice decoders over the fixtures of tests/data: create, detail, list envelopes (T1), status check, cancel.
#include "testsupport.h"
#include "json/jsondecoder.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace apipay;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

} // namespace

class TestInvoiceDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void invoice_createVariants_decoded_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<qint64>("id");
        QTest::addColumn<qint64>("amountTiyn");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QDateTime>("createdAt");
        QTest::newRow("processing") << "invoice_create/processing.json" << qint64(124) << qint64(945000) << "processing"
                                    << "87001234567" << utc(2026, 4, 8, 10, 15);
        QTest::newRow("pending_old") << "invoice_create/pending_old.json" << qint64(123) << qint64(1500000) << "pending"
                                     << "87001234567" << utc(2025, 1, 22, 10, 30);
        QTest::newRow("minimal") << "invoice_create/minimal.json" << qint64(125) << qint64(1500000) << "processing"
                                 << QString() << utc(2026, 4, 8, 10, 15);
        QTest::newRow("v21_phone") << "invoice_create/v21_phone.json" << qint64(126) << qint64(1500000) << "processing"
                                   << "87001234567" << utc(2026, 7, 20, 10, 15);
        QTest::newRow("wrapped") << "invoice_create/wrapped.json" << qint64(127) << qint64(1500000) << "processing"
                                 << QString() << utc(2026, 7, 20, 10, 15);
    }
    void invoice_createVariants_decoded()
    {
        QFETCH(QString, file);
        QFETCH(qint64, id);
        QFETCH(qint64, amountTiyn);
        QFETCH(QString, status);
        QFETCH(QString, phone);
        QFETCH(QDateTime, createdAt);
        const auto d = json::invoice(test::readTestData(file));
        QVERIFY2(d.ok(), qPrintable(d.errorField));
        QCOMPARE(d.value.id, id);
        QVERIFY(d.value.amount.has_value());
        QCOMPARE(d.value.amount->tiyn(), amountTiyn);
        QCOMPARE(d.value.status.raw(), status);
        QVERIFY(d.value.status.isKnown());
        QCOMPARE(d.value.phone, phone);
        QCOMPARE(d.value.createdAt, createdAt);
        QCOMPARE(d.value.createdAt.timeSpec(), Qt::UTC);
        QVERIFY(d.value.unreadableFields.isEmpty());
    }

    void invoice_processingWithDiscount_allFieldsRead()
    {
        const auto d = json::invoice(test::readTestData(QStringLiteral("invoice_create/processing.json")));
        QVERIFY(d.ok());
        const Invoice& inv = d.value;
        QCOMPARE(inv.status.value(), InvoiceStatus::Processing);
        QCOMPARE(inv.subtotal->tiyn(), 1050000);
        QCOMPARE(inv.discountSum->tiyn(), 105000);
        QCOMPARE(inv.discountPercentage, std::optional<int>(10));
        QCOMPARE(inv.externalOrderId, QStringLiteral("apd-3f9a1c2e-20260408T101500-7b2d"));
        QCOMPARE(inv.description, QStringLiteral("Cart order"));
        QVERIFY(!inv.paidAt.isValid());
        QVERIFY(inv.errorMessage.isEmpty());
    }

    void invoice_v20CartDetail_itemsRead()
    {
        const auto d = json::invoice(test::readTestData(QStringLiteral("invoice_detail/v20_cart.json")));
        QVERIFY2(d.ok(), qPrintable(d.errorField));
        const Invoice& inv = d.value;
        QCOMPARE(inv.id, 42);
        QCOMPARE(inv.status.value(), InvoiceStatus::Paid);
        QCOMPARE(inv.clientName, QStringLiteral("Aigerim S."));
        QCOMPARE(inv.isSandbox, std::optional<bool>(true));
        QCOMPARE(inv.totalRefunded->tiyn(), 0);
        QCOMPARE(inv.isFullyRefunded, std::optional<bool>(false));
        QVERIFY(!inv.fullyRefunded());
        QCOMPARE(inv.paidAt, utc(2026, 4, 8, 10, 20));
        QCOMPARE(inv.createdAt, utc(2026, 4, 8, 10, 15));
        QCOMPARE(inv.items.size(), 2);
        QCOMPARE(inv.items[0].id, 10);
        QCOMPARE(inv.items[0].catalogItemId, std::optional<qint64>(101));
        QCOMPARE(inv.items[0].name, QStringLiteral("Coffee Latte"));
        QCOMPARE(inv.items[0].price->tiyn(), 450000);
        QCOMPARE(inv.items[0].originalPrice->tiyn(), 500000);
        QCOMPARE(inv.items[0].count, 2);
        QCOMPARE(inv.items[0].unitId, std::optional<qint64>(1));
        QVERIFY(!inv.items[1].catalogItemId.has_value()); // deleted catalog item
        QVERIFY(!inv.items[1].originalPrice.has_value());
        QVERIFY(inv.unreadableFields.isEmpty());
    }

    void invoice_v21Detail_fullyRefundedAndPaymentUrl()
    {
        const auto d = json::invoice(test::readTestData(QStringLiteral("invoice_detail/v21.json")));
        QVERIFY2(d.ok(), qPrintable(d.errorField));
        const Invoice& inv = d.value;
        QCOMPARE(inv.phone, QStringLiteral("87001234567"));
        QVERIFY(inv.kaspiInvoiceId.isEmpty());
        QVERIFY(inv.fullyRefunded()); // T6: paid + is_fully_refunded
        QCOMPARE(inv.paymentUrl, QStringLiteral("https://pay.kaspi.kz/pay/abc123"));
        QCOMPARE(inv.items.size(), 1);
        QCOMPARE(inv.items[0].barcode, QStringLiteral("4870001234567"));
        QCOMPARE(inv.updatedAt, utc(2026, 4, 8, 10, 20, 1));
    }

    void invoice_badOptionalValues_fieldsEmptyAndListed()
    {
        // T2: the key names are logged (once per document; in the order Qt's JSON keeps the keys: by name).
        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(QStringLiteral("Unreadable values in invoice .*amount, .*subtotal")));
        const auto d = json::invoice(test::readTestData(QStringLiteral("invoice_detail/bad_optional_money.json")));
        QVERIFY2(d.ok(), qPrintable(d.errorField));
        const Invoice& inv = d.value;
        QCOMPARE(inv.id, 44);
        QVERIFY(!inv.amount && !inv.subtotal && !inv.discountSum && !inv.totalRefunded && !inv.isSandbox);
        QVERIFY(!inv.createdAt.isValid());
        for (const char* key : { "amount", "subtotal", "discount_sum", "total_refunded", "is_sandbox", "created_at" }) {
            QVERIFY2(inv.unreadableFields.contains(QLatin1String(key)), key);
        }
        QCOMPARE(inv.paymentUrl, QStringLiteral("https://qr.kaspi.kz/xyz"));
    }

    void invoicePage_unreadableValues_loggedOncePerPage()
    {
        QTest::ignoreMessage(QtWarningMsg,
            QRegularExpression(QStringLiteral("Unreadable values in GET /invoices \\(2 object\\(s\\)\\).*: amount$")));
        const auto d = json::invoicePage(R"({"data": [{"id": 1, "amount": "1.234"}, {"id": 2, "amount": "x"}]})", 10);
        QVERIFY(d.ok());
        QCOMPARE(d.value.items[0].unreadableFields, QStringList { QStringLiteral("amount") });
        QCOMPARE(d.value.items[1].unreadableFields, QStringList { QStringLiteral("amount") });
    }

    void invoicePage_envelopes_paginationRead_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("requestedPerPage");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("currentPage");
        QTest::addColumn<int>("perPage");
        QTest::addColumn<int>("lastPage"); // -1 = unknown
        QTest::addColumn<qint64>("total"); // -1 = unknown
        QTest::addColumn<bool>("hasMore");
        QTest::newRow("v20_meta") << "invoices_list/v20_meta.json" << 10 << 2 << 1 << 10 << 5 << qint64(48) << true;
        QTest::newRow("v21_flat") << "invoices_list/v21_flat.json" << 20 << 2 << 2 << 20 << 3 << qint64(48) << true;
        QTest::newRow("data_links_meta") << "invoices_list/data_links_meta.json" << 20 << 1 << 1 << 20 << 3
                                         << qint64(41) << true;
        QTest::newRow("no_last_page") << "invoices_list/no_last_page.json" << 2 << 2 << 1 << 2 << 3 << qint64(5)
                                      << true;
        QTest::newRow("no_total_full") << "invoices_list/no_total.json" << 2 << 2 << 3 << 2 << -1 << qint64(-1) << true;
        QTest::newRow("no_total_short") << "invoices_list/no_total.json" << 10 << 2 << 3 << 10 << -1 << qint64(-1)
                                        << false;
        // The server used per_page 20 although 50 was asked: pages are counted with the server's figure.
        QTest::newRow("clamped_per_page")
            << "invoices_list/clamped_per_page.json" << 50 << 2 << 1 << 20 << 3 << qint64(45) << true;
        QTest::newRow("no_data") << "invoices_list/no_data.json" << 10 << 0 << 1 << 10 << 1 << qint64(0) << false;
        QTest::newRow("past_end") << "invoices_list/empty_page.json" << 10 << 0 << 6 << 10 << 5 << qint64(48) << false;
    }
    void invoicePage_envelopes_paginationRead()
    {
        QFETCH(QString, file);
        QFETCH(int, requestedPerPage);
        QFETCH(int, count);
        QFETCH(int, currentPage);
        QFETCH(int, perPage);
        QFETCH(int, lastPage);
        QFETCH(qint64, total);
        QFETCH(bool, hasMore);
        const auto d = json::invoicePage(test::readTestData(file), requestedPerPage);
        QVERIFY2(d.ok(), qPrintable(d.errorField));
        QCOMPARE(d.value.items.size(), count);
        QCOMPARE(d.value.currentPage, currentPage);
        QCOMPARE(d.value.perPage, perPage);
        QCOMPARE(d.value.lastPage.value_or(-1), lastPage);
        QCOMPARE(d.value.total.value_or(-1), total);
        QCOMPARE(d.value.hasMore(), hasMore);
    }

    void invoicePage_hugeTotalWithoutLastPage_noOverflow()
    {
        // ceil(total / per_page) must not overflow for a total near 2^63 (was total + per_page - 1).
        const auto d = json::invoicePage(
            QByteArray(R"({"current_page":1,"data":[],"total":9223372036854775807,"per_page":10})"), 10);
        QVERIFY2(d.ok(), qPrintable(d.errorField));
        QVERIFY(d.value.lastPage.has_value());
        QVERIFY(*d.value.lastPage > 1);
        QVERIFY(d.value.hasMore());
    }

    void invoicePage_v20Items_phoneNormalisedAndStatusesShared()
    {
        const auto d = json::invoicePage(test::readTestData(QStringLiteral("invoices_list/v20_meta.json")), 10);
        QVERIFY(d.ok());
        const Invoice& first = d.value.items[0];
        QCOMPARE(first.phone, QStringLiteral("87001234567")); // 7XXXXXXXXXX → 8XXXXXXXXXX (T3)
        QCOMPARE(first.expiresAt, utc(2026, 4, 9, 10, 30));
        QCOMPARE(first.isRecurring, std::optional<bool>(false));
        QVERIFY(first.items.isEmpty());
        const Invoice& second = d.value.items[1];
        QCOMPARE(second.amount->tiyn(), 500050);
        QCOMPARE(second.isRecurring, std::optional<bool>(true));
        QCOMPARE(second.status.value(), InvoiceStatus::Paid);
        // Known statuses share one string instead of one copy per row.
        QCOMPARE(second.status.raw().constData(), InvoiceStatus::fromValue(InvoiceStatus::Paid).raw().constData());
    }

    void invoicePage_v21UnknownStatusAndNumericBooleans_kept()
    {
        const auto d = json::invoicePage(test::readTestData(QStringLiteral("invoices_list/v21_flat.json")), 20);
        QVERIFY(d.ok());
        const Invoice& a = d.value.items[0];
        QVERIFY(a.fullyRefunded());
        QCOMPARE(a.discountPercentage, std::optional<int>(10));
        const Invoice& b = d.value.items[1];
        QVERIFY(!b.status.isKnown()); // T5
        QCOMPARE(b.status.raw(), QStringLiteral("qr_scanned"));
        QVERIFY(!b.status.isFinal());
        QCOMPARE(b.isSandbox, std::optional<bool>(true)); // T11: 1 → true
        QCOMPARE(b.isRecurring, std::optional<bool>(false));
        QCOMPARE(b.isFullyRefunded, std::optional<bool>(false));
    }

    void statusCheck_forms_decoded()
    {
        const auto v20 = json::statusCheck(test::readTestData(QStringLiteral("status_check/v20.json")));
        QVERIFY2(v20.ok(), qPrintable(v20.errorField));
        QVERIFY(!v20.value.dispatchedOnly);
        QCOMPARE(v20.value.invoices.size(), 2);
        QCOMPARE(v20.value.invoices[0].id, 42);
        QCOMPARE(v20.value.invoices[0].status.value(), InvoiceStatus::Paid);
        QCOMPARE(v20.value.invoices[0].amount->tiyn(), 500000);
        QCOMPARE(v20.value.invoices[0].updatedAt, utc(2026, 2, 26, 4, 30)); // +06:00
        QCOMPARE(v20.value.invoices[1].status.value(), InvoiceStatus::Error);
        QCOMPARE(v20.value.invoices[1].errorMessage, QStringLiteral("Client not found in Kaspi"));

        const auto v21 = json::statusCheck(test::readTestData(QStringLiteral("status_check/v21.json")));
        QVERIFY(v21.ok());
        QCOMPARE(v21.value.invoices.size(), 1);
        QCOMPARE(v21.value.invoices[0].updatedAt, utc(2026, 7, 26, 4, 30));

        const auto march = json::statusCheck(test::readTestData(QStringLiteral("status_check/dispatched_march.json")));
        QVERIFY(march.ok());
        QVERIFY(march.value.dispatchedOnly);
        QVERIFY(march.value.invoices.isEmpty());

        const auto empty = json::statusCheck(test::readTestData(QStringLiteral("status_check/empty.json")));
        QVERIFY(empty.ok());
        QVERIFY(!empty.value.dispatchedOnly);
    }

    void cancelResult_forms_decoded_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<bool>("queued");
        QTest::addColumn<bool>("hasInvoice");
        QTest::addColumn<QString>("message");
        QTest::newRow("sandbox_200") << "cancel/sandbox_200.json" << 200 << false << true
                                     << "Invoice cancelled successfully";
        QTest::newRow("production_202") << "cancel/production_202.json" << 202 << true << false
                                        << "Invoice cancellation queued";
        QTest::newRow("v21_full") << "cancel/v21_full.json" << 200 << false << true << "Invoice cancelled";
    }
    void cancelResult_forms_decoded()
    {
        QFETCH(QString, file);
        QFETCH(int, httpStatus);
        QFETCH(bool, queued);
        QFETCH(bool, hasInvoice);
        QFETCH(QString, message);
        const auto d = json::cancelResult(test::readTestData(file), httpStatus);
        QVERIFY2(d.ok(), qPrintable(d.errorField));
        QCOMPARE(d.value.invoiceId, 42);
        QCOMPARE(d.value.queued, queued);
        QCOMPARE(d.value.invoice.has_value(), hasInvoice);
        QCOMPARE(d.value.message, message);
        if (hasInvoice) {
            QCOMPARE(d.value.invoice->status.value(), InvoiceStatus::Cancelled);
        }
    }

    void cancelResult_noId_errorField()
    {
        const auto d = json::cancelResult(R"({"message": "Invoice cancellation queued"})", 202);
        QCOMPARE(d.errorField, QStringLiteral("invoice_id"));
    }

    void invoiceObject_fromQJsonValue_pathPrefixed()
    {
        const QJsonObject ok
            = QJsonDocument::fromJson(R"({"id": 7, "amount": 12.5, "client_phone": "77001234567"})").object();
        const auto d = json::invoiceObject(ok);
        QVERIFY2(d.ok(), qPrintable(d.errorField));
        QCOMPARE(d.value.id, 7);
        QCOMPARE(d.value.amount->tiyn(), 1250);
        QCOMPARE(d.value.phone, QStringLiteral("87001234567"));

        const auto bad = json::invoiceObject(
            QJsonObject { { QStringLiteral("status"), QStringLiteral("paid") } }, QStringLiteral("invoice"));
        QCOMPARE(bad.errorField, QStringLiteral("invoice.id"));
        const auto notObject = json::invoiceObject(QJsonValue(5), QStringLiteral("data.2"));
        QCOMPARE(notObject.errorField, QStringLiteral("data.2"));
    }

    void invoice_phonePriority_phoneNumberWins()
    {
        const auto d = json::invoice(
            R"({"client_phone": "77000000001", "phone": "77000000002", "phone_number": "87000000003", "id": 1})");
        QVERIFY(d.ok());
        QCOMPARE(d.value.phone, QStringLiteral("87000000003"));
        const auto d2 = json::invoice(R"({"client_phone": "77000000001", "phone": "77000000002", "id": 1})");
        QCOMPARE(d2.value.phone, QStringLiteral("87000000002"));
    }

    void invoice_idsAre64Bit_accepted()
    {
        const auto d = json::invoice(R"({"id": 9007199254740993, "status": "paid"})");
        QVERIFY(d.ok());
        QCOMPARE(d.value.id, Q_INT64_C(9007199254740993)); // above 2^53: exact, not via double
    }
};

QTEST_GUILESS_MAIN(TestInvoiceDecoder)
#include "tst_invoicedecoder.moc"
