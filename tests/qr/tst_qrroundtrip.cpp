// Round trip: encode with the app's QrCode, render with QrRenderer (image, painter at several device pixel ratios,
// SVG), decode with ZXing-C++ 1.4 and compare the text exactly.
// ZXing is used only in this file (its API changes in 2.x).
#include "qr/qrcode.h"
#include "qr/qrrenderer.h"
#include "testsupport.h"

#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTest>

#define ZX_USE_UTF8
#include <ZXing/ReadBarcode.h>

#include <cmath>

using namespace apipay;

namespace {

const QString kSeedCodeValue = QStringLiteral("https://qr.alipayplus.com/2816660400930m9F9gUlg0a3gn1kpWHv3kvD");

QString cyrillicText()
{
    return QStringLiteral("Оплата заказа №124 — кофе латте ×2, Алматы. Төлем қабылданды ✓");
}

QString longUrl()
{
    QString url = QStringLiteral("https://pay.example.kz/checkout?order=apd-3f9a1c2e-20260408T101500-7b2d&sig=");
    int i = 0;
    while (url.size() < 500) {
        url += QChar(u'a' + (i * 7) % 26);
        url += QChar(u'0' + (i * 3) % 10);
        ++i;
    }
    url.truncate(500);
    return url;
}

struct Decoded
{
    bool valid = false;
    QString text;
};

Decoded decode(const QImage& source)
{
    const QImage gray = source.convertToFormat(QImage::Format_Grayscale8);
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(false);
    const ZXing::Result result = ZXing::ReadBarcode(ZXing::ImageView(gray.constBits(), gray.width(), gray.height(),
                                                        ZXing::ImageFormat::Lum, int(gray.bytesPerLine())),
        hints);
    return { result.isValid(), QString::fromStdString(result.text()) };
}

// Every pixel in rect is pure black or pure white (no antialiasing, no smoothing).
bool onlyBlackAndWhite(const QImage& image, const QRect& rect)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        const uchar* line = gray.constScanLine(y);
        for (int x = rect.left(); x <= rect.right(); ++x) {
            if (line[x] != 0 && line[x] != 255) {
                return false;
            }
        }
    }
    return true;
}

} // namespace

class TestQrRoundTrip : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { apipay::test::initTestEnvironment(); }

    void toImage_decodesToSameText_data();
    void toImage_decodesToSameText();
    void paint_atDevicePixelRatio_decodesAndStaysCrisp_data();
    void paint_atDevicePixelRatio_decodesAndStaysCrisp();
    void paint_targetTooSmall_paintsNothing();
    void toSvg_rendered_decodesToSameText();
    void encode_eccFollowsContentLength();
    void encode_empty_clearError();
    void encode_tooLong_clearError();
};

void TestQrRoundTrip::toImage_decodesToSameText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("modulePixels");
    const QList<QPair<const char*, QString>> texts
        = { { "seed codeValue", kSeedCodeValue }, { "cyrillic", cyrillicText() }, { "500-character URL", longUrl() } };
    for (const auto& [name, text] : texts) {
        for (const int pixels : { 2, 3, 5, 8 }) {
            QTest::addRow("%s, %d px/module", name, pixels) << text << pixels;
        }
    }
}

void TestQrRoundTrip::toImage_decodesToSameText()
{
    QFETCH(QString, text);
    QFETCH(int, modulePixels);
    const QrCode::EncodeResult encoded = QrCode::encode(text);
    QVERIFY2(encoded.ok(), qPrintable(encoded.errorText));
    const QImage image = QrRenderer::toImage(encoded.code, modulePixels);
    QCOMPARE(image.format(), QImage::Format_Grayscale8);
    const int side = (encoded.code.size() + 2 * QrRenderer::kQuietZoneModules) * modulePixels;
    QCOMPARE(image.size(), QSize(side, side));
    // The quiet zone (4 modules) is light all around.
    const int quiet = QrRenderer::kQuietZoneModules * modulePixels;
    for (int i = 0; i < side; ++i) {
        for (int q = 0; q < quiet; ++q) {
            QCOMPARE(qGray(image.pixel(i, q)), 255);
            QCOMPARE(qGray(image.pixel(q, i)), 255);
            QCOMPARE(qGray(image.pixel(i, side - 1 - q)), 255);
            QCOMPARE(qGray(image.pixel(side - 1 - q, i)), 255);
        }
    }
    QVERIFY(onlyBlackAndWhite(image, image.rect()));
    const Decoded decoded = decode(image);
    QVERIFY(decoded.valid);
    QCOMPARE(decoded.text, text);
}

void TestQrRoundTrip::paint_atDevicePixelRatio_decodesAndStaysCrisp_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qreal>("dpr");
    QTest::addColumn<int>("logicalSide");
    QTest::addColumn<QPointF>("offset");
    const QList<QPair<const char*, QString>> texts
        = { { "seed codeValue", kSeedCodeValue }, { "cyrillic", cyrillicText() }, { "500-character URL", longUrl() } };
    for (const auto& [name, text] : texts) {
        for (const qreal dpr : { 1.0, 1.5, 2.0 }) {
            for (const int side : { 260, 333, 517 }) {
                QTest::addRow("%s, dpr %.1f, %d px", name, dpr, side) << text << dpr << side << QPointF(7.3, 5.6);
            }
        }
    }
}

void TestQrRoundTrip::paint_atDevicePixelRatio_decodesAndStaysCrisp()
{
    QFETCH(QString, text);
    QFETCH(qreal, dpr);
    QFETCH(int, logicalSide);
    QFETCH(QPointF, offset);
    const QrCode::EncodeResult encoded = QrCode::encode(text);
    QVERIFY2(encoded.ok(), qPrintable(encoded.errorText));

    const int deviceSide = int(std::ceil((logicalSide + 20) * dpr));
    QImage canvas(deviceSide, deviceSide, QImage::Format_RGB32);
    canvas.setDevicePixelRatio(dpr);
    canvas.fill(Qt::white);
    QRectF used;
    {
        QPainter painter(&canvas);
        painter.setRenderHint(QPainter::Antialiasing, true); // the renderer must switch it off itself
        painter.translate(offset);
        used = QrRenderer::paint(&painter, QRectF(0, 0, logicalSide, logicalSide), encoded.code);
    }
    QVERIFY(!used.isEmpty());
    // The square used lies on whole device pixels and is a whole number of pixels per module.
    const QRectF deviceUsed((used.topLeft() + offset) * dpr, used.size() * dpr);
    QVERIFY2(qAbs(deviceUsed.left() - std::round(deviceUsed.left())) < 1e-6, "left edge not on a device pixel");
    QVERIFY2(qAbs(deviceUsed.top() - std::round(deviceUsed.top())) < 1e-6, "top edge not on a device pixel");
    const int modules = encoded.code.size() + 2 * QrRenderer::kQuietZoneModules;
    const int sidePixels = int(std::round(deviceUsed.width()));
    QCOMPARE(sidePixels % modules, 0);
    const int modulePixels = sidePixels / modules;
    QVERIFY(modulePixels >= 1);
    // Big enough: the code uses more than (1 − 1/(px+1)) of the smaller target side.
    QVERIFY(sidePixels + modules > int(logicalSide * dpr) - 1);
    const QRect deviceRect(
        int(std::round(deviceUsed.left())), int(std::round(deviceUsed.top())), sidePixels, sidePixels);
    QVERIFY(canvas.rect().contains(deviceRect));
    QVERIFY(onlyBlackAndWhite(canvas, deviceRect));
    // Each module is uniform: sample the module grid and compare with the matrix.
    const int origin = QrRenderer::kQuietZoneModules * modulePixels;
    for (int y = 0; y < encoded.code.size(); ++y) {
        for (int x = 0; x < encoded.code.size(); ++x) {
            const int px = deviceRect.left() + origin + x * modulePixels;
            const int py = deviceRect.top() + origin + y * modulePixels;
            const bool dark = encoded.code.module(x, y);
            QCOMPARE(qGray(canvas.pixel(px, py)) == 0, dark);
            QCOMPARE(qGray(canvas.pixel(px + modulePixels - 1, py + modulePixels - 1)) == 0, dark);
        }
    }
    QImage plain = canvas;
    plain.setDevicePixelRatio(1.0);
    const Decoded decoded = decode(plain);
    QVERIFY(decoded.valid);
    QCOMPARE(decoded.text, text);
}

void TestQrRoundTrip::paint_targetTooSmall_paintsNothing()
{
    const QrCode code = QrCode::encode(kSeedCodeValue).code;
    QImage canvas(20, 20, QImage::Format_RGB32);
    canvas.fill(Qt::red);
    QPainter painter(&canvas);
    const QRectF used = QrRenderer::paint(&painter, QRectF(0, 0, 20, 20), code);
    painter.end();
    QVERIFY(used.isEmpty());
    QCOMPARE(canvas.pixel(10, 10), QColor(Qt::red).rgb());
}

void TestQrRoundTrip::toSvg_rendered_decodesToSameText()
{
    const QrCode code = QrCode::encode(cyrillicText()).code;
    const QString svg = QrRenderer::toSvg(code, 50.0);
    QVERIFY(svg.contains(u"shape-rendering=\"crispEdges\""));
    QVERIFY(svg.contains(u"width=\"50.00mm\""));
    const int modules = code.size() + 2 * QrRenderer::kQuietZoneModules;
    QVERIFY(svg.contains(QStringLiteral("viewBox=\"0 0 %1 %1\"").arg(modules)));
    QSvgRenderer renderer(svg.toUtf8());
    QVERIFY(renderer.isValid());
    QImage image(modules * 4, modules * 4, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        renderer.render(&painter, QRectF(0, 0, image.width(), image.height()));
    }
    QVERIFY(onlyBlackAndWhite(image, image.rect()));
    const Decoded decoded = decode(image);
    QVERIFY(decoded.valid);
    QCOMPARE(decoded.text, cyrillicText());
}

void TestQrRoundTrip::encode_eccFollowsContentLength()
{
    QCOMPARE(QrCode::eccForLength(20), QrCode::Ecc::High);
    QCOMPARE(QrCode::eccForLength(40), QrCode::Ecc::Quartile);
    QCOMPARE(QrCode::eccForLength(60), QrCode::Ecc::Medium);
    QCOMPARE(QrCode::eccForLength(500), QrCode::Ecc::Medium);
    // The encoder never goes below the chosen level when the content fits.
    QCOMPARE(QrCode::encode(QStringLiteral("KZ-124")).code.ecc(), QrCode::Ecc::High);
    QCOMPARE(QrCode::encode(QStringLiteral("2816660400930m9F9gUlg0a3gn1kpWHv3kvD")).code.ecc(), QrCode::Ecc::Quartile);
    QVERIFY(QrCode::encode(kSeedCodeValue).code.ecc() >= QrCode::Ecc::Medium);
    QVERIFY(QrCode::encode(kSeedCodeValue).code.version() <= 5);
    QVERIFY(QrCode::encode(longUrl()).code.ecc() >= QrCode::Ecc::Medium);
    // The same content always gives the same symbol.
    QCOMPARE(QrCode::encode(kSeedCodeValue).code, QrCode::encode(kSeedCodeValue).code);
}

void TestQrRoundTrip::encode_empty_clearError()
{
    const QrCode::EncodeResult result = QrCode::encode(QString());
    QCOMPARE(result.error, QrCode::Error::Empty);
    QVERIFY(result.code.isNull());
    QVERIFY(result.errorText.contains(u"empty"));
    QVERIFY(QrRenderer::toImage(result.code, 4).isNull());
}

void TestQrRoundTrip::encode_tooLong_clearError()
{
    // 3000 bytes in byte mode exceed version 40 even at the LOW level (2953 bytes).
    const QString text(3000, u'x');
    const QrCode::EncodeResult result = QrCode::encode(text);
    QCOMPARE(result.error, QrCode::Error::TooLong);
    QVERIFY(result.code.isNull());
    QVERIFY2(result.errorText.contains(u"3000 bytes"), qPrintable(result.errorText));
    // 2900 bytes still fit by stepping down to LOW.
    const QrCode::EncodeResult fits = QrCode::encode(QString(2900, u'x'));
    QVERIFY(fits.ok());
    QCOMPARE(fits.code.ecc(), QrCode::Ecc::Low);
    QCOMPARE(fits.code.version(), 40);
}

QTEST_MAIN(TestQrRoundTrip)
#include "tst_qrroundtrip.moc"
