// KaspiClientCheck against the embedded sandbox: a complete typed number is checked once, after a pause in typing,
// never twice in a run, never more than the limit per minute, and nothing but the typed number is ever sent.
#include "sandboxapifixture.h"
#include "testsupport.h"

#include "counter/kaspiclientcheck.h"
#include "sandbox/sandboxclientroutes.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>

using namespace apipay;
using apipay::sandbox::Profile;
using namespace Qt::StringLiterals;
using Result = KaspiClientCheck::Result;

namespace {

std::optional<PhoneNumber> typed(const QString& text)
{
    return PhoneNumber::parse(text).value;
}

} // namespace

class TestKaspiClientCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { apipay::test::initTestEnvironment(); }
    void init() { KaspiClientCheck::forgetAnswers(); }
    void cleanup()
    {
        m_check.reset();
        m_fx.stop();
    }

    void knownNumber_namesTheCustomer()
    {
        QVERIFY(start(Profile::V21));
        m_check->setPhone(typed(u"+7 777 000 00 01"_s));
        QTRY_COMPARE_WITH_TIMEOUT(m_check->result(), Result::HasKaspi, 5000);
        QCOMPARE(m_check->clientName(), u"Иван И."_s);
        QCOMPARE(sentPhones(), QStringList { u"87770000001"_s });
    }

    void otherNumber_noKaspi()
    {
        QVERIFY(start(Profile::V21));
        m_check->setPhone(typed(u"87770000002"_s));
        QTRY_COMPARE_WITH_TIMEOUT(m_check->result(), Result::NoKaspi, 5000);
        QVERIFY(m_check->clientName().isEmpty());
    }

    void typingCharacterByCharacter_onlyTheCompleteNumberIsSent()
    {
        QVERIFY(start(Profile::V21));
        m_check->setDebounceMs(0); // even without a pause, an incomplete number is never sent
        const QString number = u"87770000002"_s;
        QSignalSpy asked(m_fx.server.get(), &sandbox::SandboxServer::requestHandled);
        for (int n = 1; n < number.size(); ++n) {
            m_check->setPhone(typed(number.left(n)));
            QVERIFY(!asked.wait(5)); // between two keys: an incomplete number must not reach the server
        }
        m_check->setPhone(typed(number));
        QTRY_COMPARE_WITH_TIMEOUT(m_check->result(), Result::NoKaspi, 5000);
        QCOMPARE(sentPhones(), QStringList { number });
    }

    void debounce_aNumberChangedWithinThePauseIsNotSent()
    {
        QVERIFY(start(Profile::V21));
        m_check->setDebounceMs(300);
        m_check->setPhone(typed(u"87770000002"_s));
        QSignalSpy changed(m_check.get(), &KaspiClientCheck::resultChanged);
        QVERIFY(!changed.wait(50)); // 50 ms into the 300 ms pause the check must not have gone out
        QCOMPARE(m_check->result(), Result::None); // still inside the pause
        m_check->setPhone(typed(u"87770000001"_s)); // the cashier corrected the last digit
        QTRY_COMPARE_WITH_TIMEOUT(m_check->result(), Result::HasKaspi, 5000);
        QCOMPARE(sentPhones(), QStringList { u"87770000001"_s });
    }

    void oncePerNumberPerRun_alsoNegativeAndAcrossInstances()
    {
        QVERIFY(start(Profile::V21));
        m_check->setPhone(typed(u"87770000002"_s));
        QTRY_COMPARE_WITH_TIMEOUT(m_check->result(), Result::NoKaspi, 5000);
        m_check->setPhone(typed(u"87770000001"_s));
        QTRY_COMPARE_WITH_TIMEOUT(m_check->result(), Result::HasKaspi, 5000);
        m_check->setPhone(std::nullopt);
        m_check->setPhone(typed(u"8 777 000 00 02"_s));
        QCOMPARE(m_check->result(), Result::NoKaspi); // from memory, at once

        QSignalSpy asked(m_fx.server.get(), &sandbox::SandboxServer::requestHandled);
        KaspiClientCheck second(m_fx.api.get());
        second.setPhone(typed(u"87770000001"_s));
        QCOMPARE(second.result(), Result::HasKaspi);
        QCOMPARE(second.clientName(), u"Иван И."_s);
        // Past the pause in typing of both checks, no request may have gone out: both answers came from memory.
        QVERIFY(!asked.wait(KaspiClientCheck::kDefaultDebounceMs + 100));
        QCOMPARE(sentPhones(), (QStringList { u"87770000002"_s, u"87770000001"_s }));
    }

    void ownLimit_beyondItNothingIsSent()
    {
        QVERIFY(start(Profile::V21));
        m_check->setDebounceMs(0);
        m_check->setLimit(3, 60'000);
        const QStringList numbers = { u"87010000001"_s, u"87010000002"_s, u"87010000003"_s, u"87010000004"_s };
        for (int i = 0; i < 3; ++i) {
            m_check->setPhone(typed(numbers.at(i)));
            QTRY_COMPARE_WITH_TIMEOUT(m_check->result(), Result::NoKaspi, 5000);
        }
        m_check->setPhone(typed(numbers.at(3)));
        QTRY_COMPARE_WITH_TIMEOUT(m_check->result(), Result::LimitReached, 5000);
        QCOMPARE(sentPhones(), numbers.mid(0, 3));
        QCOMPARE(m_check->requestsSent(), 3);
    }

    void serverLimit429_notChecked_notRemembered()
    {
        QVERIFY(start(Profile::V21));
        m_fx.server->clientRoutes().setCheckLimit(1);
        m_check->setDebounceMs(0);
        m_check->setPhone(typed(u"87010000001"_s));
        QTRY_COMPARE_WITH_TIMEOUT(m_check->result(), Result::NoKaspi, 5000);
        m_check->setPhone(typed(u"87010000002"_s));
        QTRY_COMPARE_WITH_TIMEOUT(m_check->result(), Result::NotChecked, 5000);
        QCOMPARE(m_fx.server->loggedRequests("POST", u"/clients/check"_s), 2); // the 429 was not re-sent
    }

    void connectionLost_askedAgainOnceTheServerAnswersAgain()
    {
        QVERIFY(start(Profile::V21));
        m_check->setDebounceMs(0);
        m_fx.server->addFault(sandbox::SandboxFault::make(
            sandbox::SandboxFault::Kind::DropBeforeHandling, "POST", u"/clients/check"_s, 1));
        m_check->setPhone(typed(u"87770000001"_s));
        QTRY_COMPARE_WITH_TIMEOUT(m_check->result(), Result::NotChecked, 5000);
        QCOMPARE(m_fx.server->loggedRequests("POST", u"/clients/check"_s), 1);

        // Nothing else happens while the server is not heard from again…
        QSignalSpy asked(m_fx.server.get(), &sandbox::SandboxServer::requestHandled);
        QVERIFY(!asked.wait(200));
        QCOMPARE(m_check->result(), Result::NotChecked);

        // …the next answer from the server (any request) brings the check back, and the customer is named.
        bool answered = false;
        m_fx.api->listInvoices({}, this, [&answered](const auto&) { answered = true; });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(m_check->result(), Result::HasKaspi, 5000);
        QVERIFY(!m_check->clientName().isEmpty());
        QCOMPARE(m_fx.server->loggedRequests("POST", u"/clients/check"_s), 2);
    }

    void serverError_notAskedAgainByItself()
    {
        QVERIFY(start(Profile::V21));
        m_check->setDebounceMs(0);
        m_fx.server->addFault(
            sandbox::SandboxFault::make(sandbox::SandboxFault::Kind::Status, "POST", u"/clients/check"_s, 1));
        m_check->setPhone(typed(u"87770000001"_s));
        QTRY_COMPARE_WITH_TIMEOUT(m_check->result(), Result::NotChecked, 5000);
        bool answered = false;
        m_fx.api->listInvoices({}, this, [&answered](const auto&) { answered = true; });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 5000);
        QSignalSpy asked(m_fx.server.get(), &sandbox::SandboxServer::requestHandled);
        QVERIFY(!asked.wait(200)); // a server that answered "failed" is not asked again in a loop
        QCOMPARE(m_check->result(), Result::NotChecked);
        QCOMPARE(m_fx.server->loggedRequests("POST", u"/clients/check"_s), 1);
    }

    void v20Server_unsupported_neverAskedAgain()
    {
        QVERIFY(start(Profile::V20));
        m_check->setDebounceMs(0);
        m_check->setPhone(typed(u"87770000001"_s));
        QTRY_COMPARE_WITH_TIMEOUT(m_check->result(), Result::Unsupported, 5000);
        QSignalSpy asked(m_fx.server.get(), &sandbox::SandboxServer::requestHandled);
        m_check->setPhone(typed(u"87770000002"_s));
        QCOMPARE(m_check->result(), Result::Unsupported);
        QVERIFY(!asked.wait(100)); // past the (zero) pause in typing: the v2.0 server is not asked again
        QCOMPARE(m_fx.server->loggedRequests("POST", u"/clients/check"_s), 1);
    }

private:
    bool start(Profile profile)
    {
        if (!m_fx.start(profile)) {
            return false;
        }
        m_check = std::make_unique<KaspiClientCheck>(m_fx.api.get());
        m_check->setDebounceMs(50);
        return true;
    }

    // The phones the server was asked about, in order.
    QStringList sentPhones() const
    {
        QStringList phones;
        for (const auto& entry : m_fx.server->requestLog()) {
            if (entry.path == u"/clients/check"_s) {
                phones.append(QJsonDocument::fromJson(entry.body).object().value(u"phone"_s).toString());
            }
        }
        return phones;
    }

    apipay::test::SandboxApiFixture m_fx;
    std::unique_ptr<KaspiClientCheck> m_check;
};

QTEST_GUILESS_MAIN(TestKaspiClientCheck)
#include "tst_kaspiclientcheck.moc"
