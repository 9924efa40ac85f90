// Every write goes on the wire once (issue 8, defect 5): the sandbox handles the request, then closes the connection
// without answering. QNetworkAccessManager must not send it again by itself; the caller gets "outcome unknown" and
// the server saw exactly one request. Both profiles, over a real socket.
#include "sandboxapifixture.h"
#include "testsupport.h"

#include "api/writereadback.h"

#include <QBuffer>
#include <QImage>
#include <QSignalSpy>

using namespace apipay;
using apipay::sandbox::Profile;
using apipay::sandbox::SandboxServer;
using apipay::test::awaitCall;

namespace {

QByteArray pngBytes()
{
    QImage picture(120, 120, QImage::Format_RGB32);
    picture.fill(QColor(40, 120, 200));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    picture.save(&buffer, "PNG");
    return png;
}

// How many requests of method+path the sandbox handled (dropped ones included).
class HandledCounter : public QObject
{
public:
    HandledCounter(SandboxServer* server, const QString& method, const QString& pathPrefix)
    {
        connect(server, &SandboxServer::requestHandled, this,
            [this, method, pathPrefix](const QString& m, const QString& path, int status) {
                if (m == method && path.contains(pathPrefix)) {
                    ++count;
                    statuses.append(status);
                }
            });
    }
    int count = 0;
    QList<int> statuses;
};

} // namespace

class TestWritesOnceAgainstSandbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { apipay::test::initTestEnvironment(); }
    void cleanup() { m_fx.stop(); }

    void catalogDelete_dropped_sentOnce_outcomeUnknown_data() { apipay::test::SandboxApiFixture::addProfileRows(); }
    void catalogDelete_dropped_sentOnce_outcomeUnknown();
    void subscriptionUpdate_dropped_sentOnce_outcomeUnknown_data()
    {
        apipay::test::SandboxApiFixture::addProfileRows();
    }
    void subscriptionUpdate_dropped_sentOnce_outcomeUnknown();
    void imageUpload_dropped_sentOnce_outcomeUnknown_data() { apipay::test::SandboxApiFixture::addProfileRows(); }
    void imageUpload_dropped_sentOnce_outcomeUnknown();
    void catalogPatchAndCreate_dropped_sentOnce_data() { apipay::test::SandboxApiFixture::addProfileRows(); }
    void catalogPatchAndCreate_dropped_sentOnce();
    void readBack_settlesDeleteAndUpdate_data() { apipay::test::SandboxApiFixture::addProfileRows(); }
    void readBack_settlesDeleteAndUpdate();
    void writesWithoutFault_stillSucceed_data() { apipay::test::SandboxApiFixture::addProfileRows(); }
    void writesWithoutFault_stillSucceed();

private:
    qint64 createActiveItem(const QString& name);
    apipay::test::SandboxApiFixture m_fx;
};

qint64 TestWritesOnceAgainstSandbox::createActiveItem(const QString& name)
{
    const auto units = awaitCall<QList<CatalogUnit>>(
        [&](QObject* ctx, ApiCallback<QList<CatalogUnit>> cb) { return m_fx.api->catalogUnits(ctx, cb); });
    if (!units || !units->ok() || units->value.isEmpty()) {
        return 0;
    }
    CatalogItemDraft draft;
    draft.name = name;
    draft.sellingPrice = Money::fromTenge(900);
    draft.unitId = units->value.first().id;
    const auto created = awaitCall<CatalogCreateResult>([&](QObject* ctx, ApiCallback<CatalogCreateResult> cb) {
        return m_fx.api->createCatalogItems({ draft }, ctx, cb);
    });
    if (!created || !created->ok() || created->value.created.isEmpty()) {
        return 0;
    }
    m_fx.server->advanceClock(1000); // pending → active
    return created->value.created.first().id;
}

void TestWritesOnceAgainstSandbox::catalogDelete_dropped_sentOnce_outcomeUnknown()
{
    QFETCH(Profile, profile);
    QVERIFY(m_fx.start(profile));
    const qint64 id = createActiveItem(QStringLiteral("Чай"));
    QVERIFY(id > 0);
    HandledCounter deletes(m_fx.server.get(), QStringLiteral("DELETE"), QStringLiteral("/catalog/"));
    m_fx.server->dropNext("DELETE", QStringLiteral("/catalog/*"));
    const auto deleted = awaitCall<CatalogWriteResult>(
        [&](QObject* ctx, ApiCallback<CatalogWriteResult> cb) { return m_fx.api->deleteCatalogItem(id, ctx, cb); });
    QVERIFY(deleted);
    // Without the fix Qt sends the DELETE again and the second one is answered 404 "not found".
    QCOMPARE(deleted->error.kind, ApiError::Kind::OutcomeUnknown);
    QCOMPARE(deletes.count, 1);
    QCOMPARE(m_fx.server->pendingFaults(), 0);
}

void TestWritesOnceAgainstSandbox::subscriptionUpdate_dropped_sentOnce_outcomeUnknown()
{
    QFETCH(Profile, profile);
    QVERIFY(m_fx.start(profile));
    SubscriptionDraft draft;
    draft.amount = Money::fromTenge(5000);
    draft.phone = QStringLiteral("87001234567");
    draft.billingPeriod = QStringLiteral("monthly");
    draft.billingDay = 5;
    AWAIT_OK(Subscription, created, m_fx.api->createSubscription(draft, ctx, cb));
    HandledCounter puts(m_fx.server.get(), QStringLiteral("PUT"), QStringLiteral("/subscriptions/"));
    m_fx.server->dropNext("PUT", QStringLiteral("/subscriptions/*"));
    SubscriptionPatch patch;
    patch.amount = Money::fromTenge(7500);
    const auto updated = awaitCall<Subscription>([&](QObject* ctx, ApiCallback<Subscription> cb) {
        return m_fx.api->updateSubscription(created.id, patch, ctx, cb);
    });
    QVERIFY(updated);
    QCOMPARE(updated->error.kind, ApiError::Kind::OutcomeUnknown);
    QCOMPARE(puts.count, 1);
    // The server did act: reading the subscription back shows the new amount.
    AWAIT_OK(Subscription, readBack, m_fx.api->subscription(created.id, ctx, cb));
    QCOMPARE(readBack.amount, Money::fromTenge(7500));
}

void TestWritesOnceAgainstSandbox::imageUpload_dropped_sentOnce_outcomeUnknown()
{
    QFETCH(Profile, profile);
    QVERIFY(m_fx.start(profile));
    HandledCounter uploads(m_fx.server.get(), QStringLiteral("POST"), QStringLiteral("/catalog/upload-image"));
    m_fx.server->dropNext("POST", QStringLiteral("/catalog/upload-image"));
    const auto uploaded = awaitCall<QString>([&](QObject* ctx, ApiCallback<QString> cb) {
        return m_fx.api->uploadImage(pngBytes(), QStringLiteral("tea.png"), QStringLiteral("image/png"), ctx, cb);
    });
    QVERIFY(uploaded);
    QCOMPARE(uploaded->error.kind, ApiError::Kind::OutcomeUnknown);
    QCOMPARE(uploads.count, 1);
}

void TestWritesOnceAgainstSandbox::catalogPatchAndCreate_dropped_sentOnce()
{
    QFETCH(Profile, profile);
    QVERIFY(m_fx.start(profile));
    const qint64 id = createActiveItem(QStringLiteral("Кофе"));
    QVERIFY(id > 0);
    HandledCounter patches(m_fx.server.get(), QStringLiteral("PATCH"), QStringLiteral("/catalog/"));
    HandledCounter creates(m_fx.server.get(), QStringLiteral("POST"), QStringLiteral("/catalog"));
    m_fx.server->dropNext("PATCH", QStringLiteral("/catalog/*"));
    CatalogItemPatch patch;
    patch.sellingPrice = Money::fromTenge(950);
    const auto patched = awaitCall<CatalogWriteResult>([&](QObject* ctx, ApiCallback<CatalogWriteResult> cb) {
        return m_fx.api->updateCatalogItem(id, patch, ctx, cb);
    });
    QVERIFY(patched);
    QCOMPARE(patched->error.kind, ApiError::Kind::OutcomeUnknown);
    QCOMPARE(patches.count, 1);

    const int itemsBefore = m_fx.server->catalogItemCount();
    m_fx.server->dropNext("POST", QStringLiteral("/catalog"));
    CatalogItemDraft draft;
    draft.name = QStringLiteral("Сок");
    draft.sellingPrice = Money::fromTenge(700);
    draft.unitId = 1;
    const auto created = awaitCall<CatalogCreateResult>([&](QObject* ctx, ApiCallback<CatalogCreateResult> cb) {
        return m_fx.api->createCatalogItems({ draft }, ctx, cb);
    });
    QVERIFY(created);
    QCOMPARE(created->error.kind, ApiError::Kind::OutcomeUnknown);
    QCOMPARE(creates.count, 1);
    QVERIFY(m_fx.server->catalogItemCount() <= itemsBefore + 1);
}

namespace {

struct Settled
{
    bool called = false;
    WriteReadBack::Verdict verdict = WriteReadBack::Verdict::Unknown;
    std::optional<Subscription> subscription;
};

} // namespace

void TestWritesOnceAgainstSandbox::readBack_settlesDeleteAndUpdate()
{
    QFETCH(Profile, profile);
    QVERIFY(m_fx.start(profile));
    using Fault = apipay::sandbox::SandboxFault;
    QObject context;

    // A delete the server did before the connection broke → "deleted".
    const qint64 gone = createActiveItem(QStringLiteral("Молоко"));
    QVERIFY(gone > 0);
    m_fx.server->dropNext("DELETE", QStringLiteral("/catalog/*"));
    const auto lost = awaitCall<CatalogWriteResult>(
        [&](QObject* ctx, ApiCallback<CatalogWriteResult> cb) { return m_fx.api->deleteCatalogItem(gone, ctx, cb); });
    QVERIFY(lost);
    QCOMPARE(lost->error.kind, ApiError::Kind::OutcomeUnknown);
    Settled deleted;
    WriteReadBack::catalogDeletion(m_fx.api.get(), gone, QStringLiteral("Молоко"), &context,
        [&deleted](WriteReadBack::Verdict v, const ApiError&) {
            deleted.called = true;
            deleted.verdict = v;
        });
    QTRY_VERIFY(deleted.called);
    QCOMPARE(deleted.verdict, WriteReadBack::Verdict::Done);

    // A delete that never reached the routes (dropped before handling) → "not deleted", the item still there.
    const qint64 kept = createActiveItem(QStringLiteral("Хлеб"));
    QVERIFY(kept > 0);
    m_fx.server->addFault(Fault::make(Fault::Kind::DropBeforeHandling, "DELETE", QStringLiteral("/catalog/*"), 1));
    const auto refused = awaitCall<CatalogWriteResult>(
        [&](QObject* ctx, ApiCallback<CatalogWriteResult> cb) { return m_fx.api->deleteCatalogItem(kept, ctx, cb); });
    QVERIFY(refused);
    QCOMPARE(refused->error.kind, ApiError::Kind::OutcomeUnknown);
    Settled notDeleted;
    WriteReadBack::catalogDeletion(m_fx.api.get(), kept, QStringLiteral("Хлеб"), &context,
        [&notDeleted](WriteReadBack::Verdict v, const ApiError&) {
            notDeleted.called = true;
            notDeleted.verdict = v;
        });
    QTRY_VERIFY(notDeleted.called);
    QCOMPARE(notDeleted.verdict, WriteReadBack::Verdict::NotDone);

    // A subscription update dropped before handling → "not saved", and the server's values are passed on.
    SubscriptionDraft draft;
    draft.amount = Money::fromTenge(5000);
    draft.phone = QStringLiteral("87001234567");
    draft.billingPeriod = QStringLiteral("monthly");
    draft.billingDay = 5;
    AWAIT_OK(Subscription, created, m_fx.api->createSubscription(draft, ctx, cb));
    SubscriptionPatch patch;
    patch.amount = Money::fromTenge(6500);
    m_fx.server->addFault(Fault::make(Fault::Kind::DropBeforeHandling, "PUT", QStringLiteral("/subscriptions/*"), 1));
    const auto unsent = awaitCall<Subscription>([&](QObject* ctx, ApiCallback<Subscription> cb) {
        return m_fx.api->updateSubscription(created.id, patch, ctx, cb);
    });
    QVERIFY(unsent);
    QCOMPARE(unsent->error.kind, ApiError::Kind::OutcomeUnknown);
    Settled notSaved;
    WriteReadBack::subscriptionUpdate(m_fx.api.get(), created.id, patch, &context,
        [&notSaved](WriteReadBack::Verdict v, const std::optional<Subscription>& s, const ApiError&) {
            notSaved.called = true;
            notSaved.verdict = v;
            notSaved.subscription = s;
        });
    QTRY_VERIFY(notSaved.called);
    QCOMPARE(notSaved.verdict, WriteReadBack::Verdict::NotDone);
    QVERIFY(notSaved.subscription);
    QCOMPARE(notSaved.subscription->amount, Money::fromTenge(5000));

    // The same update handled, then the connection dropped → "saved".
    m_fx.server->dropNext("PUT", QStringLiteral("/subscriptions/*"));
    const auto done = awaitCall<Subscription>([&](QObject* ctx, ApiCallback<Subscription> cb) {
        return m_fx.api->updateSubscription(created.id, patch, ctx, cb);
    });
    QVERIFY(done);
    QCOMPARE(done->error.kind, ApiError::Kind::OutcomeUnknown);
    Settled saved;
    WriteReadBack::subscriptionUpdate(m_fx.api.get(), created.id, patch, &context,
        [&saved](WriteReadBack::Verdict v, const std::optional<Subscription>& s, const ApiError&) {
            saved.called = true;
            saved.verdict = v;
            saved.subscription = s;
        });
    QTRY_VERIFY(saved.called);
    QCOMPARE(saved.verdict, WriteReadBack::Verdict::Done);
    QCOMPARE(saved.subscription->amount, Money::fromTenge(6500));
}

void TestWritesOnceAgainstSandbox::writesWithoutFault_stillSucceed()
{
    QFETCH(Profile, profile);
    QVERIFY(m_fx.start(profile));
    AWAIT_OK(QString, imageId,
        m_fx.api->uploadImage(pngBytes(), QStringLiteral("a.png"), QStringLiteral("image/png"), ctx, cb));
    QVERIFY(!imageId.isEmpty());
    const qint64 id = createActiveItem(QStringLiteral("Вода"));
    QVERIFY(id > 0);
    AWAIT_OK(CatalogWriteResult, deleted, m_fx.api->deleteCatalogItem(id, ctx, cb));
    QCOMPARE(deleted.catalogItemId, id);
    SubscriptionDraft draft;
    draft.amount = Money::fromTenge(5000);
    draft.phone = QStringLiteral("87001234567");
    draft.billingPeriod = QStringLiteral("monthly");
    draft.billingDay = 5;
    AWAIT_OK(Subscription, created, m_fx.api->createSubscription(draft, ctx, cb));
    SubscriptionPatch patch;
    patch.description = QStringLiteral("Кофе каждое утро");
    AWAIT_OK(Subscription, updated, m_fx.api->updateSubscription(created.id, patch, ctx, cb));
    QCOMPARE(updated.id, created.id);
    AWAIT_OK(Subscription, readBack, m_fx.api->subscription(created.id, ctx, cb));
    QCOMPARE(readBack.description, QStringLiteral("Кофе каждое утро"));
}

QTEST_GUILESS_MAIN(TestWritesOnceAgainstSandbox)
#include "tst_writesonceagainstsandbox.moc"
