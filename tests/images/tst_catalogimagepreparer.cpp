#include "images/catalogimagepreparer.h"

#include "testsupport.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using apipay::CatalogImagePreparer;

namespace {

QImage noise(int width, int height, bool alpha = false)
{
    QImage image(width, height, alpha ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    QRandomGenerator random(42);
    for (int y = 0; y < height; ++y) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < width; ++x) {
            const quint32 v = random.generate();
            line[x] = alpha ? v : (v | 0xff000000u);
        }
    }
    return image;
}

QByteArray encode(const QImage& image, const char* format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    if (!writer.write(image)) {
        return {};
    }
    return bytes;
}

QString formatOf(const QByteArray& bytes)
{
    return CatalogImagePreparer::detectFormat(bytes);
}

} // namespace

class TestCatalogImagePreparer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { apipay::test::initTestEnvironment(); }

    void smallPng_uploadedUnchanged();
    void smallJpeg_uploadedUnchanged();
    void gif_convertedToPngOrJpeg();
    void webp_convertedToJpeg();
    void largePng_convertedToJpegUnderSixMegabytes();
    void transparentPng_tooLarge_staysWithinLimit();
    void hugeDimensions_scaledDownToLimits();
    void tinyPicture_scaledUpToMinimum();
    void typeDetectedByContent_notByName();
    void garbage_rejectedWithMessage();
    void empty_rejectedWithMessage();
    void missingFile_rejectedWithMessage();
};

void TestCatalogImagePreparer::smallPng_uploadedUnchanged()
{
    const QByteArray png = encode(noise(100, 80), "png");
    const auto result = CatalogImagePreparer::prepare(png, u"/tmp/coffee.png"_s);
    QVERIFY2(result.ok, qPrintable(result.errorText));
    QVERIFY(!result.converted);
    QCOMPARE(result.bytes, png);
    QCOMPARE(result.mimeType, u"image/png"_s);
    QCOMPARE(result.fileName, u"coffee.png"_s);
    QCOMPARE(result.detectedFormat, u"png"_s);
    QCOMPARE(result.size, QSize(100, 80));
}

void TestCatalogImagePreparer::smallJpeg_uploadedUnchanged()
{
    const QByteArray jpeg = encode(noise(120, 90), "jpeg");
    const auto result = CatalogImagePreparer::prepare(jpeg, u"tea.JPEG"_s);
    QVERIFY(result.ok);
    QVERIFY(!result.converted);
    QCOMPARE(result.mimeType, u"image/jpeg"_s);
    QCOMPARE(result.fileName, u"tea.jpg"_s);
}

void TestCatalogImagePreparer::gif_convertedToPngOrJpeg()
{
    // Qt writes no GIF, so this is a hand-made 1×1 GIF89a; it is scaled up to the 64 px minimum.
    const QByteArray gif = QByteArray::fromBase64("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");
    QCOMPARE(formatOf(gif), u"gif"_s);
    const auto result = CatalogImagePreparer::prepare(gif, u"dot.gif"_s);
    QVERIFY2(result.ok, qPrintable(result.errorText));
    QVERIFY(result.converted);
    QVERIFY(result.mimeType == u"image/png" || result.mimeType == u"image/jpeg");
    const QString uploaded = formatOf(result.bytes);
    QVERIFY(uploaded == u"png" || uploaded == u"jpeg");
    QVERIFY(result.size.width() >= CatalogImagePreparer::kMinSide);
}

void TestCatalogImagePreparer::webp_convertedToJpeg()
{
    if (!QImageWriter::supportedImageFormats().contains("webp")) {
        QSKIP("No WEBP plugin (qt6-image-formats-plugins) installed");
    }
    const QByteArray webp = encode(noise(200, 150), "webp");
    QCOMPARE(formatOf(webp), u"webp"_s);
    const auto result = CatalogImagePreparer::prepare(webp, u"photo.webp"_s);
    QVERIFY2(result.ok, qPrintable(result.errorText));
    QVERIFY(result.converted);
    QCOMPARE(result.mimeType, u"image/jpeg"_s);
    QCOMPARE(result.fileName, u"photo.jpg"_s);
    QCOMPARE(formatOf(result.bytes), u"jpeg"_s);
    QCOMPARE(result.size, QSize(200, 150));
}

void TestCatalogImagePreparer::largePng_convertedToJpegUnderSixMegabytes()
{
    const QByteArray png = encode(noise(1500, 1500), "png");
    QVERIFY2(png.size() > CatalogImagePreparer::kMaxUploadBytes, qPrintable(QString::number(png.size())));
    const auto result = CatalogImagePreparer::prepare(png, u"big.png"_s);
    QVERIFY2(result.ok, qPrintable(result.errorText));
    QVERIFY(result.converted);
    QCOMPARE(result.mimeType, u"image/jpeg"_s);
    QCOMPARE(formatOf(result.bytes), u"jpeg"_s);
    QVERIFY(result.bytes.size() <= CatalogImagePreparer::kMaxUploadBytes);
}

void TestCatalogImagePreparer::transparentPng_tooLarge_staysWithinLimit()
{
    const QByteArray png = encode(noise(1300, 1300, true), "png");
    QVERIFY(png.size() > CatalogImagePreparer::kMaxUploadBytes);
    const auto result = CatalogImagePreparer::prepare(png, u"alpha.png"_s);
    QVERIFY2(result.ok, qPrintable(result.errorText));
    QVERIFY(result.converted);
    QVERIFY(result.bytes.size() <= CatalogImagePreparer::kMaxUploadBytes);
    const QString uploaded = formatOf(result.bytes);
    QVERIFY(uploaded == u"png" || uploaded == u"jpeg");
}

void TestCatalogImagePreparer::hugeDimensions_scaledDownToLimits()
{
    QImage wide(7000, 100, QImage::Format_RGB32);
    wide.fill(Qt::darkGreen);
    const auto result = CatalogImagePreparer::prepare(encode(wide, "png"), u"wide.png"_s);
    QVERIFY2(result.ok, qPrintable(result.errorText));
    QVERIFY(result.converted);
    QVERIFY(result.size.width() <= CatalogImagePreparer::kMaxSide);
    QVERIFY(qint64(result.size.width()) * result.size.height() <= CatalogImagePreparer::kMaxPixels);
    QImage decoded = QImage::fromData(result.bytes);
    QCOMPARE(decoded.size(), result.size);
}

void TestCatalogImagePreparer::tinyPicture_scaledUpToMinimum()
{
    QImage tiny(10, 20, QImage::Format_RGB32);
    tiny.fill(Qt::red);
    const auto result = CatalogImagePreparer::prepare(encode(tiny, "png"), u"tiny.png"_s);
    QVERIFY(result.ok);
    QVERIFY(result.converted);
    QCOMPARE(result.size, QSize(64, 128));
}

void TestCatalogImagePreparer::typeDetectedByContent_notByName()
{
    const QByteArray jpeg = encode(noise(80, 80), "jpeg");
    const auto result = CatalogImagePreparer::prepare(jpeg, u"misnamed.png"_s);
    QVERIFY(result.ok);
    QCOMPARE(result.detectedFormat, u"jpeg"_s);
    QCOMPARE(result.mimeType, u"image/jpeg"_s);
    QCOMPARE(result.fileName, u"misnamed.jpg"_s);

    const QByteArray bmp = encode(noise(80, 80), "bmp");
    QVERIFY(!bmp.isEmpty());
    const auto refused = CatalogImagePreparer::prepare(bmp, u"photo.jpg"_s);
    QVERIFY(!refused.ok);
    QVERIFY(!refused.errorText.isEmpty());
}

void TestCatalogImagePreparer::garbage_rejectedWithMessage()
{
    const auto result = CatalogImagePreparer::prepare(QByteArrayLiteral("%PDF-1.4 not a picture"), u"x.png"_s);
    QVERIFY(!result.ok);
    QVERIFY(result.bytes.isEmpty());
    QVERIFY(!result.errorText.isEmpty());

    // A PNG signature followed by junk: detected as PNG, but unreadable.
    const QByteArray broken = QByteArray::fromHex("89504e470d0a1a0a") + QByteArray(100, 'x');
    const auto brokenResult = CatalogImagePreparer::prepare(broken, u"broken.png"_s);
    QVERIFY(!brokenResult.ok);
    QVERIFY(!brokenResult.errorText.isEmpty());
}

void TestCatalogImagePreparer::empty_rejectedWithMessage()
{
    const auto result = CatalogImagePreparer::prepare({}, u"x.png"_s);
    QVERIFY(!result.ok);
    QVERIFY(!result.errorText.isEmpty());
}

void TestCatalogImagePreparer::missingFile_rejectedWithMessage()
{
    QTemporaryDir dir;
    const auto result = CatalogImagePreparer::prepareFile(dir.filePath(u"nothing.png"_s));
    QVERIFY(!result.ok);
    QVERIFY(!result.errorText.isEmpty());
}

QTEST_GUILESS_MAIN(TestCatalogImagePreparer)
#include "tst_catalogimagepreparer.moc"
