// InvoiceTableModel over the real ApiClient and a fake QNetworkAccessManager: paging, query parameters,
// superseded queries, errors.
#include "api/apiclient.h"
#include "fakenam.h"
#include "models/invoicetablemodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace apipay;
using namespace apipay::test;
using namespace Qt::StringLiterals;

namespace {

QJsonObject invoiceJson(qint64 id, const QString& description = u"Order"_s)
{
    return QJsonObject { { u"id"_s, id }, { u"amount"_s, u"%1.00"_s.arg(id * 100) }, { u"phone"_s, u"77001234567"_s },
        { u"description"_s, description }, { u"external_order_id"_s, u"order_%1"_s.arg(id) },
        { u"status"_s, id % 2 ? u"pending"_s : u"paid"_s }, { u"items"_s, QJsonArray() },
        { u"created_at"_s, u"2026-04-08T10:30:00+00:00"_s } };
}

// v2.0 envelope {data, meta} with ids [first, first + count).
FakeResponse pageResponse(int page,
    int lastPage,
    int perPage,
    qint64 total,
    qint64 firstId,
    int count,
    const QString& description = u"Order"_s)
{
    QJsonArray data;
    for (int i = 0; i < count; ++i) {
        data.append(invoiceJson(firstId + i, description));
    }
    const QJsonObject meta { { u"current_page"_s, page }, { u"last_page"_s, lastPage }, { u"per_page"_s, perPage },
        { u"total"_s, total } };
    return FakeResponse::json(200, QJsonObject { { u"data"_s, data }, { u"meta"_s, meta } });
}

} // namespace

class TestInvoiceModelLoading : public QObject
{
    Q_OBJECT

private:
    FakeNam* m_nam = nullptr;
    ApiClient* m_api = nullptr;
    InvoiceTableModel* m_model = nullptr;

private Q_SLOTS:
    void initTestCase() { initTestEnvironment(); }

    void init()
    {
        m_nam = new FakeNam(this);
        m_api = new ApiClient(m_nam, this);
        ApiClient::Config config;
        config.baseUrl = QUrl(u"http://127.0.0.1:9/api/v1"_s);
        config.apiKey = u"test-key"_s;
        config.requestsPerMinute = 1000;
        QVERIFY(m_api->setConfig(config));
        m_model = new InvoiceTableModel(m_api, this);
        new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, m_model);
    }

    void cleanup()
    {
        delete m_model;
        delete m_api;
        delete m_nam;
    }

    void setQuery_mapsFiltersAndSortToParameters()
    {
        m_nam->setRoute([](const FakeRequest&) { return pageResponse(1, 1, 20, 1, 1, 1); });
        QSignalSpy loaded(m_model, &InvoiceTableModel::pageLoaded);
        InvoiceQuery query;
        query.page = 7; // ignored: a new query starts at page 1
        query.perPage = 20;
        query.search = u"order_1"_s;
        query.statuses = { u"paid"_s, u"pending"_s };
        query.dateFrom = QDate(2026, 4, 1);
        query.dateTo = QDate(2026, 4, 8);
        query.sortBy = InvoiceTableModel::serverSortField(InvoiceTableModel::Amount);
        query.sortAscending = true;
        m_model->setQuery(query);
        QVERIFY(m_model->isLoading());
        QVERIFY(loaded.wait(5000));
        QCOMPARE(m_nam->requestCount(), 1);
        const FakeRequest& request = m_nam->lastRequest();
        QVERIFY(request.path().endsWith(u"/invoices"_s));
        QCOMPARE(request.queryValue(u"page"_s), u"1"_s);
        QCOMPARE(request.queryValue(u"per_page"_s), u"20"_s);
        QCOMPARE(request.queryValue(u"search"_s), u"order_1"_s);
        QCOMPARE(request.queryValues(u"status[]"_s), (QStringList { u"paid"_s, u"pending"_s }));
        QCOMPARE(request.queryValue(u"date_from"_s), u"2026-04-01"_s);
        QCOMPARE(request.queryValue(u"date_to"_s), u"2026-04-08"_s);
        QCOMPARE(request.queryValue(u"sort_by"_s), u"amount"_s);
        QCOMPARE(request.queryValue(u"sort_order"_s), u"asc"_s);
        QCOMPARE(m_model->query().page, 1);
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->invoiceAt(0).phone, u"87001234567"_s); // T3 normalised
    }

    void fetchMore_loadsPageByPageUntilTheEnd()
    {
        m_nam->setRoute([](const FakeRequest& request) {
            const int page = request.queryValue(u"page"_s).toInt();
            const int count = page < 3 ? 2 : 1;
            return pageResponse(page, 3, 2, 5, (page - 1) * 2 + 1, count).delayed(20);
        });
        QSignalSpy loaded(m_model, &InvoiceTableModel::pageLoaded);
        QSignalSpy loading(m_model, &InvoiceTableModel::loadingChanged);
        QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
        InvoiceQuery query;
        query.perPage = 2;
        m_model->setQuery(query);
        QVERIFY(!m_model->canFetchMore()); // page 1 is loading
        m_model->fetchMore(); // ignored while loading
        QVERIFY(loaded.wait(5000));
        QCOMPARE(m_nam->requestCount(), 1);
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(loading.count(), 2);
        QVERIFY(m_model->canFetchMore());

        m_model->fetchMore();
        m_model->fetchMore(); // ignored: page 2 is loading
        QVERIFY(m_model->isLoading());
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, 5000);
        QCOMPARE(m_nam->requestCount(), 2);
        QCOMPARE(m_nam->lastRequest().queryValue(u"page"_s), u"2"_s);
        QCOMPARE(m_model->rowCount(), 4);

        m_model->fetchMore();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 3, 5000);
        QCOMPARE(loaded.at(2).at(0).toInt(), 3);
        QCOMPARE(m_model->rowCount(), 5);
        QCOMPARE(inserted.count(), 3); // one beginInsertRows per page
        QVERIFY(!m_model->canFetchMore());
        QVERIFY(!m_model->hasMorePages());
        m_model->fetchMore(); // at the end: nothing is sent
        QCOMPARE(m_nam->requestCount(), 3);
        QCOMPARE(m_model->rowOfId(5), 4);
    }

    void fetchMore_noLastPage_stopsOnShortPage()
    {
        // v2.1 flat envelope without last_page/per_page: keep loading while pages are full (T1).
        m_nam->setRoute([](const FakeRequest& request) {
            const int page = request.queryValue(u"page"_s).toInt();
            QJsonArray data;
            const int count = page == 1 ? 3 : 1;
            for (int i = 0; i < count; ++i) {
                data.append(invoiceJson(page * 10 + i));
            }
            return FakeResponse::json(200, QJsonObject { { u"current_page"_s, page }, { u"data"_s, data } });
        });
        QSignalSpy loaded(m_model, &InvoiceTableModel::pageLoaded);
        InvoiceQuery query;
        query.perPage = 3;
        m_model->setQuery(query);
        QVERIFY(loaded.wait(5000));
        QVERIFY(m_model->canFetchMore());
        m_model->fetchMore();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, 5000);
        QCOMPARE(m_model->rowCount(), 4);
        QVERIFY(!m_model->canFetchMore());
    }

    void setQuery_supersededAnswerIgnored()
    {
        // The first query answers late; the second one early. Only the second one's rows may appear.
        m_nam->setRoute([](const FakeRequest& request) {
            if (request.queryValue(u"search"_s) == u"old"_s) {
                return pageResponse(1, 1, 50, 2, 100, 2, u"old"_s).delayed(150);
            }
            return pageResponse(1, 1, 50, 1, 200, 1, u"new"_s);
        });
        QSignalSpy loaded(m_model, &InvoiceTableModel::pageLoaded);
        QSignalSpy failed(m_model, &InvoiceTableModel::loadFailed);
        InvoiceQuery query;
        query.search = u"old"_s;
        m_model->setQuery(query);
        query.search = u"new"_s;
        m_model->setQuery(query);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->invoiceAt(0).id, 200);
        // Wait until the late reply is over (answered or aborted), then check nothing changed.
        QTRY_VERIFY_WITH_TIMEOUT(m_nam->openReplies().isEmpty(), 5000);
        QCoreApplication::processEvents();
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->invoiceAt(0).id, 200);
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(failed.count(), 0);
        QVERIFY(!m_model->isLoading());
    }

    void serverError_reportsLoadFailed_retryLoadsAgain()
    {
        bool broken = true;
        m_nam->setRoute([&broken](const FakeRequest&) {
            if (broken) {
                return FakeResponse::json(500, QJsonObject { { u"message"_s, u"Server Error"_s } });
            }
            return pageResponse(1, 1, 50, 1, 1, 1);
        });
        QSignalSpy failed(m_model, &InvoiceTableModel::loadFailed);
        QSignalSpy loaded(m_model, &InvoiceTableModel::pageLoaded);
        m_model->setQuery(InvoiceQuery());
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.at(0).at(0).value<ApiError>().kind, ApiError::Kind::Server);
        QVERIFY(!m_model->isLoading());
        QVERIFY(m_model->lastLoadFailed());
        QVERIFY(!m_model->canFetchMore()); // a view scrolling does not hammer a failing server
        broken = false;
        m_model->retry();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(m_model->rowCount(), 1);
        QVERIFY(!m_model->lastLoadFailed());
    }

    void malformedPage_reportsUnexpectedResponse()
    {
        m_nam->setRoute([](const FakeRequest&) { return FakeResponse::json(200, QByteArray("{\"data\": [")); });
        QSignalSpy failed(m_model, &InvoiceTableModel::loadFailed);
        m_model->setQuery(InvoiceQuery());
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.at(0).at(0).value<ApiError>().kind, ApiError::Kind::UnexpectedResponse);
        QCOMPARE(m_model->rowCount(), 0);
    }

    void reload_replacesRows()
    {
        int generation = 0;
        m_nam->setRoute([&generation](const FakeRequest&) { return pageResponse(1, 1, 50, 1, ++generation, 1); });
        QSignalSpy loaded(m_model, &InvoiceTableModel::pageLoaded);
        QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
        m_model->setQuery(InvoiceQuery());
        QVERIFY(loaded.wait(5000));
        QCOMPARE(m_model->invoiceAt(0).id, 1);
        m_model->reload();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, 5000);
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->invoiceAt(0).id, 2);
        QCOMPARE(reset.count(), 2);
    }

    void destroyedWhileLoading_noCrash()
    {
        m_nam->setRoute([](const FakeRequest&) { return pageResponse(1, 1, 50, 1, 1, 1).delayed(30); });
        m_model->setQuery(InvoiceQuery());
        delete m_model;
        m_model = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(m_nam->openReplies().isEmpty(), 5000);
    }
};

QTEST_GUILESS_MAIN(TestInvoiceModelLoading)
#include "tst_invoicemodelloading.moc"
