// Catalog decoders: units, list (v2.0 meta, v2.1 links), upload, batch create, patch/delete answers.
#include "testsupport.h"
#include "json/jsondecoder.h"

#include <QJsonObject>
#include <QTest>

using namespace apipay;

class TestCatalogDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void catalogUnits_v20_decoded()
    {
        const auto d = json::catalogUnits(test::readTestData(QStringLiteral("catalog_units/v20.json")));
        QVERIFY2(d.ok(), qPrintable(d.errorField));
        QCOMPARE(d.value.size(), 2);
        QCOMPARE(d.value[0].id, 1);
        QCOMPARE(d.value[0].name, QStringLiteral("шт"));
        QCOMPARE(d.value[0].nameKaz, QStringLiteral("дана"));
        const auto empty = json::catalogUnits(test::readTestData(QStringLiteral("catalog_units/empty.json")));
        QVERIFY(empty.ok());
        QVERIFY(empty.value.isEmpty());
        const auto bare = json::catalogUnits(R"([{"id": 3, "name": "л"}])");
        QVERIFY(bare.ok());
        QCOMPARE(bare.value.size(), 1);
        const auto bad = json::catalogUnits(R"({"data": [{"id": 1}, {"name": "x"}]})");
        QCOMPARE(bad.errorField, QStringLiteral("data.1.id"));
    }

    void catalogPage_v20_priceAsNumber()
    {
        const auto d = json::catalogPage(test::readTestData(QStringLiteral("catalog_list/v20.json")), 50);
        QVERIFY2(d.ok(), qPrintable(d.errorField));
        QCOMPARE(d.value.items.size(), 2);
        QCOMPARE(d.value.lastPage.value_or(-1), 2);
        QCOMPARE(d.value.total.value_or(-1), 75);
        const CatalogItem& a = d.value.items[0];
        QCOMPARE(a.id, 101);
        QCOMPARE(a.sellingPrice->tiyn(), 180000);
        QCOMPARE(a.unitId, std::optional<qint64>(1));
        QVERIFY(a.barcode.isEmpty());
        QVERIFY(a.imageUrl.isEmpty());
        QCOMPARE(a.status, QStringLiteral("active"));
        const CatalogItem& b = d.value.items[1];
        QCOMPARE(b.sellingPrice->tiyn(), 125050);
        QCOMPARE(b.barcode, QStringLiteral("4870001234567"));
        QVERIFY(b.imageUrl.startsWith(QStringLiteral("http://127.0.0.1:8080/images/")));
        QCOMPARE(b.status, QStringLiteral("pending"));
    }

    void catalogPage_v21Links_decoded()
    {
        const auto d = json::catalogPage(test::readTestData(QStringLiteral("catalog_list/v21_links.json")), 50);
        QVERIFY2(d.ok(), qPrintable(d.errorField));
        QCOMPARE(d.value.items.size(), 1);
        QCOMPARE(d.value.items[0].sellingPrice->tiyn(), 180000);
        QCOMPARE(d.value.perPage, 50);
        QVERIFY(!d.value.hasMore());
    }

    void uploadedImageId_forms()
    {
        const auto d = json::uploadedImageId(test::readTestData(QStringLiteral("catalog_upload/v20.json")));
        QVERIFY(d.ok());
        QCOMPARE(d.value, QStringLiteral("550e8400-e29b-41d4-a716-446655440000"));
        const auto missing
            = json::uploadedImageId(test::readTestData(QStringLiteral("catalog_upload/missing_id.json")));
        QCOMPARE(missing.errorField, QStringLiteral("image_id"));
        const auto html = json::uploadedImageId("<html>413 Request Entity Too Large</html>");
        QCOMPARE(html.errorField, QStringLiteral("<body>"));
    }

    void catalogCreateResult_v20And202_pendingItems()
    {
        const auto d = json::catalogCreateResult(test::readTestData(QStringLiteral("catalog_create/v20_202.json")));
        QVERIFY2(d.ok(), qPrintable(d.errorField));
        QCOMPARE(d.value.created.size(), 1);
        QCOMPARE(d.value.created[0].id, 10);
        QCOMPARE(d.value.created[0].status, QStringLiteral("pending"));
        QCOMPARE(d.value.created[0].sellingPrice->tiyn(), 150000);
        QVERIFY(d.value.rejected.isEmpty());
    }

    void catalogCreateResult_v21Rejected_reasonsListed()
    {
        const auto d
            = json::catalogCreateResult(test::readTestData(QStringLiteral("catalog_create/v21_rejected.json")));
        QVERIFY2(d.ok(), qPrintable(d.errorField));
        QCOMPARE(d.value.created.size(), 1);
        QCOMPARE(d.value.rejected.size(), 2);
        // The API's own message, never the bare code or the raw object; the item number when it has no name.
        QCOMPARE(d.value.rejected[0],
            QStringLiteral("Tea: Штрихкод длиннее 32 символов. Сократите штрихкод и отправьте позицию повторно."));
        QCOMPARE(d.value.rejected[1],
            QStringLiteral("Item 3: Позиция не прошла валидацию: The selling price must be at least 0.01. "
                           "Исправьте указанные поля и отправьте позицию повторно."));
    }

    void catalogCreateResult_rejectedOtherForms()
    {
        const auto d = json::catalogCreateResult(
            R"({"data": [], "rejected": ["Item 3: name is required", {"index": 0, "error_code": "barcode_too_long"},
                 {"index": 4}]})");
        QVERIFY2(d.ok(), qPrintable(d.errorField));
        QCOMPARE(d.value.rejected,
            QStringList({ QStringLiteral("Item 3: name is required"), QStringLiteral("Item 1: barcode_too_long"),
                QStringLiteral("Item 5: refused by ApiPay") }));
    }

    void catalogPage_v21FailedItem_errorMessageKept()
    {
        const auto d = json::catalogPage(
            R"({"data": [{"id": 7, "name": "Tea", "status": "failed", "error_code": "catalog_item_duplicate",
                 "error_message": "Такая позиция уже есть в каталоге."}], "meta": {"current_page": 1, "total": 1}})",
            50);
        QVERIFY2(d.ok(), qPrintable(d.errorField));
        QCOMPARE(d.value.items.size(), 1);
        QCOMPARE(d.value.items[0].status, QStringLiteral("failed"));
        QCOMPARE(d.value.items[0].errorMessage, QStringLiteral("Такая позиция уже есть в каталоге."));
        QCOMPARE(d.value.items[0].errorCode, QStringLiteral("catalog_item_duplicate"));
    }

    void catalogWriteResult_statuses_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<bool>("queued");
        QTest::addColumn<qint64>("id");
        QTest::addColumn<QString>("message");
        QTest::newRow("sandbox_200") << test::readTestData(QStringLiteral("catalog_write/sandbox_200.json")) << 200
                                     << false << qint64(101) << "Catalog item updated";
        QTest::newRow("production_202") << test::readTestData(QStringLiteral("catalog_write/production_202.json"))
                                        << 202 << true << qint64(101) << "Catalog item deletion queued";
        QTest::newRow("empty_body") << QByteArray() << 200 << false << qint64(77) << QString();
        QTest::newRow("no_id") << QByteArray(R"({"message": "ok"})") << 200 << false << qint64(77) << "ok";
    }
    void catalogWriteResult_statuses()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, httpStatus);
        QFETCH(bool, queued);
        QFETCH(qint64, id);
        QFETCH(QString, message);
        const auto d = json::catalogWriteResult(body, httpStatus, 77);
        QVERIFY2(d.ok(), qPrintable(d.errorField));
        QCOMPARE(d.value.queued, queued);
        QCOMPARE(d.value.catalogItemId, id);
        QCOMPARE(d.value.message, message);
    }

    void catalogWriteResult_notJson_bodyError()
    {
        QCOMPARE(json::catalogWriteResult("oops", 200, 1).errorField, QStringLiteral("<body>"));
    }

    void catalogItemObject_missingId_errorField()
    {
        const auto d = json::catalogItemObject(
            QJsonObject { { QStringLiteral("name"), QStringLiteral("Tea") } }, QStringLiteral("data.0"));
        QCOMPARE(d.errorField, QStringLiteral("data.0.id"));
    }
};

QTEST_GUILESS_MAIN(TestCatalogDecoder)
#include "tst_catalogdecoder.moc"
