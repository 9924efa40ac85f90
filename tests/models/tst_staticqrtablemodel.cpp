// The QR sheets list model over FakeNam: rows and columns as a person reads them, a v2.0 server (404) is "no sheets
// here" without an error, and a failed reload keeps the rows.
#include "models/staticqrtablemodel.h"
#include "modeltestapi.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace apipay;
using namespace apipay::test;
using namespace Qt::StringLiterals;

namespace {

QJsonObject sheetJson(qint64 id, const QString& status, bool paid)
{
    return QJsonObject { { u"id"_s, id }, { u"short_code"_s, u"CODE%1"_s.arg(id) },
        { u"print_url"_s, u"https://qr.apipay.kz/t%1"_s.arg(id) }, { u"amount"_s, u"1500.00"_s },
        { u"description"_s, u"Lunch"_s }, { u"single_use"_s, true }, { u"status"_s, status }, { u"scan_count"_s, 2 },
        { u"paid"_s, paid },
        { u"paid_at"_s, paid ? QJsonValue(u"2026-07-26T12:30:00+05:00"_s) : QJsonValue(QJsonValue::Null) },
        { u"created_at"_s, u"2026-07-26T12:00:00+05:00"_s } };
}

QByteArray page(const QJsonArray& data)
{
    return QJsonDocument(QJsonObject { { u"data"_s, data }, { u"current_page"_s, 1 }, { u"last_page"_s, 1 },
                             { u"per_page"_s, 50 }, { u"total"_s, data.size() } })
        .toJson();
}

} // namespace

class TestStaticQrTableModel : public QObject
{
    Q_OBJECT

private:
    FakeNam* m_nam = nullptr;
    ApiClient* m_api = nullptr;
    StaticQrTableModel* m_model = nullptr;

private Q_SLOTS:
    void initTestCase() { initTestEnvironment(); }

    void init()
    {
        m_nam = new FakeNam(this);
        m_api = makeTestApi(m_nam, this);
        m_model = new StaticQrTableModel(m_api, this);
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

    void load_rowsAsShown()
    {
        m_nam->setRoute([](const FakeRequest&) {
            return FakeResponse::json(
                200, page(QJsonArray { sheetJson(2, u"active"_s, false), sheetJson(1, u"paid"_s, true) }));
        });
        m_model->load();
        QTRY_COMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_nam->lastRequest().path(), u"/api/v1/static-qr"_s);
        const auto text = [this](int row, int column) { return m_model->index(row, column).data().toString(); };
        QCOMPARE(text(0, StaticQrTableModel::ShortCode), u"CODE2"_s);
        QCOMPARE(text(0, StaticQrTableModel::Status), u"Active"_s);
        QCOMPARE(text(0, StaticQrTableModel::SingleUse), u"Yes"_s);
        QCOMPARE(text(0, StaticQrTableModel::Scans), u"2"_s);
        QCOMPARE(text(0, StaticQrTableModel::PaidAt), u"—"_s); // not paid yet
        QCOMPARE(text(1, StaticQrTableModel::Status), u"Paid"_s);
        // 12:30 in Almaty, shown in the shop's zone.
        QVERIFY2(
            text(1, StaticQrTableModel::PaidAt).contains(u"12:30"_s), qPrintable(text(1, StaticQrTableModel::PaidAt)));
        QVERIFY(text(1, StaticQrTableModel::Amount).contains(u"1,500.00"_s));
        QVERIFY(m_model->isSupported());
    }

    void v20_notFound_isNoSheetsNotAnError()
    {
        m_nam->setRoute([](const FakeRequest&) { return FakeResponse::json(404, R"({"message":"Not found"})"); });
        QSignalSpy failed(m_model, &PagedTableModel::loadFailed);
        QSignalSpy support(m_model, &StaticQrTableModel::supportChanged);
        m_model->load();
        QTRY_COMPARE(support.size(), 1);
        QVERIFY(!m_model->isSupported());
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(failed.size(), 0);
        QTRY_VERIFY(!m_model->isLoading());
    }

    void reloadFails_rowsStay()
    {
        bool fail = false;
        m_nam->setRoute([&fail](const FakeRequest&) {
            return fail ? FakeResponse::json(500, R"({"message":"Server Error"})")
                        : FakeResponse::json(200, page(QJsonArray { sheetJson(1, u"active"_s, false) }));
        });
        m_model->load();
        QTRY_COMPARE(m_model->rowCount(), 1);
        fail = true;
        QSignalSpy failed(m_model, &PagedTableModel::loadFailed);
        m_model->load();
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(m_model->rowCount(), 1);
        QVERIFY(m_model->isSupported());
    }
};

QTEST_GUILESS_MAIN(TestStaticQrTableModel)
#include "tst_staticqrtablemodel.moc"
