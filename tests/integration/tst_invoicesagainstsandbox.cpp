// Invoice and refund endpoints of the real ApiClient over HTTP against the in-process sandbox, both profiles.
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

class TestInvoicesAgainstSandbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { apipay::test::initTestEnvironment(); }
    void cleanup() { m_fx.stop(); }

    void invoiceLifecycle_createPaidRefundRefunds_data() { apipay::test::SandboxApiFixture::addProfileRows(); }
    void invoiceLifecycle_createPaidRefundRefunds();
    void cartInvoice_discount_exactTotals_data() { apipay::test::SandboxApiFixture::addProfileRows(); }
    void cartInvoice_discount_exactTotals();
    void cancel_syncAndAsync_data() { apipay::test::SandboxApiFixture::addProfileRows(); }
    void cancel_syncAndAsync();
    void checkStatuses_hundredIds_data() { apipay::test::SandboxApiFixture::addProfileRows(); }
    void checkStatuses_hundredIds();
    void listInvoices_filtersAndPaging_data() { apipay::test::SandboxApiFixture::addProfileRows(); }
    void listInvoices_filtersAndPaging();
    void droppedCreate_outcomeUnknown_lookupFindsInvoice_data() { apipay::test::SandboxApiFixture::addProfileRows(); }
    void droppedCreate_outcomeUnknown_lookupFindsInvoice();

private:
    apipay::test::SandboxApiFixture m_fx;
};

void TestInvoicesAgainstSandbox::invoiceLifecycle_createPaidRefundRefunds()
{
    QFETCH(Profile, profile);
    QVERIFY(m_fx.start(profile));
    InvoiceDraft draft;
    draft.amount = Money::fromTenge(15000);
    draft.phone = QStringLiteral("87001234567");
    draft.description = QStringLiteral("Заказ №42");
    AWAIT_OK(Invoice, created, m_fx.api->createInvoice(draft, ctx, cb));
    QCOMPARE(created.status.raw(), QStringLiteral("processing"));
    QCOMPARE(created.amount, Money::fromTenge(15000));
    QCOMPARE(created.phone, QStringLiteral("87001234567"));
    QVERIFY(!created.externalOrderId.isEmpty());

    const Invoice pending = m_fx.waitForStatus(created.id, QStringLiteral("pending"));
    QCOMPARE(pending.status.raw(), QStringLiteral("pending"));
    QCOMPARE(pending.kaspiInvoiceId.size(), 11);
    QVERIFY(m_fx.server->simulateInvoiceStatus(created.id, QStringLiteral("paid")));
    AWAIT_OK(Invoice, paid, m_fx.api->invoice(created.id, ctx, cb));
    QCOMPARE(paid.status.value(), InvoiceStatus::Paid);
    QVERIFY(paid.paidAt.isValid());

    RefundDraft refundDraft;
    refundDraft.amount = Money::fromTenge(5000);
    refundDraft.reason = QStringLiteral("Возврат товара");
    AWAIT_OK(RefundResult, refunded, m_fx.api->refundInvoice(created.id, refundDraft, ctx, cb));
    QCOMPARE(refunded.refund.amount, Money::fromTenge(5000));
    QCOMPARE(refunded.refund.status, QStringLiteral("pending"));
    QVERIFY(refunded.invoice.has_value());
    QCOMPARE(refunded.invoice->availableForRefund, Money::fromTenge(10000));

    AWAIT_OK(InvoiceRefunds, refunds, m_fx.api->invoiceRefunds(created.id, ctx, cb));
    QCOMPARE(refunds.refunds.size(), 1);
    QCOMPARE(refunds.refunds.first().reason, QStringLiteral("Возврат товара"));
    RefundQuery query;
    query.invoiceId = created.id;
    AWAIT_OK(Page<Refund>, all, m_fx.api->listRefunds(query, ctx, cb));
    QCOMPARE(all.items.size(), 1);
    QCOMPARE(all.items.first().invoiceId, created.id);

    m_fx.server->advanceClock(1000); // the refund completes
    AWAIT_OK(Invoice, after, m_fx.api->invoice(created.id, ctx, cb));
    QCOMPARE(after.status.value(), InvoiceStatus::PartiallyRefunded);
    QCOMPARE(after.totalRefunded, Money::fromTenge(5000));
    // The remainder: v2.0 "refunded", v2.1 "paid" + fully refunded — both are fully refunded (T6).
    AWAIT_OK(RefundResult, rest, m_fx.api->refundInvoice(created.id, RefundDraft {}, ctx, cb));
    QCOMPARE(rest.refund.amount, Money::fromTenge(10000));
    m_fx.server->advanceClock(1000);
    AWAIT_OK(Invoice, full, m_fx.api->invoice(created.id, ctx, cb));
    QVERIFY(full.fullyRefunded());
    QCOMPARE(full.status.value(), profile == Profile::V20 ? InvoiceStatus::Refunded : InvoiceStatus::Paid);
}

void TestInvoicesAgainstSandbox::cartInvoice_discount_exactTotals()
{
    QFETCH(Profile, profile);
    QVERIFY(m_fx.start(profile));
    CatalogItemDraft latte;
    latte.name = QStringLiteral("Кофе латте");
    latte.sellingPrice = Money::fromTiyn(33333);
    latte.unitId = 1;
    CatalogItemDraft bread;
    bread.name = QStringLiteral("Нан");
    bread.sellingPrice = Money::fromTenge(250);
    bread.unitId = 1;
    AWAIT_OK(CatalogCreateResult, items, m_fx.api->createCatalogItems({ latte, bread }, ctx, cb));
    QCOMPARE(items.created.size(), 2);
    InvoiceDraft draft;
    draft.phone = QStringLiteral("87001234567");
    draft.discountPercentage = 15;
    draft.cartItems = { CartLine { items.created.at(0).id, 3, std::nullopt },
        CartLine { items.created.at(1).id, 2, Money::fromTenge(260) } };
    AWAIT_OK(Invoice, created, m_fx.api->createInvoice(draft, ctx, cb));
    // 999.99 + 520.00 = 1519.99; 15 % = 227.9985 → 228.00 half up; amount 1291.99.
    QCOMPARE(created.subtotal, Money::fromTiyn(151999));
    QCOMPARE(created.discountSum, Money::fromTiyn(22800));
    QCOMPARE(created.amount, Money::fromTiyn(129199));
    QCOMPARE(created.discountPercentage, 15);
    AWAIT_OK(Invoice, detail, m_fx.api->invoice(created.id, ctx, cb));
    QCOMPARE(detail.items.size(), 2);
    QCOMPARE(detail.items.at(0).name, QStringLiteral("Кофе латте"));
    QCOMPARE(detail.items.at(0).count, 3);
    QCOMPARE(detail.items.at(1).price, Money::fromTenge(260));
}

void TestInvoicesAgainstSandbox::cancel_syncAndAsync()
{
    QFETCH(Profile, profile);
    QVERIFY(m_fx.start(profile));
    InvoiceDraft draft;
    draft.amount = Money::fromTenge(700);
    draft.phone = QStringLiteral("87001234567");
    AWAIT_OK(Invoice, first, m_fx.api->createInvoice(draft, ctx, cb));
    m_fx.waitForStatus(first.id, QStringLiteral("pending"));
    AWAIT_OK(CancelResult, cancelled, m_fx.api->cancelInvoice(first.id, ctx, cb));
    QVERIFY(!cancelled.queued);
    QCOMPARE(cancelled.invoiceId, first.id);
    AWAIT_OK(Invoice, detail, m_fx.api->invoice(first.id, ctx, cb));
    QCOMPARE(detail.status.value(), InvoiceStatus::Cancelled);

    m_fx.server->setAsyncCancel(true);
    AWAIT_OK(Invoice, second, m_fx.api->createInvoice(draft, ctx, cb));
    AWAIT_OK(CancelResult, queued, m_fx.api->cancelInvoice(second.id, ctx, cb));
    QVERIFY(queued.queued);
    QCOMPARE(queued.invoiceId, second.id);
    QCOMPARE(m_fx.waitForStatus(second.id, QStringLiteral("cancelled")).status.value(), InvoiceStatus::Cancelled);
}

void TestInvoicesAgainstSandbox::checkStatuses_hundredIds()
{
    QFETCH(Profile, profile);
    QVERIFY(m_fx.start(profile));
    QCOMPARE(m_fx.server->seedInvoices(120), 120);
    QList<qint64> ids;
    for (qint64 id = 1; id <= 99; ++id) {
        ids.append(id);
    }
    ids.append(5000); // unknown: left out
    AWAIT_OK(StatusCheckResult, result, m_fx.api->checkStatuses(ids, ctx, cb, Priority::User));
    QVERIFY(!result.dispatchedOnly);
    QCOMPARE(result.invoices.size(), 99);
    for (const InvoiceStatusUpdate& update : result.invoices) {
        QCOMPARE(update.status.raw(), *m_fx.server->invoiceStatus(update.id));
        QVERIFY(update.amount.has_value());
    }
}

void TestInvoicesAgainstSandbox::listInvoices_filtersAndPaging()
{
    QFETCH(Profile, profile);
    QVERIFY(m_fx.start(profile));
    m_fx.server->seedInvoices(57);
    InvoiceQuery query;
    query.perPage = 10;
    query.page = 6;
    AWAIT_OK(Page<Invoice>, last, m_fx.api->listInvoices(query, ctx, cb));
    QCOMPARE(last.items.size(), 7);
    QCOMPARE(last.total, 57);
    QVERIFY(!last.hasMore());
    query.page = 1;
    query.statuses = { QStringLiteral("error") };
    AWAIT_OK(Page<Invoice>, errors, m_fx.api->listInvoices(query, ctx, cb));
    for (const Invoice& invoice : errors.items) {
        QCOMPARE(invoice.status.value(), InvoiceStatus::Error);
    }
    query.statuses.clear();
    query.search = QStringLiteral("seed-42");
    AWAIT_OK(Page<Invoice>, found, m_fx.api->listInvoices(query, ctx, cb));
    QCOMPARE(found.items.size(), 1);
    QCOMPARE(found.items.first().externalOrderId, QStringLiteral("seed-42"));
    QCOMPARE(found.items.first().phone.size(), 11);
    QVERIFY(found.items.first().phone.startsWith(u'8')); // v2.0 "7…" is normalised (T3)
    query.search.clear();
    query.sortBy = QStringLiteral("amount");
    query.sortAscending = true;
    AWAIT_OK(Page<Invoice>, sorted, m_fx.api->listInvoices(query, ctx, cb));
    QVERIFY(*sorted.items.first().amount <= *sorted.items.last().amount);
    query.dateFrom = QDate::currentDate().addDays(5);
    query.sortBy.clear();
    AWAIT_OK(Page<Invoice>, none, m_fx.api->listInvoices(query, ctx, cb));
    QCOMPARE(none.items.size(), 0);
}

void TestInvoicesAgainstSandbox::droppedCreate_outcomeUnknown_lookupFindsInvoice()
{
    QFETCH(Profile, profile);
    QVERIFY(m_fx.start(profile));
    m_fx.server->dropNext("POST", QStringLiteral("/invoices"), 5); // QNAM may re-send once on a closed connection
    InvoiceDraft draft;
    draft.amount = Money::fromTenge(3200);
    draft.phone = QStringLiteral("87001234567");
    draft.externalOrderId = QStringLiteral("apd-0badc0de-20261123T101500-7b2d");
    const auto dropped = awaitCall<Invoice>(
        [&](QObject* ctx, ApiCallback<Invoice> cb) { return m_fx.api->createInvoice(draft, ctx, cb); });
    QVERIFY(dropped);
    QCOMPARE(dropped->error.kind, ApiError::Kind::OutcomeUnknown);
    m_fx.server->clearFaults();
    const QList<qint64> onServer = m_fx.server->invoicesWithExternalOrderId(draft.externalOrderId);
    QVERIFY(!onServer.isEmpty());
    AWAIT_OK(std::optional<Invoice>, found, m_fx.api->lookupInvoiceByExternalId(draft.externalOrderId, ctx, cb));
    QVERIFY(found.has_value());
    QVERIFY(onServer.contains(found->id));
    QCOMPARE(found->externalOrderId, draft.externalOrderId);
    AWAIT_OK(std::optional<Invoice>, absent, m_fx.api->lookupInvoiceByExternalId(QStringLiteral("apd-none"), ctx, cb));
    QVERIFY(!absent.has_value());
}

QTEST_GUILESS_MAIN(TestInvoicesAgainstSandbox)
#include "tst_invoicesagainstsandbox.moc"
