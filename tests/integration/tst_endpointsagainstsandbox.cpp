// Every ApiClient endpoint over HTTP against the in-process sandbox, in both profiles (v2.0, v2.1) as _data rows.
#include "apicallwaiter.h"
#include "testsupport.h"

#include "api/apiclient.h"
#include "sandbox/sandboxserver.h"

#include <QBuffer>
#include <QImage>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace apipay;
using apipay::sandbox::Profile;
using apipay::sandbox::SandboxServer;
using apipay::test::awaitCall;

Q_DECLARE_METATYPE(apipay::sandbox::Profile)

// Waits for an ApiClient call and fails the test when it times out or fails.
#define AWAIT_OK(Type, var, call)                                                                                      \
    const auto var##Opt = awaitCall<Type>([&](QObject* ctx, ApiCallback<Type> cb) { return (call); });                 \
    QVERIFY2(var##Opt.has_value(), "no answer");                                                                       \
    QVERIFY2(var##Opt->ok(), qPrintable(var##Opt->error.userText()));                                                  \
    const Type& var = var##Opt->value

class TestEndpointsAgainstSandbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { apipay::test::initTestEnvironment(); }
    void cleanup();

    void invoiceLifecycle_createPaidRefundRefunds_data() { profiles(); }
    void invoiceLifecycle_createPaidRefundRefunds();
    void cartInvoice_discount_exactTotals_data() { profiles(); }
    void cartInvoice_discount_exactTotals();
    void cancel_syncAndAsync_data() { profiles(); }
    void cancel_syncAndAsync();
    void checkStatuses_hundredIds_data() { profiles(); }
    void checkStatuses_hundredIds();
    void listInvoices_filtersAndPaging_data() { profiles(); }
    void listInvoices_filtersAndPaging();
    void catalog_uploadCreatePatchDelete_data() { profiles(); }
    void catalog_uploadCreatePatchDelete();
    void subscription_createPauseResumeCancelHistory_data() { profiles(); }
    void subscription_createPauseResumeCancelHistory();
    void errors_unauthorizedNotFoundValidationBusiness_data() { profiles(); }
    void errors_unauthorizedNotFoundValidationBusiness();
    void rateLimit_getWaitsAndSucceeds_writeNotResent_data() { profiles(); }
    void rateLimit_getWaitsAndSucceeds_writeNotResent();
    void droppedCreate_outcomeUnknown_lookupFindsInvoice_data() { profiles(); }
    void droppedCreate_outcomeUnknown_lookupFindsInvoice();

private:
    void profiles();
    void start();
    Invoice waitForStatus(qint64 id, const QString& status);
    qint64 createPaidInvoice(qint64 tenge);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ApiClient> m_api;
};

void TestEndpointsAgainstSandbox::profiles()
{
    QTest::addColumn<Profile>("profile");
    QTest::newRow("v2.0") << Profile::V20;
    QTest::newRow("v2.1") << Profile::V21;
}

void TestEndpointsAgainstSandbox::start()
{
    QFETCH(Profile, profile);
    SandboxServer::Options options;
    options.profile = profile;
    options.demoData = false;
    options.processingDelayMs = 20;
    options.rateLimit = 100'000;
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY(m_server->start(0));
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_api = std::make_unique<ApiClient>(m_nam.get());
    ApiClient::Config config;
    config.baseUrl = m_server->baseUrl();
    config.apiKey = SandboxServer::demoKey();
    config.requestsPerMinute = 100'000;
    config.timeoutMs = 5'000;
    QString error;
    QVERIFY2(m_api->setConfig(config, &error), qPrintable(error));
}

void TestEndpointsAgainstSandbox::cleanup()
{
    m_api.reset();
    m_nam.reset();
    m_server.reset();
}

Invoice TestEndpointsAgainstSandbox::waitForStatus(qint64 id, const QString& status)
{
    Invoice last;
    for (int attempt = 0; attempt < 100; ++attempt) {
        const auto r = awaitCall<Invoice>([&](QObject* ctx, ApiCallback<Invoice> cb) { return m_api->invoice(id, ctx, cb); });
        if (r && r->ok()) {
            last = r->value;
            if (last.status.raw() == status) {
                return last;
            }
        }
        QSignalSpy changed(m_server.get(), &SandboxServer::invoiceStatusChanged);
        changed.wait(100); // the sandbox's delay passes; its tick announces the change
    }
    return last;
}

qint64 TestEndpointsAgainstSandbox::createPaidInvoice(qint64 tenge)
{
    InvoiceDraft draft;
    draft.amount = Money::fromTenge(tenge);
    draft.phone = QStringLiteral("87001234567");
    const auto created = awaitCall<Invoice>([&](QObject* ctx, ApiCallback<Invoice> cb) { return m_api->createInvoice(draft, ctx, cb); });
    if (!created || !created->ok()) {
        return 0;
    }
    m_server->advanceClock(1000);
    return m_server->simulateInvoiceStatus(created->value.id, QStringLiteral("paid")) ? created->value.id : 0;
}

void TestEndpointsAgainstSandbox::invoiceLifecycle_createPaidRefundRefunds()
{
    start();
    QFETCH(Profile, profile);
    InvoiceDraft draft;
    draft.amount = Money::fromTenge(15000);
    draft.phone = QStringLiteral("87001234567");
    draft.description = QStringLiteral("Заказ №42");
    AWAIT_OK(Invoice, created, m_api->createInvoice(draft, ctx, cb));
    QCOMPARE(created.status.raw(), QStringLiteral("processing"));
    QCOMPARE(created.amount, Money::fromTenge(15000));
    QCOMPARE(created.phone, QStringLiteral("87001234567"));
    QVERIFY(!created.externalOrderId.isEmpty());

    const Invoice pending = waitForStatus(created.id, QStringLiteral("pending"));
    QCOMPARE(pending.status.raw(), QStringLiteral("pending"));
    QCOMPARE(pending.kaspiInvoiceId.size(), 11);
    QVERIFY(m_server->simulateInvoiceStatus(created.id, QStringLiteral("paid")));
    AWAIT_OK(Invoice, paid, m_api->invoice(created.id, ctx, cb));
    QCOMPARE(paid.status.value(), InvoiceStatus::Paid);
    QVERIFY(paid.paidAt.isValid());

    RefundDraft refundDraft;
    refundDraft.amount = Money::fromTenge(5000);
    refundDraft.reason = QStringLiteral("Возврат товара");
    AWAIT_OK(RefundResult, refunded, m_api->refundInvoice(created.id, refundDraft, ctx, cb));
    QCOMPARE(refunded.refund.amount, Money::fromTenge(5000));
    QCOMPARE(refunded.refund.status, QStringLiteral("pending"));
    QVERIFY(refunded.invoice.has_value());
    QCOMPARE(refunded.invoice->availableForRefund, Money::fromTenge(10000));

    AWAIT_OK(InvoiceRefunds, refunds, m_api->invoiceRefunds(created.id, ctx, cb));
    QCOMPARE(refunds.refunds.size(), 1);
    QCOMPARE(refunds.refunds.first().reason, QStringLiteral("Возврат товара"));
    RefundQuery query;
    query.invoiceId = created.id;
    AWAIT_OK(Page<Refund>, all, m_api->listRefunds(query, ctx, cb));
    QCOMPARE(all.items.size(), 1);
    QCOMPARE(all.items.first().invoiceId, created.id);

    m_server->advanceClock(1000); // the refund completes
    AWAIT_OK(Invoice, after, m_api->invoice(created.id, ctx, cb));
    QCOMPARE(after.status.value(), InvoiceStatus::PartiallyRefunded);
    QCOMPARE(after.totalRefunded, Money::fromTenge(5000));
    // The remainder: v2.0 "refunded", v2.1 "paid" + fully refunded — both are fully refunded (T6).
    AWAIT_OK(RefundResult, rest, m_api->refundInvoice(created.id, RefundDraft{}, ctx, cb));
    QCOMPARE(rest.refund.amount, Money::fromTenge(10000));
    m_server->advanceClock(1000);
    AWAIT_OK(Invoice, full, m_api->invoice(created.id, ctx, cb));
    QVERIFY(full.fullyRefunded());
    QCOMPARE(full.status.value(), profile == Profile::V20 ? InvoiceStatus::Refunded : InvoiceStatus::Paid);
}

void TestEndpointsAgainstSandbox::cartInvoice_discount_exactTotals()
{
    start();
    CatalogItemDraft latte;
    latte.name = QStringLiteral("Кофе латте");
    latte.sellingPrice = Money::fromTiyn(33333);
    latte.unitId = 1;
    CatalogItemDraft bread;
    bread.name = QStringLiteral("Нан");
    bread.sellingPrice = Money::fromTenge(250);
    bread.unitId = 1;
    AWAIT_OK(CatalogCreateResult, items, m_api->createCatalogItems({latte, bread}, ctx, cb));
    QCOMPARE(items.created.size(), 2);
    InvoiceDraft draft;
    draft.phone = QStringLiteral("87001234567");
    draft.discountPercentage = 15;
    draft.cartItems = {CartLine{items.created.at(0).id, 3, std::nullopt},
                       CartLine{items.created.at(1).id, 2, Money::fromTenge(260)}};
    AWAIT_OK(Invoice, created, m_api->createInvoice(draft, ctx, cb));
    // 999.99 + 520.00 = 1519.99; 15 % = 227.9985 → 228.00 half up; amount 1291.99.
    QCOMPARE(created.subtotal, Money::fromTiyn(151999));
    QCOMPARE(created.discountSum, Money::fromTiyn(22800));
    QCOMPARE(created.amount, Money::fromTiyn(129199));
    QCOMPARE(created.discountPercentage, 15);
    AWAIT_OK(Invoice, detail, m_api->invoice(created.id, ctx, cb));
    QCOMPARE(detail.items.size(), 2);
    QCOMPARE(detail.items.at(0).name, QStringLiteral("Кофе латте"));
    QCOMPARE(detail.items.at(0).count, 3);
    QCOMPARE(detail.items.at(1).price, Money::fromTenge(260));
}

void TestEndpointsAgainstSandbox::cancel_syncAndAsync()
{
    start();
    InvoiceDraft draft;
    draft.amount = Money::fromTenge(700);
    draft.phone = QStringLiteral("87001234567");
    AWAIT_OK(Invoice, first, m_api->createInvoice(draft, ctx, cb));
    waitForStatus(first.id, QStringLiteral("pending"));
    AWAIT_OK(CancelResult, cancelled, m_api->cancelInvoice(first.id, ctx, cb));
    QVERIFY(!cancelled.queued);
    QCOMPARE(cancelled.invoiceId, first.id);
    AWAIT_OK(Invoice, detail, m_api->invoice(first.id, ctx, cb));
    QCOMPARE(detail.status.value(), InvoiceStatus::Cancelled);

    m_server->setAsyncCancel(true);
    AWAIT_OK(Invoice, second, m_api->createInvoice(draft, ctx, cb));
    AWAIT_OK(CancelResult, queued, m_api->cancelInvoice(second.id, ctx, cb));
    QVERIFY(queued.queued);
    QCOMPARE(queued.invoiceId, second.id);
    QCOMPARE(waitForStatus(second.id, QStringLiteral("cancelled")).status.value(), InvoiceStatus::Cancelled);
}

void TestEndpointsAgainstSandbox::checkStatuses_hundredIds()
{
    start();
    QCOMPARE(m_server->seedInvoices(120), 120);
    QList<qint64> ids;
    for (qint64 id = 1; id <= 99; ++id) {
        ids.append(id);
    }
    ids.append(5000); // unknown: left out
    AWAIT_OK(StatusCheckResult, result, m_api->checkStatuses(ids, ctx, cb, Priority::User));
    QVERIFY(!result.dispatchedOnly);
    QCOMPARE(result.invoices.size(), 99);
    for (const InvoiceStatusUpdate& update : result.invoices) {
        QCOMPARE(update.status.raw(), *m_server->invoiceStatus(update.id));
        QVERIFY(update.amount.has_value());
    }
}

void TestEndpointsAgainstSandbox::listInvoices_filtersAndPaging()
{
    start();
    m_server->seedInvoices(57);
    InvoiceQuery query;
    query.perPage = 10;
    query.page = 6;
    AWAIT_OK(Page<Invoice>, last, m_api->listInvoices(query, ctx, cb));
    QCOMPARE(last.items.size(), 7);
    QCOMPARE(last.total, 57);
    QVERIFY(!last.hasMore());
    query.page = 1;
    query.statuses = {QStringLiteral("error")};
    AWAIT_OK(Page<Invoice>, errors, m_api->listInvoices(query, ctx, cb));
    for (const Invoice& invoice : errors.items) {
        QCOMPARE(invoice.status.value(), InvoiceStatus::Error);
    }
    query.statuses.clear();
    query.search = QStringLiteral("seed-42");
    AWAIT_OK(Page<Invoice>, found, m_api->listInvoices(query, ctx, cb));
    QCOMPARE(found.items.size(), 1);
    QCOMPARE(found.items.first().externalOrderId, QStringLiteral("seed-42"));
    QCOMPARE(found.items.first().phone.size(), 11);
    QVERIFY(found.items.first().phone.startsWith(u'8')); // v2.0 "7…" is normalised (T3)
    query.search.clear();
    query.sortBy = QStringLiteral("amount");
    query.sortAscending = true;
    AWAIT_OK(Page<Invoice>, sorted, m_api->listInvoices(query, ctx, cb));
    QVERIFY(*sorted.items.first().amount <= *sorted.items.last().amount);
    query.dateFrom = QDate::currentDate().addDays(5);
    query.sortBy.clear();
    AWAIT_OK(Page<Invoice>, none, m_api->listInvoices(query, ctx, cb));
    QCOMPARE(none.items.size(), 0);
}

void TestEndpointsAgainstSandbox::catalog_uploadCreatePatchDelete()
{
    start();
    AWAIT_OK(QList<CatalogUnit>, units, m_api->catalogUnits(ctx, cb));
    QVERIFY(units.size() >= 3);
    QImage picture(200, 200, QImage::Format_RGB32);
    picture.fill(QColor(180, 80, 40));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    picture.save(&buffer, "PNG");
    AWAIT_OK(QString, imageId, m_api->uploadImage(png, QStringLiteral("latte.png"), QStringLiteral("image/png"), ctx, cb));
    QVERIFY(!imageId.isEmpty());
    CatalogItemDraft draft;
    draft.name = QStringLiteral("Кофе латте");
    draft.sellingPrice = Money::fromTenge(1500);
    draft.unitId = units.first().id;
    draft.imageId = imageId;
    draft.barcode = QStringLiteral("4870001000011");
    AWAIT_OK(CatalogCreateResult, created, m_api->createCatalogItems({draft}, ctx, cb));
    QCOMPARE(created.created.size(), 1);
    const qint64 id = created.created.first().id;
    m_server->advanceClock(1000); // pending → active
    CatalogQuery query;
    AWAIT_OK(Page<CatalogItem>, listed, m_api->listCatalog(query, ctx, cb));
    QCOMPARE(listed.items.size(), 1);
    QCOMPARE(listed.items.first().status, QStringLiteral("active"));
    QCOMPARE(listed.items.first().sellingPrice, Money::fromTenge(1500));
    // The image URL serves the uploaded bytes unchanged, without the key.
    QNetworkReply* reply = m_nam->get(QNetworkRequest(QUrl(listed.items.first().imageUrl)));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(reply->readAll(), png);
    reply->deleteLater();

    CatalogItemPatch patch;
    patch.sellingPrice = Money::fromTenge(1600);
    patch.deleteImage = true;
    AWAIT_OK(CatalogWriteResult, updated, m_api->updateCatalogItem(id, patch, ctx, cb));
    QCOMPARE(updated.catalogItemId, id);
    AWAIT_OK(Page<CatalogItem>, afterPatch, m_api->listCatalog(query, ctx, cb));
    QCOMPARE(afterPatch.items.first().sellingPrice, Money::fromTenge(1600));
    QCOMPARE(afterPatch.items.first().name, QStringLiteral("Кофе латте"));
    QVERIFY(afterPatch.items.first().imageUrl.isEmpty());
    AWAIT_OK(CatalogWriteResult, deleted, m_api->deleteCatalogItem(id, ctx, cb));
    QCOMPARE(deleted.catalogItemId, id);
    AWAIT_OK(Page<CatalogItem>, empty, m_api->listCatalog(query, ctx, cb));
    QCOMPARE(empty.items.size(), 0);
}

void TestEndpointsAgainstSandbox::subscription_createPauseResumeCancelHistory()
{
    start();
    SubscriptionDraft draft;
    draft.amount = Money::fromTenge(5000);
    draft.phone = QStringLiteral("87001234567");
    draft.billingPeriod = QStringLiteral("monthly");
    draft.billingDay = 5;
    draft.subscriberName = QStringLiteral("Айгерим Сапарова");
    draft.billImmediately = true;
    AWAIT_OK(Subscription, created, m_api->createSubscription(draft, ctx, cb));
    QCOMPARE(created.status, QStringLiteral("active"));
    QCOMPARE(created.amount, Money::fromTenge(5000));
    QCOMPARE(created.phone, QStringLiteral("87001234567"));
    AWAIT_OK(Page<SubscriptionInvoice>, history, m_api->subscriptionInvoices(created.id, 1, 20, ctx, cb));
    QCOMPARE(history.items.size(), 1);
    QVERIFY(history.items.first().invoiceId.has_value());
    m_server->advanceClock(1000);
    QVERIFY(m_server->simulateInvoiceStatus(*history.items.first().invoiceId, QStringLiteral("paid")));
    AWAIT_OK(Subscription, detail, m_api->subscription(created.id, ctx, cb));
    QVERIFY(detail.stats.has_value());
    QCOMPARE(detail.stats->successfulPayments, 1);
    QCOMPARE(detail.stats->totalCollected, Money::fromTenge(5000));
    QVERIFY(detail.lastPayment.has_value());
    AWAIT_OK(Subscription, paused, m_api->pauseSubscription(created.id, ctx, cb));
    QCOMPARE(paused.status, QStringLiteral("paused"));
    AWAIT_OK(Subscription, resumed, m_api->resumeSubscription(created.id, ctx, cb));
    QCOMPARE(resumed.status, QStringLiteral("active"));
    SubscriptionPatch patch;
    patch.amount = Money::fromTenge(7500);
    AWAIT_OK(Subscription, updated, m_api->updateSubscription(created.id, patch, ctx, cb));
    QCOMPARE(updated.amount, Money::fromTenge(7500));
    AWAIT_OK(Subscription, cancelled, m_api->cancelSubscription(created.id, ctx, cb));
    QCOMPARE(cancelled.status, QStringLiteral("cancelled"));
    SubscriptionQuery query;
    query.status = QStringLiteral("cancelled");
    AWAIT_OK(Page<Subscription>, list, m_api->listSubscriptions(query, ctx, cb));
    QCOMPARE(list.items.size(), 1);
    QCOMPARE(list.items.first().subscriberName, QStringLiteral("Айгерим Сапарова"));
}

void TestEndpointsAgainstSandbox::errors_unauthorizedNotFoundValidationBusiness()
{
    start();
    QFETCH(Profile, profile);
    AWAIT_OK(QString, health, m_api->status(ctx, cb));
    QCOMPARE(health, QStringLiteral("ok"));
    const auto missing = awaitCall<Invoice>([&](QObject* ctx, ApiCallback<Invoice> cb) { return m_api->invoice(4242, ctx, cb); });
    QVERIFY(missing);
    QCOMPARE(missing->error.kind, ApiError::Kind::NotFound);
    InvoiceDraft bad;
    bad.phone = QStringLiteral("87001234567");
    bad.cartItems = {CartLine{777, 1, std::nullopt}};
    const auto invalid = awaitCall<Invoice>([&](QObject* ctx, ApiCallback<Invoice> cb) { return m_api->createInvoice(bad, ctx, cb); });
    QVERIFY(invalid);
    QCOMPARE(invalid->error.kind, ApiError::Kind::Validation);
    QVERIFY(!invalid->error.messagesFor(QStringLiteral("cart_items.0.catalog_item_id")).isEmpty());
    const qint64 paid = createPaidInvoice(100);
    QVERIFY(paid > 0);
    const auto notCancellable = awaitCall<CancelResult>([&](QObject* ctx, ApiCallback<CancelResult> cb) { return m_api->cancelInvoice(paid, ctx, cb); });
    QVERIFY(notCancellable);
    QCOMPARE(notCancellable->error.httpStatus, 400);
    QVERIFY(!notCancellable->error.message.isEmpty());
    if (profile == Profile::V21) {
        QCOMPARE(notCancellable->error.reason, QStringLiteral("invoice_not_cancellable"));
    }
    QSignalSpy unauthorized(m_api.get(), &ApiClient::unauthorized);
    ApiClient::Config config = m_api->config();
    config.apiKey = QStringLiteral("wrong-key");
    QVERIFY(m_api->setConfig(config));
    const auto denied = awaitCall<Page<Invoice>>([&](QObject* ctx, ApiCallback<Page<Invoice>> cb) { return m_api->listInvoices(InvoiceQuery{}, ctx, cb); });
    QVERIFY(denied);
    QCOMPARE(denied->error.kind, ApiError::Kind::Unauthorized);
    QCOMPARE(unauthorized.count(), 1);
}

void TestEndpointsAgainstSandbox::rateLimit_getWaitsAndSucceeds_writeNotResent()
{
    start();
    QFETCH(Profile, profile);
    m_server->setRateLimit(2, 1'500);
    ApiClient::Config config = m_api->config();
    config.budgetWindowMs = 1'500; // the client's own window, as short as the sandbox's
    QVERIFY(m_api->setConfig(config));
    QSignalSpy limited(m_api.get(), &ApiClient::rateLimited);
    for (int i = 0; i < 2; ++i) {
        AWAIT_OK(Page<Invoice>, page, m_api->listInvoices(InvoiceQuery{}, ctx, cb));
        QVERIFY(page.items.isEmpty());
    }
    // v2.0 says X-RateLimit-Remaining: 0, so the client waits for its window; v2.1 gives no such header, so the
    // third GET meets a 429 and is re-sent automatically after Retry-After / retry_after (D3).
    AWAIT_OK(Page<Invoice>, third, m_api->listInvoices(InvoiceQuery{}, ctx, cb));
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
    fault.headers = {{"Retry-After", "1"}};
    m_server->setRateLimit(100, 60'000);
    m_server->addFault(fault);
    const int before = limited.count();
    AWAIT_OK(Page<Invoice>, retried, m_api->listInvoices(InvoiceQuery{}, ctx, cb));
    QCOMPARE(retried.currentPage, 1);
    QCOMPARE(limited.count(), before + 1);
    QCOMPARE(m_server->pendingFaults(), 0);
    // A write is never re-sent: the 429 comes back to the caller with the wait.
    m_server->setRateLimit(1, 60'000);
    AWAIT_OK(Page<Invoice>, fill, m_api->listInvoices(InvoiceQuery{}, ctx, cb));
    QCOMPARE(fill.items.size(), 0);
    InvoiceDraft draft;
    draft.amount = Money::fromTenge(100);
    draft.phone = QStringLiteral("87001234567");
    const qint64 invoicesBefore = m_server->invoiceCount();
    const auto refused = awaitCall<Invoice>([&](QObject* ctx, ApiCallback<Invoice> cb) { return m_api->createInvoice(draft, ctx, cb); });
    QVERIFY(refused);
    QCOMPARE(refused->error.kind, ApiError::Kind::RateLimited);
    QVERIFY(refused->error.retryAfterSeconds >= 55);
    QCOMPARE(m_server->invoiceCount(), invoicesBefore);
}

void TestEndpointsAgainstSandbox::droppedCreate_outcomeUnknown_lookupFindsInvoice()
{
    start();
    m_server->dropNext("POST", QStringLiteral("/invoices"), 5); // QNAM may re-send once on a closed connection
    InvoiceDraft draft;
    draft.amount = Money::fromTenge(3200);
    draft.phone = QStringLiteral("87001234567");
    draft.externalOrderId = QStringLiteral("apd-0badc0de-20261123T101500-7b2d");
    const auto dropped = awaitCall<Invoice>([&](QObject* ctx, ApiCallback<Invoice> cb) { return m_api->createInvoice(draft, ctx, cb); });
    QVERIFY(dropped);
    QCOMPARE(dropped->error.kind, ApiError::Kind::OutcomeUnknown);
    m_server->clearFaults();
    const QList<qint64> onServer = m_server->invoicesWithExternalOrderId(draft.externalOrderId);
    QVERIFY(!onServer.isEmpty());
    AWAIT_OK(std::optional<Invoice>, found, m_api->lookupInvoiceByExternalId(draft.externalOrderId, ctx, cb));
    QVERIFY(found.has_value());
    QVERIFY(onServer.contains(found->id));
    QCOMPARE(found->externalOrderId, draft.externalOrderId);
    AWAIT_OK(std::optional<Invoice>, absent, m_api->lookupInvoiceByExternalId(QStringLiteral("apd-none"), ctx, cb));
    QVERIFY(!absent.has_value());
}

QTEST_GUILESS_MAIN(TestEndpointsAgainstSandbox)
#include "tst_endpointsagainstsandbox.moc"
