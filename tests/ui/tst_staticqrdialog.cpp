// The "New QR sheet" dialog shown alone: single use on and no expiry by default, a missing amount keeps it open with
// the reason, the description stops at 100 characters, the expiry offers only future times, and the draft carries
// what was entered.
#include "staticqr/staticqrdialog.h"

#include "format/displayformat.h"
#include "secrets/inmemorysecretstore.h"
#include "session/session.h"
#include "testpagecontext.h"
#include "testsupport.h"
#include "widgets/moneylineedit.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace apipay;
using namespace Qt::StringLiterals;

class TestStaticQrDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Session> m_session;
    TestNavigator m_navigator;
    TestNotifier m_notifier;

    PageContext context() { return PageContext { m_session.get(), &m_navigator, &m_notifier }; }

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }
    void init() { m_session = std::make_unique<Session>(new InMemorySecretStore); }
    void cleanup() { m_session.reset(); }

    void defaults_singleUseOn_noExpiry_fixedAmount()
    {
        StaticQrDialog dialog(context());
        QVERIFY(dialog.amountRadio()->isChecked());
        QVERIFY(dialog.singleUseCheckBox()->isChecked());
        QVERIFY(!dialog.expiresCheckBox()->isChecked());
        QVERIFY(!dialog.expiresEdit()->isEnabled());
        // The edit shows the shop's clock (Asia/Almaty), whatever this computer's zone: a week ahead by default.
        const QDateTime almatyNow = QDateTime::currentDateTimeUtc().toTimeZone(DisplayFormat::almaty());
        const QDateTime shopNow(almatyNow.date(), almatyNow.time());
        QVERIFY(dialog.expiresEdit()->minimumDateTime() > shopNow);
        QVERIFY(qAbs(dialog.expiresEdit()->dateTime().secsTo(shopNow.addDays(7))) < 120);
        QCOMPARE(dialog.descriptionEdit()->maxLength(), 100);
        const StaticQrDraft draft = dialog.draft();
        QVERIFY(draft.singleUse);
        QVERIFY(!draft.expiresAt.isValid());
    }

    void noAmount_staysOpenWithReason()
    {
        StaticQrDialog dialog(context());
        dialog.show();
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.accept();
        QCOMPARE(accepted.size(), 0);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.errorLabel()->isVisible());
        QVERIFY(!dialog.errorLabel()->text().isEmpty());
    }

    // Keyboard first: the dialog opens with the cursor in the amount. Enter without one says why, and the message
    // makes the dialog taller: no wrapped text (the long Kazakh hint of the cart) is squeezed into fewer lines than it
    // needs and cut off.
    void opensOnTheAmount_aMessageCutsNothing()
    {
        m_session->setLanguage(u"kk"_s);
        StaticQrDialog dialog(context());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.activateWindow();
        QTRY_VERIFY(dialog.amountEdit()->hasFocus());
        const int heightBefore = dialog.height();
        QTest::keyClick(dialog.amountEdit(), Qt::Key_Return);
        QTRY_VERIFY(dialog.errorLabel()->isVisible());
        QVERIFY(dialog.isVisible());
        const auto cutLabels = [&dialog] {
            QStringList cut;
            for (QLabel* label : dialog.findChildren<QLabel*>()) {
                if (label->isVisible() && label->wordWrap()
                    && label->height() < label->heightForWidth(label->width())) {
                    cut.append(label->text());
                }
            }
            return cut;
        };
        QTRY_VERIFY2(cutLabels().isEmpty(), qPrintable(cutLabels().join(u" | "_s)));
        QVERIFY(dialog.height() > heightBefore);
        m_session->setLanguage(u"en"_s);
    }

    void entered_valuesInDraft_accepted()
    {
        StaticQrDialog dialog(context());
        dialog.show();
        dialog.amountEdit()->setValue(Money::fromTenge(2500));
        QTest::keyClicks(dialog.descriptionEdit(), QString(120, u'a'));
        QCOMPARE(dialog.descriptionEdit()->text().size(), 100);
        dialog.singleUseCheckBox()->setChecked(false);
        dialog.expiresCheckBox()->setChecked(true);
        QVERIFY(dialog.expiresEdit()->isEnabled());
        // 18:00 on the shop's clock (Almaty, UTC+5) is 13:00 UTC.
        const QDate day = QDate::currentDate().addDays(3);
        dialog.expiresEdit()->setDateTime(QDateTime(day, QTime(18, 0)));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.accept();
        QCOMPARE(accepted.size(), 1);
        const StaticQrDraft draft = dialog.draft();
        QCOMPARE(draft.amount, Money::fromTenge(2500));
        QVERIFY(draft.cartItems.isEmpty());
        QCOMPARE(draft.description.size(), 100);
        QVERIFY(!draft.singleUse);
        QCOMPARE(draft.expiresAt, QDateTime(day, QTime(13, 0), QTimeZone::utc()));
    }
};

QTEST_MAIN(TestStaticQrDialog)
#include "tst_staticqrdialog.moc"
