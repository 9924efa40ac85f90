// The four list models when a reload or a new query fails: the rows already on screen stay (with their time), the
// failure is reported, Retry loads page 1 again and only a successful answer replaces the rows. Over the real
// ApiClient and the project's sandbox server, with faults injected on the list route.
#include "api/apiclient.h"
#include "models/catalogtablemodel.h"
#include "models/invoicetablemodel.h"
#include "models/refundtablemodel.h"
#include "models/subscriptiontablemodel.h"
#include "sandbox/sandboxserver.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <memory>

using namespace apipay;
using namespace Qt::StringLiterals;

namespace {

enum class Fault { Status500, Malformed, RateLimited, Dropped, Timeout };
enum class Kind { Invoices, Refunds, Catalog, Subscriptions };

QString routeOf(Kind kind)
{
    switch (kind) {
    case Kind::Invoices:
        return u"/invoices"_s;
    case Kind::Refunds:
        return u"/refunds"_s;
    case Kind::Catalog:
        return u"/catalog"_s;
    case Kind::Subscriptions:
        return u"/subscriptions"_s;
    }
    return {};
}

// The ids of the rows in order (column 0 holds the id, or the name for the catalog) — what a person sees.
QStringList rowTexts(const QAbstractItemModel& model)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model.columnCount(); ++column) {
            cells.append(model.index(row, column).data().toString());
        }
        texts.append(cells.join(u'|'));
    }
    return texts;
}

} // namespace

Q_DECLARE_METATYPE(Fault)
Q_DECLARE_METATYPE(Kind)

class TestPagedReload : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ApiClient> m_api;

    void startServer()
    {
        sandbox::SandboxServer::Options options;
        options.profile = sandbox::Profile::V21;
        options.demoData = true;
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
        config.timeoutMs = 400;           // the "stall" fault waits longer than this
        config.maxRateLimitRetries = 0;   // a 429 reaches the model at once
        config.msPerRetryAfterSecond = 1;
        QVERIFY(m_api->setConfig(config));
    }

    void inject(Fault fault, const QString& path)
    {
        switch (fault) {
        case Fault::Status500:
            m_server->failNext("GET", path, 500, R"({"message": "Server Error"})");
            break;
        case Fault::Malformed:
            m_server->malformNext("GET", path);
            break;
        case Fault::RateLimited:
            m_server->failNext("GET", path, 429, R"({"message": "Too Many Attempts."})");
            break;
        case Fault::Dropped:
            m_server->dropNext("GET", path, 3); // Qt itself sends a dropped GET once more
            break;
        case Fault::Timeout:
            m_server->delayNext("GET", path, 1500);
            break;
        }
    }

    std::unique_ptr<PagedTableModel> makeModel(Kind kind)
    {
        switch (kind) {
        case Kind::Invoices: {
            auto model = std::make_unique<InvoiceTableModel>(m_api.get());
            InvoiceQuery query;
            query.perPage = 20;
            model->setQuery(query);
            return model;
        }
        case Kind::Refunds: {
            auto model = std::make_unique<RefundTableModel>(m_api.get());
            model->setQuery(RefundQuery{});
            return model;
        }
        case Kind::Catalog: {
            auto model = std::make_unique<CatalogTableModel>(m_api.get());
            model->setQuery(CatalogQuery{});
            return model;
        }
        case Kind::Subscriptions: {
            auto model = std::make_unique<SubscriptionTableModel>(m_api.get());
            model->setQuery(SubscriptionQuery{});
            return model;
        }
        }
        return {};
    }

    // A query that differs from the default one (and still lists the same demo rows).
    static void setOtherQuery(Kind kind, PagedTableModel* model)
    {
        switch (kind) {
        case Kind::Invoices: {
            auto* m = static_cast<InvoiceTableModel*>(model);
            InvoiceQuery query = m->query();
            query.sortAscending = !query.sortAscending;
            m->setQuery(query);
            return;
        }
        case Kind::Refunds: {
            auto* m = static_cast<RefundTableModel*>(model);
            RefundQuery query = m->query();
            query.perPage = 40;
            m->setQuery(query);
            return;
        }
        case Kind::Catalog: {
            auto* m = static_cast<CatalogTableModel*>(model);
            CatalogQuery query = m->query();
            query.perPage = 150;
            m->setQuery(query);
            return;
        }
        case Kind::Subscriptions: {
            auto* m = static_cast<SubscriptionTableModel*>(model);
            SubscriptionQuery query = m->query();
            query.perPage = 40;
            m->setQuery(query);
            return;
        }
        }
    }

    static void addMatrix()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<Fault>("fault");
        const QList<std::pair<const char*, Kind>> kinds = {{"invoices", Kind::Invoices},
                                                           {"refunds", Kind::Refunds},
                                                           {"catalog", Kind::Catalog},
                                                           {"subscriptions", Kind::Subscriptions}};
        const QList<std::pair<const char*, Fault>> faults = {{"500", Fault::Status500},
                                                             {"malformed", Fault::Malformed},
                                                             {"429", Fault::RateLimited},
                                                             {"dropped", Fault::Dropped},
                                                             {"timeout", Fault::Timeout}};
        for (const auto& k : kinds) {
            for (const auto& f : faults) {
                QTest::newRow(qPrintable(QString::fromLatin1(k.first) + u' ' + QString::fromLatin1(f.first)))
                    << k.second << f.second;
            }
        }
    }

private Q_SLOTS:
    void initTestCase() { apipay::test::initTestEnvironment(); }
    void init() { startServer(); }

    void cleanup()
    {
        m_api.reset();
        m_nam.reset();
        m_server.reset();
    }

    void failedReload_keepsRows_retryReplacesThem_data() { addMatrix(); }
    void failedReload_keepsRows_retryReplacesThem()
    {
        QFETCH(Kind, kind);
        QFETCH(Fault, fault);
        std::unique_ptr<PagedTableModel> model = makeModel(kind);
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() > 0, 5000);
        const QStringList before = rowTexts(*model);
        const QDateTime loadedAt = model->rowsLoadedAt();
        QVERIFY(loadedAt.isValid());

        QSignalSpy failed(model.get(), &PagedTableModel::loadFailed);
        inject(fault, routeOf(kind));
        model->reload();
        QCOMPARE(rowTexts(*model), before); // still on screen while page 1 loads
        QVERIFY(failed.wait(5000));
        QVERIFY(!model->isLoading());
        QVERIFY(model->lastLoadFailed());
        QVERIFY(model->replacementPending());
        QVERIFY(!model->rowsFromPreviousQuery()); // the same query: the rows still match it, only older
        QCOMPARE(rowTexts(*model), before);
        QCOMPARE(model->rowsLoadedAt(), loadedAt);
        QVERIFY(!model->canFetchMore()); // no page 2 of an unconfirmed list

        // Retry succeeds: the rows are replaced (a reset), the failure is gone, the time is new.
        m_server->clearFaults();
        QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
        model->retry();
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 5000);
        QVERIFY(!model->lastLoadFailed());
        QVERIFY(!model->replacementPending());
        QCOMPARE(reset.size(), 1);
        QVERIFY(model->rowCount() > 0);
        QVERIFY(model->rowsLoadedAt() >= loadedAt);
    }

    void newQueryFails_oldRowsStay_markedAsPreviousQuery_data() { addMatrix(); }
    void newQueryFails_oldRowsStay_markedAsPreviousQuery()
    {
        QFETCH(Kind, kind);
        QFETCH(Fault, fault);
        std::unique_ptr<PagedTableModel> model = makeModel(kind);
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() > 0, 5000);
        const QStringList before = rowTexts(*model);

        QSignalSpy failed(model.get(), &PagedTableModel::loadFailed);
        inject(fault, routeOf(kind));
        setOtherQuery(kind, model.get());
        QVERIFY(model->rowsFromPreviousQuery()); // loading: the rows shown are the previous filter's
        QVERIFY(failed.wait(5000));
        QVERIFY(model->rowsFromPreviousQuery());
        QCOMPARE(rowTexts(*model), before);

        // F5 on the failed new query is a reload of it: still not confirmed, still "previous query".
        inject(fault, routeOf(kind));
        model->reload();
        QVERIFY(failed.wait(5000));
        QVERIFY(model->rowsFromPreviousQuery());
        QCOMPARE(rowTexts(*model), before);

        m_server->clearFaults();
        model->retry();
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 5000);
        QVERIFY(!model->lastLoadFailed());
        QVERIFY(!model->rowsFromPreviousQuery());
    }

    void successfulReload_showsNewRows()
    {
        auto model = std::make_unique<InvoiceTableModel>(m_api.get());
        model->setQuery(InvoiceQuery{});
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() > 0, 5000);
        const qint64 before = model->rowCount();
        // A new invoice made meanwhile (the counter) appears after a reload; the old rows never vanish before.
        bool created = false;
        InvoiceDraft draft;
        draft.amount = Money::fromTenge(777);
        draft.phone = u"87001234567"_s;
        m_api->createInvoice(draft, this, [&](const ApiResult<Invoice>& result) { created = result.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(created, 5000);
        const qint64 newest = m_server->lastInvoiceId();
        QCOMPARE(model->rowOfId(newest), -1);
        model->reload();
        QCOMPARE(model->rowCount(), before);
        QTRY_VERIFY_WITH_TIMEOUT(model->rowOfId(newest) >= 0, 5000);
        QVERIFY(!model->lastLoadFailed());
    }
};

QTEST_GUILESS_MAIN(TestPagedReload)
#include "tst_pagedreload.moc"
