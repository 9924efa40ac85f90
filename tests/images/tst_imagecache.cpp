#include "images/imagecache.h"
#include "images/imagediskstore.h"

#include "fakenam.h"
#include "testsupport.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QImage>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray noisePng(int side, quint32 seed)
{
    QImage image(side, side, QImage::Format_RGB32);
    QRandomGenerator random(seed);
    for (int y = 0; y < side; ++y) {
        for (int x = 0; x < side; ++x) {
            image.setPixel(x, y, random.generate() | 0xff000000u);
        }
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

class TestImageCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void image_fetchedOnce_thenFromMemory();
    void image_afterRestart_servedFromDiskWithoutRequest();
    void image_requestCarriesNoApiKey();
    void image_plainHttpElsewhere_neverFetched_reportedOnce();
    void diskCache_boundRespected_leastRecentlyUsedEvicted();
    void image_failedDownload_reportedAndNotRepeated();
    void image_notAnImage_reportedAsFailed();
    void insert_seedsCacheWithoutRequest();
    void thumbnail_scaledToFit();
    void download_lengthAboveCap_refusedBeforeAnyBody();
    void download_endlessBody_cutOffAtTheCap();
    void download_trickle_cutOffByTheDeadline();

private:
    QUrl urlFor(const QString& name) const { return QUrl(u"http://127.0.0.1:%1/images/%2"_s.arg(m_port).arg(name)); }
    QString cacheDir() const { return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/images"_s; }
    int requestsFor(const QString& name) const { return m_requests.value(name); }

    QHttpServer m_server;
    quint16 m_port = 0;
    QHash<QString, QByteArray> m_files;
    QHash<QString, int> m_requests;
    QStringList m_apiKeysSeen; // X-API-Key values of every request the server got
};

void TestImageCache::initTestCase()
{
    apipay::test::initTestEnvironment();
    for (int i = 0; i < 4; ++i) {
        m_files.insert(u"noise%1.png"_s.arg(i), noisePng(48, quint32(100 + i)));
    }
    m_files.insert(u"big.png"_s, noisePng(300, 7));
    m_files.insert(u"text.png"_s, QByteArrayLiteral("this is not a picture"));
    m_server.route(u"/images/<arg>"_s, [this](const QString& name, const QHttpServerRequest& request) {
        m_requests[name] += 1;
        const QByteArray key = request.value("X-API-Key");
        if (!key.isEmpty()) {
            m_apiKeysSeen.append(QString::fromLatin1(key));
        }
        if (!m_files.contains(name)) {
            return QHttpServerResponse(QHttpServerResponder::StatusCode::NotFound);
        }
        return QHttpServerResponse(QByteArrayLiteral("image/png"), m_files.value(name));
    });
    m_port = m_server.listen(QHostAddress::LocalHost, 0);
    QVERIFY(m_port != 0);
}

void TestImageCache::init()
{
    QDir(cacheDir()).removeRecursively();
    m_requests.clear();
    m_apiKeysSeen.clear();
}

void TestImageCache::image_fetchedOnce_thenFromMemory()
{
    QNetworkAccessManager nam;
    apipay::ImageCache cache(&nam);
    QSignalSpy ready(&cache, &apipay::ImageCache::imageReady);
    const QUrl url = urlFor(u"noise0.png"_s);

    QVERIFY(cache.image(url).isNull());
    QVERIFY(cache.image(url).isNull()); // a second ask while in flight starts no second download
    QVERIFY(ready.wait(5000));
    QCOMPARE(ready.count(), 1);
    QCOMPARE(ready.first().first().toUrl(), url);

    const QImage image = cache.image(url);
    QCOMPARE(image.size(), QSize(48, 48));
    for (int i = 0; i < 5; ++i) {
        QVERIFY(!cache.image(url).isNull());
    }
    QCOMPARE(requestsFor(u"noise0.png"_s), 1);
    QVERIFY(QFile::exists(cacheDir() + u'/' + apipay::ImageDiskStore::fileNameFor(url)));
}

void TestImageCache::image_afterRestart_servedFromDiskWithoutRequest()
{
    const QUrl url = urlFor(u"noise1.png"_s);
    {
        QNetworkAccessManager nam;
        apipay::ImageCache cache(&nam);
        QSignalSpy ready(&cache, &apipay::ImageCache::imageReady);
        QVERIFY(cache.image(url).isNull());
        QVERIFY(ready.wait(5000));
    }
    QCOMPARE(requestsFor(u"noise1.png"_s), 1);

    QNetworkAccessManager nam;
    apipay::ImageCache restarted(&nam);
    QSignalSpy ready(&restarted, &apipay::ImageCache::imageReady);
    const QImage image = restarted.image(url);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(48, 48));
    QCOMPARE(requestsFor(u"noise1.png"_s), 1);
    QCOMPARE(ready.count(), 0);
}

void TestImageCache::image_requestCarriesNoApiKey()
{
    // The same network manager also serves the API client; a key set on API requests must never reach image URLs.
    QNetworkAccessManager nam;
    {
        // Control: the server does see the header when it is sent, so the check below can fail.
        QNetworkRequest apiLike(urlFor(u"noise3.png"_s));
        apiLike.setRawHeader("X-API-Key", "secret-key");
        QNetworkReply* reply = nam.get(apiLike);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(5000));
        reply->deleteLater();
        QCOMPARE(m_apiKeysSeen, QStringList { u"secret-key"_s });
        m_apiKeysSeen.clear();
    }
    QDir(cacheDir()).removeRecursively();
    apipay::ImageCache cache(&nam);
    QSignalSpy ready(&cache, &apipay::ImageCache::imageReady);
    const QUrl url = urlFor(u"noise2.png"_s);
    cache.image(url);
    QVERIFY(ready.wait(5000));
    QCOMPARE(requestsFor(u"noise2.png"_s), 1);
    QVERIFY2(m_apiKeysSeen.isEmpty(), qPrintable(m_apiKeysSeen.join(u',')));
}

void TestImageCache::image_plainHttpElsewhere_neverFetched_reportedOnce()
{
    // A catalog answer naming a picture on plain http elsewhere: nothing goes out (a fake network records every
    // request), the view is told once that there is no picture, and asking again changes nothing.
    apipay::test::FakeNam nam;
    apipay::ImageCache cache(&nam);
    QSignalSpy failed(&cache, &apipay::ImageCache::imageFailed);
    const QUrl url(u"http://images.example.com/noise0.png"_s);
    QVERIFY(cache.image(url).isNull());
    QVERIFY(cache.thumbnail(url, 32).isNull());
    QVERIFY(failed.wait(1000));
    QCOMPARE(failed.first().first().toUrl(), url);
    QVERIFY(cache.image(url).isNull());
    QVERIFY(!failed.wait(100));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(nam.requestCount(), 0);

    // The same picture over https is fetched, from any host.
    nam.setRoute([](const apipay::test::FakeRequest&) {
        return apipay::test::FakeResponse::text(200, noisePng(16, 7), "image/png");
    });
    QSignalSpy ready(&cache, &apipay::ImageCache::imageReady);
    const QUrl secure(u"https://images.example.com/noise0.png"_s);
    QVERIFY(cache.image(secure).isNull());
    QVERIFY(ready.wait(5000));
    QCOMPARE(cache.image(secure).size(), QSize(16, 16));
    QCOMPARE(nam.requestCount(), 1);
    QCOMPARE(nam.lastRequest().url(), secure);
}

void TestImageCache::diskCache_boundRespected_leastRecentlyUsedEvicted()
{
    const QString a = u"noise0.png"_s;
    const QString b = u"noise1.png"_s;
    const QString c = u"noise2.png"_s;
    const QString d = u"noise3.png"_s;
    // Room for exactly two of the pictures (they are about the same size).
    const qint64 bound = std::max(m_files[a].size() + m_files[b].size(), m_files[b].size() + m_files[c].size()) + 16;
    QVERIFY(bound < m_files[a].size() + m_files[b].size() + m_files[c].size());

    QNetworkAccessManager nam;
    {
        apipay::ImageCache cache(&nam, bound);
        QSignalSpy ready(&cache, &apipay::ImageCache::imageReady);
        for (const QString& name : { a, b, c }) {
            cache.image(urlFor(name));
            QVERIFY(ready.wait(5000));
        }
    }
    auto totalOnDisk = [this] {
        qint64 total = 0;
        const QFileInfoList files = QDir(cacheDir()).entryInfoList(QDir::Files);
        for (const QFileInfo& info : files) {
            total += info.size();
        }
        return total;
    };
    QVERIFY2(totalOnDisk() <= bound, qPrintable(QString::number(totalOnDisk())));
    QCOMPARE(QDir(cacheDir()).entryList(QDir::Files).size(), 2);

    apipay::ImageCache restarted(&nam, bound);
    QSignalSpy ready(&restarted, &apipay::ImageCache::imageReady);
    // b was written before c, but reading it now makes c the least recently used.
    QVERIFY(!restarted.image(urlFor(b)).isNull());
    QVERIFY(restarted.image(urlFor(a)).isNull()); // evicted: fetched again
    QVERIFY(ready.wait(5000));
    QCOMPARE(requestsFor(a), 2);
    QVERIFY(totalOnDisk() <= bound);

    apipay::ImageCache third(&nam, bound);
    QVERIFY(!third.image(urlFor(b)).isNull());
    QVERIFY(!third.image(urlFor(a)).isNull());
    QCOMPARE(requestsFor(b), 1);
    QVERIFY(third.image(urlFor(c)).isNull()); // c was the least recently used one
    QSignalSpy thirdReady(&third, &apipay::ImageCache::imageReady);
    QVERIFY(thirdReady.wait(5000));
    QCOMPARE(requestsFor(c), 2);
    Q_UNUSED(d)
}

void TestImageCache::image_failedDownload_reportedAndNotRepeated()
{
    QNetworkAccessManager nam;
    apipay::ImageCache cache(&nam);
    QSignalSpy failed(&cache, &apipay::ImageCache::imageFailed);
    QSignalSpy ready(&cache, &apipay::ImageCache::imageReady);
    const QUrl url = urlFor(u"missing.png"_s);
    QVERIFY(cache.image(url).isNull());
    QVERIFY(failed.wait(5000));
    QVERIFY(cache.image(url).isNull());
    QVERIFY(cache.thumbnail(url, 32).isNull());
    // Asked again for the missing image: it must not be downloaded a second time.
    QVERIFY(!QTest::qWaitFor([this] { return requestsFor(u"missing.png"_s) > 1; }, 200));
    QCOMPARE(requestsFor(u"missing.png"_s), 1);
    QCOMPARE(ready.count(), 0);
    QVERIFY(QDir(cacheDir()).entryList(QDir::Files).isEmpty());
}

void TestImageCache::image_notAnImage_reportedAsFailed()
{
    QNetworkAccessManager nam;
    apipay::ImageCache cache(&nam);
    QSignalSpy failed(&cache, &apipay::ImageCache::imageFailed);
    cache.image(urlFor(u"text.png"_s));
    QVERIFY(failed.wait(5000));
    QVERIFY(QDir(cacheDir()).entryList(QDir::Files).isEmpty());
}

void TestImageCache::download_lengthAboveCap_refusedBeforeAnyBody()
{
    apipay::test::FakeNam nam;
    auto streamed = std::make_shared<qint64>(0);
    nam.setRoute([streamed](const apipay::test::FakeRequest&) {
        auto response = apipay::test::FakeResponse::stream(200, 50 * 1024 * 1024, 16 * 1024, 0, true);
        response.streamed = streamed;
        return response;
    });
    apipay::ImageCache cache(&nam);
    cache.setDownloadLimits(256 * 1024, 5000);
    QSignalSpy failed(&cache, &apipay::ImageCache::imageFailed);
    QVERIFY(cache.image(QUrl(u"https://img.example.test/huge.png"_s)).isNull());
    QVERIFY(failed.wait(5000));
    QCOMPARE(*streamed, qint64(0));
}

void TestImageCache::download_endlessBody_cutOffAtTheCap()
{
    apipay::test::FakeNam nam;
    auto streamed = std::make_shared<qint64>(0);
    nam.setRoute([streamed](const apipay::test::FakeRequest&) {
        auto response = apipay::test::FakeResponse::stream(200, -1, 16 * 1024, 0, false);
        response.streamed = streamed;
        return response;
    });
    apipay::ImageCache cache(&nam);
    cache.setDownloadLimits(256 * 1024, 5000);
    QSignalSpy failed(&cache, &apipay::ImageCache::imageFailed);
    QVERIFY(cache.image(QUrl(u"https://img.example.test/endless.png"_s)).isNull());
    QVERIFY(failed.wait(5000));
    QVERIFY2(*streamed <= 256 * 1024 + 16 * 1024, qPrintable(QString::number(*streamed)));
    QVERIFY(QDir(cacheDir()).entryList(QDir::Files).isEmpty());
}

void TestImageCache::download_trickle_cutOffByTheDeadline()
{
    apipay::test::FakeNam nam;
    // A byte every 100 ms keeps the 30 s idle timeout from ever firing; the 600 ms deadline ends it.
    nam.setRoute(
        [](const apipay::test::FakeRequest&) { return apipay::test::FakeResponse::stream(200, -1, 1, 100, false); });
    apipay::ImageCache cache(&nam);
    cache.setDownloadLimits(1024 * 1024, 600);
    QSignalSpy failed(&cache, &apipay::ImageCache::imageFailed);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(cache.image(QUrl(u"https://img.example.test/slow.png"_s)).isNull());
    QVERIFY(failed.wait(5000));
    QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
}

void TestImageCache::insert_seedsCacheWithoutRequest()
{
    QNetworkAccessManager nam;
    apipay::ImageCache cache(&nam);
    QSignalSpy ready(&cache, &apipay::ImageCache::imageReady);
    const QUrl url = urlFor(u"uploaded.png"_s);
    cache.insert(url, m_files.value(u"noise2.png"_s));
    QCOMPARE(ready.count(), 1);
    QCOMPARE(cache.image(url).size(), QSize(48, 48));
    QCOMPARE(cache.thumbnail(url, 24).size(), QSize(24, 24));
    QCOMPARE(requestsFor(u"uploaded.png"_s), 0);
    cache.insert(url, QByteArrayLiteral("garbage")); // not a picture: ignored
    QCOMPARE(ready.count(), 1);
}

void TestImageCache::thumbnail_scaledToFit()
{
    QNetworkAccessManager nam;
    apipay::ImageCache cache(&nam);
    QSignalSpy ready(&cache, &apipay::ImageCache::imageReady);
    const QUrl url = urlFor(u"big.png"_s);
    QVERIFY(cache.thumbnail(url, 40).isNull());
    QVERIFY(ready.wait(5000));
    QCOMPARE(cache.thumbnail(url, 40).size(), QSize(40, 40));
    QCOMPARE(cache.thumbnail(url, 64).size(), QSize(64, 64));
    QCOMPARE(cache.thumbnail(url, 1000).size(), QSize(300, 300)); // never enlarged
    QCOMPARE(requestsFor(u"big.png"_s), 1);
}

QTEST_GUILESS_MAIN(TestImageCache)
#include "tst_imagecache.moc"
