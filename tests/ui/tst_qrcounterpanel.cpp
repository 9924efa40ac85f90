// The counter's QR panel alone against the demo sandbox (v2.1): a QR invoice for a cart from the catalog (the server
// receives the lines and the discount; "New QR" asks for the same cart again; "Next customer" empties it), the
// server's picture on the counter and the customer display when there is no token URL to draw, the qr_rate_limit
// wait, a 404 marking the server as without QR invoices, and a lost answer looked up by its order ID instead of
// creating a second QR invoice.
#include "counter/qrcounterpanel.h"

#include "counter/cartpanel.h"
#include "counter/customerscreenbutton.h"
#include "counter/qrcounterinput.h"
#include "models/cartmodel.h"
#include "models/catalogtablemodel.h"
#include "qr/customerdisplaywindow.h"
#include "qr/qrwidget.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstore.h"
#include "secrets/inmemorysecretstore.h"
#include "session/qrcapability.h"
#include "session/session.h"
#include "testpagecontext.h"
#include "testsupport.h"
#include "widgets/moneylineedit.h"

#include <QApplication>
#include <QBuffer>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
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
        QSettings().clear(); // the amount / cart choice of an earlier test
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
        m_panel->setUsesCustomerDisplay(true);
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
        // The server's picture, where the drawn code would be: on the counter and on the customer display.
        QTRY_VERIFY(!m_panel->qrWidget()->image().isNull());
        QVERIFY(m_panel->qrWidget()->isVisible());
        QVERIFY(m_panel->qrWidget()->code().isNull());
        QCOMPARE(m_panel->qrWidget()->image().pixelColor(20, 20), QColor(Qt::black));
        CustomerDisplayWindow* display = m_panel->customerDisplay();
        QVERIFY(display && display->isVisible());
        QTRY_VERIFY(!display->qrWidget()->image().isNull());
        QCOMPARE(display->qrWidget()->image().pixelColor(20, 20), QColor(Qt::black));
        const QImage shown = display->qrWidget()->grab().toImage();
        QCOMPARE(shown.pixelColor(shown.rect().center()), QColor(Qt::black));
        // Next customer: the picture goes with the invoice.
        m_panel->nextCustomer();
        QVERIFY(m_panel->qrWidget()->image().isNull());
        QVERIFY(display->qrWidget()->image().isNull());
    }

    void cart_qrInvoiceForTheCart_newQrAsksTheSame_nextEmpties()
    {
        m_panel->input()->cartModeRadio()->click();
        QVERIFY(m_panel->input()->isCartMode());
        QVERIFY(!m_panel->amountEdit()->isVisible());
        QVERIFY(m_panel->cartPanel()->isVisible());
        QVERIFY(!m_panel->qrWidget()->isVisible()); // nothing to show yet: the picker has the room
        CatalogTableModel* catalog = m_panel->cartPanel()->catalog();
        QTRY_VERIFY_WITH_TIMEOUT(catalog->rowCount() > 2, 5000);

        // Enter with an empty cart: said at the cart, nothing sent.
        QTest::keyClick(m_panel->cartPanel()->barcodeEdit(), Qt::Key_Return);
        QTest::keyClick(m_panel->createButton(), Qt::Key_Space);
        QCOMPARE(m_panel->errorLabel()->text(), u"Add at least one item to the cart."_s);
        QCOMPARE(m_server->loggedRequests("POST", u"/invoices/qr"_s), 0);

        // Two lines (the second twice) and 10 % off; Enter in the empty barcode field shows the QR.
        const CatalogItem first = catalog->itemAt(0);
        const CatalogItem second = catalog->itemAt(1);
        QVERIFY(m_panel->cartPanel()->addItem(first, 1, std::nullopt));
        QVERIFY(m_panel->cartPanel()->addItem(second, 2, std::nullopt));
        QVERIFY(m_panel->cartPanel()->cart()->setDiscountPercent(10));
        const qint64 before = m_server->lastInvoiceId();
        QTest::keyClick(m_panel->cartPanel()->barcodeEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_panel->invoice().id > before, 5000);
        const qint64 id = m_panel->invoice().id;
        const sandbox::SandboxInvoice* stored = m_server->store().invoice(id);
        QVERIFY(stored);
        QCOMPARE(stored->items.size(), 2);
        QCOMPARE(stored->items.at(0).catalogItemId, first.id);
        QCOMPARE(stored->items.at(1).catalogItemId, second.id);
        QCOMPARE(stored->items.at(1).count, 2);
        QCOMPARE(stored->discountPercent, 10);
        QVERIFY(!stored->qrTokenUrl.isEmpty());
        // The QR takes the cart's place; the amount shown is the server's total.
        QVERIFY(!m_panel->cartPanel()->isVisible());
        QVERIFY(m_panel->qrWidget()->isVisible());
        QCOMPARE(m_panel->qrWidget()->code().text(), stored->qrTokenUrl);
        auto* amountShown = m_panel->findChild<QLabel*>(u"qrAmountShownLabel"_s);
        QCOMPARE(amountShown->text(), m_context->displayFormat().money(stored->amount));
        QVERIFY(!m_panel->input()->amountModeRadio()->isEnabled()); // no switching under a live QR

        // "New QR": the same cart again, as a new invoice; the old one stays open.
        QTest::mouseClick(m_panel->newQrButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_panel->invoice().id > id, 5000);
        const sandbox::SandboxInvoice* again = m_server->store().invoice(m_panel->invoice().id);
        QVERIFY(again);
        QCOMPARE(again->items.size(), 2);
        QCOMPARE(again->amount, stored->amount);
        QVERIFY(again->externalOrderId != stored->externalOrderId);
        QCOMPARE(m_server->invoiceStatus(id), std::optional<QString>(u"pending"_s));

        // Next customer: an empty cart, the picker back, typing starts at the barcode.
        QTest::mouseClick(m_panel->nextButton(), Qt::LeftButton);
        QVERIFY(m_panel->cartPanel()->cart()->isEmpty());
        QVERIFY(m_panel->cartPanel()->isVisible());
        QVERIFY(m_panel->input()->amountModeRadio()->isEnabled());
        QCOMPARE(m_panel->window()->focusWidget(), m_panel->cartPanel()->barcodeEdit());
    }

    void cart_choiceIsRemembered()
    {
        m_panel->input()->cartModeRadio()->click();
        m_panel.reset();
        m_panel = std::make_unique<QrCounterPanel>(
            PageContext { m_context.get(), &m_navigator, &m_notifier }, m_capability.get());
        QVERIFY(m_panel->input()->isCartMode());
        QVERIFY(m_panel->input()->cartModeRadio()->isChecked());
    }

    // One screen (as offscreen): a full-screen customer display would cover the counter, so it is off until the
    // cashier switches it on; then the waiting QR goes there at once, and the choice outlives the panel.
    void customerScreen_offOnOneScreen_switchedOnShowsTheQr_remembered()
    {
        QCOMPARE(QGuiApplication::screens().size(), 1);
        QSettings().clear();
        m_panel = std::make_unique<QrCounterPanel>(
            PageContext { m_context.get(), &m_navigator, &m_notifier }, m_capability.get());
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
        CustomerScreenButton* button = m_panel->customerScreenButton();
        QVERIFY(button->isVisible());
        QVERIFY(!button->isChecked());
        QCOMPARE(m_panel->qrWidget()->placeholderText(), u"Type the amount and press Enter"_s);

        // Switched on before there is a QR: nothing opens over the counter, and the panel says where the QR will go.
        button->click();
        QVERIFY(m_panel->qrWidget()->placeholderText().contains(u"fill this screen for the customer"_s));
        QVERIFY(!m_panel->customerDisplay() || !m_panel->customerDisplay()->isVisible());
        QTRY_COMPARE(QApplication::focusWidget(), m_panel->amountEdit()); // the next amount is typed at once
        button->click();
        QCOMPARE(m_panel->qrWidget()->placeholderText(), u"Type the amount and press Enter"_s);

        m_panel->amountEdit()->setFocus();
        QTest::keyClicks(m_panel->amountEdit(), u"700"_s);
        QTest::keyClick(m_panel->amountEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_panel->invoice().id > 0, 5000);
        QTRY_VERIFY(!m_panel->qrWidget()->code().isNull());
        QVERIFY(!m_panel->customerDisplay() || !m_panel->customerDisplay()->isVisible());

        QVERIFY(QApplication::focusWidget());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F11); // the switch's shortcut (an animated click)
        QTRY_VERIFY(button->isChecked());
        QTRY_VERIFY(m_panel->customerDisplay() && m_panel->customerDisplay()->isVisible());
        QCOMPARE(m_panel->customerDisplay()->invoiceId(), m_panel->invoice().id);
        QCOMPARE(m_panel->customerDisplay()->qrWidget()->code().text(), m_panel->qrWidget()->code().text());

        button->click(); // off: the display goes away, the counter keeps its QR
        QTRY_VERIFY(!m_panel->customerDisplay());
        QVERIFY(!m_panel->qrWidget()->code().isNull());
        button->click();

        m_panel = std::make_unique<QrCounterPanel>(
            PageContext { m_context.get(), &m_navigator, &m_notifier }, m_capability.get());
        QVERIFY(m_panel->customerScreenButton()->isChecked());
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
