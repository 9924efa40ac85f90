#include "models/invoicefilterproxymodel.h"
#include "models/invoicetablemodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace apipay;
using namespace Qt::StringLiterals;

namespace {

Invoice makeInvoice(qint64 id,
    qint64 tiyn,
    const QString& status,
    const QString& phone,
    const QString& description,
    const QString& externalId)
{
    Invoice invoice;
    invoice.id = id;
    invoice.amount = Money::fromTiyn(tiyn);
    invoice.phone = phone;
    invoice.description = description;
    invoice.externalOrderId = externalId;
    invoice.status = InvoiceStatus(status);
    invoice.createdAt = QDateTime(QDate(2026, 4, 8), QTime(10, 0), QTimeZone::utc()).addSecs(id * 60);
    return invoice;
}

} // namespace

class TestInvoiceFilterProxyModel : public QObject
{
    Q_OBJECT

private:
    InvoiceTableModel* m_source = nullptr;
    InvoiceFilterProxyModel* m_proxy = nullptr;

    QList<qint64> shownIds() const
    {
        QList<qint64> ids;
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            ids.append(m_proxy->index(row, 0).data(InvoiceTableModel::IdRole).toLongLong());
        }
        return ids;
    }

private Q_SLOTS:
    void initTestCase() { apipay::test::initTestEnvironment(); }

    void init()
    {
        m_source = new InvoiceTableModel(nullptr, this);
        m_proxy = new InvoiceFilterProxyModel(this);
        m_proxy->setSourceModel(m_source);
        new QAbstractItemModelTester(m_source, QAbstractItemModelTester::FailureReportingMode::QtTest, m_source);
        new QAbstractItemModelTester(m_proxy, QAbstractItemModelTester::FailureReportingMode::QtTest, m_proxy);
        m_source->ingest({
            makeInvoice(101, 15000'00, u"paid"_s, u"87001234567"_s, u"Кофе Латте"_s, u"order_123"_s),
            makeInvoice(102, 500'00, u"pending"_s, u"87771112233"_s, u"Americano"_s, u"APD-ABC-1"_s),
            makeInvoice(103, 9450'50, u"qr_scanned"_s, u"87051234500"_s, u"Cake"_s, u""_s),
            makeInvoice(104, 500'00, u"expired"_s, u""_s, u"Tea for table 101"_s, u"T-9"_s),
        });
    }

    void cleanup()
    {
        delete m_proxy;
        delete m_source;
    }

    void search_emptyText_showsAll() { QCOMPARE(m_proxy->rowCount(), 4); }

    void search_matchesFields_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::newRow("id") << u"102"_s << QList<qint64> { 102 };
        QTest::newRow("id also in description") << u"101"_s << QList<qint64> { 101, 104 };
        QTest::newRow("description cyrillic case-insensitive") << u"кофе"_s << QList<qint64> { 101 };
        QTest::newRow("description upper") << u"ЛАТТЕ"_s << QList<qint64> { 101 };
        QTest::newRow("description latin") << u"AMERICANO"_s << QList<qint64> { 102 };
        QTest::newRow("external id") << u"apd-abc"_s << QList<qint64> { 102 };
        QTest::newRow("phone digits") << u"1112233"_s << QList<qint64> { 102 };
        QTest::newRow("phone +7 form") << u"+7 777 111"_s << QList<qint64> { 102 };
        QTest::newRow("phone 7 form 11 digits") << u"77001234567"_s << QList<qint64> { 101 };
        QTest::newRow("phone 8 form with brackets") << u"8 (705) 123-45"_s << QList<qint64> { 103 };
        QTest::newRow("surrounding spaces") << u"  cake "_s << QList<qint64> { 103 };
        QTest::newRow("no match") << u"nothing here"_s << QList<qint64> {};
        QTest::newRow("no match across fields") << u"латте order"_s << QList<qint64> {};
    }

    void search_matchesFields()
    {
        QFETCH(QString, text);
        QFETCH(QList<qint64>, expected);
        m_proxy->setSearchText(text);
        QList<qint64> ids = shownIds();
        std::sort(ids.begin(), ids.end());
        QCOMPARE(ids, expected);
    }

    void statusFilter_rawStatuses()
    {
        m_proxy->setStatusFilter({ u"paid"_s, u"qr_scanned"_s });
        QList<qint64> ids = shownIds();
        std::sort(ids.begin(), ids.end());
        QCOMPARE(ids, (QList<qint64> { 101, 103 }));
        m_proxy->setSearchText(u"cake"_s);
        QCOMPARE(shownIds(), QList<qint64> { 103 });
        m_proxy->setStatusFilter({});
        m_proxy->setSearchText({});
        QCOMPARE(m_proxy->rowCount(), 4);
    }

    void filter_followsStatusUpdates()
    {
        m_proxy->setStatusFilter({ u"pending"_s });
        QCOMPARE(shownIds(), QList<qint64> { 102 });
        InvoiceStatusUpdate update;
        update.id = 102;
        update.status = InvoiceStatus(u"paid"_s);
        m_source->applyStatusUpdates({ update });
        QCOMPARE(m_proxy->rowCount(), 0);
    }

    void sort_amountOnRawTiyn_idBreaksTies()
    {
        m_proxy->sort(InvoiceTableModel::Amount, Qt::AscendingOrder);
        QCOMPARE(shownIds(), (QList<qint64> { 102, 104, 103, 101 }));
        m_proxy->sort(InvoiceTableModel::Amount, Qt::DescendingOrder);
        QCOMPARE(shownIds(), (QList<qint64> { 101, 103, 104, 102 }));
    }

    void sort_createdAtAndStatus()
    {
        m_proxy->sort(InvoiceTableModel::CreatedAt, Qt::DescendingOrder);
        QCOMPARE(shownIds(), (QList<qint64> { 104, 103, 102, 101 }));
        m_proxy->sort(InvoiceTableModel::Status, Qt::AscendingOrder);
        QCOMPARE(shownIds(), (QList<qint64> { 104, 101, 102, 103 })); // expired, paid, pending, qr_scanned
    }

    void sort_followsStatusUpdatesAndTopInsertions()
    {
        m_proxy->sort(InvoiceTableModel::Status, Qt::AscendingOrder);
        QCOMPARE(shownIds(), (QList<qint64> { 104, 101, 102, 103 }));
        InvoiceStatusUpdate update;
        update.id = 103;
        update.status = InvoiceStatus(u"cancelled"_s);
        m_source->applyStatusUpdates({ update });
        QCOMPARE(shownIds(), (QList<qint64> { 103, 104, 101, 102 })); // cancelled < expired < paid < pending
        // An insertion at the top shifts every source row; the order must still follow the values.
        m_source->upsert(makeInvoice(107, 1'00, u"error"_s, u"87000000000"_s, u"Fail"_s, u"f"_s));
        QCOMPARE(shownIds(), (QList<qint64> { 103, 107, 104, 101, 102 }));
    }

    void sort_textCaseInsensitive()
    {
        m_proxy->sort(InvoiceTableModel::Description, Qt::AscendingOrder);
        QCOMPARE(shownIds(), (QList<qint64> { 102, 103, 104, 101 })); // Americano, Cake, Tea…, Кофе…
        m_proxy->setSearchText(u"a"_s);
        QCOMPARE(shownIds(), (QList<qint64> { 102, 103, 104 }));
    }

    void sort_keepsOrderWhenRowsArrive()
    {
        m_proxy->sort(InvoiceTableModel::Amount, Qt::AscendingOrder);
        m_source->upsert(makeInvoice(105, 1'00, u"processing"_s, u"87000000000"_s, u"Gum"_s, u"g"_s));
        QCOMPARE(shownIds().first(), 105);
        m_source->ingest({ makeInvoice(106, 99999'00, u"paid"_s, u"87000000001"_s, u"TV"_s, u"tv"_s) });
        QCOMPARE(shownIds().last(), 106);
    }
};

QTEST_GUILESS_MAIN(TestInvoiceFilterProxyModel)
#include "tst_invoicefilterproxymodel.moc"
