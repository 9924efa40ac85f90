// The list models over the real ApiClient and the project's sandbox server (127.0.0.1, port 0), for both profiles:
// v2.0 {data, meta} envelopes and v2.1 flat / {data, links, meta} envelopes, loaded with fetchMore() to the end.
#include "api/apiclient.h"
#include "models/catalogtablemodel.h"
#include "models/invoicefilterproxymodel.h"
#include "models/invoicetablemodel.h"
#include "models/refundtablemodel.h"
#include "models/subscriptiontablemodel.h"
#include "sandbox/sandboxserver.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace apipay;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(apipay::sandbox::Profile)

class TestModelsAgainstSandbox : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ApiClient> m_api;

    // Loads every page (fetchMore after each one), like a view scrolled to the bottom.
    static bool loadAll(PagedTableModel* model)
    {
        QSignalSpy failed(model, &PagedTableModel::loadFailed);
        for (int guard = 0; guard < 100; ++guard) {
            if (!QTest::qWaitFor([&] { return !model->isLoading(); }, 10000) || !failed.isEmpty()) {
                return false;
            }
            if (!model->canFetchMore()) {
                return true;
            }
            model->fetchMore();
        }
        return false;
    }

    static void addProfiles()
    {
        QTest::addColumn<sandbox::Profile>("profile");
        QTest::newRow("v2.0") << sandbox::Profile::V20;
        QTest::newRow("v2.1") << sandbox::Profile::V21;
    }

    void startServer(sandbox::Profile profile, bool demoData)
    {
        sandbox::SandboxServer::Options options;
        options.profile = profile;
        options.demoData = demoData;
        options.rateLimit = 10000;
        options.processingDelayMs = 50;
        m_server = std::make_unique<sandbox::SandboxServer>(options);
        QVERIFY(m_server->start(0));
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_api = std::make_unique<ApiClient>(m_nam.get());
        ApiClient::Config config;
        config.baseUrl = m_server->baseUrl();
        config.apiKey = sandbox::SandboxServer::demoKey();
        config.requestsPerMinute = 10000;
        QVERIFY(m_api->setConfig(config));
    }

private Q_SLOTS:
    void initTestCase() { apipay::test::initTestEnvironment(); }

    void cleanup()
    {
        m_api.reset();
        m_nam.reset();
        m_server.reset();
    }

    void invoices_fetchMoreToTheEnd_everyInvoiceOnce_data() { addProfiles(); }
    void invoices_fetchMoreToTheEnd_everyInvoiceOnce()
    {
        QFETCH(sandbox::Profile, profile);
        startServer(profile, false);
        QCOMPARE(m_server->seedInvoices(230), 230);
        InvoiceTableModel model(m_api.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy pages(&model, &InvoiceTableModel::pageLoaded);
        InvoiceQuery query;
        query.perPage = 100;
        model.setQuery(query);
        QVERIFY(loadAll(&model));
        QCOMPARE(model.rowCount(), 230);
        QCOMPARE(pages.count(), 3);
        QSet<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row) {
            ids.insert(model.invoiceAt(row).id);
            QVERIFY(model.invoiceAt(row).amount.has_value());
        }
        QCOMPARE(ids.size(), 230);
        // Newest first (the server's default sort), as CreatedAt sort values.
        QVERIFY(model.data(model.index(0, InvoiceTableModel::CreatedAt), InvoiceTableModel::SortRole).toDateTime()
            >= model.data(model.index(229, InvoiceTableModel::CreatedAt), InvoiceTableModel::SortRole).toDateTime());

        // The client-side filter on what is loaded agrees with the server's status filter.
        InvoiceFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setStatusFilter({ u"paid"_s });
        const int paidShown = proxy.rowCount();
        query.statuses = { u"paid"_s };
        model.setQuery(query);
        QVERIFY(loadAll(&model));
        QCOMPARE(model.rowCount(), paidShown);
    }

    void invoices_serverSortByAmount_data() { addProfiles(); }
    void invoices_serverSortByAmount()
    {
        QFETCH(sandbox::Profile, profile);
        startServer(profile, false);
        m_server->seedInvoices(40);
        InvoiceTableModel model(m_api.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        InvoiceQuery query;
        query.sortBy = InvoiceTableModel::serverSortField(InvoiceTableModel::Amount);
        query.sortAscending = true;
        model.setQuery(query);
        QVERIFY(loadAll(&model));
        QCOMPARE(model.rowCount(), 40);
        for (int row = 1; row < model.rowCount(); ++row) {
            QVERIFY(model.data(model.index(row - 1, 0), InvoiceTableModel::AmountTiynRole).toLongLong()
                <= model.data(model.index(row, 0), InvoiceTableModel::AmountTiynRole).toLongLong());
        }
    }

    void otherLists_loadEveryDemoRow_data() { addProfiles(); }
    void otherLists_loadEveryDemoRow()
    {
        QFETCH(sandbox::Profile, profile);
        startServer(profile, true);

        SubscriptionTableModel subscriptions(m_api.get());
        QAbstractItemModelTester t1(&subscriptions, QAbstractItemModelTester::FailureReportingMode::QtTest);
        SubscriptionQuery sq;
        sq.perPage = 2;
        subscriptions.setQuery(sq);
        QVERIFY(loadAll(&subscriptions));
        QCOMPARE(subscriptions.rowCount(), m_server->subscriptionCount());

        CatalogTableModel catalog(m_api.get());
        QAbstractItemModelTester t2(&catalog, QAbstractItemModelTester::FailureReportingMode::QtTest);
        CatalogQuery cq;
        cq.perPage = 3;
        catalog.setQuery(cq);
        QVERIFY(loadAll(&catalog));
        QVERIFY(catalog.rowCount() > 0);
        QVERIFY(catalog.rowCount() <= m_server->catalogItemCount()); // v2.1 lists only active items by default
        QSignalSpy units(&catalog, &CatalogTableModel::unitsChanged);
        catalog.loadUnits();
        QVERIFY(units.wait(10000));
        QVERIFY(!catalog.units().isEmpty());

        RefundTableModel refunds(m_api.get());
        QAbstractItemModelTester t3(&refunds, QAbstractItemModelTester::FailureReportingMode::QtTest);
        RefundQuery rq;
        rq.perPage = 2;
        refunds.setQuery(rq);
        QVERIFY(loadAll(&refunds));
        QCOMPARE(refunds.rowCount(), int(m_server->refundCount()));
        Money sum;
        for (int row = 0; row < refunds.rowCount(); ++row) {
            sum += refunds.refundAt(row).amount.value_or(Money());
        }
        QCOMPARE(refunds.shownTotal(), sum);
    }
};

QTEST_GUILESS_MAIN(TestModelsAgainstSandbox)
#include "tst_modelsagainstsandbox.moc"
