// QR encode + render of a 60-character Antom codeValue (goal: ≤ 1 ms per code on the counter PC).
// Figures are printed; meaningful only in a Release build. Label "benchmark" (not part of the default test run).
#include "qr/qrcode.h"
#include "qr/qrrenderer.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace apipay;

namespace {

struct Figures
{
    double medianUs = 0;
    double p95Us = 0;
    double cpuMedianUs = 0; // thread CPU time: less disturbed when other processes share the cores
};

double threadCpuUs()
{
#if defined(Q_OS_UNIX) && defined(CLOCK_THREAD_CPUTIME_ID)
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e6 + double(ts.tv_nsec) / 1e3;
#else
    return 0;
#endif
}

template <typename F> Figures measure(int iterations, F&& body)
{
    QList<qint64> samples;
    QList<double> cpu;
    samples.reserve(iterations);
    cpu.reserve(iterations);
    QElapsedTimer timer;
    for (int i = 0; i < iterations; ++i) {
        const double cpuStart = threadCpuUs();
        timer.start();
        body(i);
        samples.append(timer.nsecsElapsed());
        cpu.append(threadCpuUs() - cpuStart);
    }
    std::sort(samples.begin(), samples.end());
    std::sort(cpu.begin(), cpu.end());
    return { samples.at(samples.size() / 2) / 1000.0, samples.at(samples.size() * 95 / 100) / 1000.0,
        cpu.at(cpu.size() / 2) };
}

} // namespace

class BenchQr : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { apipay::test::initTestEnvironment(); }
    void encodeAndRender_60CharacterCodeValue();
};

void BenchQr::encodeAndRender_60CharacterCodeValue()
{
    // "https://qr.alipayplus.com/" + a 34-character code = 60 characters; varied so no cache can help.
    const QString prefix = QStringLiteral("https://qr.alipayplus.com/2816660400930m9F9gUlg0a3gn1kp");
    QCOMPARE(prefix.size() + 5, 60);
    const auto content = [&](int i) -> QString { return prefix + QString::number(10000 + i % 90000); };
    constexpr int kIterations = 3000;

    const Figures encode = measure(kIterations, [&](int i) {
        const QrCode::EncodeResult r = QrCode::encode(content(i));
        QVERIFY(r.ok());
    });
    const Figures image = measure(kIterations, [&](int i) {
        const QrCode::EncodeResult r = QrCode::encode(content(i));
        const QImage img = QrRenderer::toImage(r.code, 8);
        QVERIFY(!img.isNull());
    });
    QImage canvas(600, 600, QImage::Format_RGB32);
    const Figures painted = measure(kIterations, [&](int i) {
        const QrCode::EncodeResult r = QrCode::encode(content(i));
        QPainter painter(&canvas);
        QVERIFY(!QrRenderer::paint(&painter, QRectF(0, 0, 600, 600), r.code).isEmpty());
    });
    const QrCode sample = QrCode::encode(content(0)).code;
    std::printf("\nQR of a 60-character codeValue: version %d, %d×%d modules, ECC %s\n", sample.version(),
        sample.size(), sample.size(), qPrintable(QrCode::eccName(sample.ecc())));
    const auto row = [](const char* name, const Figures& f) {
        std::printf("  %-32s wall median %8.1f µs  p95 %8.1f µs   CPU median %8.1f µs\n", name, f.medianUs, f.p95Us,
            f.cpuMedianUs);
    };
    row("encode only", encode);
    row("encode + QImage (8 px/module)", image);
    row("encode + QPainter 600×600 px", painted);
    std::printf(
        "  goal: ≤ 1000 µs (median) → %s\n", std::max(image.medianUs, painted.medianUs) <= 1000.0 ? "met" : "NOT met");
    std::fflush(stdout);
}

QTEST_MAIN(BenchQr)
#include "bench_qr.moc"
