// The QR page, customer display and payment notifier as the cashier uses them (offscreen).
#include "qr/customerdisplaywindow.h"
#include "qr/paymentnotifier.h"
#include "qr/qrcode.h"
#include "qr/qrexporter.h"
#include "qr/qrpage.h"
#include "qr/qrrenderer.h"
#include "qr/qrwidget.h"
#include "secrets/inmemorysecretstore.h"
#include "shell/pagecontext.h"
#include "testpagecontext.h"
#include "testsupport.h"
#include "watch/invoicewatcher.h"

#include <QApplication>
#include <QClipboard>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMimeData>
#include <QPainter>
#include <QPrinter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace apipay;

namespace {

const QString kTextCodeValue = QStringLiteral("https://qr.alipayplus.com/2816660400930m9F9gUlg0a3gn1kpWHv3kvD");

// The seed response with an expireTime `secondsFromNow` away.
QByteArray seedExpiringIn(qint64 secondsFromNow)
{
    const QByteArray seed = apipay::test::readTestData(QStringLiteral("antom/pay_response_kaspi.json"));
    QJsonObject root = QJsonDocument::fromJson(seed).object();
    QJsonObject form = root.value(QStringLiteral("orderCodeForm")).toObject();
    form.insert(
        QStringLiteral("expireTime"), QDateTime::currentDateTimeUtc().addSecs(secondsFromNow).toString(Qt::ISODate));
    root.insert(QStringLiteral("orderCodeForm"), form);
    return QJsonDocument(root).toJson();
}

// Samples the widget's picture on the module grid QrRenderer uses and compares it with the matrix.
bool widgetShowsCode(QrWidget* widget, const QrCode& code)
{
    const QImage image = widget->grab().toImage();
    const int side = qMin(image.width(), image.height());
    const int px = QrRenderer::pixelsPerModule(code.size(), side);
    if (px < 1) {
        return false;
    }
    const int total = (code.size() + 2 * QrRenderer::kQuietZoneModules) * px;
    const int left = (image.width() - total) / 2 + QrRenderer::kQuietZoneModules * px;
    const int top = (image.height() - total) / 2 + QrRenderer::kQuietZoneModules * px;
    for (int y = 0; y < code.size(); ++y) {
        for (int x = 0; x < code.size(); ++x) {
            const bool dark = qGray(image.pixel(left + x * px + px / 2, top + y * px + px / 2)) < 128;
            if (dark != code.module(x, y)) {
                return false;
            }
        }
    }
    return true;
}

} // namespace

class TestQrPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void importSeed_showsTextCodeValueAndDetails();
    void importSeed_pastPaidExpiry_greyedAndExpired();
    void import_futureExpiry_countsDown();
    void ctrlV_anywhere_importsClipboard();
    void drop_text_imports();
    void openFile_brokenResponse_clearErrorAndKeepsCode();
    void showQrRequested_showsPaymentLink();
    void customerDisplay_showsCodeThenPaid_escCloses();
    void exporter_pngSvgPdf_written();
    void notifier_paidAndExpired_messages();

private:
    std::unique_ptr<Session> m_context;
    TestNavigator m_navigator;
    TestNotifier m_notifier;
    PageContext pageContext() { return PageContext { m_context.get(), &m_navigator, &m_notifier }; }
    std::unique_ptr<QrPage> m_page;
};

void TestQrPage::initTestCase()
{
    apipay::test::initTestEnvironment();
}

void TestQrPage::init()
{
    m_context = std::make_unique<Session>(new InMemorySecretStore);
    m_notifier.setSession(m_context.get());
    m_page = std::make_unique<QrPage>(pageContext());
    m_page->resize(900, 600);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestQrPage::cleanup()
{
    m_page.reset();
    m_context.reset();
}

void TestQrPage::importSeed_showsTextCodeValueAndDetails()
{
    QVERIFY(m_page->code().isNull());
    QVERIFY(m_page->importText(seedExpiringIn(600)));
    QCOMPARE(m_page->code().text(), kTextCodeValue);
    QVERIFY(m_page->errorText().isEmpty());
    QVERIFY(!m_page->qrWidget()->isExpired());
    QVERIFY(widgetShowsCode(m_page->qrWidget(), m_page->code()));
    // A large code: the widget takes most of the page.
    QVERIFY(m_page->qrWidget()->width() >= 400);
    const QList<QLabel*> labels = m_page->findChildren<QLabel*>();
    QStringList texts;
    for (const QLabel* label : labels) {
        texts.append(label->text());
    }
    const QString all = texts.join(u'\n');
    QVERIFY2(all.contains(u"1.00 SGD"), qPrintable(all));
    QVERIFY(all.contains(u"PAYMENT_20260126141612922_AUTO"));
    QVERIFY(all.contains(u"20260126194010800100188550244314856"));
    QVERIFY(all.contains(u"PAYMENT_IN_PROCESS"));
}

void TestQrPage::importSeed_pastPaidExpiry_greyedAndExpired()
{
    // The seed's expireTime (2026-01-26 06:26:14 UTC) has passed.
    QVERIFY(m_page->importText(apipay::test::readTestData(QStringLiteral("antom/pay_response_kaspi.json"))));
    QVERIFY(m_page->qrWidget()->isExpired());
    QCOMPARE(m_page->countdownText(), QStringLiteral("Expired"));
    // Greyed: no black module left.
    const QImage image = m_page->qrWidget()->grab().toImage().convertToFormat(QImage::Format_Grayscale8);
    int black = 0;
    for (int y = 0; y < image.height(); ++y) {
        const uchar* line = image.constScanLine(y);
        for (int x = 0; x < image.width(); ++x) {
            black += line[x] < 40 ? 1 : 0;
        }
    }
    QCOMPARE(black, 0);
}

void TestQrPage::import_futureExpiry_countsDown()
{
    QVERIFY(m_page->importText(seedExpiringIn(600)));
    QVERIFY(!m_page->qrWidget()->isExpired());
    QVERIFY2(m_page->countdownText().startsWith(u"Expires in 10:00")
            || m_page->countdownText().startsWith(u"Expires in 9:5"),
        qPrintable(m_page->countdownText()));
    // Two seconds left: the page turns to "Expired" by itself.
    QVERIFY(m_page->importText(seedExpiringIn(1)));
    QTRY_COMPARE_WITH_TIMEOUT(m_page->countdownText(), QStringLiteral("Expired"), 4'000);
    QVERIFY(m_page->qrWidget()->isExpired());
}

void TestQrPage::ctrlV_anywhere_importsClipboard()
{
    QGuiApplication::clipboard()->setText(
        QString::fromUtf8(apipay::test::readTestData(QStringLiteral("antom/pay_response_kaspi.json"))));
    QApplication::setActiveWindow(m_page.get());
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    // Focus on a button inside the page, not on the QR itself.
    auto* button = m_page->findChildren<QPushButton*>().constLast();
    QVERIFY(button);
    button->setFocus();
    QTest::keyClick(button, Qt::Key_V, Qt::ControlModifier);
    QTRY_COMPARE(m_page->code().text(), kTextCodeValue);
}

void TestQrPage::drop_text_imports()
{
    QMimeData mime;
    mime.setText(QStringLiteral("2816660400930m9F9gUlg0a3gn1kpWHv3kvD"));
    const QPointF pos(50, 50);
    QDragEnterEvent enter(pos.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_page.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_page.get(), &drop);
    QCOMPARE(m_page->code().text(), QStringLiteral("2816660400930m9F9gUlg0a3gn1kpWHv3kvD"));
}

void TestQrPage::openFile_brokenResponse_clearErrorAndKeepsCode()
{
    QVERIFY(m_page->importText(QByteArrayLiteral("https://qr.alipayplus.com/abc")));
    const QrCode before = m_page->code();
    const QString broken = QStringLiteral(APIPAY_TEST_DATA) + QStringLiteral("/antom/pay_response_no_codevalue.json");
    QVERIFY(!m_page->importFile(broken));
    QVERIFY2(
        m_page->errorText().startsWith(u"The response has no orderCodeForm.codeDetails entry with displayType TEXT"),
        qPrintable(m_page->errorText()));
    QCOMPARE(m_page->code(), before);
    QVERIFY(!m_page->importFile(QStringLiteral("/nonexistent/response.json")));
    QVERIFY(m_page->errorText().startsWith(u"Could not open response.json"));
}

void TestQrPage::showQrRequested_showsPaymentLink()
{
    m_page->showContent(
        QStringLiteral("https://pay.kaspi.kz/pay/abc123"), QStringLiteral("Invoice 124"), Money::fromTenge(15000));
    QCOMPARE(m_page->code().text(), QStringLiteral("https://pay.kaspi.kz/pay/abc123"));
    QVERIFY(!m_page->antomResponse().has_value());
    QVERIFY(widgetShowsCode(m_page->qrWidget(), m_page->code()));
}

void TestQrPage::customerDisplay_showsCodeThenPaid_escCloses()
{
    m_page->showInvoiceQr(
        42, QStringLiteral("https://pay.kaspi.kz/pay/abc123"), QStringLiteral("Invoice 42"), Money::fromTenge(1500));
    m_page->showCustomerDisplay();
    CustomerDisplayWindow* display = m_page->customerDisplay();
    QVERIFY(display);
    QVERIFY(QTest::qWaitForWindowExposed(display));
    QVERIFY(display->isFullScreen());
    QCOMPARE(display->invoiceId(), qint64(42));
    QCOMPARE(display->qrWidget()->code(), m_page->code());
    QVERIFY(widgetShowsCode(display->qrWidget(), m_page->code()));
    QVERIFY(m_context->watcher()->isWatching(42));
    // Another invoice paid: nothing changes; ours paid: "Paid ✓".
    InvoiceStatusUpdate other;
    other.id = 7;
    other.status = InvoiceStatus(QStringLiteral("paid"));
    Q_EMIT m_context->watcher()->statusesChanged({ other });
    QVERIFY(!display->isPaid());
    InvoiceStatusUpdate ours = other;
    ours.id = 42;
    Q_EMIT m_context->watcher()->statusesChanged({ ours });
    QVERIFY(display->isPaid());
    QCOMPARE(display->statusText(), QStringLiteral("Paid ✓"));
    QTest::keyClick(display, Qt::Key_Escape);
    QTRY_VERIFY(!m_page->customerDisplay());
}

void TestQrPage::exporter_pngSvgPdf_written()
{
    const QrCode code = QrCode::encode(kTextCodeValue).code;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    QVERIFY2(QrExporter::savePng(code, dir.filePath(QStringLiteral("qr.png")), &error), qPrintable(error));
    const QImage png(dir.filePath(QStringLiteral("qr.png")));
    QCOMPARE(png.convertToFormat(QImage::Format_Grayscale8), QrExporter::pngImage(code));
    QVERIFY(png.width() >= 900 && png.width() <= 1100);
    QVERIFY(QrExporter::saveSvg(code, dir.filePath(QStringLiteral("qr.svg")), 50.0, &error));
    QFile svg(dir.filePath(QStringLiteral("qr.svg")));
    QVERIFY(svg.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(svg.readAll()), QrRenderer::toSvg(code, 50.0));
    QVERIFY(!QrExporter::savePng(code, dir.filePath(QStringLiteral("missing/dir/qr.png")), &error));
    QVERIFY(error.startsWith(u"Could not save"));

    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(QStringLiteral("qr.pdf")));
    QVERIFY2(QrExporter::print(&printer, code, 5.0, { QStringLiteral("Shop"), QStringLiteral("1 500,00 ₸") }, &error),
        qPrintable(error));
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("qr.pdf"))).size() > 500);
    QVERIFY(!QrExporter::print(&printer, QrCode(), 5.0, {}, &error));

    // Physical size: at 600 dpi, 5 cm = 1181 dots; whole dots per module make it less than one dot per module
    // smaller (here < 41 dots = 1.7 mm; at the printers' usual 1200 dpi < 0.9 mm).
    QImage page(4960, 7016, QImage::Format_RGB32); // A4 at 600 dpi
    page.fill(Qt::white);
    QRectF used;
    {
        QPainter painter(&page);
        used = QrExporter::paintPage(&painter, page.rect(), 600, code, 5.0, { QStringLiteral("Shop") });
    }
    const int modules = code.size() + 2 * QrRenderer::kQuietZoneModules;
    const int expected = qRound(5.0 / 2.54 * 600);
    QVERIFY2(used.width() <= expected && used.width() > expected - modules, qPrintable(QString::number(used.width())));
    QCOMPARE(int(used.width()) % modules, 0);
    QCOMPARE(used.width(), used.height());
}

void TestQrPage::notifier_paidAndExpired_messages()
{
    PaymentNotifier notifier(m_context->watcher(), pageContext());
    notifier.setSoundEnabled(false);
    QSignalSpy notified(&notifier, &PaymentNotifier::notified);
    InvoiceStatusUpdate paid;
    paid.id = 124;
    paid.status = InvoiceStatus(QStringLiteral("paid"));
    paid.amount = Money::fromTenge(15000);
    Q_EMIT m_context->watcher()->invoicePaid(paid);
    QCOMPARE(notified.count(), 1);
    QVERIFY2(notifier.lastMessage().startsWith(u"Invoice 124 was paid: "), qPrintable(notifier.lastMessage()));
    InvoiceStatusUpdate expired;
    expired.id = 125;
    expired.status = InvoiceStatus(QStringLiteral("expired"));
    Q_EMIT m_context->watcher()->invoiceEnded(expired);
    QCOMPARE(notified.count(), 2);
    QCOMPARE(notifier.lastMessage(), QStringLiteral("Invoice 125 expired without payment."));
}

QTEST_MAIN(TestQrPage)
#include "tst_qrpage.moc"
