#include "models/catalogtablemodel.h"
#include "modeltestapi.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace apipay;
using namespace apipay::test;
using namespace Qt::StringLiterals;

namespace {

QJsonObject itemJson(qint64 id, const QString& name, const QJsonValue& price, const QJsonValue& imageUrl)
{
    return QJsonObject { { u"id"_s, id }, { u"name"_s, name }, { u"selling_price"_s, price }, { u"unit_id"_s, 1 },
        { u"barcode"_s, QJsonValue() }, { u"image_url"_s, imageUrl }, { u"status"_s, u"active"_s },
        { u"created_at"_s, u"2026-03-29T10:30:00+00:00"_s } };
}

} // namespace

class TestCatalogTableModel : public QObject
{
    Q_OBJECT

private:
    FakeNam* m_nam = nullptr;
    ApiClient* m_api = nullptr;
    CatalogTableModel* m_model = nullptr;

private Q_SLOTS:
    void initTestCase() { initTestEnvironment(); }

    void init()
    {
        m_nam = new FakeNam(this);
        m_api = makeTestApi(m_nam, this);
        m_model = new CatalogTableModel(m_api, this);
        m_model->setDisplayFormat(
            DisplayFormat(QLocale(QLocale::English, QLocale::UnitedStates), DisplayFormat::almaty()));
        new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, m_model);
    }

    void cleanup()
    {
        delete m_model;
        delete m_api;
        delete m_nam;
    }

    void search_sendsParameters_rowsWithImageUrlAndPrice()
    {
        m_nam->setRoute([](const FakeRequest&) {
            return metaPage({ itemJson(101, u"Coffee Latte"_s, 1800, u"https://cdn.example/latte.jpg"_s),
                                itemJson(102, u"Americano"_s, u"1200.50"_s, QJsonValue()) },
                1, 1, 100);
        });
        QSignalSpy loaded(m_model, &CatalogTableModel::pageLoaded);
        m_model->setSearch(u"  coffee "_s);
        QVERIFY(loaded.wait(5000));
        QVERIFY(m_nam->lastRequest().path().endsWith(u"/catalog"_s));
        QCOMPARE(m_nam->lastRequest().queryValue(u"search"_s), u"coffee"_s);
        QCOMPARE(m_model->query().search, u"coffee"_s);
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->data(m_model->index(0, 0), CatalogTableModel::ImageUrlRole).toString(),
            u"https://cdn.example/latte.jpg"_s);
        QVERIFY(m_model->data(m_model->index(1, 0), CatalogTableModel::ImageUrlRole).toString().isEmpty());
        QCOMPARE(m_model->data(m_model->index(0, CatalogTableModel::Price)).toString(), u"1,800.00\u00a0\u20b8"_s);
        QCOMPARE(m_model->data(m_model->index(1, CatalogTableModel::Price), CatalogTableModel::SortRole).toLongLong(),
            1200'50);
        QCOMPARE(m_model->itemAt(1).sellingPrice, std::optional<Money>(Money::fromTiyn(1200'50)));
        QCOMPARE(m_model->data(m_model->index(0, CatalogTableModel::Status)).toString(), u"Active"_s);

        m_model->setBarcode(u"4870001234567"_s);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, 5000);
        QCOMPARE(m_nam->lastRequest().queryValue(u"barcode"_s), u"4870001234567"_s);
        QCOMPARE(m_nam->lastRequest().queryValue(u"search"_s), u"coffee"_s); // the other filter is kept
    }

    void units_shownByName_kazakhForKk()
    {
        m_nam->setRoute([](const FakeRequest& request) {
            if (request.path().endsWith(u"/catalog/units"_s)) {
                const QJsonArray units { QJsonObject {
                    { u"id"_s, 1 }, { u"name"_s, u"шт"_s }, { u"name_kaz"_s, u"дана"_s } } };
                return FakeResponse::json(200, QJsonObject { { u"data"_s, units } });
            }
            return metaPage({ itemJson(101, u"Coffee Latte"_s, 1800, QJsonValue()) }, 1, 1, 100);
        });
        QSignalSpy loaded(m_model, &CatalogTableModel::pageLoaded);
        QSignalSpy unitsChanged(m_model, &CatalogTableModel::unitsChanged);
        m_model->setQuery(CatalogQuery());
        QVERIFY(loaded.wait(5000));
        QCOMPARE(m_model->data(m_model->index(0, CatalogTableModel::Unit)).toString(), u"1"_s); // no units yet
        m_model->loadUnits();
        QVERIFY(unitsChanged.wait(5000));
        QCOMPARE(m_model->data(m_model->index(0, CatalogTableModel::Unit)).toString(), u"шт"_s);
        m_model->setDisplayFormat(
            DisplayFormat(QLocale(QLocale::Kazakh, QLocale::Kazakhstan), DisplayFormat::almaty()));
        QCOMPARE(m_model->data(m_model->index(0, CatalogTableModel::Unit)).toString(), u"дана"_s);
        QCOMPARE(m_model->unitName(99), QString());
    }

    void upsertAndRemove()
    {
        CatalogItem a;
        a.id = 1;
        a.name = u"Tea"_s;
        a.status = u"pending"_s;
        m_model->ingest({ a });
        a.status = u"active"_s;
        m_model->upsert(a);
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->itemAt(0).status, u"active"_s);
        CatalogItem b;
        b.id = 2;
        b.status = u"something_new"_s;
        m_model->upsert(b);
        QCOMPARE(m_model->rowOfId(2), 0);
        QCOMPARE(m_model->data(m_model->index(0, CatalogTableModel::Status)).toString(), u"something_new"_s);
        QVERIFY(m_model->removeId(1));
        QVERIFY(!m_model->removeId(1));
        QCOMPARE(m_model->rowCount(), 1);
    }

    void catalogNotEnabled_reportsLoadFailed()
    {
        m_nam->setRoute([](const FakeRequest&) {
            return FakeResponse::json(400, QJsonObject { { u"message"_s, u"Catalog is not enabled"_s } });
        });
        QSignalSpy failed(m_model, &CatalogTableModel::loadFailed);
        m_model->setQuery(CatalogQuery());
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.at(0).at(0).value<ApiError>().httpStatus, 400);
        QVERIFY(!m_model->isLoading());
    }
};

QTEST_GUILESS_MAIN(TestCatalogTableModel)
#include "tst_catalogtablemodel.moc"
