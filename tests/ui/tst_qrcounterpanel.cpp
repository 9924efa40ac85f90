// The counter's QR panel alone against the demo sandbox (v2.1): the server's picture when there is no token URL to
// draw, the qr_rate_limit wait, a 404 marking the server as without QR invoices, and a lost answer looked up by its
// order ID instead of creating a second QR invoice.
#include "counter/qrcounterpanel.h"

#include "qr/qrwidget.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstore.h"
#include "secrets/inmemorysecretstore.h"
#include "session/qrcapability.h"
#include "session/session.h"
#include "testpagecontext.h"
#include "testsupport.h"
#include "widgets/moneylineedit.h"

#include <QBuffer>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace apipay;
using namespace Qt::StringLiterals;
using apipay::sandbox::SandboxFault;

class TestQrCounterPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }
    void init()
    {
        m_context = std::make_unique<Session>(new InMemorySecretStore);
        m_notifier.setSession(m_context.get());
        QString error;
        QVERIFY2(m_context->startDemo(&error), qPrintable(error));
        m_server = m_context->demoServer();
        m_server->setProfile(sandbox::Profile::V21);
        m_server->setRateLimit(10'000, 60'000);
        m_capability = std::make_unique<QrCapability>(m_context.get());
        m_panel = std::make_unique<QrCounterPanel>(
            PageContext { m_context.get(), &m_navigator, &m_notifier }, m_capability.get());
        m_panel->setUsesCustomerDisplay(false);
        m_panel->show();
    }
    void cleanup()
    {
        m_panel.reset();
        m_capability.reset();
        m_context.reset();
        m_server = nullptr;
    }

    void noTokenUrl_showsTheServersPicture()
    {
        QImage picture(40, 40, QImage::Format_RGB32);
        picture.fill(Qt::black);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        picture.save(&buffer, "PNG");
        const QString imageId = m_server->store().addImage(png, "image/png");
        const QString imageUrl = m_server->rootUrl().toString(QUrl::StripTrailingSlash) + u"/images/"_s + imageId;
        SandboxFault created = SandboxFault::make(SandboxFault::Kind::Status, "POST", u"/invoices/qr"_s, 1);
        created.status = 201;
        created.body = u"{\"id\":900,\"amount\":\"100.00\",\"status\":\"pending\",\"is_qr_token\":true,"
                       "\"qr_image_url\":\"%1\",\"qr_expires_at\":\"%2\"}"_s
                           .arg(imageUrl, QDateTime::currentDateTimeUtc().addSecs(300).toString(Qt::ISODate))
                           .toUtf8();
        m_server->addFault(created);
        QTest::keyClicks(m_panel->amountEdit(), u"100"_s);
        QTest::keyClick(m_panel->amountEdit(), Qt::Key_Return);
        auto* fallback = m_panel->findChild<QLabel*>(u"qrImageFallbackLabel"_s);
        QTRY_VERIFY(fallback->isVisible());
        QVERIFY(!m_panel->qrWidget()->isVisible());
        QTRY_VERIFY(!fallback->pixmap().isNull());
        QCOMPARE(fallback->pixmap().toImage().pixelColor(20, 20), QColor(Qt::black));
    }

    void qrRateLimit_saysHowLong()
    {
        SandboxFault limited = SandboxFault::make(SandboxFault::Kind::Status, "POST", u"/invoices/qr"_s, 1);
        limited.status = 429;
        limited.body
            = R"({"error":"qr_rate_limit","error_code":"qr_rate_limit","message":"Too many","retry_after_seconds":7})";
        m_server->addFault(limited);
        QTest::keyClicks(m_panel->amountEdit(), u"100"_s);
        QTest::keyClick(m_panel->amountEdit(), Qt::Key_Return);
        QTRY_COMPARE(m_panel->statusLabel()->text(), u"Too many QR invoices this minute. Try again in 7 second(s)."_s);
        QVERIFY(m_panel->newQrButton()->isVisibleTo(m_panel.get()));
    }

    void notFound_marksTheServerWithoutQr()
    {
        m_server->setProfile(sandbox::Profile::V20);
        QTest::keyClicks(m_panel->amountEdit(), u"100"_s);
        QTest::keyClick(m_panel->amountEdit(), Qt::Key_Return);
        QTRY_COMPARE(m_capability->state(), QrCapability::State::Unavailable);
    }

    void lostAnswer_lookedUpNotRecreated()
    {
        const qint64 before = m_server->lastInvoiceId();
        m_server->addFault(SandboxFault::make(SandboxFault::Kind::Drop, "POST", u"/invoices/qr"_s, 1));
        QTest::keyClicks(m_panel->amountEdit(), u"250"_s);
        QTest::keyClick(m_panel->amountEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_panel->invoice().id == before + 1, 10'000);
        QCOMPARE(m_server->lastInvoiceId(), before + 1); // one QR invoice, found by its order ID
        QVERIFY(!m_panel->qrWidget()->code().isNull());
        QCOMPARE(m_server->loggedRequests("POST", u"/invoices/qr"_s), 1);
    }

private:
    std::unique_ptr<Session> m_context;
    TestNavigator m_navigator;
    TestNotifier m_notifier;
    sandbox::SandboxServer* m_server = nullptr;
    std::unique_ptr<QrCapability> m_capability;
    std::unique_ptr<QrCounterPanel> m_panel;
};

QTEST_MAIN(TestQrCounterPanel)
#include "tst_qrcounterpanel.moc"
