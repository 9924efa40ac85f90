// Catalog, subscription, health, error and budget behaviour of the real ApiClient against the in-process sandbox, both
// profiles.
#include "sandboxapifixture.h"
#include "testsupport.h"

#include <QBuffer>
#include <QImage>
#include <QNetworkReply>
#include <QSignalSpy>

using namespace apipay;
using apipay::sandbox::Profile;
using apipay::sandbox::SandboxServer;
using apipay::test::awaitCall;

class TestCatalogSubscriptionsAgainstSandbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { apipay::test::initTestEnvironment(); }
    void cleanup() { m_fx.stop(); }

    void catalog_uploadCreatePatchDelete_data() { apipay::test::SandboxApiFixture::addProfileRows(); }
    void catalog_uploadCreatePatchDelete();
    void subscription_createPauseResumeCancelHistory_data() { apipay::test::SandboxApiFixture::addProfileRows(); }
    void subscription_createPauseResumeCancelHistory();
    void errors_unauthorizedNotFoundValidationBusiness_data() { apipay::test::SandboxApiFixture::addProfileRows(); }
    void errors_unauthorizedNotFoundValidationBusiness();
    void rateLimit_getWaitsAndSucceeds_writeNotResent_data() { apipay::test::SandboxApiFixture::addProfileRows(); }
    void rateLimit_getWaitsAndSucceeds_writeNotResent();

private:
    apipay::test::SandboxApiFixture m_fx;
};

void TestCatalogSubscriptionsAgainstSandbox::catalog_uploadCreatePatchDelete()
{
    QFETCH(Profile, profile);
    QVERIFY(m_fx.start(profile));
    AWAIT_OK(QList<CatalogUnit>, units, m_fx.api->catalogUnits(ctx, cb));
    QVERIFY(units.size() >= 3);
    QImage picture(200, 200, QImage::Format_RGB32);
    picture.fill(QColor(180, 80, 40));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    picture.save(&buffer, "PNG");
    AWAIT_OK(QString, imageId,
        m_fx.api->uploadImage(png, QStringLiteral("latte.png"), QStringLiteral("image/png"), ctx, cb));
    QVERIFY(!imageId.isEmpty());
    CatalogItemDraft draft;
    draft.name = QStringLiteral("Кофе латте");
    draft.sellingPrice = Money::fromTenge(1500);
    draft.unitId = units.first().id;
    draft.imageId = imageId;
    draft.barcode = QStringLiteral("4870001000011");
    AWAIT_OK(CatalogCreateResult, created, m_fx.api->createCatalogItems({ draft }, ctx, cb));
    QCOMPARE(created.created.size(), 1);
    const qint64 id = created.created.first().id;
    m_fx.server->advanceClock(1000); // pending → active
    CatalogQuery query;
    AWAIT_OK(Page<CatalogItem>, listed, m_fx.api->listCatalog(query, ctx, cb));
    QCOMPARE(listed.items.size(), 1);
    QCOMPARE(listed.items.first().status, QStringLiteral("active"));
    QCOMPARE(listed.items.first().sellingPrice, Money::fromTenge(1500));
    // The image URL serves the uploaded bytes unchanged, without the key.
    QNetworkReply* reply = m_fx.nam->get(QNetworkRequest(QUrl(listed.items.first().imageUrl)));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(reply->readAll(), png);
    reply->deleteLater();

    CatalogItemPatch patch;
    patch.sellingPrice = Money::fromTenge(1600);
    patch.deleteImage = true;
    AWAIT_OK(CatalogWriteResult, updated, m_fx.api->updateCatalogItem(id, patch, ctx, cb));
    QCOMPARE(updated.catalogItemId, id);
    AWAIT_OK(Page<CatalogItem>, afterPatch, m_fx.api->listCatalog(query, ctx, cb));
    QCOMPARE(afterPatch.items.first().sellingPrice, Money::fromTenge(1600));
    QCOMPARE(afterPatch.items.first().name, QStringLiteral("Кофе латте"));
    QVERIFY(afterPatch.items.first().imageUrl.isEmpty());
    AWAIT_OK(CatalogWriteResult, deleted, m_fx.api->deleteCatalogItem(id, ctx, cb));
    QCOMPARE(deleted.catalogItemId, id);
    AWAIT_OK(Page<CatalogItem>, empty, m_fx.api->listCatalog(query, ctx, cb));
    QCOMPARE(empty.items.size(), 0);
}

void TestCatalogSubscriptionsAgainstSandbox::subscription_createPauseResumeCancelHistory()
{
    QFETCH(Profile, profile);
    QVERIFY(m_fx.start(profile));
    SubscriptionDraft draft;
    draft.amount = Money::fromTenge(5000);
    draft.phone = QStringLiteral("87001234567");
    draft.billingPeriod = QStringLiteral("monthly");
    draft.billingDay = 5;
    draft.subscriberName = QStringLiteral("Айгерим Сапарова");
    draft.billImmediately = true;
    AWAIT_OK(Subscription, created, m_fx.api->createSubscription(draft, ctx, cb));
    QCOMPARE(created.status, QStringLiteral("active"));
    QCOMPARE(created.amount, Money::fromTenge(5000));
    QCOMPARE(created.phone, QStringLiteral("87001234567"));
    AWAIT_OK(Page<SubscriptionInvoice>, history, m_fx.api->subscriptionInvoices(created.id, 1, 20, ctx, cb));
    QCOMPARE(history.items.size(), 1);
    QVERIFY(history.items.first().invoiceId.has_value());
    m_fx.server->advanceClock(1000);
    QVERIFY(m_fx.server->simulateInvoiceStatus(*history.items.first().invoiceId, QStringLiteral("paid")));
    AWAIT_OK(Subscription, detail, m_fx.api->subscription(created.id, ctx, cb));
    QVERIFY(detail.stats.has_value());
    QCOMPARE(detail.stats->successfulPayments, 1);
    QCOMPARE(detail.stats->totalCollected, Money::fromTenge(5000));
    QVERIFY(detail.lastPayment.has_value());
    AWAIT_OK(Subscription, paused, m_fx.api->pauseSubscription(created.id, ctx, cb));
    QCOMPARE(paused.status, QStringLiteral("paused"));
    AWAIT_OK(Subscription, resumed, m_fx.api->resumeSubscription(created.id, ctx, cb));
    QCOMPARE(resumed.status, QStringLiteral("active"));
    SubscriptionPatch patch;
    patch.amount = Money::fromTenge(7500);
    AWAIT_OK(Subscription, updated, m_fx.api->updateSubscription(created.id, patch, ctx, cb));
    QCOMPARE(updated.amount, Money::fromTenge(7500));
    AWAIT_OK(Subscription, cancelled, m_fx.api->cancelSubscription(created.id, ctx, cb));
    QCOMPARE(cancelled.status, QStringLiteral("cancelled"));
    SubscriptionQuery query;
    query.status = QStringLiteral("cancelled");
    AWAIT_OK(Page<Subscription>, list, m_fx.api->listSubscriptions(query, ctx, cb));
    QCOMPARE(list.items.size(), 1);
    QCOMPARE(list.items.first().subscriberName, QStringLiteral("Айгерим Сапарова"));
}

void TestCatalogSubscriptionsAgainstSandbox::errors_unauthorizedNotFoundValidationBusiness()
{
    QFETCH(Profile, profile);
    QVERIFY(m_fx.start(profile));
    AWAIT_OK(QString, health, m_fx.api->status(ctx, cb));
    QCOMPARE(health, QStringLiteral("ok"));
    const auto missing
        = awaitCall<Invoice>([&](QObject* ctx, ApiCallback<Invoice> cb) { return m_fx.api->invoice(4242, ctx, cb); });
    QVERIFY(missing);
    QCOMPARE(missing->error.kind, ApiError::Kind::NotFound);
    InvoiceDraft bad;
    bad.phone = QStringLiteral("87001234567");
    bad.cartItems = { CartLine { 777, 1, std::nullopt } };
    const auto invalid = awaitCall<Invoice>(
        [&](QObject* ctx, ApiCallback<Invoice> cb) { return m_fx.api->createInvoice(bad, ctx, cb); });
    QVERIFY(invalid);
    QCOMPARE(invalid->error.kind, ApiError::Kind::Validation);
    QVERIFY(!invalid->error.messagesFor(QStringLiteral("cart_items.0.catalog_item_id")).isEmpty());
    const qint64 paid = m_fx.createPaidInvoice(100);
    QVERIFY(paid > 0);
    const auto notCancellable = awaitCall<CancelResult>(
        [&](QObject* ctx, ApiCallback<CancelResult> cb) { return m_fx.api->cancelInvoice(paid, ctx, cb); });
    QVERIFY(notCancellable);
    QCOMPARE(notCancellable->error.httpStatus, 400);
    QVERIFY(!notCancellable->error.message.isEmpty());
    if (profile == Profile::V21) {
        QCOMPARE(notCancellable->error.reason, QStringLiteral("invoice_not_cancellable"));
    }
    QSignalSpy unauthorized(m_fx.api.get(), &ApiClient::unauthorized);
    ApiClient::Config config = m_fx.api->config();
    config.apiKey = QStringLiteral("wrong-key");
    QVERIFY(m_fx.api->setConfig(config));
    const auto denied = awaitCall<Page<Invoice>>(
        [&](QObject* ctx, ApiCallback<Page<Invoice>> cb) { return m_fx.api->listInvoices(InvoiceQuery {}, ctx, cb); });
    QVERIFY(denied);
    QCOMPARE(denied->error.kind, ApiError::Kind::Unauthorized);
    QCOMPARE(unauthorized.count(), 1);
}

void TestCatalogSubscriptionsAgainstSandbox::rateLimit_getWaitsAndSucceeds_writeNotResent()
{
    QFETCH(Profile, profile);
    QVERIFY(m_fx.start(profile));
    m_fx.server->setRateLimit(2, 1'500);
    ApiClient::Config config = m_fx.api->config();
    config.budgetWindowMs = 1'500; // the client's own window, as short as the sandbox's
    QVERIFY(m_fx.api->setConfig(config));
    QSignalSpy limited(m_fx.api.get(), &ApiClient::rateLimited);
    for (int i = 0; i < 2; ++i) {
        AWAIT_OK(Page<Invoice>, page, m_fx.api->listInvoices(InvoiceQuery {}, ctx, cb));
        QVERIFY(page.items.isEmpty());
    }
    // v2.0 says X-RateLimit-Remaining: 0, so the client waits for its window; v2.1 gives no such header, so the
    // third GET meets a 429 and is re-sent automatically after Retry-After / retry_after (D3).
    AWAIT_OK(Page<Invoice>, third, m_fx.api->listInvoices(InvoiceQuery {}, ctx, cb));
    QCOMPARE(third.currentPage, 1);
    if (profile == Profile::V21) {
        QVERIFY(limited.count() >= 1);
        QVERIFY(limited.first().first().toInt() >= 1);
    }
    // Any 429 form on a GET is honoured and re-sent: header-only Retry-After.
    apipay::sandbox::SandboxFault fault;
    fault.kind = apipay::sandbox::SandboxFault::Kind::Status;
    fault.method = "GET";
    fault.path = QStringLiteral("/invoices");
    fault.status = 429;
    fault.body = R"({"message": "Too Many Requests"})";
    fault.headers = { { "Retry-After", "1" } };
    m_fx.server->setRateLimit(100, 60'000);
    m_fx.server->addFault(fault);
    const int before = limited.count();
    AWAIT_OK(Page<Invoice>, retried, m_fx.api->listInvoices(InvoiceQuery {}, ctx, cb));
    QCOMPARE(retried.currentPage, 1);
    QCOMPARE(limited.count(), before + 1);
    QCOMPARE(m_fx.server->pendingFaults(), 0);
    // A write is never re-sent: the 429 comes back to the caller with the wait.
    m_fx.server->setRateLimit(1, 60'000);
    AWAIT_OK(Page<Invoice>, fill, m_fx.api->listInvoices(InvoiceQuery {}, ctx, cb));
    QCOMPARE(fill.items.size(), 0);
    InvoiceDraft draft;
    draft.amount = Money::fromTenge(100);
    draft.phone = QStringLiteral("87001234567");
    const qint64 invoicesBefore = m_fx.server->invoiceCount();
    const auto refused = awaitCall<Invoice>(
        [&](QObject* ctx, ApiCallback<Invoice> cb) { return m_fx.api->createInvoice(draft, ctx, cb); });
    QVERIFY(refused);
    QCOMPARE(refused->error.kind, ApiError::Kind::RateLimited);
    QVERIFY(refused->error.retryAfterSeconds >= 55);
    QCOMPARE(m_fx.server->invoiceCount(), invoicesBefore);
}

QTEST_GUILESS_MAIN(TestCatalogSubscriptionsAgainstSandbox)
#include "tst_catalogsubscriptionsagainstsandbox.moc"
