#include "models/refundtablemodel.h"
#include "modeltestapi.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <limits>

using namespace apipay;
using namespace apipay::test;
using namespace Qt::StringLiterals;

namespace {

QJsonObject refundJson(qint64 id, const QString& amount, const QString& status)
{
    return QJsonObject { { u"id"_s, id }, { u"invoice_id"_s, 42 }, { u"amount"_s, amount },
        { u"reason"_s, u"Customer return"_s }, { u"status"_s, status }, { u"initiated_by"_s, u"api"_s },
        { u"created_at"_s, u"2025-01-31T12:00:00Z"_s },
        { u"invoice"_s, QJsonObject { { u"id"_s, 42 }, { u"external_order_id"_s, u"ORDER-100"_s } } },
        { u"items"_s, QJsonArray() } };
}

Refund refund(qint64 id, qint64 tiyn, const QString& status)
{
    Refund r;
    r.id = id;
    r.invoiceId = 7;
    r.amount = Money::fromTiyn(tiyn);
    r.status = status;
    return r;
}

} // namespace

class TestRefundTableModel : public QObject
{
    Q_OBJECT

private:
    FakeNam* m_nam = nullptr;
    ApiClient* m_api = nullptr;
    RefundTableModel* m_model = nullptr;

private Q_SLOTS:
    void initTestCase() { initTestEnvironment(); }

    void init()
    {
        m_nam = new FakeNam(this);
        m_api = makeTestApi(m_nam, this);
        m_model = new RefundTableModel(m_api, this);
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

    void setQuery_sendsFilters_totalsOfLoadedRows()
    {
        m_nam->setRoute([](const FakeRequest& request) {
            const int page = request.queryValue(u"page"_s).toInt();
            if (page == 1) {
                return metaPage(
                    { refundJson(5, u"5000.00"_s, u"completed"_s), refundJson(4, u"0.10"_s, u"failed"_s) }, 1, 2, 2);
            }
            return metaPage({ refundJson(3, u"1234.56"_s, u"completed"_s) }, 2, 2, 2);
        });
        QSignalSpy loaded(m_model, &RefundTableModel::pageLoaded);
        QSignalSpy totals(m_model, &RefundTableModel::totalsChanged);
        RefundQuery query;
        query.perPage = 2;
        query.statuses = { u"completed"_s, u"failed"_s };
        query.invoiceId = 42;
        query.dateFrom = QDate(2025, 1, 1);
        m_model->setQuery(query);
        QVERIFY(loaded.wait(5000));
        const FakeRequest& request = m_nam->lastRequest();
        QVERIFY(request.path().endsWith(u"/refunds"_s));
        QCOMPARE(request.queryValues(u"status[]"_s), (QStringList { u"completed"_s, u"failed"_s }));
        QCOMPARE(request.queryValue(u"invoice_id"_s), u"42"_s);
        QCOMPARE(request.queryValue(u"date_from"_s), u"2025-01-01"_s);
        QCOMPARE(m_model->shownTotal(), Money::fromTiyn(5000'10));
        QCOMPARE(m_model->countWithStatus(u"completed"_s), 1);
        QCOMPARE(m_model->countWithStatus(u"failed"_s), 1);
        m_model->fetchMore();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, 5000);
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->shownTotal(), Money::fromTiyn(6234'66)); // exact: 5000.00 + 0.10 + 1234.56
        QCOMPARE(m_model->totalWithStatus(u"completed"_s), Money::fromTiyn(6234'56));
        QCOMPARE(m_model->countsByStatus().value(u"completed"_s), 2);
        QVERIFY(totals.count() >= 2);
        QCOMPARE(m_model->data(m_model->index(0, RefundTableModel::ExternalOrderId)).toString(), u"ORDER-100"_s);
        QCOMPARE(m_model->data(m_model->index(0, RefundTableModel::Amount)).toString(), u"5,000.00\u00a0\u20b8"_s);
        QCOMPARE(m_model->data(m_model->index(0, RefundTableModel::Amount), RefundTableModel::SortRole).toLongLong(),
            5000'00);
        QCOMPARE(
            m_model->data(m_model->index(0, RefundTableModel::Status)).toString(), Refund::statusLabel(u"completed"_s));
        QCOMPARE(m_model->data(m_model->index(0, 0), RefundTableModel::InvoiceIdRole).toLongLong(), 42);
    }

    void newQuery_resetsTotals()
    {
        m_model->ingest({ refund(1, 100, u"completed"_s) });
        QCOMPARE(m_model->shownTotal(), Money::fromTiyn(100));
        m_nam->setRoute([](const FakeRequest&) { return metaPage({}, 1, 1, 50); });
        QSignalSpy totals(m_model, &RefundTableModel::totalsChanged);
        QSignalSpy loaded(m_model, &RefundTableModel::pageLoaded);
        m_model->setQuery(RefundQuery());
        QCOMPARE(totals.count(), 1);
        QCOMPARE(m_model->shownTotal(), Money());
        QVERIFY(loaded.wait(5000));
        QCOMPARE(m_model->rowCount(), 0);
        QVERIFY(!m_model->canFetchMore());
    }

    void upsert_statusChange_updatesTotalsAndCounts()
    {
        m_model->ingest({ refund(1, 100, u"pending"_s), refund(2, 250, u"pending"_s) });
        QCOMPARE(m_model->countWithStatus(u"pending"_s), 2);
        QSignalSpy totals(m_model, &RefundTableModel::totalsChanged);
        m_model->upsert(refund(2, 250, u"completed"_s));
        QCOMPARE(totals.count(), 1);
        QCOMPARE(m_model->countWithStatus(u"pending"_s), 1);
        QCOMPARE(m_model->totalWithStatus(u"completed"_s), Money::fromTiyn(250));
        QCOMPARE(m_model->shownTotal(), Money::fromTiyn(350));
        m_model->upsert(refund(3, 50, u"pending"_s));
        QCOMPARE(m_model->rowOfId(3), 0);
        QCOMPARE(m_model->shownTotal(), Money::fromTiyn(400));
    }

    void hostileAmounts_nearInt64Max_shownUnreadable_neverSummed()
    {
        // A broken or hostile answer: amounts far beyond any refund (an invoice is at most 99 999 999.99 ₸). Summed
        // naively they overflow a signed 64-bit total (undefined behaviour; UBSan reports it).
        constexpr qint64 kMax = std::numeric_limits<qint64>::max();
        m_model->ingest(
            { refund(1, 1500'00, u"completed"_s), refund(2, kMax, u"completed"_s), refund(3, kMax - 1, u"completed"_s),
                refund(4, 250'50, u"pending"_s), refund(5, Money::invoiceMaximum().tiyn() + 1, u"pending"_s) });
        QCOMPARE(m_model->rowCount(), 5);
        QCOMPARE(m_model->shownTotal(), Money::fromTiyn(1750'50));
        QCOMPARE(m_model->totalWithStatus(u"completed"_s), Money::fromTiyn(1500'00));
        QCOMPARE(m_model->totalWithStatus(u"pending"_s), Money::fromTiyn(250'50));
        QCOMPARE(m_model->countWithStatus(u"completed"_s), 3); // the rows stay listed
        QCOMPARE(m_model->unreadableAmountCount(), 3);
        const QModelIndex hostile = m_model->index(m_model->rowOfId(2), RefundTableModel::Amount);
        QCOMPARE(hostile.data().toString(), u"—"_s);
        QVERIFY(hostile.data(Qt::ToolTipRole).toString().contains(u"Unreadable amount"_s));
        QVERIFY(hostile.data(Qt::ToolTipRole).toString().contains(u"not counted"_s));
        QCOMPARE(
            m_model->index(m_model->rowOfId(1), RefundTableModel::Amount).data().toString(), u"1,500.00\u00a0\u20b8"_s);
        // The largest possible amount itself is readable and counted.
        m_model->upsert(refund(6, Money::invoiceMaximum().tiyn(), u"completed"_s));
        QCOMPARE(m_model->totalWithStatus(u"completed"_s), Money::fromTiyn(1500'00 + Money::invoiceMaximum().tiyn()));
        QCOMPARE(m_model->unreadableAmountCount(), 3);
    }

    void missingAmount_notCounted_shownAsDash()
    {
        Refund r = refund(9, 0, u"weird_status"_s);
        r.amount.reset();
        m_model->ingest({ r });
        QCOMPARE(m_model->shownTotal(), Money());
        QCOMPARE(m_model->countWithStatus(u"weird_status"_s), 1);
        QCOMPARE(m_model->data(m_model->index(0, RefundTableModel::Amount)).toString(), u"—"_s);
        QCOMPARE(m_model->data(m_model->index(0, RefundTableModel::Status)).toString(), u"weird_status"_s);
    }
};

QTEST_GUILESS_MAIN(TestRefundTableModel)
#include "tst_refundtablemodel.moc"
