// ApiClient over a real QNetworkAccessManager against the project's sandbox server on 127.0.0.1, both profiles:
// every endpoint once, the 429 re-send with a real Retry-After, and the D4 lookup after a dropped connection.
#include "apitesthelpers.h"
#include "testsupport.h"

#include "sandbox/sandboxserver.h"

#include <QBuffer>
#include <QImage>
#include <QNetworkAccessManager>
#include <QTest>

using namespace apipay;
using namespace apipay::test;
using namespace Qt::StringLiterals;
using apipay::sandbox::Profile;
using apipay::sandbox::SandboxServer;

namespace {

// Runs one call and waits for its callback (real HTTP; generous timeout).
template <typename T, typename Call> ApiResult<T> run(Call call)
{
    QObject context;
    Received<T> received;
    call(&context, received.callback());
    if (!QTest::qWaitFor([&received] { return received.calls > 0; }, 10'000)) {
        received.result.error.kind = ApiError::Kind::Timeout;
        received.result.error.message = u"test: no callback"_s;
    }
    return received.result;
}

QByteArray pngBytes()
{
    QImage image(80, 80, QImage::Format_RGB32);
    image.fill(QColor(40, 120, 200));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

#define VERIFY_OK(result) QVERIFY2((result).ok(), qPrintable((result).error.userText() + u' ' + (result).error.field))

} // namespace

class TestApiClientSandbox : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ApiClient> m_client;

    void start(Profile profile)
    {
        SandboxServer::Options options;
        options.profile = profile;
        options.demoData = false;
        options.processingDelayMs = 10;
        options.rateLimit = 100'000;
        m_server = std::make_unique<SandboxServer>(options);
        QVERIFY(m_server->start(0));
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<ApiClient>(m_nam.get());
        ApiClient::Config config = testConfig();
        config.baseUrl = m_server->baseUrl();
        config.apiKey = SandboxServer::demoKey();
        QVERIFY(m_client->setConfig(config));
    }

private Q_SLOTS:
    void initTestCase() { initTestEnvironment(); }
    void cleanup()
    {
        m_client.reset();
        m_nam.reset();
        m_server.reset();
    }

    void everyEndpoint_bothProfiles_data()
    {
        QTest::addColumn<int>("profile");
        QTest::newRow("v2.0") << int(Profile::V20);
        QTest::newRow("v2.1") << int(Profile::V21);
    }
    void everyEndpoint_bothProfiles()
    {
        QFETCH(int, profile);
        start(static_cast<Profile>(profile));
        ApiClient& api = *m_client;

        const auto health = run<QString>([&](QObject* c, auto cb) { api.status(c, cb); });
        VERIFY_OK(health);
        QCOMPARE(health.value, u"ok"_s);

        InvoiceDraft draft;
        draft.amount = Money::fromTiyn(1500050);
        draft.phone = u"87001234567"_s;
        draft.description = u"Order #1"_s;
        const auto created = run<Invoice>([&](QObject* c, auto cb) { api.createInvoice(draft, c, cb); });
        VERIFY_OK(created);
        QVERIFY(created.value.id > 0);
        QCOMPARE(created.value.amount.value_or(Money()), Money::fromTiyn(1500050));
        const qint64 id = created.value.id;
        QVERIFY(created.value.externalOrderId.startsWith(u"apd-"_s));

        InvoiceQuery query;
        query.search = created.value.externalOrderId;
        query.statuses = { u"processing"_s, u"pending"_s };
        query.dateFrom = QDate::currentDate().addDays(-1);
        query.dateTo = QDate::currentDate().addDays(1);
        const auto list = run<Page<Invoice>>([&](QObject* c, auto cb) { api.listInvoices(query, c, cb); });
        VERIFY_OK(list);
        QCOMPARE(list.value.items.size(), 1);
        QCOMPARE(list.value.items.constFirst().id, id);

        const auto found = run<std::optional<Invoice>>(
            [&](QObject* c, auto cb) { api.lookupInvoiceByExternalId(created.value.externalOrderId, c, cb); });
        VERIFY_OK(found);
        QCOMPARE(found.value.value_or(Invoice {}).id, id);

        QTRY_COMPARE_WITH_TIMEOUT(m_server->invoiceStatus(id).value_or(QString()), u"pending"_s, 5000);
        const auto checked = run<StatusCheckResult>([&](QObject* c, auto cb) { api.checkStatuses({ id }, c, cb); });
        VERIFY_OK(checked);
        QCOMPARE(checked.value.invoices.size(), 1);
        QCOMPARE(checked.value.invoices.constFirst().status.raw(), u"pending"_s);

        QVERIFY(m_server->simulateInvoiceStatus(id, u"paid"_s));
        const auto detail = run<Invoice>([&](QObject* c, auto cb) { api.invoice(id, c, cb); });
        VERIFY_OK(detail);
        QCOMPARE(detail.value.status.raw(), u"paid"_s);

        RefundDraft refund;
        refund.amount = Money::fromTenge(5000);
        refund.reason = u"Partial return"_s;
        const auto refunded = run<RefundResult>([&](QObject* c, auto cb) { api.refundInvoice(id, refund, c, cb); });
        VERIFY_OK(refunded);
        QCOMPARE(refunded.value.refund.amount.value_or(Money()), Money::fromTenge(5000));
        const auto refunds = run<InvoiceRefunds>([&](QObject* c, auto cb) { api.invoiceRefunds(id, c, cb); });
        VERIFY_OK(refunds);
        QCOMPARE(refunds.value.refunds.size(), 1);
        RefundQuery refundQuery;
        refundQuery.invoiceId = id;
        const auto allRefunds = run<Page<Refund>>([&](QObject* c, auto cb) { api.listRefunds(refundQuery, c, cb); });
        VERIFY_OK(allRefunds);
        QCOMPARE(allRefunds.value.items.size(), 1);

        const auto second = run<Invoice>([&](QObject* c, auto cb) { api.createInvoice(draft, c, cb); });
        VERIFY_OK(second);
        const auto cancelled
            = run<CancelResult>([&](QObject* c, auto cb) { api.cancelInvoice(second.value.id, c, cb); });
        VERIFY_OK(cancelled);

        const auto units = run<QList<CatalogUnit>>([&](QObject* c, auto cb) { api.catalogUnits(c, cb); });
        VERIFY_OK(units);
        QVERIFY(!units.value.isEmpty());
        const auto image = run<QString>(
            [&](QObject* c, auto cb) { api.uploadImage(pngBytes(), u"cup.png"_s, u"image/png"_s, c, cb); });
        VERIFY_OK(image);
        QVERIFY(!image.value.isEmpty());
        const CatalogItemDraft latte { u"Coffee Latte"_s, Money::fromTenge(1500), units.value.constFirst().id,
            image.value, QString() };
        const auto items
            = run<CatalogCreateResult>([&](QObject* c, auto cb) { api.createCatalogItems({ latte }, c, cb); });
        VERIFY_OK(items);
        QCOMPARE(items.value.created.size(), 1);
        const qint64 itemId = items.value.created.constFirst().id;
        CatalogItemPatch patch;
        patch.sellingPrice = Money::fromTenge(1800);
        const auto patched
            = run<CatalogWriteResult>([&](QObject* c, auto cb) { api.updateCatalogItem(itemId, patch, c, cb); });
        VERIFY_OK(patched);
        CatalogQuery catalogQuery;
        catalogQuery.search = u"Latte"_s;
        const auto catalog = run<Page<CatalogItem>>([&](QObject* c, auto cb) { api.listCatalog(catalogQuery, c, cb); });
        VERIFY_OK(catalog);
        const auto deleted
            = run<CatalogWriteResult>([&](QObject* c, auto cb) { api.deleteCatalogItem(itemId, c, cb); });
        VERIFY_OK(deleted);

        SubscriptionDraft sub;
        sub.amount = Money::fromTenge(5000);
        sub.phone = u"87001234567"_s;
        sub.billingPeriod = u"monthly"_s;
        sub.billingDay = 1;
        sub.subscriberName = u"Aigerim"_s;
        const auto subscription = run<Subscription>([&](QObject* c, auto cb) { api.createSubscription(sub, c, cb); });
        VERIFY_OK(subscription);
        const qint64 subId = subscription.value.id;
        QVERIFY(subId > 0);
        SubscriptionPatch subPatch;
        subPatch.amount = Money::fromTenge(7500);
        const auto updated
            = run<Subscription>([&](QObject* c, auto cb) { api.updateSubscription(subId, subPatch, c, cb); });
        VERIFY_OK(updated);
        QCOMPARE(updated.value.id, subId);
        const auto got = run<Subscription>([&](QObject* c, auto cb) { api.subscription(subId, c, cb); });
        VERIFY_OK(got);
        QCOMPARE(got.value.amount.value_or(Money()), Money::fromTenge(7500));
        VERIFY_OK(run<Subscription>([&](QObject* c, auto cb) { api.pauseSubscription(subId, c, cb); }));
        VERIFY_OK(run<Subscription>([&](QObject* c, auto cb) { api.resumeSubscription(subId, c, cb); }));
        VERIFY_OK(run<Page<SubscriptionInvoice>>(
            [&](QObject* c, auto cb) { api.subscriptionInvoices(subId, 1, 20, c, cb); }));
        SubscriptionQuery subQuery;
        subQuery.status = u"active"_s;
        const auto subs = run<Page<Subscription>>([&](QObject* c, auto cb) { api.listSubscriptions(subQuery, c, cb); });
        VERIFY_OK(subs);
        QCOMPARE(subs.value.items.size(), 1);
        const auto ended = run<Subscription>([&](QObject* c, auto cb) { api.cancelSubscription(subId, c, cb); });
        VERIFY_OK(ended);
    }

    void droppedCreate_outcomeUnknown_lookupFindsIt()
    {
        start(Profile::V20);
        m_server->dropNext("POST", u"/invoices"_s);
        InvoiceDraft draft;
        draft.amount = Money::fromTenge(100);
        draft.phone = u"87001234567"_s;
        draft.externalOrderId = ApiClient::generateExternalOrderId(ApiClient::installId());
        const auto created = run<Invoice>([&](QObject* c, auto cb) { m_client->createInvoice(draft, c, cb); });
        QCOMPARE(m_server->invoiceCount(), 1); // it was made once: Qt must not have re-sent the POST either
        QCOMPARE(created.error.kind, ApiError::Kind::OutcomeUnknown);
        const auto found = run<std::optional<Invoice>>(
            [&](QObject* c, auto cb) { m_client->lookupInvoiceByExternalId(draft.externalOrderId, c, cb); });
        VERIFY_OK(found);
        QVERIFY(found.value.has_value());
        QCOMPARE(found.value->externalOrderId, draft.externalOrderId);
        QCOMPARE(m_server->invoiceCount(), 1); // never re-created
    }

    void sandbox429_getResentAfterRetryAfter_writeNot()
    {
        start(Profile::V21);
        m_server->setRateLimit(1, 60'000);
        InvoiceQuery query;
        const auto first = run<Page<Invoice>>([&](QObject* c, auto cb) { m_client->listInvoices(query, c, cb); });
        VERIFY_OK(first);
        const qint64 before = m_server->requestCount();
        const auto limited = run<Page<Invoice>>([&](QObject* c, auto cb) { m_client->listInvoices(query, c, cb); });
        QCOMPARE(limited.error.kind, ApiError::Kind::RateLimited);
        QVERIFY(limited.error.retryAfterSeconds > 0);
        QCOMPARE(m_server->requestCount() - before, 4); // the first try and three re-sends after Retry-After

        const qint64 beforeWrite = m_server->requestCount();
        const auto refund
            = run<RefundResult>([&](QObject* c, auto cb) { m_client->refundInvoice(1, RefundDraft {}, c, cb); });
        QCOMPARE(refund.error.kind, ApiError::Kind::RateLimited);
        QCOMPARE(m_server->requestCount() - beforeWrite, 1);
    }
};

QTEST_GUILESS_MAIN(TestApiClientSandbox)
#include "tst_apiclientsandbox.moc"
