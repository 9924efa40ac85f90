// Static QR sheets over FakeNam: what is sent (POST body, list paging, DELETE), the card and list decoders (both date
// offsets, amount text), writes never re-sent, and the read-back that settles an ambiguous create or disable.
#include "apitesthelpers.h"
#include "testsupport.h"

#include "api/staticqrreadback.h"
#include "api/staticqrrequest.h"
#include "json/staticqrdecoder.h"

#include <QJsonArray>
#include <QTest>

using namespace apipay;
using namespace apipay::test;
using namespace Qt::StringLiterals;

namespace {

// The documented card, with the date's offset and the status chosen by the test.
QByteArray card(qint64 id,
    const char* status = "active",
    const char* createdAt = "2026-07-26T12:00:00+05:00",
    const char* description = "null")
{
    return QStringLiteral("{\"id\": %1, \"token\": \"9f1c\", \"short_code\": \"K7M9P2Q4\", "
                          "\"print_url\": \"https://qr.apipay.kz/9f1c\", \"manual_url\": \"https://qr.apipay.kz\", "
                          "\"qr_image_url\": null, \"amount\": \"5000.00\", \"description\": %4, "
                          "\"external_order_id\": null, \"single_use\": true, \"status\": \"%2\", "
                          "\"is_sandbox\": false, \"scan_count\": 3, \"paid\": false, \"paid_at\": null, "
                          "\"created_at\": \"%3\"}")
        .arg(id)
        .arg(QLatin1String(status), QLatin1String(createdAt), QLatin1String(description))
        .toUtf8();
}

} // namespace

class TestApiClientStaticQr : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<FakeNam> m_nam;
    std::unique_ptr<ApiClient> m_client;

private Q_SLOTS:
    void initTestCase() { initTestEnvironment(); }
    void init()
    {
        m_nam = std::make_unique<FakeNam>();
        m_client = std::make_unique<ApiClient>(m_nam.get());
        QVERIFY(m_client->setConfig(testConfig()));
    }
    void cleanup()
    {
        m_client.reset();
        m_nam.reset();
    }

    void decode_card_documentedExample()
    {
        const auto d = json::staticQrSheet(card(10));
        QVERIFY(d.ok());
        const StaticQrSheet& s = d.value;
        QCOMPARE(s.id, 10);
        QCOMPARE(s.shortCode, u"K7M9P2Q4"_s);
        QCOMPARE(s.printUrl, u"https://qr.apipay.kz/9f1c"_s);
        QCOMPARE(s.manualUrl, u"https://qr.apipay.kz"_s);
        QVERIFY(s.qrImageUrl.isEmpty());
        QCOMPARE(s.amount, Money::fromTenge(5000));
        QVERIFY(s.singleUse);
        QCOMPARE(s.status, StaticQrSheet::Status::Active);
        QCOMPARE(s.scanCount, 3);
        QVERIFY(!s.paid);
        QVERIFY(!s.paidAt.isValid());
        // 12:00 in Almaty (+05:00) is 07:00 UTC.
        QCOMPARE(s.createdAt, QDateTime(QDate(2026, 7, 26), QTime(7, 0), Qt::UTC));
        QVERIFY(s.unreadableFields.isEmpty());
    }

    void decode_card_utcOffsetAndWrappedAndNumbers()
    {
        const QByteArray body = "{\"data\":" + card(11, "paid", "2026-07-26T07:00:00+00:00") + "}";
        const auto d = json::staticQrSheet(body);
        QVERIFY(d.ok());
        QCOMPARE(d.value.id, 11);
        QCOMPARE(d.value.status, StaticQrSheet::Status::Paid);
        QCOMPARE(d.value.createdAt, QDateTime(QDate(2026, 7, 26), QTime(7, 0), Qt::UTC));
        // The amount as a JSON number and paid with a time.
        const auto n = json::staticQrSheet(
            R"({"id": 3, "amount": 1234.5, "paid": true, "paid_at": "2026-07-26T12:30:00+05:00", "status": "new_word"})");
        QVERIFY(n.ok());
        QCOMPARE(n.value.amount, Money::fromTiyn(123450));
        QVERIFY(n.value.paid);
        QCOMPARE(n.value.paidAt, QDateTime(QDate(2026, 7, 26), QTime(7, 30), Qt::UTC));
        QCOMPARE(n.value.status, StaticQrSheet::Status::Unknown);
        QCOMPARE(n.value.statusText, u"new_word"_s);
        QVERIFY(!json::staticQrSheet(R"({"short_code": "X"})").ok()); // no id
        QVERIFY(!json::staticQrSheet("<html>").ok());
    }

    void decode_page()
    {
        const QByteArray body = "{\"data\":[" + card(2) + "," + card(1, "disabled")
            + "],\"current_page\":1,\"last_page\":3,\"per_page\":2,\"total\":5}";
        const auto d = json::staticQrPage(body, 2);
        QVERIFY(d.ok());
        QCOMPARE(d.value.items.size(), 2);
        QCOMPARE(d.value.items.at(1).status, StaticQrSheet::Status::Disabled);
        QCOMPARE(d.value.lastPage, 3);
        QCOMPARE(d.value.total, 5);
        QVERIFY(d.value.hasMore());
    }

    void create_sendsBody()
    {
        m_nam->setRoute([](const FakeRequest&) { return FakeResponse::json(201, card(7)); });
        StaticQrDraft draft;
        draft.amount = Money::fromTenge(5000);
        draft.description = u"  Coffee  "_s;
        draft.singleUse = false;
        draft.expiresAt = QDateTime::currentDateTimeUtc().addDays(1);
        QObject context;
        Received<StaticQrSheet> created;
        m_client->createStaticQr(draft, &context, created.callback());
        QTRY_COMPARE(created.calls, 1);
        QVERIFY(created.result.ok());
        QCOMPARE(created.result.value.id, 7);
        QCOMPARE(m_nam->requestCount(), 1);
        const FakeRequest& r = m_nam->lastRequest();
        QCOMPARE(r.verb, "POST");
        QCOMPARE(r.path(), u"/api/v1/static-qr"_s);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(u"amount"_s).toDouble(), 5000.0);
        QCOMPARE(o.value(u"description"_s).toString(), u"Coffee"_s);
        QCOMPARE(o.value(u"single_use"_s).toBool(true), false);
        QVERIFY(!o.contains(u"cart_items"_s));
        QCOMPARE(QDateTime::fromString(o.value(u"expires_at"_s).toString(), Qt::ISODate).toSecsSinceEpoch(),
            draft.expiresAt.toSecsSinceEpoch());
    }

    void create_cart_sendsCartNotAmount()
    {
        m_nam->setRoute([](const FakeRequest&) { return FakeResponse::json(201, card(8)); });
        StaticQrDraft draft;
        draft.amount = Money::fromTenge(1);
        draft.cartItems = { CartLine { 101, 2, std::nullopt } };
        QObject context;
        Received<StaticQrSheet> created;
        m_client->createStaticQr(draft, &context, created.callback());
        QTRY_COMPARE(created.calls, 1);
        const QJsonObject o = m_nam->lastRequest().json();
        QVERIFY(!o.contains(u"amount"_s));
        const QJsonObject line = o.value(u"cart_items"_s).toArray().at(0).toObject();
        QCOMPARE(line.value(u"catalog_item_id"_s).toInteger(), 101);
        QCOMPARE(line.value(u"count"_s).toInteger(), 2);
        QCOMPARE(o.value(u"single_use"_s).toBool(false), true);
    }

    void create_invalid_notSent_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("field");
        QTest::newRow("no amount") << 0 << u"amount"_s;
        QTest::newRow("description 101") << 1 << u"description"_s;
        QTest::newRow("discount 100") << 2 << u"discount_percentage"_s;
        QTest::newRow("expiry past") << 3 << u"expires_at"_s;
    }

    void create_invalid_notSent()
    {
        QFETCH(int, which);
        QFETCH(QString, field);
        StaticQrDraft draft;
        draft.amount = Money::fromTenge(100);
        if (which == 0) {
            draft.amount.reset();
        } else if (which == 1) {
            draft.description = QString(101, u'x');
        } else if (which == 2) {
            draft.discountPercentage = 100;
        } else {
            draft.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        }
        QObject context;
        Received<StaticQrSheet> created;
        m_client->createStaticQr(draft, &context, created.callback());
        QTRY_COMPARE(created.calls, 1);
        QCOMPARE(created.result.error.kind, ApiError::Kind::InvalidRequest);
        QVERIFY(created.result.error.fieldErrors.contains(field));
        QCOMPARE(m_nam->requestCount(), 0);
    }

    void create_lostConnection_outcomeUnknown_notResent_thenReadBack()
    {
        m_nam->setRoute([](const FakeRequest& r) {
            if (r.verb == "POST") {
                return FakeResponse::networkError(QNetworkReply::RemoteHostClosedError);
            }
            // The newest page: an older sheet (known), and the one the lost POST made.
            return FakeResponse::json(200,
                "{\"data\":[" + card(21, "active", "2099-01-01T10:00:00+05:00", "\"Coffee\"") + ","
                    + card(20, "active", "2099-01-01T09:00:00+05:00", "\"Coffee\"") + "],\"current_page\":1,"
                    + "\"last_page\":1,\"per_page\":25,\"total\":2}");
        });
        StaticQrDraft draft;
        draft.amount = Money::fromTenge(5000);
        draft.description = u"Coffee"_s;
        QObject context;
        Received<StaticQrSheet> created;
        const QDateTime started = QDateTime::currentDateTimeUtc();
        m_client->createStaticQr(draft, &context, created.callback());
        QTRY_COMPARE(created.calls, 1);
        QCOMPARE(created.result.error.kind, ApiError::Kind::OutcomeUnknown);
        QCOMPARE(m_nam->requestCount(), 1); // never re-sent
        int calls = 0;
        StaticQrReadBack::Verdict verdict = StaticQrReadBack::Verdict::Unknown;
        std::optional<StaticQrSheet> found;
        StaticQrReadBack::creation(m_client.get(), draft, started, QSet<qint64> { 20 }, &context,
            [&](StaticQrReadBack::Verdict v, const std::optional<StaticQrSheet>& s, const ApiError&) {
                ++calls;
                verdict = v;
                found = s;
            });
        QTRY_COMPARE(calls, 1);
        QCOMPARE(verdict, StaticQrReadBack::Verdict::Done);
        QVERIFY(found);
        QCOMPARE(found->id, 21);
        QCOMPARE(m_nam->lastRequest().verb, "GET");
        QCOMPARE(m_nam->lastRequest().queryValue(u"page"_s), u"1"_s);
        QCOMPARE(m_nam->requestCount(), 2);
        // A different description is not the lost sheet.
        draft.description = u"Tea"_s;
        StaticQrReadBack::creation(m_client.get(), draft, started, QSet<qint64> { 20 }, &context,
            [&](StaticQrReadBack::Verdict v, const std::optional<StaticQrSheet>&, const ApiError&) {
                ++calls;
                verdict = v;
            });
        QTRY_COMPARE(calls, 2);
        QCOMPARE(verdict, StaticQrReadBack::Verdict::NotDone);
    }

    void list_sendsPaging()
    {
        m_nam->setRoute([](const FakeRequest&) {
            return FakeResponse::json(
                200, "{\"data\":[],\"current_page\":2,\"last_page\":2,\"per_page\":100,\"total\":0}");
        });
        QObject context;
        Received<Page<StaticQrSheet>> listed;
        m_client->listStaticQr(2, 500, &context, listed.callback());
        QTRY_COMPARE(listed.calls, 1);
        QVERIFY(listed.result.ok());
        QCOMPARE(m_nam->lastRequest().path(), u"/api/v1/static-qr"_s);
        QCOMPARE(m_nam->lastRequest().queryValue(u"page"_s), u"2"_s);
        QCOMPARE(m_nam->lastRequest().queryValue(u"per_page"_s), u"100"_s); // clamped
    }

    void v20_notFound()
    {
        m_nam->setRoute([](const FakeRequest&) { return FakeResponse::json(404, R"({"message":"Not found"})"); });
        QObject context;
        Received<Page<StaticQrSheet>> listed;
        m_client->listStaticQr(1, 25, &context, listed.callback());
        QTRY_COMPARE(listed.calls, 1);
        QCOMPARE(listed.result.error.kind, ApiError::Kind::NotFound);
    }

    void disable_sendsDelete_readBackOnLostAnswer()
    {
        int deletes = 0;
        m_nam->setRoute([&deletes](const FakeRequest& r) {
            if (r.verb == "DELETE") {
                ++deletes;
                return deletes == 1 ? FakeResponse::networkError(QNetworkReply::RemoteHostClosedError)
                                    : FakeResponse::json(200, card(5, "disabled"));
            }
            return FakeResponse::json(200, card(5, "disabled"));
        });
        QObject context;
        Received<StaticQrSheet> disabled;
        m_client->disableStaticQr(5, &context, disabled.callback());
        QTRY_COMPARE(disabled.calls, 1);
        QCOMPARE(disabled.result.error.kind, ApiError::Kind::OutcomeUnknown);
        QCOMPARE(deletes, 1);
        QCOMPARE(m_nam->lastRequest().path(), u"/api/v1/static-qr/5"_s);
        int calls = 0;
        StaticQrReadBack::Verdict verdict = StaticQrReadBack::Verdict::Unknown;
        StaticQrReadBack::disabling(m_client.get(), 5, &context,
            [&](StaticQrReadBack::Verdict v, const std::optional<StaticQrSheet>&, const ApiError&) {
                ++calls;
                verdict = v;
            });
        QTRY_COMPARE(calls, 1);
        QCOMPARE(verdict, StaticQrReadBack::Verdict::Done);
        QCOMPARE(m_nam->lastRequest().verb, "GET");
        QCOMPARE(deletes, 1);
        // A second DELETE answers the card.
        Received<StaticQrSheet> again;
        m_client->disableStaticQr(5, &context, again.callback());
        QTRY_COMPARE(again.calls, 1);
        QCOMPARE(again.result.value.status, StaticQrSheet::Status::Disabled);
    }
};

QTEST_GUILESS_MAIN(TestApiClientStaticQr)
#include "tst_apiclientstaticqr.moc"
