// J8 on the real main window, in the v2.0 and the v2.1 profile: an Antom pay response pasted on the QR page → the
// QR code drawn on screen decodes (ZXing-C++ 1.4) back to its codeValue; the customer display shows it too; the
// countdown reaches "Expired".
#include "journeydriver.h"
#include "journeyfixture.h"
#include "journeyqr.h"
#include "journeyscreen.h"

#include "session/session.h"
#include "shell/mainwindow.h"
#include "shell/page.h"
#include "testsupport.h"

#include <QApplication>
#include <QClipboard>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace apipay;
using apipay::test::JourneyDriver;
using apipay::test::JourneyFixture;
using PageId = MainWindow::PageId;

class TestJourneyQr : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }
    void init() { JOURNEY_START(m_f); }
    void cleanup() { m_f.reset(); }

    void j8_antomResponsePasted_qrDecodesToCodeValue_customerDisplay_expiry_data() { JourneyFixture::addProfileRows(); }
    void j8_antomResponsePasted_qrDecodesToCodeValue_customerDisplay_expiry();

private:
    std::unique_ptr<JourneyFixture> m_f;
};

void TestJourneyQr::j8_antomResponsePasted_qrDecodesToCodeValue_customerDisplay_expiry()
{
    JourneyDriver& d = m_f->driver();
    // Antom's own example, with an expiry a few seconds from now so that the countdown runs out during the test.
    QJsonObject response = QJsonDocument::fromJson(test::readTestData(u"antom/pay_response_kaspi.json"_s)).object();
    QVERIFY(!response.isEmpty());
    const QString codeValue = u"https://qr.alipayplus.com/2816660400930m9F9gUlg0a3gn1kpWHv3kvD"_s;
    QJsonObject form = response.value(u"orderCodeForm"_s).toObject();
    form.insert(u"expireTime"_s, QDateTime::currentDateTimeUtc().addSecs(4).toString(Qt::ISODate));
    response.insert(u"orderCodeForm"_s, form);

    d.key(Qt::Key_7, Qt::ControlModifier);
    QCOMPARE(m_f->window()->currentPage(), m_f->window()->page(PageId::Qr));
    QVERIFY2(d.waitFor(u"No QR code"_s), qPrintable(d.lastError()));
    QVERIFY(!d.isEnabled(u"Customer display"_s));

    QGuiApplication::clipboard()->setText(QString::fromUtf8(QJsonDocument(response).toJson()));
    d.key(Qt::Key_V, Qt::ControlModifier);
    QVERIFY2(d.waitFor(u"Kaspi payment via Antom"_s), qPrintable(d.lastError()));
    QWidget* page = m_f->window()->page(PageId::Qr);
    QCOMPARE(test::formValue(page, u"Payment request ID:"_s), u"PAYMENT_20260126141612922_AUTO"_s);
    QCOMPARE(test::formValue(page, u"Payment ID:"_s), u"20260126194010800100188550244314856"_s);
    QVERIFY2(test::formValue(page, u"Status:"_s).startsWith(u"Waiting for payment"_s),
        qPrintable(test::formValue(page, u"Status:"_s)));
    QVERIFY2(test::formValue(page, u"Expires:"_s).startsWith(u"Expires in"_s),
        qPrintable(test::formValue(page, u"Expires:"_s)));
    QVERIFY(!test::formValue(page, u"Amount:"_s).isEmpty());
    QWidget* qr = test::paymentQrIn(m_f->window());
    QVERIFY2(qr, "no QR code on the page");
    QCOMPARE(test::decodeShownQr(qr), codeValue);
    QVERIFY(d.isEnabled(u"Copy app link"_s));
    QVERIFY(d.isEnabled(u"Save PNG…"_s));

    // The customer display: the same code, readable from its own window.
    JCLICK(d, u"Customer display"_s);
    QWidget* display = nullptr;
    QTRY_VERIFY((display = d.find(u"Customer display"_s)) && display->isWindow());
    QWidget* displayQr = nullptr;
    QTRY_VERIFY((displayQr = test::paymentQrIn(display)) != nullptr);
    QCOMPARE(test::decodeShownQr(displayQr), codeValue);
    QVERIFY2(d.find(u"Scan with the Kaspi.kz app · Esc closes this window"_s), qPrintable(d.lastError()));

    // Expiry: both say so once the time is up.
    QTRY_COMPARE_WITH_TIMEOUT(test::formValue(page, u"Expires:"_s), u"Expired"_s, 8000);
    auto* countdown = display->findChild<QLabel*>(u"countdownLabel"_s);
    QVERIFY(countdown);
    QTRY_COMPARE_WITH_TIMEOUT(countdown->text(), u"Expired"_s, 3000);
    // Esc closes the customer display.
    display->activateWindow();
    QTest::keyClick(display, Qt::Key_Escape);
    QTRY_VERIFY(!display->isVisible());
}

QTEST_MAIN(TestJourneyQr)
#include "tst_journey_qr.moc"
