// The texts people read for a failed request (ApiError::userText), English source, one kind at a time: what
// happened, the server's own words as a sentence of their own, then one piece of advice that fits the kind — about
// the connection only when the connection is the problem, about the key for a 401, about waiting for a 429, about
// the server for a 5xx.
#include "api/apierror.h"

#include <QTest>

using namespace apipay;
using namespace Qt::StringLiterals;

namespace {

ApiError make(ApiError::Kind kind, int httpStatus = 0, const QString& message = {})
{
    ApiError error;
    error.kind = kind;
    error.httpStatus = httpStatus;
    error.message = message;
    return error;
}

// How often `needle` occurs in `text`.
int occurrences(const QString& text, const QString& needle)
{
    return int(text.count(needle, Qt::CaseInsensitive));
}

} // namespace

class TestApiErrorText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void serverError_5xx_blamesTheServer_notTheConnection()
    {
        const QString text = make(ApiError::Kind::Server, 500, u"Database is down"_s).userText();
        QCOMPARE(text,
            u"The ApiPay server has a problem right now. ApiPay says: Database is down. Try again later; if it keeps "
            "happening, contact ApiPay support."_s);
        QVERIFY(!text.contains(u"connection"_s, Qt::CaseInsensitive));
    }

    // A web server's default phrase for the status repeats the app's own sentence, in English: left out, so a
    // Russian or Kazakh cashier reads their own language only.
    void genericStatusPhrases_leftOut()
    {
        const QString expected = u"The ApiPay server has a problem right now. Try again later; if it keeps "
                                 "happening, contact ApiPay support."_s;
        QCOMPARE(make(ApiError::Kind::Server, 500, u"Server Error"_s).userText(), expected);
        QCOMPARE(make(ApiError::Kind::Server, 502, u"Bad Gateway"_s).userText(), expected);
        QCOMPARE(make(ApiError::Kind::Server, 503, u"Service Unavailable."_s).userText(), expected);
        QCOMPARE(ApiError::serverSentence(u"Unauthenticated."_s), QString());
        QCOMPARE(ApiError::serverSentence(u"too many attempts"_s), QString());
    }

    void serverText_keepsItsOwnFullStop_orQuestionMark()
    {
        QCOMPARE(ApiError::serverSentence(u"Key revoked."_s), u"ApiPay says: Key revoked."_s);
        QCOMPARE(ApiError::serverSentence(u"  Really?  "_s), u"ApiPay says: Really?"_s);
        QCOMPARE(ApiError::serverSentence(u"Maintenance until 18:00"_s), u"ApiPay says: Maintenance until 18:00."_s);
        QCOMPARE(ApiError::serverSentence(u"   "_s), QString());
    }

    void unauthorized_advisesTheKeyInSettings_only()
    {
        const QString text = make(ApiError::Kind::Unauthorized, 401, u"Unauthenticated."_s).userText();
        QCOMPARE(text,
            u"ApiPay did not accept the API key. Open Settings and enter a valid key from the ApiPay dashboard."_s);
        QVERIFY(!text.contains(u"connection"_s, Qt::CaseInsensitive));
    }

    void forbidden_advisesTheDashboard()
    {
        const QString text = make(ApiError::Kind::Forbidden, 403, u"Forbidden"_s).userText();
        QVERIFY2(
            text.startsWith(u"ApiPay does not allow this for your organization. Check in the "_s), qPrintable(text));
        QVERIFY(text.endsWith(u"the organization is verified and the tariff is active."_s));
    }

    void offline_advisesTheConnection_once()
    {
        const QString text = make(ApiError::Kind::Offline).userText();
        QCOMPARE(text, u"ApiPay cannot be reached. Check the internet connection and try again."_s);
        QCOMPARE(occurrences(text, u"try again"_s), 1);
    }

    void timeout_advisesOnce()
    {
        const QString text = make(ApiError::Kind::Timeout).userText();
        QCOMPARE(text, u"ApiPay did not answer in time. Check the internet connection and try again in a moment."_s);
        QCOMPARE(occurrences(text, u"try again"_s), 1);
    }

    void rateLimited_saysHowLongToWait()
    {
        ApiError error = make(ApiError::Kind::RateLimited, 429, u"Too Many Attempts"_s);
        error.retryAfterSeconds = 30;
        QCOMPARE(error.userText(), u"ApiPay asks to slow down. Wait 30 second(s) before trying again."_s);
        error.retryAfterSeconds = 0;
        QCOMPARE(error.userText(), u"ApiPay asks to slow down. Wait a little, then try again."_s);
    }

    void unreadableAnswer_advisesAnUpdate_notTheConnection()
    {
        const QString whole = ApiError::unexpected(u"<body>"_s).userText();
        QCOMPARE(whole,
            u"ApiPay sent an answer this app cannot read. Try again; if it keeps happening, update the app or "
            "contact support."_s);
        const QString field = ApiError::unexpected(u"data.3.id"_s).userText();
        QCOMPARE(field,
            u"ApiPay sent an answer this app cannot read (field “data.3.id”). Try again; if it keeps happening, "
            "update the app or contact support."_s);
    }

    void knownReason_itsOwnAdvice_thenTheServerText()
    {
        ApiError error = make(ApiError::Kind::Validation, 422, u"Amount must be whole tenge"_s);
        error.reason = u"amount_must_be_whole_tenge"_s;
        QCOMPARE(error.userText(),
            u"ApiPay accepts only whole tenge here. Round the amount and try again. ApiPay says: Amount must be "
            "whole tenge."_s);
        QVERIFY(error.adviceText().isEmpty()); // the reason's sentence is the advice
    }

    void problemAndAdvice_composeTheWhole()
    {
        // A caller that frames the problem itself ("The lookup failed too: …") still gets one piece of advice.
        for (const ApiError& error : { make(ApiError::Kind::Server, 502, u"Bad Gateway"_s),
                 make(ApiError::Kind::Unauthorized, 401, u"Unauthenticated"_s), make(ApiError::Kind::Timeout) }) {
            QVERIFY(error.userText().endsWith(error.adviceText()));
            QVERIFY(!error.problemText().contains(error.adviceText()));
        }
    }

    void refreshFailure_onlyWhenNoFreshDataCame()
    {
        QVERIFY(make(ApiError::Kind::Offline).isRefreshFailure());
        QVERIFY(make(ApiError::Kind::Timeout).isRefreshFailure());
        QVERIFY(make(ApiError::Kind::Server, 500).isRefreshFailure());
        QVERIFY(make(ApiError::Kind::Unauthorized, 401).isRefreshFailure());
        QVERIFY(ApiError::unexpected(u"<body>"_s).isRefreshFailure());
        // A server that answers with a refusal works.
        QVERIFY(!make(ApiError::Kind::Server, 400).isRefreshFailure());
        QVERIFY(!make(ApiError::Kind::NotFound, 404).isRefreshFailure());
        QVERIFY(!make(ApiError::Kind::Validation, 422).isRefreshFailure());
        QVERIFY(!make(ApiError::Kind::Cancelled).isRefreshFailure());
        QVERIFY(!ApiError().isRefreshFailure());
    }
};

QTEST_GUILESS_MAIN(TestApiErrorText)
#include "tst_apierrortext.moc"
