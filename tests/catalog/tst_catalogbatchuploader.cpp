// CatalogBatchUploader on the fake network: pictures first, one at a time, then the items in requests of at most 50
// with the picture ids; errors name the row; cancel cuts off a picture upload at once but waits for the answer of an
// item creation already sent (never a write cut off with its outcome unknown).
#include "apitesthelpers.h"
#include "testsupport.h"

#include "catalog/catalogbatchuploader.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace apipay;
using namespace apipay::test;
using namespace Qt::StringLiterals;

namespace {

CatalogBatchUploader::Entry entry(int n, bool withPicture = false)
{
    CatalogBatchUploader::Entry e;
    e.draft.name = u"Item %1"_s.arg(n);
    e.draft.sellingPrice = Money::fromTenge(100 + n);
    e.draft.unitId = 1;
    if (withPicture) {
        CatalogImagePreparer::Result picture;
        picture.ok = true;
        picture.bytes = "picture-" + QByteArray::number(n);
        picture.mimeType = u"image/png"_s;
        picture.fileName = u"item%1.png"_s.arg(n);
        e.image = picture;
    }
    return e;
}

bool isUpload(const FakeRequest& r)
{
    return r.path().endsWith(u"/catalog/upload-image"_s);
}

bool isCreate(const FakeRequest& r)
{
    return r.verb == "POST" && r.path() == u"/api/v1/catalog"_s;
}

// Answers POST /catalog with every item created (ids from 1000 on), pictures with "img-<n>".
FakeResponse answer(const FakeRequest& r, int& nextId, int& nextImage)
{
    if (isUpload(r)) {
        return FakeResponse::json(200, u"{\"image_id\":\"img-%1\"}"_s.arg(++nextImage).toUtf8());
    }
    QJsonArray created;
    for (const QJsonValue& item : r.json().value(u"items"_s).toArray()) {
        created.append(QJsonObject { { u"id"_s, ++nextId }, { u"name"_s, item.toObject().value(u"name"_s) },
            { u"selling_price"_s, item.toObject().value(u"selling_price"_s) }, { u"unit_id"_s, 1 },
            { u"status"_s, u"pending"_s } });
    }
    return FakeResponse::json(202, QJsonObject { { u"data"_s, created } });
}

} // namespace

class TestCatalogBatchUploader : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<FakeNam> m_nam;
    std::unique_ptr<ApiClient> m_client;
    int m_nextId = 999;
    int m_nextImage = 0;

    QList<const FakeRequest*> creates() const
    {
        QList<const FakeRequest*> result;
        for (const FakeRequest& r : m_nam->requests()) {
            if (isCreate(r)) {
                result.append(&r);
            }
        }
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        initTestEnvironment();
        qRegisterMetaType<ApiError>();
        qRegisterMetaType<CatalogCreateResult>();
    }
    void init()
    {
        m_nam = std::make_unique<FakeNam>();
        m_client = std::make_unique<ApiClient>(m_nam.get());
        QVERIFY(m_client->setConfig(testConfig()));
        m_nextId = 999;
        m_nextImage = 0;
    }
    void cleanup()
    {
        m_client.reset();
        m_nam.reset();
    }

    void picturesFirst_thenItemsInRequestsOf50_withTheirPictureIds()
    {
        m_nam->setRoute([this](const FakeRequest& r) { return answer(r, m_nextId, m_nextImage); });
        QList<CatalogBatchUploader::Entry> entries;
        for (int i = 0; i < 120; ++i) {
            entries.append(entry(i, i == 0 || i == 60));
        }
        entries[7] = entry(7, true);
        entries[7].draft.imageId = u"already-uploaded"_s; // kept, not uploaded again
        CatalogBatchUploader uploader(m_client.get(), entries);
        QCOMPARE(uploader.totalSteps(), 5); // 2 pictures + 3 requests of items
        QSignalSpy progress(&uploader, &CatalogBatchUploader::progress);
        QSignalSpy finished(&uploader, &CatalogBatchUploader::finished);
        uploader.start();
        QVERIFY(uploader.isRunning());
        QVERIFY(finished.wait(10'000));
        QVERIFY(!uploader.isRunning());
        QCOMPARE(finished.first().first().value<CatalogCreateResult>().created.size(), 120);

        // What the server received, in order: two pictures, then 50 + 50 + 20 items.
        const QList<FakeRequest>& requests = m_nam->requests();
        QCOMPARE(requests.size(), 5);
        QVERIFY(isUpload(requests.at(0)));
        QVERIFY(requests.at(0).body.contains("picture-0"));
        QVERIFY(isUpload(requests.at(1)));
        QVERIFY(requests.at(1).body.contains("picture-60"));
        const QList<const FakeRequest*> items = creates();
        QCOMPARE(items.size(), 3);
        const QJsonArray first = items.at(0)->json().value(u"items"_s).toArray();
        const QJsonArray second = items.at(1)->json().value(u"items"_s).toArray();
        const QJsonArray third = items.at(2)->json().value(u"items"_s).toArray();
        QCOMPARE(first.size(), 50);
        QCOMPARE(second.size(), 50);
        QCOMPARE(third.size(), 20);
        QCOMPARE(first.at(0).toObject().value(u"image_id"_s).toString(), u"img-1"_s);
        QCOMPARE(first.at(7).toObject().value(u"image_id"_s).toString(), u"already-uploaded"_s);
        QVERIFY(!first.at(1).toObject().contains(u"image_id"_s));
        QCOMPARE(second.at(10).toObject().value(u"name"_s).toString(), u"Item 60"_s);
        QCOMPARE(second.at(10).toObject().value(u"image_id"_s).toString(), u"img-2"_s);
        QCOMPARE(third.last().toObject().value(u"name"_s).toString(), u"Item 119"_s);

        // The person sees each step, then all done.
        QCOMPARE(progress.first().at(0).toInt(), 0);
        QCOMPARE(progress.first().at(1).toInt(), 5);
        QCOMPARE(progress.first().at(2).toString(), u"Uploading the picture of item 1…"_s);
        QCOMPARE(progress.at(2).at(2).toString(), u"Creating 50 item(s)…"_s);
        QCOMPARE(progress.constLast().at(0).toInt(), 5);
        QCOMPARE(progress.constLast().at(1).toInt(), 5);
    }

    void pictureRefused_stopsBeforeTheItems_errorNamesTheRow()
    {
        m_nam->setRoute([this](const FakeRequest& r) {
            if (isUpload(r) && r.body.contains("picture-2")) {
                return FakeResponse::json(
                    422, QByteArray(R"({"message":"The image must be a file of type: jpeg, png."})"));
            }
            return answer(r, m_nextId, m_nextImage);
        });
        CatalogBatchUploader uploader(m_client.get(), { entry(0, true), entry(1), entry(2, true), entry(3) });
        QSignalSpy failed(&uploader, &CatalogBatchUploader::failed);
        QSignalSpy finished(&uploader, &CatalogBatchUploader::finished);
        uploader.start();
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().at(1).toInt(), 2);
        QCOMPARE(failed.first().at(0).value<ApiError>().message, u"The image must be a file of type: jpeg, png."_s);
        QVERIFY(!uploader.isRunning());
        QCOMPARE(creates().size(), 0); // no item without its picture
        QCOMPARE(finished.size(), 0);
    }

    void fieldErrorInTheSecondRequest_pointsAtTheRightRow()
    {
        m_nam->setRoute([this](const FakeRequest& r) {
            if (isCreate(r)
                && r.json().value(u"items"_s).toArray().first().toObject().value(u"name"_s) == u"Item 50"_s) {
                return FakeResponse::json(422,
                    QByteArray(R"({"message":"The name is too long.",)"
                               R"("errors":{"items.3.name":["The name is too long."]}})"));
            }
            return answer(r, m_nextId, m_nextImage);
        });
        QList<CatalogBatchUploader::Entry> entries;
        for (int i = 0; i < 60; ++i) {
            entries.append(entry(i));
        }
        CatalogBatchUploader uploader(m_client.get(), entries);
        QSignalSpy failed(&uploader, &CatalogBatchUploader::failed);
        uploader.start();
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().at(1).toInt(), -1);
        const ApiError error = failed.first().at(0).value<ApiError>();
        QCOMPARE(error.fieldErrors.keys(), QStringList { u"items.53.name"_s });
        QCOMPARE(creates().size(), 2);
    }

    void rejectedItems_reportedWithTheCreatedOnes()
    {
        m_nam->setRoute([](const FakeRequest&) {
            return FakeResponse::json(200, readTestData(u"catalog_create/v21_rejected.json"_s));
        });
        CatalogBatchUploader uploader(m_client.get(), { entry(0), entry(1), entry(2) });
        QSignalSpy finished(&uploader, &CatalogBatchUploader::finished);
        uploader.start();
        QVERIFY(finished.wait(5000));
        const CatalogCreateResult result = finished.first().first().value<CatalogCreateResult>();
        QCOMPARE(result.created.size(), 1);
        QCOMPARE(result.rejected.size(), 2);
        QVERIFY2(result.rejected.first().startsWith(u"Tea: "_s), qPrintable(result.rejected.first()));
    }

    void cancelDuringAPicture_abortedAndNothingMoreSent()
    {
        m_nam->setRoute([](const FakeRequest&) { return FakeResponse::hanging(); });
        CatalogBatchUploader uploader(m_client.get(), { entry(0, true), entry(1, true), entry(2) });
        QSignalSpy cancelled(&uploader, &CatalogBatchUploader::cancelled);
        QSignalSpy failed(&uploader, &CatalogBatchUploader::failed);
        QSignalSpy finished(&uploader, &CatalogBatchUploader::finished);
        uploader.start();
        QTRY_COMPARE(m_nam->requestCount(), 1);
        uploader.cancel();
        QCOMPARE(cancelled.size(), 1);
        QVERIFY(!uploader.isRunning());
        QTRY_VERIFY(m_nam->openReplies().isEmpty());
        QCOMPARE(m_nam->requestCount(), 1);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(finished.size(), 0);
        QCOMPARE(cancelled.first().at(1).toInt(), 0); // no item creation went out
    }

    void cancelWhileCreating_waitsForTheAnswerAndReportsWhatExists()
    {
        // 60 items = two creations; the first is answered 300 ms late; Stop is pressed while it is on the wire.
        m_nam->setRoute([this](const FakeRequest& r) { return answer(r, m_nextId, m_nextImage).delayed(300); });
        QList<CatalogBatchUploader::Entry> entries;
        for (int i = 0; i < 60; ++i) {
            entries.append(entry(i));
        }
        CatalogBatchUploader uploader(m_client.get(), entries);
        QSignalSpy cancelled(&uploader, &CatalogBatchUploader::cancelled);
        QSignalSpy finished(&uploader, &CatalogBatchUploader::finished);
        uploader.start();
        QTRY_COMPARE(m_nam->requestCount(), 1);
        uploader.cancel();
        QVERIFY(uploader.isStopping());
        QCOMPARE(cancelled.size(), 0); // not yet: the first 50 may exist already
        QVERIFY(!m_nam->openReplies().first()->wasAborted());

        QTRY_COMPARE(cancelled.size(), 1);
        QVERIFY(!uploader.isRunning());
        const CatalogCreateResult soFar = cancelled.first().at(0).value<CatalogCreateResult>();
        QCOMPARE(soFar.created.size(), 50);
        QCOMPARE(soFar.created.first().name, u"Item 0"_s);
        QCOMPARE(cancelled.first().at(1).toInt(), 50);
        QCOMPARE(creates().size(), 1); // the second 10 never went out
        QCOMPARE(finished.size(), 0);
    }

    void cancelDuringTheLastCreation_finishesNormally()
    {
        m_nam->setRoute([this](const FakeRequest& r) { return answer(r, m_nextId, m_nextImage).delayed(200); });
        CatalogBatchUploader uploader(m_client.get(), { entry(0), entry(1) });
        QSignalSpy cancelled(&uploader, &CatalogBatchUploader::cancelled);
        QSignalSpy finished(&uploader, &CatalogBatchUploader::finished);
        uploader.start();
        QTRY_COMPARE(m_nam->requestCount(), 1);
        uploader.cancel();
        QVERIFY(finished.wait(5000)); // everything was sent: the answer is the batch's end
        QCOMPARE(finished.first().first().value<CatalogCreateResult>().created.size(), 2);
        QCOMPARE(cancelled.size(), 0);
        QCOMPARE(creates().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCatalogBatchUploader)
#include "tst_catalogbatchuploader.moc"
