// The invoice and refund lists read from the history on this computer (HistoryInvoiceModel, HistoryRefundModel) over
// stores filled by hand: reading more as the view scrolls, search, sort, totals over the whole filter, and reading
// again after a change while keeping the selection.
#include "models/historyinvoicemodel.h"
#include "models/historyrefundmodel.h"
#include "store/historystore.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace apipay;

namespace {

const QDateTime kStart(QDate(2026, 6, 1), QTime(10, 0), Qt::UTC);

Invoice makeInvoice(qint64 id, const QString& status, qint64 tiyn, const QDateTime& created, const QString& client)
{
    Invoice i;
    i.id = id;
    i.status = InvoiceStatus(status);
    i.amount = Money::fromTiyn(tiyn);
    i.createdAt = created;
    i.clientName = client;
    i.description = u"Order %1"_s.arg(id);
    if (status == u"paid") {
        i.paidAt = created.addSecs(60);
    }
    return i;
}

Refund makeRefund(qint64 id, qint64 invoiceId, const QString& status, qint64 tiyn, const QDateTime& created)
{
    Refund r;
    r.id = id;
    r.invoiceId = invoiceId;
    r.status = status;
    r.amount = Money::fromTiyn(tiyn);
    r.createdAt = created;
    r.reason = id % 2 ? u"damaged box"_s : u"wrong size"_s;
    return r;
}

QList<qint64> idsOf(const QAbstractItemModel& model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids.append(model.index(row, 0).data(InvoiceTableModel::IdRole).toLongLong());
    }
    return ids;
}

} // namespace

class TestHistoryViewModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<HistoryStore>();
        QVERIFY(m_store->open(m_dir.filePath(u"h%1.sqlite"_s.arg(++m_files))).ok());
        // 1,000 invoices, one a minute; every 10th is Айгерим's, every 3rd is paid.
        QList<Invoice> invoices;
        for (qint64 id = 1; id <= 1000; ++id) {
            invoices.append(makeInvoice(id, id % 3 == 0 ? u"paid"_s : u"pending"_s, 10'000 + id * 7 % 1000 * 100,
                kStart.addSecs(60 * id), id % 10 == 0 ? u"Айгерим"_s : u"Иван"_s));
        }
        QVERIFY(m_store->upsertInvoices(invoices).ok());
    }
    void cleanup() { m_store.reset(); }

    void invoices_readTwoHundredAtATimeNewestFirst()
    {
        HistoryInvoiceModel model(nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store.get());
        model.setHistoryQuery({});
        QCOMPARE(model.rowCount(), 200);
        QCOMPARE(model.matchCount(), 1000);
        QCOMPARE(model.index(0, InvoiceTableModel::Id).data().toString(), u"1000"_s);
        QCOMPARE(model.index(0, InvoiceTableModel::ClientName).data().toString(), u"Айгерим"_s);
        QVERIFY(model.canFetchMore());
        model.fetchMore();
        QCOMPARE(model.rowCount(), 400);
        QCOMPARE(model.index(399, InvoiceTableModel::Id).data().toString(), u"601"_s);
        while (model.canFetchMore()) {
            model.fetchMore();
        }
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(model.index(999, InvoiceTableModel::Id).data().toString(), u"1"_s);
    }

    void invoices_searchAndStatusOverTheWholeHistory()
    {
        HistoryInvoiceModel model(nullptr);
        model.setStore(m_store.get());
        HistoryQuery query;
        query.text = u"айгер"_s;
        model.setHistoryQuery(query);
        QCOMPARE(model.matchCount(), 100);
        QCOMPARE(model.rowCount(), 100);
        QVERIFY(!model.canFetchMore());
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.index(row, InvoiceTableModel::ClientName).data().toString(), u"Айгерим"_s);
        }
        query.statuses = { InvoiceStatus::Paid };
        model.setHistoryQuery(query);
        QCOMPARE(model.matchCount(), 33); // every 30th invoice: 30, 60, … 990
        QCOMPARE(idsOf(model).first(), 990);
    }

    void invoices_sortByAmountOverTheWholeHistory()
    {
        HistoryInvoiceModel model(nullptr);
        model.setStore(m_store.get());
        HistoryQuery query;
        HistoryQuery::SortKey key {};
        QVERIFY(!HistoryInvoiceModel::historySortKey(InvoiceTableModel::Phone, &key));
        QVERIFY(HistoryInvoiceModel::historySortKey(InvoiceTableModel::Amount, &key));
        query.sortKey = key;
        query.order = Qt::AscendingOrder;
        model.setHistoryQuery(query);
        // The smallest amount of all 1,000 (100.00 ₸, invoice 1000 only) is in the first row.
        QCOMPARE(
            model.index(0, InvoiceTableModel::Amount).data(InvoiceTableModel::AmountTiynRole).toLongLong(), 10'000);
        qint64 previous = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const qint64 tiyn
                = model.index(row, InvoiceTableModel::Amount).data(InvoiceTableModel::AmountTiynRole).toLongLong();
            QVERIFY(tiyn >= previous);
            previous = tiyn;
        }
    }

    void invoices_readAgainAfterAChangeKeepingTheSelection()
    {
        HistoryInvoiceModel model(nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRereadDelayMs(0);
        model.setStore(m_store.get());
        model.setHistoryQuery({});
        model.fetchMore(); // 400 rows read
        QItemSelectionModel selection(&model);
        const int selectedRow = model.rowOfId(995);
        QCOMPARE(selectedRow, 5);
        selection.setCurrentIndex(
            model.index(selectedRow, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        // Two invoices arrive at the top and invoice 995 is paid meanwhile.
        Invoice paid = makeInvoice(995, u"paid"_s, 50'000, kStart.addSecs(60 * 995), u"Иван"_s);
        QVERIFY(m_store
                    ->upsertInvoices({ makeInvoice(1001, u"pending"_s, 1'000, kStart.addSecs(60 * 1001), u"Ақжол"_s),
                        makeInvoice(1002, u"pending"_s, 2'000, kStart.addSecs(60 * 1002), u"Ақжол"_s), paid })
                    .ok());
        QTRY_COMPARE(model.rowOfId(1002), 0);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(model.rowCount(), 400); // what was read stays read (and the last two rows were pushed out)
        QCOMPARE(model.matchCount(), 1002);
        QCOMPARE(model.rowOfId(995), 7);
        QCOMPARE(selection.currentIndex().row(), 7);
        QCOMPARE(selection.currentIndex().data(InvoiceTableModel::IdRole).toLongLong(), 995);
        QVERIFY(selection.isRowSelected(7));
        QCOMPARE(selection.selectedRows().size(), 1);
        QCOMPARE(model.index(7, InvoiceTableModel::Status).data(InvoiceTableModel::StatusRole).toString(), u"paid"_s);

        // The selected invoice is deleted: the selection goes, nothing else moves.
        QVERIFY(m_store->removeInvoice(995).ok());
        QTRY_COMPARE(model.rowOfId(995), -1);
        QVERIFY(!selection.currentIndex().isValid() || selection.currentIndex().data(InvoiceTableModel::IdRole) != 995);
        QVERIFY(selection.selectedRows().isEmpty());
        QCOMPARE(model.rowOfId(994), 7);
    }

    void invoices_withoutStoreAskNothingOfTheStore()
    {
        HistoryInvoiceModel model(nullptr);
        model.setHistoryQuery({});
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore());
        QVERIFY(!model.readsFromStore());
    }

    void refunds_totalsOverTheWholeFilterNotTheRowsRead()
    {
        QList<Refund> refunds;
        qint64 completed = 0;
        for (qint64 id = 1; id <= 450; ++id) {
            const QString status = id % 5 == 0 ? u"failed"_s : u"completed"_s;
            refunds.append(makeRefund(id, id, status, 1'000 + id, kStart.addSecs(3600 * id)));
            if (status == u"completed"_s) {
                ++completed;
            }
        }
        QVERIFY(m_store->upsertRefunds(refunds).ok());

        HistoryRefundModel model(nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store.get());
        RefundQuery filter;
        filter.statuses = { u"completed"_s };
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 200);
        QVERIFY(model.filterTotalsKnown());
        QCOMPARE(model.filterTotals().count, completed);
        // 360 completed refunds: ids 1…450 not divisible by 5, each 1,000 tiyn + its id.
        qint64 expected = 0;
        for (qint64 id = 1; id <= 450; ++id) {
            if (id % 5 != 0) {
                expected += 1'000 + id;
            }
        }
        QCOMPARE(model.filterTotals().total.tiyn(), expected);
        QCOMPARE(model.filterTotals().countByStatus.value(u"completed"_s), 360);
        QVERIFY(model.canFetchMore());
        model.fetchMore();
        model.fetchMore();
        QCOMPARE(model.rowCount(), 360);
        QVERIFY(!model.canFetchMore());
        QCOMPARE(model.index(0, RefundTableModel::Id).data(RefundTableModel::IdRole).toLongLong(), 449);
        // The refund's invoice, when stored, gives the order column.
        QVERIFY(model.refundAt(0).invoice.has_value());
        QCOMPARE(model.refundAt(0).invoice->status, u"pending"_s);

        // A reason word.
        model.setFilter({}, u"damaged"_s);
        QCOMPARE(model.filterTotals().count, 225);
        // A period: the refunds of 2026-06-02 in Almaty (UTC+5): created 10:00 UTC + n hours.
        RefundQuery day;
        day.dateFrom = QDate(2026, 6, 2);
        day.dateTo = QDate(2026, 6, 2);
        model.setDisplayFormat(DisplayFormat(QLocale::c(), QTimeZone(5 * 3600)));
        model.setFilter(day);
        QCOMPARE(model.filterTotals().count, 24);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<HistoryStore> m_store;
    int m_files = 0;
};

QTEST_GUILESS_MAIN(TestHistoryViewModels)
#include "tst_historyviewmodels.moc"
