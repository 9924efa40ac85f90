// CatalogImageIndex on the fake network: catalog_item_id → picture for the invoice detail, read page by page in the
// background, once per session; a failure leaves the pictures found so far.
#include "apitesthelpers.h"
#include "testsupport.h"

#include "catalog/catalogimageindex.h"

#include <QSignalSpy>
#include <QTest>

using namespace apipay;
using namespace apipay::test;
using namespace Qt::StringLiterals;

namespace {

QByteArray item(qint64 id, const QString& imageUrl)
{
    const QString image = imageUrl.isEmpty() ? u"null"_s : u"\"%1\""_s.arg(imageUrl);
    return u"{\"id\":%1,\"name\":\"Item %1\",\"selling_price\":1500,\"unit_id\":1,\"image_url\":%2,\"status\":\"active\"}"_s
        .arg(id)
        .arg(image)
        .toUtf8();
}

QByteArray catalogPage(const QList<QByteArray>& items, int page, int lastPage)
{
    QByteArray joined;
    for (const QByteArray& i : items) {
        joined += (joined.isEmpty() ? "" : ",") + i;
    }
    return "{\"data\":[" + joined + "],\"meta\":{\"current_page\":" + QByteArray::number(page)
        + ",\"last_page\":" + QByteArray::number(lastPage) + ",\"per_page\":200,\"total\":3}}";
}

} // namespace

class TestCatalogImageIndex : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<FakeNam> m_nam;
    std::unique_ptr<ApiClient> m_client;

private Q_SLOTS:
    void initTestCase() { initTestEnvironment(); }
    void init()
    {
        m_nam = std::make_unique<FakeNam>();
        m_client = std::make_unique<ApiClient>(m_nam.get());
        QVERIFY(m_client->setConfig(testConfig()));
    }
    void cleanup()
    {
        m_client.reset();
        m_nam.reset();
    }

    void everyPage_picturesByItemId_loadedOnce()
    {
        m_nam->setRoute([](const FakeRequest& r) {
            if (r.queryValue(u"page"_s) == u"1"_s) {
                return FakeResponse::json(
                    200, catalogPage({ item(101, u"https://cdn.example.test/101.png"_s), item(102, {}) }, 1, 2));
            }
            return FakeResponse::json(200, catalogPage({ item(103, u"https://cdn.example.test/103.jpg"_s) }, 2, 2));
        });
        CatalogImageIndex index(m_client.get());
        QSignalSpy loaded(&index, &CatalogImageIndex::loaded);
        index.ensureLoaded();
        index.ensureLoaded(); // asked again while loading: still one load
        QVERIFY(loaded.wait(5000));
        QVERIFY(index.isLoaded());
        QCOMPARE(index.imageUrl(101), QUrl(u"https://cdn.example.test/101.png"_s));
        QCOMPARE(index.imageUrl(103), QUrl(u"https://cdn.example.test/103.jpg"_s));
        QVERIFY(index.imageUrl(102).isEmpty()); // an item without a picture
        QVERIFY(index.imageUrl(999).isEmpty()); // not in the catalog

        QCOMPARE(m_nam->requestCount(), 2);
        QCOMPARE(m_nam->requests().at(0).path(), u"/api/v1/catalog"_s);
        QCOMPARE(m_nam->requests().at(0).queryValue(u"per_page"_s), u"200"_s);
        QCOMPARE(m_nam->requests().at(1).queryValue(u"page"_s), u"2"_s);

        index.ensureLoaded(); // loaded once per session
        QCOMPARE(m_nam->requestCount(), 2);
        QCOMPARE(loaded.size(), 1);
    }

    void secondPageFails_picturesOfTheFirstStay()
    {
        m_nam->setRoute([](const FakeRequest& r) {
            if (r.queryValue(u"page"_s) == u"1"_s) {
                return FakeResponse::json(200, catalogPage({ item(101, u"https://cdn.example.test/101.png"_s) }, 1, 2));
            }
            return FakeResponse::networkError(QNetworkReply::HostNotFoundError);
        });
        CatalogImageIndex index(m_client.get());
        QSignalSpy loaded(&index, &CatalogImageIndex::loaded);
        index.ensureLoaded();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(index.imageUrl(101), QUrl(u"https://cdn.example.test/101.png"_s));
        QCOMPARE(m_nam->requestCount(), 2);
    }

    void noCatalog_loadedWithoutPictures()
    {
        m_nam->setRoute([](const FakeRequest&) {
            return FakeResponse::json(403, QByteArray(R"({"message":"Catalog is not enabled"})"));
        });
        CatalogImageIndex index(m_client.get());
        QSignalSpy loaded(&index, &CatalogImageIndex::loaded);
        index.ensureLoaded();
        QVERIFY(loaded.wait(5000));
        QVERIFY(index.isLoaded());
        QVERIFY(index.imageUrl(101).isEmpty());
    }

    void sessionChangedWhileLoading_oldShopsAnswerIgnored()
    {
        int calls = 0;
        m_nam->setRoute([&calls](const FakeRequest&) {
            ++calls;
            const QString url
                = calls == 1 ? u"https://old-shop.example.test/1.png"_s : u"https://new-shop.example.test/1.png"_s;
            return FakeResponse::json(200, catalogPage({ item(1, url) }, 1, 1)).delayed(calls == 1 ? 50 : 0);
        });
        CatalogImageIndex index(m_client.get());
        QSignalSpy loaded(&index, &CatalogImageIndex::loaded);
        index.ensureLoaded();
        QTRY_COMPARE(m_nam->requestCount(), 1);
        index.clear(); // the shop changed
        QVERIFY(!index.isLoaded());
        index.ensureLoaded();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(index.imageUrl(1), QUrl(u"https://new-shop.example.test/1.png"_s));
        QTRY_VERIFY(m_nam->openReplies().isEmpty()); // the old shop's answer came too…
        QCOMPARE(index.imageUrl(1), QUrl(u"https://new-shop.example.test/1.png"_s)); // …and changed nothing
        QCOMPARE(loaded.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCatalogImageIndex)
#include "tst_catalogimageindex.moc"
