#include "api/apierrormapper.h"
#include "testsupport.h"

#include <QTest>

using namespace apipay;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kNow(QDate(2026, 4, 8), QTime(10, 0, 0), Qt::UTC);

ApiErrorMapper::Outcome httpOutcome(
    int status, const QByteArray& body, bool safe = true, const QList<QPair<QByteArray, QByteArray>>& headers = {})
{
    ApiErrorMapper::Outcome outcome;
    outcome.response.httpStatus = status;
    outcome.response.body = body;
    for (const auto& [name, value] : headers) {
        outcome.response.headers.insert(name.toLower(), value);
    }
    outcome.safeToResend = safe;
    return outcome;
}

} // namespace

class TestApiErrorMapper : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { apipay::test::initTestEnvironment(); }

    void parseRetryAfter_secondsAndHttpDates_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("expected"); // -1 = unreadable
        QTest::newRow("seconds") << QByteArray("60") << 60;
        QTest::newRow("seconds with spaces") << QByteArray(" 7 ") << 7;
        QTest::newRow("IMF-fixdate") << QByteArray("Wed, 08 Apr 2026 10:01:30 GMT") << 90;
        QTest::newRow("RFC 850") << QByteArray("Wednesday, 08-Apr-26 10:00:45 GMT") << 45;
        QTest::newRow("asctime") << QByteArray("Wed Apr  8 10:02:00 2026") << 120;
        QTest::newRow("date in the past") << QByteArray("Wed, 08 Apr 2026 09:00:00 GMT") << 0;
        QTest::newRow("garbage") << QByteArray("soon") << -1;
        QTest::newRow("negative") << QByteArray("-5") << -1;
    }
    void parseRetryAfter_secondsAndHttpDates()
    {
        QFETCH(QByteArray, value);
        QFETCH(int, expected);
        const auto parsed = ApiErrorMapper::parseRetryAfter(value, kNow);
        QCOMPARE(parsed.value_or(-1), expected);
    }

    void retryAfterSeconds_largestOfAllForms_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("expected");
        QTest::newRow("v2.0 body") << QByteArray() << QByteArray(R"({"message":"Too many","retry_after":42})") << 42;
        QTest::newRow("header only") << QByteArray("30") << QByteArray(R"({"message":"Too Many Requests"})") << 30;
        QTest::newRow("header date") << QByteArray("Wed, 08 Apr 2026 10:00:20 GMT") << QByteArray() << 20;
        QTest::newRow("v2.1 cap, body larger")
            << QByteArray("10")
            << QByteArray(R"({"error":"outstanding_recipient_limit","error_code":"outstanding_recipient_limit",)"
                          R"("message":"…","retry_after_seconds":90})")
            << 90;
        QTest::newRow("header larger") << QByteArray("120") << QByteArray(R"({"retry_after":5})") << 120;
        QTest::newRow("string number") << QByteArray() << QByteArray(R"({"retry_after":"15"})") << 15;
        QTest::newRow("none → 60") << QByteArray() << QByteArray(R"({"message":"slow down"})") << 60;
        QTest::newRow("non-JSON, none → 60") << QByteArray() << QByteArray("<html>429</html>") << 60;
        QTest::newRow("zero → 1") << QByteArray("0") << QByteArray() << 1;
    }
    void retryAfterSeconds_largestOfAllForms()
    {
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, body);
        QFETCH(int, expected);
        RawResponse response;
        response.httpStatus = 429;
        response.body = body;
        if (!header.isEmpty()) {
            response.headers.insert(QByteArrayLiteral("retry-after"), header);
        }
        QCOMPARE(ApiErrorMapper::retryAfterSeconds(response, kNow), expected);
    }

    void readErrorBody_t9ReasonAndText_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("message");
        QTest::newRow("E4") << QByteArray(R"({"message":"Invalid API key"})") << QString() << u"Invalid API key"_s;
        QTest::newRow("E5 phrase in error")
            << QByteArray(R"({"error":"Invalid API key","message":"The provided API key is invalid"})") << QString()
            << u"The provided API key is invalid"_s;
        QTest::newRow("E7 v2.1 error only")
            << QByteArray(R"({"error":"Invoice not found"})") << QString() << u"Invoice not found"_s;
        QTest::newRow("E8 slug in error")
            << QByteArray(R"({"error":"kaspi_session_not_configured","message":"Kaspi session is not configured."})")
            << u"kaspi_session_not_configured"_s << u"Kaspi session is not configured."_s;
        QTest::newRow("E10 error_code wins")
            << QByteArray(R"({"error":"Something","error_code":"tariff_inactive","message":"Tariff inactive"})")
            << u"tariff_inactive"_s << u"Tariff inactive"_s;
        QTest::newRow("only errors → first entry")
            << QByteArray(R"({"errors":{"amount":["Amount too small"]}})") << QString() << u"Amount too small"_s;
    }
    void readErrorBody_t9ReasonAndText()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, reason);
        QFETCH(QString, message);
        ApiError error;
        QVERIFY(ApiErrorMapper::readErrorBody(body, error));
        QCOMPARE(error.reason, reason);
        QCOMPARE(error.message, message);
    }

    void readErrorBody_nestedErrors_becomeDottedPaths()
    {
        ApiError error;
        QVERIFY(ApiErrorMapper::readErrorBody(
            R"({"message":"Validation failed","errors":{"cart_items.0.catalog_item_id":["Unknown item"],)"
            R"("cart_items":{"1":{"count":["Must be at least 1"]}},"phone_number":"Bad phone"}})",
            error));
        QCOMPARE(error.messagesFor(u"cart_items.0.catalog_item_id"_s), QStringList { u"Unknown item"_s });
        QCOMPARE(error.messagesFor(u"cart_items.1.count"_s), QStringList { u"Must be at least 1"_s });
        QCOMPARE(error.messagesFor(u"phone_number"_s), QStringList { u"Bad phone"_s });
    }

    void readErrorBody_notAnErrorBody_false()
    {
        ApiError error;
        QVERIFY(!ApiErrorMapper::readErrorBody("<html>Bad gateway</html>", error));
        QVERIFY(!ApiErrorMapper::readErrorBody("", error));
        QVERIFY(!ApiErrorMapper::readErrorBody("[1,2]", error));
        QVERIFY(!ApiErrorMapper::readErrorBody(R"({"data":[]})", error));
    }

    void map_serverErrors_ambiguousOnlyForWrites()
    {
        // 5xx without a JSON error: a GET is a plain server error, a write may have happened.
        QCOMPARE(
            ApiErrorMapper::map(httpOutcome(502, "<html>Bad gateway</html>", true), kNow).kind, ApiError::Kind::Server);
        QCOMPARE(ApiErrorMapper::map(httpOutcome(502, "<html>Bad gateway</html>", false), kNow).kind,
            ApiError::Kind::OutcomeUnknown);
        const ApiError known = ApiErrorMapper::map(httpOutcome(503, R"({"message":"Kaspi session expired"})", false));
        QCOMPARE(known.kind, ApiError::Kind::Server);
        QCOMPARE(known.message, u"Kaspi session expired"_s);
        QCOMPARE(known.httpStatus, 503);
    }

    void map_networkErrors_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<bool>("safe");
        QTest::addColumn<int>("kind");
        using K = ApiError::Kind;
        QTest::newRow("refused read") << int(QNetworkReply::ConnectionRefusedError) << true << int(K::Offline);
        QTest::newRow("refused write") << int(QNetworkReply::ConnectionRefusedError) << false << int(K::Offline);
        QTest::newRow("host not found") << int(QNetworkReply::HostNotFoundError) << false << int(K::Offline);
        QTest::newRow("tls") << int(QNetworkReply::SslHandshakeFailedError) << false << int(K::Tls);
        QTest::newRow("closed read") << int(QNetworkReply::RemoteHostClosedError) << true << int(K::Offline);
        QTest::newRow("closed write") << int(QNetworkReply::RemoteHostClosedError) << false << int(K::OutcomeUnknown);
        QTest::newRow("qt timeout read") << int(QNetworkReply::TimeoutError) << true << int(K::Timeout);
        QTest::newRow("qt timeout write")
            << int(QNetworkReply::OperationCanceledError) << false << int(K::OutcomeUnknown);
    }
    void map_networkErrors()
    {
        QFETCH(int, code);
        QFETCH(bool, safe);
        QFETCH(int, kind);
        ApiErrorMapper::Outcome outcome;
        outcome.networkError = static_cast<QNetworkReply::NetworkError>(code);
        outcome.safeToResend = safe;
        QCOMPARE(int(ApiErrorMapper::map(outcome, kNow).kind), kind);
    }

    void map_cancelledAndTimedOut_winOverEverything()
    {
        ApiErrorMapper::Outcome outcome;
        outcome.networkError = QNetworkReply::OperationCanceledError;
        outcome.cancelled = true;
        QCOMPARE(ApiErrorMapper::map(outcome, kNow).kind, ApiError::Kind::Cancelled);
        outcome.cancelled = false;
        outcome.timedOut = true;
        outcome.safeToResend = true;
        QCOMPARE(ApiErrorMapper::map(outcome, kNow).kind, ApiError::Kind::Timeout);
        outcome.safeToResend = false;
        QCOMPARE(ApiErrorMapper::map(outcome, kNow).kind, ApiError::Kind::OutcomeUnknown);
    }

    void map_redirect_isUnexpectedNeverFollowed()
    {
        const ApiError error = ApiErrorMapper::map(httpOutcome(302, QByteArray(), true), kNow);
        QCOMPARE(error.kind, ApiError::Kind::UnexpectedResponse);
    }

    void map_emptyBody_usesReasonPhrase()
    {
        ApiErrorMapper::Outcome outcome = httpOutcome(404, QByteArray());
        outcome.response.reasonPhrase = u"Not Found"_s;
        const ApiError error = ApiErrorMapper::map(outcome, kNow);
        QCOMPARE(error.kind, ApiError::Kind::NotFound);
        QCOMPARE(error.message, u"Not Found"_s);
    }

    void map_keyEchoedByServer_isRedacted()
    {
        ApiErrorMapper::Outcome outcome = httpOutcome(
            422, R"({"message":"Key sk_SECRET_1 rejected","errors":{"sk_SECRET_1":["sk_SECRET_1 bad"]}})");
        outcome.apiKey = u"sk_SECRET_1"_s;
        const ApiError error = ApiErrorMapper::map(outcome, kNow);
        QVERIFY(!error.message.contains(u"sk_SECRET_1"_s));
        QVERIFY(error.message.contains(u"****"_s));
        for (auto it = error.fieldErrors.cbegin(); it != error.fieldErrors.cend(); ++it) {
            QVERIFY(!it.key().contains(u"sk_SECRET_1"_s));
            QVERIFY(!it.value().join(u' ').contains(u"sk_SECRET_1"_s));
        }
        QVERIFY(!error.userText().contains(u"sk_SECRET_1"_s));
    }

    void userText_knownReason_saysWhatToDo()
    {
        ApiError whole;
        whole.kind = ApiError::Kind::Validation;
        whole.reason = u"amount_must_be_whole_tenge"_s;
        whole.message = u"Amount must be whole tenge"_s;
        QVERIFY(whole.userText().contains(u"whole tenge"_s));
        QVERIFY(whole.userText().contains(u"Amount must be whole tenge"_s));
        ApiError cap;
        cap.kind = ApiError::Kind::RateLimited;
        cap.reason = u"outstanding_recipient_limit"_s;
        cap.retryAfterSeconds = 45;
        QVERIFY(cap.userText().contains(u"unpaid invoices"_s));
        QVERIFY(cap.userText().contains(u"45"_s));
        ApiError unknown;
        unknown.kind = ApiError::Kind::Server;
        unknown.reason = u"something_new"_s;
        unknown.message = u"New thing"_s;
        QVERIFY(unknown.userText().contains(u"New thing"_s));
    }

    void userText_everyKind_translatedAndNonEmpty()
    {
        for (int k = int(ApiError::Kind::Offline); k <= int(ApiError::Kind::InvalidRequest); ++k) {
            ApiError error;
            error.kind = static_cast<ApiError::Kind>(k);
            error.retryAfterSeconds = 30;
            QVERIFY2(!error.userText().isEmpty(), qPrintable(QString::number(k)));
            QVERIFY(!ApiError::kindTitle(error.kind).isEmpty());
        }
        ApiError rate;
        rate.kind = ApiError::Kind::RateLimited;
        rate.retryAfterSeconds = 30;
        QVERIFY(rate.userText().contains(u"30"_s));
        const ApiError unexpected = ApiError::unexpected(u"data.3.id"_s);
        QCOMPARE(unexpected.kind, ApiError::Kind::UnexpectedResponse);
        QCOMPARE(unexpected.field, u"data.3.id"_s);
        QVERIFY(unexpected.userText().contains(u"data.3.id"_s));
    }
};

QTEST_GUILESS_MAIN(TestApiErrorMapper)
#include "tst_apierrormapper.moc"
