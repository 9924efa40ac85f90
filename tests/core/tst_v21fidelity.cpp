// v2.1 fidelity (issue 8, defect 8): what a shop owner sees for answers in the v2.1 shape — catalog items of every
// status, fully refunded invoices, who started a refund, the last subscription payment, and the banner of an answer
// the app cannot read.
#include "api/apiclient.h"
#include "api/apierror.h"
#include "api/apirequestbuilder.h"
#include "models/catalogtablemodel.h"
#include "models/invoicetablemodel.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstore.h"
#include "testsupport.h"
#include "json/jsondecoder.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTest>
#include <QTextDocument>

using namespace apipay;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(apipay::sandbox::Profile)

class TestV21Fidelity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void catalogQuery_asksForEveryStatusThePageShows()
    {
        const ApiRequestBuilder::Query query = ApiRequestBuilder::catalogQuery(CatalogQuery {});
        QStringList statuses;
        for (const auto& [key, value] : query) {
            if (key == u"statuses[]") {
                statuses.append(value);
            }
        }
        QCOMPARE(statuses, QStringList({ u"active"_s, u"pending"_s, u"failed"_s, u"deleting"_s }));
    }

    void listCatalog_pendingFailedDeletingItemsListed_data()
    {
        QTest::addColumn<sandbox::Profile>("profile");
        QTest::newRow("v2.0") << sandbox::Profile::V20;
        QTest::newRow("v2.1") << sandbox::Profile::V21;
    }
    void listCatalog_pendingFailedDeletingItemsListed()
    {
        QFETCH(sandbox::Profile, profile);
        sandbox::SandboxServer::Options options;
        options.profile = profile;
        options.demoData = false;
        options.rateLimit = 10000;
        sandbox::SandboxServer server(options);
        QVERIFY(server.start(0));
        const QStringList statuses = { u"active"_s, u"pending"_s, u"failed"_s, u"deleting"_s };
        for (const QString& status : statuses) {
            sandbox::SandboxCatalogItem item;
            item.name = u"Item "_s + status;
            item.sellingPrice = Money::fromTiyn(10000);
            sandbox::SandboxCatalogItem& added = server.store().addCatalogItem(item, false);
            added.status = status;
        }
        QNetworkAccessManager nam;
        ApiClient api(&nam);
        ApiClient::Config config;
        config.baseUrl = server.baseUrl();
        config.apiKey = sandbox::SandboxServer::demoKey();
        config.requestsPerMinute = 10000;
        QVERIFY(api.setConfig(config));
        std::optional<ApiResult<Page<CatalogItem>>> result;
        api.listCatalog(CatalogQuery {}, this, [&](const ApiResult<Page<CatalogItem>>& r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QVERIFY2(result->ok(), qPrintable(result->error.userText()));
        QSet<QString> seen;
        for (const CatalogItem& item : result->value.items) {
            seen.insert(item.status);
        }
        QCOMPARE(seen, QSet<QString>(statuses.cbegin(), statuses.cend()));
    }

    void failedCatalogItem_reasonOnTheStatus()
    {
        const auto d = json::catalogPage(
            R"({"data": [{"id": 7, "name": "Tea", "status": "failed", "error_code": "catalog_item_duplicate",
                 "error_message": "Такая позиция уже есть в каталоге."}]})",
            50);
        QVERIFY2(d.ok(), qPrintable(d.errorField));
        CatalogTableModel model(nullptr);
        model.ingest(d.value.items);
        const QModelIndex status = model.index(0, CatalogTableModel::Status);
        QCOMPARE(model.data(status).toString(), u"Failed"_s);
        QCOMPARE(model.data(status, Qt::ToolTipRole).toString(), u"Такая позиция уже есть в каталоге."_s);
    }

    void fullyRefundedPaidInvoice_readsRefunded_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("shown");
        QTest::newRow("v2.1 paid + is_fully_refunded")
            << QByteArray(R"({"id": 1, "amount": "5000.00", "status": "paid", "total_refunded": "5000.00",
                              "is_fully_refunded": true})")
            << u"Refunded"_s;
        QTest::newRow("paid, refunded total == amount")
            << QByteArray(R"({"id": 1, "amount": "5000.00", "status": "paid", "total_refunded": "5000.00"})")
            << u"Refunded"_s;
        QTest::newRow("partially_refunded now full") << QByteArray(
            R"({"id": 1, "amount": "5000.00", "status": "partially_refunded", "is_fully_refunded": true})")
                                                     << u"Refunded"_s;
        QTest::newRow("v2.0 refunded") << QByteArray(R"({"id": 1, "status": "refunded"})") << u"Refunded"_s;
        QTest::newRow("partly refunded") << QByteArray(
            R"({"id": 1, "amount": "5000.00", "status": "partially_refunded", "total_refunded": "100.00",
                              "is_fully_refunded": false})")
                                         << u"Partially refunded"_s;
        QTest::newRow("paid") << QByteArray(R"({"id": 1, "amount": "5000.00", "status": "paid",
                                                 "total_refunded": "0.00", "is_fully_refunded": false})")
                              << u"Paid"_s;
        QTest::newRow("unknown status stays raw")
            << QByteArray(R"({"id": 1, "status": "qr_scanned", "is_fully_refunded": true})") << u"qr_scanned"_s;
    }
    void fullyRefundedPaidInvoice_readsRefunded()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, shown);
        const auto d = json::invoice(body);
        QVERIFY2(d.ok(), qPrintable(d.errorField));
        // The detail pane's status chip.
        QCOMPARE(d.value.shownStatus().label(), shown);
        // The list row (the same text the status column paints).
        InvoiceTableModel model(nullptr);
        model.ingest({ d.value });
        QCOMPARE(model.data(model.index(0, InvoiceTableModel::Status)).toString(), shown);
    }

    void refundInitiatedBy_translated()
    {
        QCOMPARE(Refund::initiatedByLabel(u"api"_s), u"A program (API)"_s);
        QCOMPARE(Refund::initiatedByLabel(u"dashboard"_s), u"ApiPay dashboard"_s);
        QCOMPARE(Refund::initiatedByLabel(u"system"_s), u"ApiPay automatically"_s);
        QCOMPARE(Refund::initiatedByLabel(u"cashier_app"_s), u"cashier_app"_s); // unknown values raw
        QCOMPARE(Refund::initiatedByLabel(QString()), QString());
    }

    // A refund of a QR payment may end waiting for the buyer: the detail says so plainly, then the server's words.
    void refundWaitingForTheBuyer_saidPlainly()
    {
        const auto d = json::refundObject(QJsonDocument::fromJson(
            R"({"id": 5, "invoice_id": 7, "amount": "100.00", "status": "failed",)"
            R"( "error_code": "refund_requires_buyer_confirmation", "error_message": "Buyer confirmation required"})")
                                              .object());
        QVERIFY(d.ok());
        QCOMPARE(Refund::errorText(d.value.errorCode, d.value.errorMessage),
            u"The customer has to confirm this refund in the Kaspi app; until they do, no money goes back.\n"
            "Buyer confirmation required"_s);
        QCOMPARE(Refund::errorText(u"kaspi_error"_s, u"Timeout"_s), u"Timeout"_s); // others: the server's text
    }

    // An invoice in `error`: a reason the service names reads as a sentence of ours; the server's words follow it in
    // the detail and stand alone for a reason we do not know. The status check carries the code too.
    void invoiceError_knownReasonSaidPlainly()
    {
        const auto d = json::invoice(R"({"id": 9, "status": "error", "error_code": "client_not_found",)"
                                     R"( "error_message": "Client not found in Kaspi"})");
        QVERIFY(d.ok());
        QCOMPARE(d.value.shortErrorText(), u"This phone number has no Kaspi account."_s);
        QCOMPARE(d.value.errorText(), u"This phone number has no Kaspi account.\nClient not found in Kaspi"_s);
        QCOMPARE(Invoice::errorText(u"kaspi_error"_s, QString()), u"Kaspi answered with an error."_s);
        QCOMPARE(Invoice::shortErrorText(u"new_reason"_s, u" Something else "_s), u"Something else"_s);
        QCOMPARE(Invoice::errorText(QString(), QString()), QString());

        const auto checked = json::statusCheck(R"({"invoices": [{"id": 9, "status": "error",)"
                                               R"( "error_code": "kaspi_session_invalid", "error_message": "x"}]})");
        QVERIFY(checked.ok());
        QCOMPARE(checked.value.invoices.size(), 1);
        QCOMPARE(checked.value.invoices.at(0).errorCode, u"kaspi_session_invalid"_s);
    }

    void invoiceComments_rowsFollowTheKeys()
    {
        const auto v20 = json::invoice(R"({"id": 1, "client_comment": "Без сахара"})");
        QCOMPARE(v20.value.clientComment, std::optional<QString>(u"Без сахара"_s));
        QVERIFY(!v20.value.internalComment.has_value());
        const auto v20null = json::invoice(R"({"id": 1, "client_comment": null})");
        QCOMPARE(v20null.value.clientComment, std::optional<QString>(QString()));
        const auto v21 = json::invoice(R"({"id": 1, "internal_comment": "Айгуль, самовывоз"})");
        QVERIFY(!v21.value.clientComment.has_value());
        QCOMPARE(v21.value.internalComment, std::optional<QString>(u"Айгуль, самовывоз"_s));
        const auto wrong = json::invoice(R"({"id": 1, "internal_comment": {"a": 1}})");
        QVERIFY(wrong.ok());
        QCOMPARE(wrong.value.unreadableFields, QStringList { u"internal_comment"_s });
    }

    void unreadableAnswer_messageNamesNoMarkup_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not JSON") << QByteArray("<html>502 Bad Gateway</html>");
        QTest::newRow("truncated") << QByteArray(R"({"data": [)");
        QTest::newRow("array root") << QByteArray("[1, 2]");
    }
    void unreadableAnswer_messageNamesNoMarkup()
    {
        QFETCH(QByteArray, body);
        const auto d = json::invoice(body);
        QVERIFY(!d.ok());
        const QString text = ApiError::unexpected(d.errorField).userText();
        // Shown in a label, a text Qt takes for rich text loses "<body>" and leaves an empty line: “\n”.
        QVERIFY2(!Qt::mightBeRichText(text), qPrintable(text));
        QVERIFY2(!text.contains(u'<') && !text.contains(u"“"_s), qPrintable(text));
        QVERIFY(text.startsWith(u"ApiPay sent an answer this app cannot read."_s));
    }

    void unreadableField_namedPlainly()
    {
        const auto d = json::invoicePage(R"({"data": [{"id": 1}, {"amount": "5"}]})", 10);
        QCOMPARE(d.errorField, u"data.1.id"_s);
        const QString text = ApiError::unexpected(d.errorField).userText();
        QVERIFY2(text.contains(u"(field “data.1.id”)"_s), qPrintable(text));
        QVERIFY(!Qt::mightBeRichText(text));
    }
};

QTEST_GUILESS_MAIN(TestV21Fidelity)
#include "tst_v21fidelity.moc"
