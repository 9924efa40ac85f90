#include "api/apirequestbuilder.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QTest>
#include <QUrlQuery>

using namespace apipay;
using namespace Qt::StringLiterals;

namespace {

QStringList keys(const ApiRequestBuilder::Query& query)
{
    QStringList out;
    for (const auto& item : query) {
        out.append(item.first);
    }
    return out;
}

QString value(const ApiRequestBuilder::Query& query, const QString& key)
{
    for (const auto& item : query) {
        if (item.first == key) {
            return item.second;
        }
    }
    return QString();
}

} // namespace

class TestApiRequestBuilder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { apipay::test::initTestEnvironment(); }

    void joinUrl_neverDoubleSlash_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"https://h/api/v1"_s << u"/invoices"_s << u"https://h/api/v1/invoices"_s;
        QTest::newRow("base slash") << u"https://h/api/v1/"_s << u"/invoices"_s << u"https://h/api/v1/invoices"_s;
        QTest::newRow("many slashes") << u"https://h/api/v1//"_s << u"//invoices/42"_s
                                      << u"https://h/api/v1/invoices/42"_s;
        QTest::newRow("no slash") << u"http://127.0.0.1:8080/api/v1"_s << u"status"_s
                                  << u"http://127.0.0.1:8080/api/v1/status"_s;
        QTest::newRow("root base") << u"https://h"_s << u"/status"_s << u"https://h/status"_s;
    }
    void joinUrl_neverDoubleSlash()
    {
        QFETCH(QString, base);
        QFETCH(QString, path);
        QFETCH(QString, expected);
        const QUrl url = ApiRequestBuilder::joinUrl(QUrl(base), path);
        QCOMPARE(url.toString(), expected);
        QVERIFY(!url.path().contains(u"//"_s));
    }

    void joinUrl_queryKeepsBracketsAndEncodesValues()
    {
        const QUrl url = ApiRequestBuilder::joinUrl(QUrl(u"https://h/api/v1"_s), u"/invoices"_s,
            { { u"status[]"_s, u"paid"_s }, { u"status[]"_s, u"pending"_s }, { u"search"_s, u"a+b&c=d #1 ä"_s } });
        const QString encoded = url.query(QUrl::FullyEncoded);
        QVERIFY2(encoded.startsWith(u"status[]=paid&status[]=pending&search="_s), qPrintable(encoded));
        QVERIFY(encoded.contains(u"a%2Bb%26c%3Dd%20%231%20%C3%A4"_s));
        const QUrlQuery query(url);
        QCOMPARE(query.allQueryItemValues(u"status[]"_s), (QStringList { u"paid"_s, u"pending"_s }));
        QCOMPARE(query.queryItemValue(u"search"_s, QUrl::FullyDecoded), u"a+b&c=d #1 ä"_s);
    }

    void isUnderBase_onlyTheBaseAndBelow()
    {
        const QUrl base(u"https://api.example.kz/api/v1"_s);
        QVERIFY(ApiRequestBuilder::isUnderBase(QUrl(u"https://api.example.kz/api/v1/invoices"_s), base));
        QVERIFY(ApiRequestBuilder::isUnderBase(QUrl(u"https://API.example.kz:443/api/v1/status"_s), base));
        QVERIFY(!ApiRequestBuilder::isUnderBase(QUrl(u"https://api.example.kz/api/v10/x"_s), base));
        QVERIFY(!ApiRequestBuilder::isUnderBase(QUrl(u"https://api.example.kz/images/1.png"_s), base));
        QVERIFY(!ApiRequestBuilder::isUnderBase(QUrl(u"http://api.example.kz/api/v1/invoices"_s), base));
        QVERIFY(!ApiRequestBuilder::isUnderBase(QUrl(u"https://evil.example/api/v1/invoices"_s), base));
        QVERIFY(!ApiRequestBuilder::isUnderBase(QUrl(u"https://api.example.kz:8443/api/v1/invoices"_s), base));
    }

    void invoiceQuery_allFilters()
    {
        InvoiceQuery q;
        q.page = 3;
        q.perPage = 500; // clamped to 100
        q.search = u"  Order #7 "_s;
        q.statuses = { u"paid"_s, u"pending"_s, u"partially_refunded"_s };
        q.dateFrom = QDate(2026, 4, 1);
        q.dateTo = QDate(2026, 4, 30);
        q.sortBy = u"amount"_s;
        q.sortAscending = true;
        const auto query = ApiRequestBuilder::invoiceQuery(q);
        QCOMPARE(keys(query),
            (QStringList { u"page"_s, u"per_page"_s, u"search"_s, u"status[]"_s, u"status[]"_s, u"status[]"_s,
                u"date_from"_s, u"date_to"_s, u"sort_by"_s, u"sort_order"_s }));
        QCOMPARE(value(query, u"page"_s), u"3"_s);
        QCOMPARE(value(query, u"per_page"_s), u"100"_s);
        QCOMPARE(value(query, u"search"_s), u"Order #7"_s);
        QCOMPARE(value(query, u"date_from"_s), u"2026-04-01"_s);
        QCOMPARE(value(query, u"date_to"_s), u"2026-04-30"_s);
        QCOMPARE(value(query, u"sort_by"_s), u"amount"_s);
        QCOMPARE(value(query, u"sort_order"_s), u"asc"_s);
    }

    void invoiceQuery_defaults_onlyPaging()
    {
        const auto query = ApiRequestBuilder::invoiceQuery(InvoiceQuery {});
        QCOMPARE(keys(query), (QStringList { u"page"_s, u"per_page"_s }));
        QCOMPARE(value(query, u"per_page"_s), u"50"_s);
    }

    void otherQueries_filters()
    {
        RefundQuery r;
        r.statuses = { u"failed"_s };
        r.invoiceId = 42;
        r.dateFrom = QDate(2026, 1, 2);
        QCOMPARE(keys(ApiRequestBuilder::refundQuery(r)),
            (QStringList { u"page"_s, u"per_page"_s, u"status[]"_s, u"invoice_id"_s, u"date_from"_s }));
        CatalogQuery c;
        c.perPage = 1000;
        c.search = u"latte"_s;
        c.barcode = u"4870001234567"_s;
        c.firstChar = u"L"_s;
        const auto catalog = ApiRequestBuilder::catalogQuery(c);
        QCOMPARE(value(catalog, u"per_page"_s), u"200"_s);
        QCOMPARE(keys(catalog),
            (QStringList { u"page"_s, u"per_page"_s, u"search"_s, u"barcode"_s, u"first_char"_s, u"statuses[]"_s,
                u"statuses[]"_s, u"statuses[]"_s, u"statuses[]"_s }));
        SubscriptionQuery s;
        s.status = u"paused"_s;
        s.phone = u"87001234567"_s;
        s.externalSubscriberId = u"cust-9"_s;
        QCOMPARE(keys(ApiRequestBuilder::subscriptionQuery(s)),
            (QStringList { u"page"_s, u"per_page"_s, u"status"_s, u"phone_number"_s, u"external_subscriber_id"_s }));
    }

    void invoiceBody_amountOnly_optionalKeysOmitted()
    {
        InvoiceDraft draft;
        draft.amount = Money::fromTiyn(1500050);
        draft.phone = u"87001234567"_s;
        const QJsonObject body = ApiRequestBuilder::invoiceBody(draft, u"apd-1"_s);
        QCOMPARE(body.keys(),
            (QStringList {
                u"amount"_s, u"external_order_id"_s, u"external_order_id_idempotency"_s, u"phone_number"_s }));
        QCOMPARE(body.value(u"amount"_s).toDouble(), 15000.5);
        QCOMPARE(body.value(u"external_order_id"_s).toString(), u"apd-1"_s);
        QCOMPARE(body.value(u"external_order_id_idempotency"_s).toString(), u"apd-1"_s);
    }

    void invoiceBody_cart_neverWithAmount()
    {
        InvoiceDraft draft;
        draft.amount = Money::fromTenge(999); // must not be sent together with the cart
        draft.phone = u"87001234567"_s;
        draft.description = u"Cart order"_s;
        draft.cartItems = { CartLine { 101, 2, Money::fromTenge(4500) }, CartLine { 205, 3, std::nullopt } };
        draft.discountPercentage = 10;
        const QJsonObject body = ApiRequestBuilder::invoiceBody(draft, u"apd-2"_s);
        QVERIFY(!body.contains(u"amount"_s));
        QCOMPARE(body.value(u"discount_percentage"_s).toInt(), 10);
        QCOMPARE(body.value(u"description"_s).toString(), u"Cart order"_s);
        const QJsonArray cart = body.value(u"cart_items"_s).toArray();
        QCOMPARE(cart.size(), 2);
        QCOMPARE(cart.at(0).toObject(),
            (QJsonObject { { u"catalog_item_id"_s, 101 }, { u"count"_s, 2 }, { u"price"_s, 4500 } }));
        QCOMPARE(cart.at(1).toObject(), (QJsonObject { { u"catalog_item_id"_s, 205 }, { u"count"_s, 3 } }));
    }

    void refundBody_fullRefund_isEmptyObject()
    {
        QCOMPARE(ApiRequestBuilder::refundBody(RefundDraft {}), QJsonObject());
        RefundDraft partial;
        partial.amount = Money::fromTenge(5000);
        partial.reason = u"Partial return"_s;
        partial.returnItems = { ReturnLine { 101, 2 } };
        const QJsonObject body = ApiRequestBuilder::refundBody(partial);
        QCOMPARE(body.value(u"amount"_s).toInteger(), 5000);
        QCOMPARE(body.value(u"reason"_s).toString(), u"Partial return"_s);
        QCOMPARE(body.value(u"return_items"_s).toArray().at(0).toObject(),
            (QJsonObject { { u"catalog_item_id"_s, 101 }, { u"count"_s, 2 } }));
    }

    void catalogBodies_createAndPatch()
    {
        CatalogItemDraft latte { u"Coffee Latte"_s, Money::fromTenge(1500), 1, u"550e8400"_s, QString() };
        CatalogItemDraft americano { u"Americano"_s, Money::fromTiyn(120050), 1, QString(), u"4870001234567"_s };
        const QJsonArray items = ApiRequestBuilder::catalogCreateBody({ latte, americano }).value(u"items"_s).toArray();
        QCOMPARE(items.at(0).toObject(),
            (QJsonObject { { u"name"_s, u"Coffee Latte"_s }, { u"selling_price"_s, 1500 }, { u"unit_id"_s, 1 },
                { u"image_id"_s, u"550e8400"_s } }));
        QCOMPARE(items.at(1).toObject().value(u"selling_price"_s).toDouble(), 1200.5);
        QCOMPARE(items.at(1).toObject().value(u"barcode"_s).toString(), u"4870001234567"_s);

        CatalogItemPatch patch;
        patch.sellingPrice = Money::fromTenge(1800);
        patch.barcode = QString(); // clears it
        QCOMPARE(ApiRequestBuilder::catalogPatchBody(patch),
            (QJsonObject { { u"selling_price"_s, 1800 }, { u"barcode"_s, QJsonValue() } }));
        CatalogItemPatch removeImage;
        removeImage.deleteImage = true;
        QCOMPARE(ApiRequestBuilder::catalogPatchBody(removeImage), (QJsonObject { { u"is_image_deleted"_s, true } }));
    }

    void subscriptionBodies_createAndPut()
    {
        SubscriptionDraft draft;
        draft.amount = Money::fromTenge(5000);
        draft.phone = u"87001234567"_s;
        draft.billingPeriod = u"monthly"_s;
        draft.billingDay = 1;
        draft.startedAt = QDate(2026, 5, 1);
        draft.metadata = QJsonObject { { u"plan"_s, u"gold"_s } };
        const QJsonObject body = ApiRequestBuilder::subscriptionBody(draft);
        QCOMPARE(body.keys(),
            (QStringList { u"amount"_s, u"billing_day"_s, u"billing_period"_s, u"metadata"_s, u"phone_number"_s,
                u"started_at"_s }));
        QCOMPARE(body.value(u"started_at"_s).toString(), u"2026-05-01"_s);
        draft.billImmediately = true;
        draft.cartItems = { SubscriptionCartLine { 101, 2 } };
        const QJsonObject cartBody = ApiRequestBuilder::subscriptionBody(draft);
        QVERIFY(!cartBody.contains(u"amount"_s));
        QCOMPARE(cartBody.value(u"bill_immediately"_s).toBool(), true);

        SubscriptionPatch patch;
        patch.amount = Money::fromTenge(7500);
        patch.description = QString();
        QCOMPARE(ApiRequestBuilder::subscriptionPatchBody(patch),
            (QJsonObject { { u"amount"_s, 7500 }, { u"description"_s, QString() } }));
    }

    void statusCheckBody_ids()
    {
        QCOMPARE(ApiRequestBuilder::statusCheckBody({ 42, 43, 9007199254740 }),
            (QJsonObject { { u"invoice_ids"_s, QJsonArray { 42, 43, qint64(9007199254740) } } }));
    }

    void validateInvoiceDraft_missingPhoneAndAmount()
    {
        const auto errors = ApiRequestBuilder::validateInvoiceDraft(InvoiceDraft {});
        QVERIFY(errors.contains(u"phone_number"_s));
        QVERIFY(errors.contains(u"amount"_s));
        InvoiceDraft cart;
        cart.phone = u"87001234567"_s;
        cart.cartItems = { CartLine { 1, 1, std::nullopt } };
        QVERIFY(ApiRequestBuilder::validateInvoiceDraft(cart).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestApiRequestBuilder)
#include "tst_apirequestbuilder.moc"
