// The history file across versions: a file written by every earlier schema (the migration list cut short), filled
// with what that version could hold, opens in this build with everything kept; a migration that fails leaves the
// file at its old version and moves it aside.
#include "store/historyschema.h"
#include "store/historystore.h"
#include "store/searchtext.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace apipay;
using namespace Qt::StringLiterals;

namespace {

// Runs statements on a file through a raw connection, as an older ApiPay Desk would have.
class RawFile
{
public:
    explicit RawFile(const QString& path)
        : m_name(u"raw-"_s + path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
    }
    ~RawFile()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    bool exec(const QString& statement)
    {
        QSqlQuery query(db());
        const bool ok = query.exec(statement);
        if (!ok) {
            qWarning() << statement << query.lastError().text();
        }
        return ok;
    }
    int version()
    {
        QSqlQuery query(db());
        return query.exec(u"PRAGMA user_version"_s) && query.next() ? query.value(0).toInt() : -1;
    }

private:
    QString m_name;
};

// What each version could hold, written with that version's own columns.
void fill(RawFile& file, int version)
{
    if (version >= 1) {
        QVERIFY(file.exec(
            u"INSERT INTO invoices(id, status, amount, total_refunded, description, external_order_id, phone, "
            u"client_name, internal_comment, created_at, paid_at) VALUES(501, 'paid', 1250050, 20000, "
            u"'Торт «Наполеон»', 'ORD-77', '87071234567', 'Айгерим', 'позвонить', 1764806400000, 1764806460000)"_s));
        QVERIFY(file.exec(u"INSERT INTO invoice_items(invoice_id, position, id, name, price, count) "
                          u"VALUES(501, 0, 9, 'Эклер', 125005, 10)"_s));
        QVERIFY(file.exec(u"INSERT INTO refunds(id, invoice_id, amount, status, reason, created_at) "
                          u"VALUES(31, 501, 20000, 'completed', 'сломан', 1764810000000)"_s));
        QVERIFY(file.exec(u"INSERT INTO refund_items(refund_id, position, id, name, price, count, amount) "
                          u"VALUES(31, 0, 4, 'Эклер', 20000, 1, 20000)"_s));
        QVERIFY(file.exec(u"INSERT INTO sync_state(key, value) VALUES('newest_invoice_id', '501')"_s));
    }
    if (version >= 2) {
        QVERIFY(file.exec(u"INSERT INTO subscriptions(id, phone, amount, billing_period, status, subscriber_name) "
                          u"VALUES(7, '87770001122', 500000, 'monthly', 'active', 'Ерлан')"_s));
        QVERIFY(file.exec(u"INSERT INTO subscription_invoices(id, subscription_id, invoice_id, period_start, "
                          u"amount, status) VALUES(70, 7, 501, '2026-11-01', 500000, 'paid')"_s));
        QVERIFY(file.exec(u"INSERT INTO catalog_items(id, name, selling_price, unit_id, status) "
                          u"VALUES(12, 'Самса', 45000, 1, 'active')"_s));
        QVERIFY(file.exec(u"INSERT INTO units(id, name, name_kaz) VALUES(1, 'шт', 'дана')"_s));
    }
    if (version >= 3) {
        // The invoice's entry in the full-text index, as that version wrote it (the note from version 4 on).
        search::InvoiceFields fields { 501, u"Торт «Наполеон»"_s, u"ORD-77"_s, u"87071234567"_s, u"Айгерим"_s,
            { u"Эклер"_s }, version >= 4 ? u"позвонить"_s : QString() };
        QSqlQuery insert(file.db());
        QVERIFY(insert.prepare(u"INSERT INTO invoice_search(rowid, body) VALUES(501, ?)"_s));
        insert.addBindValue(search::invoiceText(fields));
        QVERIFY(insert.exec());
    }
}

} // namespace

class tst_HistoryMigrations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyEarlierVersion_opensWithItsDataKept_data()
    {
        QTest::addColumn<int>("version");
        for (int v = 0; v < history::currentVersion(); ++v) {
            QTest::addRow("from version %d", v) << v;
        }
    }

    void everyEarlierVersion_opensWithItsDataKept()
    {
        QFETCH(int, version);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"shop.sqlite"_s);
        {
            RawFile file(path);
            QSqlDatabase db = file.db();
            QVERIFY(history::migrate(db, version).ok());
            QCOMPARE(file.version(), version);
            fill(file, version);
        }

        HistoryStore store;
        const StoreStatus opened = store.open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QVERIFY(!store.wasRebuilt());

        if (version >= 1) {
            const auto invoice = store.invoice(501);
            QVERIFY(invoice.ok());
            QVERIFY(invoice.value().has_value());
            QCOMPARE(invoice.value()->amount, Money::fromTiyn(1250050));
            QCOMPARE(invoice.value()->clientName, u"Айгерим"_s);
            QCOMPARE(invoice.value()->internalComment, std::optional<QString>(u"позвонить"_s));
            QCOMPARE(invoice.value()->paidAt, QDateTime(QDate(2025, 12, 4), QTime(0, 1), QTimeZone::utc()));
            QCOMPARE(invoice.value()->items.size(), 1);
            QCOMPARE(invoice.value()->items.first().name, u"Эклер"_s);
            const auto refunds = store.refundsOfInvoice(501);
            QVERIFY(refunds.ok());
            QCOMPARE(refunds.value().size(), 1);
            QCOMPARE(refunds.value().first().reason, u"сломан"_s);
            QCOMPARE(refunds.value().first().items.size(), 1);
            QCOMPARE(store.syncValue(u"newest_invoice_id"_s).value(), u"501"_s);
            // The search index of version 3 was filled from the invoices already there; version 4 added the note.
            for (const QString& words :
                { u"наполеон"_s, u"ORD-77"_s, u"+7 707 123"_s, u"эклер"_s, u"айгер"_s, u"позвон"_s }) {
                HistoryQuery query;
                query.text = words;
                QCOMPARE(store.countInvoices(query).value(), qint64(1));
            }
            // Version 5's refund index was filled from the refunds already there: the refund is found by its
            // number, its invoice's number, its reason and item, and by its invoice's customer.
            for (const QString& words :
                { u"31"_s, u"501"_s, u"сломан"_s, u"эклер"_s, u"айгерим"_s, u"8 707 123 45 67"_s, u"наполеон"_s }) {
                RefundHistoryQuery query;
                query.text = words;
                const auto rows = store.findRefunds(query);
                QVERIFY2(rows.ok(), qPrintable(rows.error()));
                QCOMPARE(rows.value().size(), 1);
                QCOMPARE(rows.value().first().id, qint64(31));
                QCOMPARE(store.refundTotals(query).value().total, Money::fromTiyn(20000));
            }
        }
        if (version >= 2) {
            const auto subscriptions = store.subscriptions();
            QVERIFY(subscriptions.ok());
            QCOMPARE(subscriptions.value().size(), 1);
            QCOMPARE(subscriptions.value().first().subscriberName, u"Ерлан"_s);
            QCOMPARE(subscriptions.value().first().amount, Money::fromTenge(5000));
            QCOMPARE(store.billingHistory(7).value().size(), 1);
            QCOMPARE(store.catalog().value().size(), 1);
            QCOMPARE(store.catalog().value().first().name, u"Самса"_s);
            QCOMPARE(store.units().value().first().nameKaz, u"дана"_s);
        }
        store.close();
        RawFile reopened(path);
        QCOMPARE(reopened.version(), history::currentVersion());
    }

    void failingMigration_keepsTheOldVersion_andMovesTheFileAside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"shop.sqlite"_s);
        {
            RawFile file(path);
            QSqlDatabase db = file.db();
            QVERIFY(history::migrate(db, 1).ok());
            fill(file, 1);
            // Something version 2 will try to create already exists: its migration fails half-way.
            QVERIFY(file.exec(u"CREATE TABLE units (x)"_s));
        }

        HistoryStore store;
        QSignalSpy damaged(&store, &HistoryStore::historyDamaged);
        const StoreStatus opened = store.open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QVERIFY(store.wasRebuilt());
        QCOMPARE(damaged.size(), 1);
        QVERIFY2(store.rebuildReason().contains(u"version 2"_s), qPrintable(store.rebuildReason()));
        QCOMPARE(store.countInvoices({}).value(), qint64(0));
        store.close();

        // The moved file was rolled back to version 1, with its invoice and without half of version 2.
        RawFile aside(QFileInfo(store.damagedCopyPath()).absoluteFilePath());
        QCOMPARE(aside.version(), 1);
        QSqlQuery query(aside.db());
        QVERIFY(query.exec(u"SELECT count(*) FROM invoices"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY(query.exec(u"SELECT count(*) FROM sqlite_schema WHERE name = 'subscriptions'"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_HistoryMigrations)
#include "tst_historymigrations.moc"
