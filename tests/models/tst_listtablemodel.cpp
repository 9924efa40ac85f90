// The list-model base (ColumnTableModel + ListTableModel<Row>) through the real models: the column table (header,
// text, sort value, alignment), rows found by id, upsert in place and at the top, and the display format.
#include "models/catalogtablemodel.h"
#include "models/invoicetablemodel.h"
#include "models/refundtablemodel.h"
#include "models/subscriptiontablemodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace apipay;
using namespace apipay::test;
using namespace Qt::StringLiterals;

namespace {

const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);
// 2026-03-10 19:30 UTC as a wall-clock time in Almaty: 00:30 on the 11th.
constexpr Qt::Alignment kRight = Qt::AlignRight | Qt::AlignVCenter;

Refund refund(qint64 id, qint64 tiyn, const QString& status = u"completed"_s)
{
    Refund r;
    r.id = id;
    r.invoiceId = 700 + id;
    r.amount = Money::fromTiyn(tiyn);
    r.status = status;
    r.reason = u"Return %1"_s.arg(id);
    r.initiatedBy = u"dashboard"_s;
    r.createdAt = QDateTime(QDate(2026, 3, 10), QTime(19, 30), QTimeZone::utc());
    return r;
}

QList<qint64> idsInViewOrder(const QAbstractItemModel& view)
{
    QList<qint64> ids;
    for (int row = 0; row < view.rowCount(); ++row) {
        ids.append(view.index(row, 0).data(RefundTableModel::IdRole).toLongLong());
    }
    return ids;
}

} // namespace

class TestListTableModel : public QObject
{
    Q_OBJECT

private:
    template <typename Model> Model* makeModel()
    {
        auto* model = new Model(nullptr, this); // ingest only: nothing is loaded
        model->setDisplayFormat(DisplayFormat(kEnglish, DisplayFormat::almaty()));
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
        return model;
    }

private Q_SLOTS:
    void initTestCase() { initTestEnvironment(); }

    void columnTable_headerTextSortValueAlignment()
    {
        auto* model = makeModel<RefundTableModel>();
        model->ingest({ refund(5, 1234'50) });
        QCOMPARE(model->columnCount(), int(RefundTableModel::ColumnCount));
        struct Expected
        {
            int column;
            QString header;
            QString text;
            QVariant sortValue;
            Qt::Alignment alignment;
        };
        const QList<Expected> expected {
            { RefundTableModel::Id, u"No."_s, u"5"_s, qint64(5), kRight },
            // 19:30 UTC is 00:30 the next day in Almaty (UTC+5).
            { RefundTableModel::CreatedAt, u"Created"_s, u"3/11/2026 12:30 AM"_s,
                QDateTime(QDate(2026, 3, 10), QTime(19, 30), QTimeZone::utc()), {} },
            { RefundTableModel::InvoiceId, u"Invoice"_s, u"705"_s, qint64(705), kRight },
            { RefundTableModel::Amount, u"Amount"_s, u"1,234.50\u00a0\u20b8"_s, qint64(1234'50), kRight },
            { RefundTableModel::Reason, u"Reason"_s, u"Return 5"_s, u"Return 5"_s, {} },
            { RefundTableModel::InitiatedBy, u"Initiated by"_s, u"Dashboard"_s, u"dashboard"_s, {} },
        };
        for (const Expected& e : expected) {
            const QModelIndex cell = model->index(0, e.column);
            QCOMPARE(model->headerData(e.column, Qt::Horizontal).toString(), e.header);
            QCOMPARE(cell.data().toString(), e.text);
            QCOMPARE(cell.data(RefundTableModel::SortRole), e.sortValue);
            const QVariant alignment = cell.data(Qt::TextAlignmentRole);
            QCOMPARE(alignment.isValid(), bool(e.alignment));
            if (alignment.isValid()) {
                QCOMPARE(alignment.value<Qt::Alignment>(), e.alignment);
            }
        }
        QCOMPARE(model->headerData(RefundTableModel::ColumnCount, Qt::Horizontal), QVariant());
    }

    void columnTable_catalogAndSubscription()
    {
        auto* catalog = makeModel<CatalogTableModel>();
        CatalogItem item;
        item.id = 3;
        item.name = u"Coffee"_s;
        item.sellingPrice = Money::fromTiyn(950'00);
        item.status = u"active"_s;
        catalog->ingest({ item });
        QCOMPARE(catalog->headerData(CatalogTableModel::Price, Qt::Horizontal).toString(), u"Price"_s);
        QCOMPARE(catalog->index(0, CatalogTableModel::Price).data().toString(), u"950.00\u00a0\u20b8"_s);
        QCOMPARE(catalog->index(0, CatalogTableModel::Price).data(CatalogTableModel::SortRole).toLongLong(), 950'00);
        QCOMPARE(catalog->index(0, CatalogTableModel::Status).data().toString(), u"Active"_s);
        QCOMPARE(catalog->index(0, CatalogTableModel::Name).data(Qt::TextAlignmentRole), QVariant());
        // No creation time: the missing value shows as a dash (it showed nothing before DisplayFormat).
        QCOMPARE(catalog->index(0, CatalogTableModel::CreatedAt).data().toString(), u"—"_s);

        auto* subscriptions = makeModel<SubscriptionTableModel>();
        Subscription s;
        s.id = 8;
        s.phone = u"87001234567"_s;
        s.status = u"active"_s;
        subscriptions->ingest({ s });
        QCOMPARE(subscriptions->headerData(SubscriptionTableModel::NextBillingAt, Qt::Horizontal).toString(),
            u"Next payment"_s);
        QCOMPARE(subscriptions->index(0, SubscriptionTableModel::Phone).data().toString(), u"+7 700 123 45 67"_s);
        QCOMPARE(subscriptions->index(0, SubscriptionTableModel::NextBillingAt).data().toString(), u"—"_s);
        QCOMPARE(subscriptions->index(0, SubscriptionTableModel::Amount).data().toString(), u"—"_s);
        QCOMPARE(
            subscriptions->index(0, SubscriptionTableModel::Amount).data(SubscriptionTableModel::SortRole), QVariant());
    }

    void invoiceColumns_missingDateIsADash()
    {
        auto* model = makeModel<InvoiceTableModel>();
        Invoice invoice;
        invoice.id = 12;
        invoice.amount = Money::fromTiyn(100'00);
        invoice.status = InvoiceStatus(u"pending"_s);
        invoice.createdAt = QDateTime(QDate(2026, 3, 10), QTime(19, 30), QTimeZone::utc());
        model->ingest({ invoice });
        QCOMPARE(model->index(0, InvoiceTableModel::CreatedAt).data().toString(),
            u"3/11/2026 12:30 AM"_s); // the Almaty wall clock, the year written whole
        QCOMPARE(model->index(0, InvoiceTableModel::PaidAt).data().toString(), u"—"_s); // not paid yet
        QCOMPARE(
            model->index(0, InvoiceTableModel::PaidAt).data(InvoiceTableModel::SortRole).toDateTime(), QDateTime());
        QCOMPARE(model->headerData(InvoiceTableModel::ClientName, Qt::Horizontal).toString(), u"Customer"_s);
    }

    void upsert_keepsTheSelectedRow()
    {
        auto* model = makeModel<RefundTableModel>();
        model->ingest({ refund(3, 300), refund(2, 200), refund(1, 100) });
        QItemSelectionModel selection(model);
        selection.setCurrentIndex(model->index(1, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(selection.currentIndex().data(RefundTableModel::IdRole).toLongLong(), 2);

        // The selected refund changes: same row, new text, still selected.
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
        model->upsert(refund(2, 250, u"failed"_s));
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(selection.currentIndex().row(), 1);
        QCOMPARE(selection.currentIndex().data(RefundTableModel::IdRole).toLongLong(), 2);
        QCOMPARE(model->index(1, RefundTableModel::Amount).data().toString(), u"2.50\u00a0\u20b8"_s);
        QVERIFY(selection.isRowSelected(1));

        // A new refund goes to the top; the selection follows refund 2 down one row.
        model->upsert(refund(9, 900));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(idsInViewOrder(*model), (QList<qint64> { 9, 3, 2, 1 }));
        QCOMPARE(selection.currentIndex().row(), 2);
        QCOMPARE(selection.currentIndex().data(RefundTableModel::IdRole).toLongLong(), 2);
        QVERIFY(selection.isRowSelected(2));
        QVERIFY(!selection.isRowSelected(1));
    }

    void rowOfId_afterSortAndUpsert()
    {
        auto* model = makeModel<RefundTableModel>();
        model->ingest({ refund(1, 500), refund(2, 100), refund(3, 300) });
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(model);
        proxy.setSortRole(RefundTableModel::SortRole);
        proxy.sort(RefundTableModel::Amount, Qt::AscendingOrder);
        QCOMPARE(idsInViewOrder(proxy), (QList<qint64> { 2, 3, 1 }));

        // Sorting the view does not move the model's rows: the id still names its server row.
        QCOMPARE(model->rowOfId(1), 0);
        QCOMPARE(model->rowOfId(2), 1);
        QCOMPARE(model->rowOfId(3), 2);
        QCOMPARE(model->rowOfId(42), -1);
        const QModelIndex shown = proxy.mapFromSource(model->index(model->rowOfId(3), 0));
        QCOMPARE(shown.row(), 1);
        QCOMPARE(shown.data(RefundTableModel::IdRole).toLongLong(), 3);

        // A new row at the top shifts the others; an update keeps its row and re-sorts in the view.
        model->upsert(refund(4, 50));
        QCOMPARE(model->rowOfId(4), 0);
        QCOMPARE(model->rowOfId(1), 1);
        QCOMPARE(model->rowOfId(3), 3);
        model->upsert(refund(3, 900));
        QCOMPARE(model->rowOfId(3), 3);
        QCOMPARE(model->rowAt(3).amount, std::optional<Money>(Money::fromTiyn(900)));
        QCOMPARE(idsInViewOrder(proxy), (QList<qint64> { 4, 2, 1, 3 }));
    }

    void ingest_removeId_replaceRows()
    {
        auto* model = makeModel<CatalogTableModel>();
        CatalogItem a;
        a.id = 1;
        a.name = u"Tea"_s;
        CatalogItem b = a;
        b.id = 2;
        b.name = u"Bread"_s;
        model->ingest({ a, b, a }); // a repeat within one batch keeps the first
        QCOMPARE(model->rowCount(), 2);
        CatalogItem renamed = a;
        renamed.name = u"Green tea"_s;
        model->ingest({ renamed }); // known id: updated in place, not appended
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->index(0, CatalogTableModel::Name).data().toString(), u"Green tea"_s);

        QVERIFY(model->removeId(1));
        QVERIFY(!model->removeId(1));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->rowOfId(2), 0);

        model->replaceRows({ a });
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->itemAt(0).name, u"Tea"_s);
        QVERIFY(!model->isLoading());
        model->clear();
        QCOMPARE(model->rowCount(), 0);
    }

    void displayFormat_refreshesTexts()
    {
        auto* model = makeModel<RefundTableModel>();
        model->ingest({ refund(5, 1234'50) });
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        QSignalSpy headers(model, &QAbstractItemModel::headerDataChanged);
        model->setDisplayFormat(DisplayFormat(QLocale(QLocale::Russian, QLocale::Russia), QTimeZone::utc()));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(headers.count(), 1);
        QCOMPARE(model->index(0, RefundTableModel::Amount).data().toString(), u"1\u00a0234,50\u00a0\u20b8"_s);
        QVERIFY(model->index(0, RefundTableModel::CreatedAt).data().toString().contains(u"19:30"_s));
        QCOMPARE(model->displayFormat().zone(), QTimeZone::utc());
    }
};

QTEST_GUILESS_MAIN(TestListTableModel)
#include "tst_listtablemodel.moc"
