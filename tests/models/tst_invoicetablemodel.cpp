#include "models/invoicetablemodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace apipay;
using namespace Qt::StringLiterals;

namespace {

Invoice makeInvoice(qint64 id, qint64 tiyn, const QString& status, const QString& description = {})
{
    Invoice invoice;
    invoice.id = id;
    invoice.amount = Money::fromTiyn(tiyn);
    invoice.phone = u"87001234567"_s;
    invoice.description = description;
    invoice.externalOrderId = u"order_%1"_s.arg(id);
    invoice.status = InvoiceStatus(status);
    invoice.createdAt = QDateTime(QDate(2026, 4, 8), QTime(10, 30), QTimeZone::utc()).addSecs(id);
    return invoice;
}

} // namespace

class TestInvoiceTableModel : public QObject
{
    Q_OBJECT

private:
    InvoiceTableModel* makeModel()
    {
        auto* model = new InvoiceTableModel(nullptr, this);
        model->setDisplayFormat(
            DisplayFormat(QLocale(QLocale::English, QLocale::UnitedStates), DisplayFormat::almaty()));
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
        return model;
    }

private Q_SLOTS:
    void initTestCase() { apipay::test::initTestEnvironment(); }

    void ingest_oneInsertPerBatch()
    {
        InvoiceTableModel* model = makeModel();
        QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
        model->ingest({ makeInvoice(1, 100, u"paid"_s), makeInvoice(2, 200, u"pending"_s) });
        model->ingest({ makeInvoice(3, 300, u"expired"_s) });
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->columnCount(), int(InvoiceTableModel::ColumnCount));
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(inserted.at(0).at(2).toInt(), 1);
        QCOMPARE(model->rowOfId(3), 2);
    }

    void ingest_repeatedId_updatesInPlace()
    {
        InvoiceTableModel* model = makeModel();
        model->ingest({ makeInvoice(1, 100, u"pending"_s), makeInvoice(2, 200, u"pending"_s) });
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        // Page 2 repeats id 2 (a new invoice pushed it down) and carries a duplicate within itself.
        model->ingest(
            { makeInvoice(2, 200, u"paid"_s), makeInvoice(3, 300, u"pending"_s), makeInvoice(3, 300, u"paid"_s) });
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->data(model->index(1, 0), InvoiceTableModel::StatusRole).toString(), u"paid"_s);
        QCOMPARE(model->data(model->index(2, 0), InvoiceTableModel::StatusRole).toString(), u"paid"_s);
        QVERIFY(changed.count() >= 2);
    }

    void displayRole_localisedText()
    {
        InvoiceTableModel* model = makeModel();
        Invoice invoice = makeInvoice(42, 15000'00, u"pending"_s, u"Order #123"_s);
        invoice.clientName = u"Aigerim S."_s;
        invoice.paidAt = QDateTime(QDate(2026, 4, 8), QTime(23, 20), QTimeZone::utc());
        model->ingest({ invoice });
        auto display = [&](int column) { return model->data(model->index(0, column)).toString(); };
        QCOMPARE(display(InvoiceTableModel::Id), u"42"_s);
        QCOMPARE(display(InvoiceTableModel::Amount), u"15,000.00\u00a0\u20b8"_s);
        QCOMPARE(display(InvoiceTableModel::Phone), u"+7 700 123 45 67"_s);
        QCOMPARE(display(InvoiceTableModel::Status), InvoiceStatus::label(InvoiceStatus::Pending));
        QCOMPARE(display(InvoiceTableModel::Description), u"Order #123"_s);
        QCOMPARE(display(InvoiceTableModel::ExternalOrderId), u"order_42"_s);
        QCOMPARE(display(InvoiceTableModel::ClientName), u"Aigerim S."_s);
        // 23:20 UTC is 04:20 the next day in Almaty (UTC+5).
        QCOMPARE(display(InvoiceTableModel::PaidAt), u"4/9/2026 4:20 AM"_s);
        QVERIFY(display(InvoiceTableModel::PaidAt).contains(u"4:20"_s));

        model->setDisplayFormat(DisplayFormat(QLocale(QLocale::Russian, QLocale::Russia), DisplayFormat::almaty()));
        QCOMPARE(display(InvoiceTableModel::Amount), u"15\u00a0000,00\u00a0\u20b8"_s);
        model->setDisplayFormat(DisplayFormat(QLocale(QLocale::Russian, QLocale::Russia), QTimeZone::utc()));
        QVERIFY(display(InvoiceTableModel::PaidAt).contains(u"23:20"_s));
        QVERIFY(!model->headerData(InvoiceTableModel::Amount, Qt::Horizontal).toString().isEmpty());
    }

    void sortRole_rawValues()
    {
        InvoiceTableModel* model = makeModel();
        model->ingest({ makeInvoice(42, 15000'00, u"paid"_s) });
        const QVariant amount = model->data(model->index(0, InvoiceTableModel::Amount), InvoiceTableModel::SortRole);
        QCOMPARE(amount.typeId(), int(QMetaType::LongLong));
        QCOMPARE(amount.toLongLong(), 15000'00);
        const QVariant created
            = model->data(model->index(0, InvoiceTableModel::CreatedAt), InvoiceTableModel::SortRole);
        QCOMPARE(created.typeId(), int(QMetaType::QDateTime));
        QCOMPARE(created.toDateTime(), makeInvoice(42, 0, {}).createdAt);
        QCOMPARE(created.toDateTime().timeSpec(), Qt::UTC);
        QCOMPARE(
            model->data(model->index(0, InvoiceTableModel::Status), InvoiceTableModel::SortRole).toString(), u"paid"_s);
        QCOMPARE(model->data(model->index(0, InvoiceTableModel::Id), InvoiceTableModel::IdRole).toLongLong(), 42);
        QCOMPARE(model->data(model->index(0, 0), InvoiceTableModel::AmountTiynRole).toLongLong(), 15000'00);
        QVERIFY(model->data(model->index(0, 0), InvoiceTableModel::FinalRole).toBool());
        QVERIFY(!model->data(model->index(0, InvoiceTableModel::PaidAt), InvoiceTableModel::SortRole)
                     .toDateTime()
                     .isValid());
    }

    void unknownStatus_shownRaw_nonFinal()
    {
        InvoiceTableModel* model = makeModel();
        model->ingest({ makeInvoice(1, 100, u"qr_scanned"_s), makeInvoice(2, 100, u"qr_scanned"_s),
            makeInvoice(3, 100, u"on_hold"_s) });
        QCOMPARE(model->data(model->index(0, InvoiceTableModel::Status)).toString(), u"qr_scanned"_s);
        QCOMPARE(model->data(model->index(2, InvoiceTableModel::Status)).toString(), u"on_hold"_s);
        QCOMPARE(model->data(model->index(2, 0), InvoiceTableModel::StatusRole).toString(), u"on_hold"_s);
        QVERIFY(!model->data(model->index(0, 0), InvoiceTableModel::FinalRole).toBool());
        QCOMPARE(model->invoiceAt(1).status.raw(), u"qr_scanned"_s);
        QVERIFY(!model->invoiceAt(1).status.isKnown());
    }

    void missingAmount_shownAsDash()
    {
        InvoiceTableModel* model = makeModel();
        Invoice invoice = makeInvoice(5, 0, u"paid"_s);
        invoice.amount.reset();
        invoice.phone.clear();
        model->ingest({ invoice });
        QCOMPARE(model->data(model->index(0, InvoiceTableModel::Amount)).toString(), u"—"_s);
        QVERIFY(!model->data(model->index(0, 0), InvoiceTableModel::AmountTiynRole).isValid());
        QVERIFY(model->data(model->index(0, InvoiceTableModel::Phone)).toString().isEmpty());
        QVERIFY(!model->invoiceAt(0).amount.has_value());
    }

    void invoiceAt_roundTripsCompactRow()
    {
        InvoiceTableModel* model = makeModel();
        Invoice invoice = makeInvoice(77, 9450'00, u"error"_s, u"Қазақша сипаттама"_s);
        invoice.clientName = u"Айгерим"_s;
        invoice.errorMessage = u"Client not found in Kaspi"_s;
        invoice.isSandbox = true;
        invoice.isRecurring = false;
        invoice.expiresAt = invoice.createdAt.addDays(1);
        model->ingest({ invoice });
        const Invoice back = model->invoiceAt(0);
        QCOMPARE(back.id, 77);
        QCOMPARE(back.amount, invoice.amount);
        QCOMPARE(back.phone, invoice.phone);
        QCOMPARE(back.description, invoice.description);
        QCOMPARE(back.externalOrderId, invoice.externalOrderId);
        QCOMPARE(back.clientName, invoice.clientName);
        QCOMPARE(back.errorMessage, invoice.errorMessage);
        QCOMPARE(back.status, invoice.status);
        QCOMPARE(back.isSandbox, std::optional<bool>(true));
        QCOMPARE(back.isRecurring, std::optional<bool>(false));
        QCOMPARE(back.createdAt, invoice.createdAt);
        QCOMPARE(back.expiresAt, invoice.expiresAt);
        QVERIFY(!back.paidAt.isValid());
        QCOMPARE(
            model->data(model->index(0, InvoiceTableModel::Status), Qt::ToolTipRole).toString(), invoice.errorMessage);
        QCOMPARE(model->invoiceAt(5).id, 0); // out of range: empty invoice, no crash
    }

    void applyStatusUpdates_dataChangedPerChangedRow()
    {
        InvoiceTableModel* model = makeModel();
        model->ingest({ makeInvoice(1, 100, u"pending"_s), makeInvoice(2, 200, u"pending"_s),
            makeInvoice(3, 300, u"processing"_s) });
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        InvoiceStatusUpdate paid;
        paid.id = 2;
        paid.status = InvoiceStatus(u"paid"_s);
        InvoiceStatusUpdate same;
        same.id = 1;
        same.status = InvoiceStatus(u"pending"_s);
        InvoiceStatusUpdate unknownId;
        unknownId.id = 999;
        unknownId.status = InvoiceStatus(u"paid"_s);
        InvoiceStatusUpdate odd;
        odd.id = 3;
        odd.status = InvoiceStatus(u"qr_scanned"_s);
        model->applyStatusUpdates({ paid, same, unknownId, odd });
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 1);
        QCOMPARE(changed.at(1).at(0).toModelIndex().row(), 2);
        QCOMPARE(model->data(model->index(1, 0), InvoiceTableModel::StatusRole).toString(), u"paid"_s);
        QCOMPARE(model->data(model->index(2, InvoiceTableModel::Status)).toString(), u"qr_scanned"_s);
        QCOMPARE(model->nonFinalIdsInRange(0, 2), (QList<qint64> { 1, 3 }));
        QCOMPARE(model->nonFinalIdsInRange(-5, 100), (QList<qint64> { 1, 3 }));
        QCOMPARE(model->nonFinalIdsInRange(1, 1), QList<qint64>());
    }

    void upsert_newInvoice_insertedAtTop_existingUpdated()
    {
        InvoiceTableModel* model = makeModel();
        model->ingest({ makeInvoice(10, 100, u"pending"_s, u"first"_s), makeInvoice(9, 200, u"paid"_s) });
        QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
        model->upsert(makeInvoice(11, 500, u"processing"_s, u"new"_s));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->rowOfId(11), 0);
        QCOMPARE(model->rowOfId(10), 1);
        QCOMPARE(model->rowOfId(9), 2);
        model->upsert(makeInvoice(12, 600, u"processing"_s));
        QCOMPARE(model->rowOfId(12), 0);
        QCOMPARE(model->rowOfId(9), 3);
        model->ingest({ makeInvoice(8, 50, u"paid"_s) });
        QCOMPARE(model->rowOfId(8), 4);

        // A partial answer (cancel: id + status) keeps the other fields.
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        Invoice partial;
        partial.id = 10;
        partial.status = InvoiceStatus(u"cancelled"_s);
        model->upsert(partial);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model->rowCount(), 5);
        const Invoice updated = model->invoiceAt(model->rowOfId(10));
        QCOMPARE(updated.status.value(), InvoiceStatus::Cancelled);
        QCOMPARE(updated.description, u"first"_s);
        QCOMPARE(updated.amount, std::optional<Money>(Money::fromTiyn(100)));
        QCOMPARE(updated.phone, u"87001234567"_s);
    }

    void clear_dropsRowsAndIndex()
    {
        InvoiceTableModel* model = makeModel();
        model->ingest({ makeInvoice(1, 100, u"paid"_s) });
        model->clear();
        QCOMPARE(model->rowCount(), 0);
        QCOMPARE(model->rowOfId(1), -1);
        QVERIFY(!model->canFetchMore());
        model->ingest({ makeInvoice(1, 100, u"paid"_s) });
        QCOMPARE(model->rowOfId(1), 0);
    }

    void searchKey_containsIdPhoneDescriptionExternalId()
    {
        InvoiceTableModel* model = makeModel();
        model->ingest({ makeInvoice(42, 100, u"paid"_s, u"Кофе LATTE"_s) });
        const QString key = model->data(model->index(0, 0), InvoiceTableModel::SearchKeyRole).toString();
        QVERIFY(key.contains(u"42"_s));
        QVERIFY(key.contains(u"87001234567"_s));
        QVERIFY(key.contains(u"кофе latte"_s));
        QVERIFY(key.contains(u"order_42"_s));
    }

    void serverSortField_mapsSortableColumns()
    {
        QCOMPARE(InvoiceTableModel::serverSortField(InvoiceTableModel::CreatedAt), u"created_at"_s);
        QCOMPARE(InvoiceTableModel::serverSortField(InvoiceTableModel::Amount), u"amount"_s);
        QCOMPARE(InvoiceTableModel::serverSortField(InvoiceTableModel::ClientName), u"client_name"_s);
        QVERIFY(InvoiceTableModel::serverSortField(InvoiceTableModel::Description).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestInvoiceTableModel)
#include "tst_invoicetablemodel.moc"
