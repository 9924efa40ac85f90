// The catalog work of app/catalog/ against the embedded sandbox over HTTP, in both API profiles: a batch with a
// picture becomes items the shop lists with that picture, and the picture index of the invoice detail finds it.
#include "sandboxapifixture.h"
#include "testsupport.h"

#include "catalog/catalogbatchuploader.h"
#include "catalog/catalogimageindex.h"

#include <QBuffer>
#include <QImage>
#include <QSignalSpy>

using namespace apipay;
using apipay::sandbox::Profile;
using apipay::test::awaitCall;
using namespace Qt::StringLiterals;

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

} // namespace

class TestCatalogSandbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        apipay::test::initTestEnvironment();
        qRegisterMetaType<CatalogCreateResult>();
    }
    void cleanup() { m_fx.stop(); }

    void batchWithPicture_listedWithIt_indexFindsIt_data() { apipay::test::SandboxApiFixture::addProfileRows(); }
    void batchWithPicture_listedWithIt_indexFindsIt()
    {
        QFETCH(Profile, profile);
        QVERIFY(m_fx.start(profile));
        AWAIT_OK(QList<CatalogUnit>, units, m_fx.api->catalogUnits(ctx, cb));
        QVERIFY(!units.isEmpty());
        m_fx.server->clearRequestLog();

        QList<CatalogBatchUploader::Entry> entries(2);
        entries[0].draft.name = u"Чай с чабрецом"_s;
        entries[0].draft.sellingPrice = Money::fromTenge(900);
        entries[0].draft.unitId = units.first().id;
        CatalogImagePreparer::Result picture;
        picture.ok = true;
        picture.bytes = pngBytes();
        picture.mimeType = u"image/png"_s;
        picture.fileName = u"tea.png"_s;
        entries[0].image = picture;
        entries[1].draft.name = u"Сахар"_s;
        entries[1].draft.sellingPrice = Money::fromTenge(150);
        entries[1].draft.unitId = units.first().id;

        CatalogBatchUploader uploader(m_fx.api.get(), entries);
        QSignalSpy finished(&uploader, &CatalogBatchUploader::finished);
        QSignalSpy failed(&uploader, &CatalogBatchUploader::failed);
        uploader.start();
        QVERIFY2(finished.wait(10'000), failed.isEmpty() ? "no answer" : "a step failed");
        const CatalogCreateResult result = finished.first().first().value<CatalogCreateResult>();
        QCOMPARE(result.created.size(), 2);
        QVERIFY(result.rejected.isEmpty());

        // What the server received: the picture, then both items in one request.
        const QList<sandbox::SandboxLoggedRequest>& log = m_fx.server->requestLog();
        QCOMPARE(log.size(), 2);
        QCOMPARE(log.at(0).method, QByteArray("POST"));
        QCOMPARE(log.at(0).path, u"/catalog/upload-image"_s);
        QCOMPARE(log.at(1).method, QByteArray("POST"));
        QCOMPARE(log.at(1).path, u"/catalog"_s);
        QCOMPARE(m_fx.server->catalogItemCount(), 2);

        m_fx.server->advanceClock(1000); // pending → active
        qint64 teaId = 0;
        qint64 sugarId = 0;
        for (const CatalogItem& item : result.created) {
            (item.name == u"Сахар"_s ? sugarId : teaId) = item.id;
        }
        QVERIFY(teaId > 0 && sugarId > 0);
        AWAIT_OK(Page<CatalogItem>, listed, m_fx.api->listCatalog(CatalogQuery(), ctx, cb));
        QString teaUrl;
        for (const CatalogItem& item : listed.items) {
            if (item.id == teaId) {
                teaUrl = item.imageUrl;
            }
        }
        QVERIFY(!teaUrl.isEmpty());

        CatalogImageIndex index(m_fx.api.get());
        QSignalSpy loaded(&index, &CatalogImageIndex::loaded);
        index.ensureLoaded();
        QVERIFY(loaded.wait(10'000));
        QCOMPARE(index.imageUrl(teaId), QUrl(teaUrl));
        QVERIFY(index.imageUrl(sugarId).isEmpty());
    }

private:
    apipay::test::SandboxApiFixture m_fx;
};

QTEST_GUILESS_MAIN(TestCatalogSandbox)
#include "tst_catalogsandbox.moc"
