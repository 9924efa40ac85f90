#include "models/subscriptiontablemodel.h"
#include "modeltestapi.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace apipay;
using namespace apipay::test;
using namespace Qt::StringLiterals;

namespace {

QJsonObject subscriptionJson(qint64 id, const QString& status)
{
    return QJsonObject { { u"id"_s, id }, { u"phone_number"_s, u"87001234567"_s },
        { u"subscriber_name"_s, u"Subscriber %1"_s.arg(id) }, { u"amount"_s, u"5000.00"_s },
        { u"billing_period"_s, u"monthly"_s }, { u"status"_s, status },
        { u"external_subscriber_id"_s, u"ext-%1"_s.arg(id) }, { u"next_billing_at"_s, u"2026-05-01T08:00:00+00:00"_s },
        { u"is_sandbox"_s, true }, { u"created_at"_s, u"2026-01-01T12:00:00+00:00"_s } };
}

} // namespace

class TestSubscriptionTableModel : public QObject
{
    Q_OBJECT

private:
    FakeNam* m_nam = nullptr;
    ApiClient* m_api = nullptr;
    SubscriptionTableModel* m_model = nullptr;

private Q_SLOTS:
    void initTestCase() { initTestEnvironment(); }

    void init()
    {
        m_nam = new FakeNam(this);
        m_api = makeTestApi(m_nam, this);
        m_model = new SubscriptionTableModel(m_api, this);
        m_model->setDisplayFormat(
            DisplayFormat(QLocale(QLocale::English, QLocale::UnitedStates), DisplayFormat::almaty()));
        new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, m_model);
    }

    void cleanup()
    {
        delete m_model;
        delete m_api;
        delete m_nam;
    }

    void setQuery_sendsFilters_loadsAllPages()
    {
        m_nam->setRoute([](const FakeRequest& request) {
            const int page = request.queryValue(u"page"_s).toInt();
            QJsonArray data { subscriptionJson(page * 10 + 1, u"active"_s),
                subscriptionJson(page * 10 + 2, u"paused"_s) };
            return metaPage(data, page, 2, 2);
        });
        QSignalSpy loaded(m_model, &SubscriptionTableModel::pageLoaded);
        SubscriptionQuery query;
        query.perPage = 2;
        query.status = u"active"_s;
        query.phone = u"87001234567"_s;
        query.externalSubscriberId = u"ext-11"_s;
        m_model->setQuery(query);
        QVERIFY(loaded.wait(5000));
        const FakeRequest& request = m_nam->lastRequest();
        QVERIFY(request.path().endsWith(u"/subscriptions"_s));
        QCOMPARE(request.queryValue(u"status"_s), u"active"_s);
        QCOMPARE(request.queryValue(u"phone_number"_s), u"87001234567"_s);
        QCOMPARE(request.queryValue(u"external_subscriber_id"_s), u"ext-11"_s);
        QCOMPARE(m_model->rowCount(), 2);
        QVERIFY(m_model->canFetchMore());
        m_model->fetchMore();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, 5000);
        QCOMPARE(m_model->rowCount(), 4);
        QVERIFY(!m_model->canFetchMore());
    }

    void roles_displayVersusSort()
    {
        Subscription s;
        s.id = 10;
        s.phone = u"87001234567"_s;
        s.amount = Money::fromTenge(5000);
        s.billingPeriod = u"monthly"_s;
        s.status = u"grace"_s; // unknown: raw text
        s.nextBillingAt = QDateTime(QDate(2026, 5, 1), QTime(20, 0), QTimeZone::utc());
        m_model->ingest({ s });
        auto at
            = [&](int column, int role = Qt::DisplayRole) { return m_model->data(m_model->index(0, column), role); };
        QCOMPARE(at(SubscriptionTableModel::Phone).toString(), u"+7 700 123 45 67"_s);
        QCOMPARE(at(SubscriptionTableModel::Amount).toString(), u"5,000.00\u00a0\u20b8"_s);
        QCOMPARE(at(SubscriptionTableModel::Amount, SubscriptionTableModel::SortRole).toLongLong(), 5000'00);
        QCOMPARE(at(SubscriptionTableModel::BillingPeriod).toString(), Subscription::billingPeriodLabel(u"monthly"_s));
        QCOMPARE(at(SubscriptionTableModel::Status).toString(), u"grace"_s);
        QCOMPARE(at(0, SubscriptionTableModel::StatusRole).toString(), u"grace"_s);
        QCOMPARE(at(0, SubscriptionTableModel::IdRole).toLongLong(), 10);
        QVERIFY(at(SubscriptionTableModel::NextBillingAt).toString().contains(u"1:00"_s)); // 20:00 UTC = 01:00 Almaty
        QCOMPARE(
            at(SubscriptionTableModel::NextBillingAt, SubscriptionTableModel::SortRole).toDateTime(), s.nextBillingAt);
    }

    void upsert_updatesOrInserts()
    {
        Subscription a;
        a.id = 1;
        a.status = u"active"_s;
        Subscription b;
        b.id = 2;
        b.status = u"active"_s;
        m_model->ingest({ a, b, a });
        QCOMPARE(m_model->rowCount(), 2);
        a.status = u"paused"_s;
        QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
        m_model->upsert(a);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_model->subscriptionAt(0).status, u"paused"_s);
        Subscription c;
        c.id = 3;
        m_model->upsert(c);
        QCOMPARE(m_model->rowOfId(3), 0);
        QCOMPARE(m_model->rowCount(), 3);
    }

    void forbidden_reportsLoadFailed()
    {
        m_nam->setRoute([](const FakeRequest&) {
            return FakeResponse::json(403, QJsonObject { { u"message"_s, u"Organization not verified"_s } });
        });
        QSignalSpy failed(m_model, &SubscriptionTableModel::loadFailed);
        m_model->setQuery(SubscriptionQuery());
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.at(0).at(0).value<ApiError>().kind, ApiError::Kind::Forbidden);
        QCOMPARE(m_model->rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSubscriptionTableModel)
#include "tst_subscriptiontablemodel.moc"
