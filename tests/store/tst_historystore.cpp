// The history store as the views and the sync will use it: the file (owner-only, newer versions refused, damaged
// files moved aside), idempotent upserts, the invoice search a person types into, and the takings of a period.
#include "store/historyschema.h"
#include "store/historystore.h"
#include "testrecords.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace apipay;
using namespace Qt::StringLiterals;

// A store call that must succeed; a failure shows the store's own message.
#define VERIFY_OK(call)                                                                                                \
    do {                                                                                                               \
        const auto result_ = (call);                                                                                   \
        QVERIFY2(result_.ok(), qPrintable(result_.error()));                                                           \
    } while (false)

namespace {

QDateTime utc(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), QTimeZone::utc());
}

Refund refundOf(qint64 id, qint64 invoiceId, qint64 tiyn, const QString& status, const QDateTime& created)
{
    return test::refundOf(id, invoiceId, Money::fromTiyn(tiyn), status, created);
}

Invoice invoice(qint64 id, const QString& status, qint64 tiyn, const QDateTime& created)
{
    Invoice i;
    i.id = id;
    i.status = InvoiceStatus(status);
    i.amount = Money::fromTiyn(tiyn);
    i.createdAt = created;
    if (status == u"paid" || status == u"partially_refunded" || status == u"refunded") {
        i.paidAt = created.addSecs(60);
    }
    return i;
}

QList<qint64> ids(const StoreResult<QList<Invoice>>& rows)
{
    QList<qint64> out;
    for (const Invoice& row : rows.value()) {
        out.append(row.id);
    }
    return out;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_HistoryStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<HistoryStore> m_store;

    QList<qint64> search(const QString& text)
    {
        HistoryQuery query;
        query.text = text;
        const auto rows = m_store->findInvoices(query);
        if (!rows.ok()) {
            qWarning() << rows.error();
        }
        return ids(rows);
    }

    // The shop of the search tests.
    void fillSearchShop()
    {
        Invoice cake = invoice(1001, u"paid"_s, 1250000, utc(3, 9));
        cake.description = u"Торт «Наполеон» на заказ"_s;
        cake.externalOrderId = u"ORD-2026-17"_s;
        cake.phone = u"87071234567"_s;
        cake.clientName = u"Айгерим Сапарова"_s;
        InvoiceItem eclair;
        eclair.name = u"Эклер шоколадный"_s;
        eclair.count = 6;
        eclair.price = Money::fromTenge(450);
        cake.items = { eclair };

        Invoice tree = invoice(1002, u"pending"_s, 990000, utc(3, 10));
        tree.description = u"Ёлка искусственная"_s;
        tree.phone = u"87770001122"_s;
        tree.clientName = u"Қайрат Әлиев"_s;

        Invoice coffee = invoice(1003, u"paid"_s, 150000, utc(3, 11));
        coffee.description = u"Coffee and croissant"_s;
        coffee.externalOrderId = u"A-17"_s;
        coffee.phone = u"87011112233"_s;
        coffee.clientName = u"John Smith"_s;
        VERIFY_OK(m_store->upsertInvoices({ cake, tree, coffee }));
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"history/shop-1.sqlite"_s);
        QFile::remove(m_path);
        m_store = std::make_unique<HistoryStore>();
        const StoreStatus opened = m_store->open(m_path);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
    }

    void cleanup()
    {
        m_store.reset();
        for (const QString& name : QDir(m_dir.filePath(u"history"_s)).entryList(QDir::Files)) {
            QFile::remove(m_dir.filePath(u"history/"_s + name));
        }
    }

    void defaultPath_isPerAccountInTheAppDataFolder()
    {
        const QString path = HistoryStore::defaultPath(u"acc/../7"_s);
        QVERIFY2(path.endsWith(u"/history/acc____7.sqlite"_s), qPrintable(path));
    }

    void file_isReadableByItsOwnerOnly()
    {
#ifdef Q_OS_UNIX
        VERIFY_OK(m_store->upsertInvoices({ invoice(1, u"paid"_s, 100, utc(1, 8)) }));
        QCOMPARE(QFileInfo(m_path).permissions() & ~(QFile::ReadUser | QFile::WriteUser),
            QFile::ReadOwner | QFile::WriteOwner);
        for (const QString& suffix : { u"-wal"_s, u"-shm"_s }) {
            if (QFileInfo::exists(m_path + suffix)) {
                const auto others = QFileInfo(m_path + suffix).permissions()
                    & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther);
                QCOMPARE(others, QFile::Permissions());
            }
        }
#else
        QSKIP("owner-only file modes are checked on Unix");
#endif
    }

    void file_isWalAtTheCurrentVersion_withNoColumnForAKey()
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        {
            QSqlQuery query(db);
            QVERIFY(query.exec(u"PRAGMA journal_mode"_s) && query.next());
            QCOMPARE(query.value(0).toString(), u"wal"_s);
            QVERIFY(query.exec(u"PRAGMA user_version"_s) && query.next());
            QCOMPARE(query.value(0).toInt(), HistoryStore::schemaVersion());
            // No column anywhere could hold an API key.
            QVERIFY(query.exec(u"SELECT count(*) FROM sqlite_schema WHERE sql LIKE '%key%' AND name != 'sync_state'"
                               u" AND sql NOT LIKE '%PRIMARY KEY%' AND sql NOT LIKE '%FOREIGN KEY%'"_s)
                && query.next());
            QCOMPARE(query.value(0).toInt(), 0);
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"peek"_s);
    }

    void newerFile_isRefused_andLeftUntouched()
    {
        m_store.reset();
        QFile::remove(m_path);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newer"_s);
            db.setDatabaseName(m_path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"CREATE TABLE future (x)"_s));
            QVERIFY(query.exec(u"INSERT INTO future VALUES ('kept')"_s));
            QVERIFY(query.exec(u"PRAGMA user_version = "_s + QString::number(HistoryStore::schemaVersion() + 1)));
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"newer"_s);
        const QByteArray before = readAll(m_path);

        HistoryStore store;
        QSignalSpy damaged(&store, &HistoryStore::historyDamaged);
        const StoreStatus opened = store.open(m_path);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(u"newer version of ApiPay Desk"_s), qPrintable(opened.error()));
        QVERIFY(!store.isOpen());
        QVERIFY(!store.wasRebuilt());
        QCOMPARE(damaged.size(), 0);
        QCOMPARE(readAll(m_path), before);
        QCOMPARE(QDir(QFileInfo(m_path).absolutePath()).entryList({ u"*.damaged-*"_s }, QDir::Files).size(), 0);
        QVERIFY(!store.upsertInvoices({ invoice(1, u"paid"_s, 100, utc(1, 8)) }).ok());
    }

    void garbageFile_isMovedAside_andAFreshStoreWorks()
    {
        m_store.reset();
        const QByteArray garbage = QByteArray("This is not a database at all. ").repeated(200);
        {
            QFile file(m_path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(garbage);
        }
        HistoryStore store;
        QSignalSpy damaged(&store, &HistoryStore::historyDamaged);
        const StoreStatus opened = store.open(m_path);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QVERIFY(store.wasRebuilt());
        QCOMPARE(damaged.size(), 1);
        QVERIFY2(store.rebuildReason().contains(u"the history is being read again from the server"_s),
            qPrintable(store.rebuildReason()));
        QVERIFY2(store.rebuildReason().contains(u"not a readable database: file is not a database"_s),
            qPrintable(store.rebuildReason()));
        QCOMPARE(damaged.first().at(1).toString(), store.damagedCopyPath());
        QVERIFY2(QFileInfo(store.damagedCopyPath()).fileName().startsWith(u"shop-1.sqlite.damaged-"_s),
            qPrintable(store.damagedCopyPath()));
        QCOMPARE(readAll(store.damagedCopyPath()), garbage);

        VERIFY_OK(store.upsertInvoices({ invoice(5, u"paid"_s, 100, utc(1, 8)) }));
        QCOMPARE(store.countInvoices({}).value(), qint64(1));
    }

    void truncatedFile_isMovedAside_andAFreshStoreWorks()
    {
        QList<Invoice> page;
        for (int n = 0; n < 400; ++n) {
            Invoice i = invoice(10 + n, u"paid"_s, 1000 + n, utc(2, 8).addSecs(n * 60));
            i.description = u"Заказ номер %1 с длинным описанием, чтобы файл занял много страниц"_s.arg(n);
            page.append(i);
        }
        VERIFY_OK(m_store->upsertInvoices(page));
        m_store.reset(); // the last connection checkpoints the log into the file
        QVERIFY(!QFileInfo::exists(m_path + u"-wal"_s) || QFileInfo(m_path + u"-wal"_s).size() == 0);
        const qint64 size = QFileInfo(m_path).size();
        QVERIFY(size > 32 * 1024);
        QVERIFY(QFile::resize(m_path, size / 2));

        HistoryStore store;
        QSignalSpy damaged(&store, &HistoryStore::historyDamaged);
        const StoreStatus opened = store.open(m_path);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QVERIFY(store.wasRebuilt());
        QCOMPARE(damaged.size(), 1);
        QCOMPARE(QFileInfo(store.damagedCopyPath()).size(), size / 2);
        QCOMPARE(store.countInvoices({}).value(), qint64(0));
        VERIFY_OK(store.upsertInvoices({ invoice(5, u"paid"_s, 100, utc(1, 8)) }));
        QCOMPARE(store.countInvoices({}).value(), qint64(1));
    }

    void damagedPage_afterACrash_isFoundByTheFullCheck()
    {
        QList<Invoice> page;
        for (int n = 0; n < 400; ++n) {
            Invoice i = invoice(10 + n, u"paid"_s, 1000 + n, utc(2, 8).addSecs(n * 60));
            i.description = u"Заказ номер %1 с длинным описанием, чтобы файл занял много страниц"_s.arg(n);
            page.append(i);
        }
        VERIFY_OK(m_store->upsertInvoices(page));
        m_store.reset();
        {
            // The last user never closed the file (it crashed).
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"crash"_s);
            db.setDatabaseName(m_path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"UPDATE sync_state SET value = '0' WHERE key = 'store.closed_cleanly'"_s));
            QCOMPARE(query.numRowsAffected(), 1);
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"crash"_s);
        // Scribble over a page in the middle of the file; the file keeps its length.
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 8 * 4096);
        QVERIFY(file.seek(file.size() / 2 / 4096 * 4096));
        QVERIFY(file.write(QByteArray(4096, '\x5a')) == 4096);
        file.close();

        HistoryStore store;
        const StoreStatus opened = store.open(m_path);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QVERIFY(store.wasRebuilt());
        QVERIFY2(store.rebuildReason().contains(u"integrity"_s) || store.rebuildReason().contains(u"readable"_s),
            qPrintable(store.rebuildReason()));
        QCOMPARE(store.countInvoices({}).value(), qint64(0));
    }

    void samePageTwice_givesTheSameRows()
    {
        fillSearchShop();
        fillSearchShop();
        QCOMPARE(m_store->countInvoices({}).value(), qint64(3));
        QCOMPARE(search(u"эклер"_s), QList<qint64> { 1001 });
        const auto cake = m_store->invoice(1001);
        QVERIFY(cake.ok() && cake.value());
        QCOMPARE(cake.value()->items.size(), 1);
        QCOMPARE(cake.value()->items.first().price, Money::fromTenge(450));
        QCOMPARE(cake.value()->phone, u"87071234567"_s);
        QCOMPARE(cake.value()->createdAt, utc(3, 9));
        QCOMPARE(cake.value()->status.raw(), u"paid"_s);
    }

    void statusChange_updatesTheRow_andTheStatusFilter()
    {
        VERIFY_OK(m_store->upsertInvoices({ invoice(7, u"pending"_s, 5000, utc(4, 9)) }));
        HistoryQuery paid;
        paid.statuses = { InvoiceStatus::Paid };
        QCOMPARE(m_store->countInvoices(paid).value(), qint64(0));

        VERIFY_OK(m_store->upsertInvoices({ invoice(7, u"paid"_s, 5000, utc(4, 9)) }));
        QCOMPARE(ids(m_store->findInvoices(paid)), QList<qint64> { 7 });
        QCOMPARE(m_store->countInvoices({}).value(), qint64(1));

        // v2.1 keeps "paid" for a fully refunded invoice: a person sees it as Refunded.
        Invoice refunded = invoice(7, u"paid"_s, 5000, utc(4, 9));
        refunded.isFullyRefunded = true;
        refunded.totalRefunded = Money::fromTiyn(5000);
        VERIFY_OK(m_store->upsertInvoices({ refunded }));
        HistoryQuery shownRefunded;
        shownRefunded.statuses = { InvoiceStatus::Refunded };
        QCOMPARE(ids(m_store->findInvoices(shownRefunded)), QList<qint64> { 7 });
        QCOMPARE(m_store->countInvoices(paid).value(), qint64(0));
    }

    void listRowWithoutItems_keepsStoredItemsAndOptionalKeys()
    {
        Invoice detail = invoice(8, u"paid"_s, 90000, utc(4, 9));
        detail.internalComment = u"VIP"_s;
        InvoiceItem tea;
        tea.name = u"Шай"_s;
        tea.count = 2;
        detail.items = { tea };
        VERIFY_OK(m_store->upsertInvoices({ detail }));

        Invoice listRow = invoice(8, u"paid"_s, 90000, utc(4, 9)); // no items, no internal_comment key
        listRow.description = u"Чайная пара"_s;
        VERIFY_OK(m_store->upsertInvoices({ listRow }));
        const auto stored = m_store->invoice(8);
        QCOMPARE(stored.value()->items.size(), 1);
        QCOMPARE(stored.value()->internalComment, std::optional<QString>(u"VIP"_s));
        QCOMPARE(search(u"шай"_s), QList<qint64> { 8 });
        QCOMPARE(search(u"чайная"_s), QList<qint64> { 8 });
    }

    void writes_tellViewsToReadAgain()
    {
        QSignalSpy invoices(m_store.get(), &HistoryStore::invoicesChanged);
        QSignalSpy refunds(m_store.get(), &HistoryStore::refundsChanged);
        QSignalSpy catalog(m_store.get(), &HistoryStore::catalogChanged);
        fillSearchShop();
        QCOMPARE(invoices.count(), 1); // one page written, one signal
        VERIFY_OK(m_store->removeInvoice(1001));
        QCOMPARE(invoices.count(), 2);
        QCOMPARE(refunds.count(), 0);
        QCOMPARE(catalog.count(), 0);
        m_store->close();
        QVERIFY(!m_store->upsertInvoices({ invoice(7, u"paid"_s, 100, utc(3, 11)) }).ok());
        QCOMPARE(invoices.count(), 2); // a failed write announces nothing
    }

    void removedInvoice_leavesListAndSearch()
    {
        fillSearchShop();
        VERIFY_OK(m_store->removeInvoice(1001));
        QCOMPARE(m_store->countInvoices({}).value(), qint64(2));
        QVERIFY(search(u"наполеон"_s).isEmpty());
        QVERIFY(!m_store->invoice(1001).value().has_value());
    }

    void search_findsWhatAPersonTypes_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QList<qint64>>("found");
        QTest::newRow("word of the description") << u"наполеон"_s << QList<qint64> { 1001 };
        QTest::newRow("invoice number") << u"1002"_s << QList<qint64> { 1002 };
        QTest::newRow("order id as written") << u"ORD-2026-17"_s << QList<qint64> { 1001 };
        QTest::newRow("order id without dashes") << u"ord202617"_s << QList<qint64> { 1001 };
        QTest::newRow("order id part, two invoices") << u"17"_s << QList<qint64> { 1003, 1001 };
        QTest::newRow("phone from 8") << u"87071234567"_s << QList<qint64> { 1001 };
        QTest::newRow("phone from 8, prefix") << u"8707"_s << QList<qint64> { 1001 };
        QTest::newRow("phone from 7") << u"77071234567"_s << QList<qint64> { 1001 };
        QTest::newRow("phone +7 with spaces") << u"+7 707 123 45 67"_s << QList<qint64> { 1001 };
        QTest::newRow("phone with brackets and dashes") << u"8 (707) 123-45"_s << QList<qint64> { 1001 };
        QTest::newRow("phone, last ten digits") << u"707 123"_s << QList<qint64> { 1001 };
        QTest::newRow("item name") << u"эклер"_s << QList<qint64> { 1001 };
        QTest::newRow("customer name") << u"Сапарова"_s << QList<qint64> { 1001 };
        QTest::newRow("prefix") << u"Айгер"_s << QList<qint64> { 1001 };
        QTest::newRow("Cyrillic upper case") << u"АЙГЕРИМ"_s << QList<qint64> { 1001 };
        QTest::newRow("Cyrillic lower case") << u"айгерим"_s << QList<qint64> { 1001 };
        QTest::newRow("ё typed as е") << u"елка"_s << QList<qint64> { 1002 };
        QTest::newRow("ё typed as ё") << u"Ёлка"_s << QList<qint64> { 1002 };
        QTest::newRow("Kazakh letters typed on a Russian layout") << u"кайрат алиев"_s << QList<qint64> { 1002 };
        QTest::newRow("Kazakh letters as written") << u"ҚАЙРАТ"_s << QList<qint64> { 1002 };
        QTest::newRow("two words, both must match") << u"торт айгерим"_s << QList<qint64> { 1001 };
        QTest::newRow("two words, one missing") << u"торт smith"_s << QList<qint64> {};
        QTest::newRow("Latin, any case") << u"CROISS"_s << QList<qint64> { 1003 };
        QTest::newRow("quotes and stars are just text") << u"\"торт*\" OR NOT"_s << QList<qint64> {};
        QTest::newRow("only punctuation lists everything") << u" -*- "_s << QList<qint64> { 1003, 1002, 1001 };
    }

    void search_findsWhatAPersonTypes()
    {
        QFETCH(QString, typed);
        QFETCH(QList<qint64>, found);
        fillSearchShop();
        QCOMPARE(search(typed), found);
    }

    void search_manyMatches_pagesNewestFirst()
    {
        // Enough matches for the store to walk the creation index instead of sorting the matches.
        QList<Invoice> page;
        for (int n = 0; n < 700; ++n) {
            Invoice i = invoice(5000 + n, n % 2 ? u"paid"_s : u"pending"_s, 100 + n, utc(1, 0).addSecs(n * 600));
            i.description = u"Самса с мясом"_s;
            page.append(i);
        }
        VERIFY_OK(m_store->upsertInvoices(page));
        HistoryQuery query;
        query.text = u"самс"_s;
        query.limit = 3;
        query.offset = 2;
        QCOMPARE(ids(m_store->findInvoices(query)), (QList<qint64> { 5697, 5696, 5695 }));
        QCOMPARE(m_store->countInvoices(query).value(), qint64(700));
        query.statuses = { InvoiceStatus::Paid };
        QCOMPARE(ids(m_store->findInvoices(query)), (QList<qint64> { 5695, 5693, 5691 }));
        QCOMPARE(m_store->countInvoices(query).value(), qint64(350));
        query.order = Qt::AscendingOrder;
        QCOMPARE(ids(m_store->findInvoices(query)), (QList<qint64> { 5005, 5007, 5009 }));
        query.sortKey = HistoryQuery::SortKey::Amount;
        query.order = Qt::DescendingOrder;
        QCOMPARE(ids(m_store->findInvoices(query)), (QList<qint64> { 5695, 5693, 5691 }));
    }

    void search_byCreation_pagesBothWays()
    {
        QList<Invoice> page;
        for (int n = 0; n < 250; ++n) {
            Invoice i = invoice(100 + n, u"pending"_s, 100, utc(2, 0).addSecs(n * 60));
            i.description = n % 2 ? u"Латте"_s : u"Капучино"_s;
            page.append(i);
        }
        VERIFY_OK(m_store->upsertInvoices(page));
        HistoryQuery query;
        query.text = u"латте"_s;
        query.limit = 3;
        query.offset = 1;
        QCOMPARE(ids(m_store->findInvoices(query)), (QList<qint64> { 347, 345, 343 })); // newest first, after the first
        query.order = Qt::AscendingOrder;
        QCOMPARE(ids(m_store->findInvoices(query)), (QList<qint64> { 103, 105, 107 }));
        query.offset = 124; // the last page holds one
        QCOMPARE(ids(m_store->findInvoices(query)), (QList<qint64> { 349 }));
        QCOMPARE(m_store->countInvoices(query).value(), qint64(125));
    }

    // An invoice whose number is out of step with its creation time (imported, or a server that numbers otherwise):
    // the creation order is still the creation order, also after the file is opened again.
    void search_byCreation_idsOutOfStepWithCreation()
    {
        const auto latte = [](qint64 id, const QDateTime& created) {
            Invoice i = invoice(id, u"pending"_s, 100, created);
            i.description = u"Латте"_s;
            return i;
        };
        VERIFY_OK(m_store->upsertInvoices({ latte(10, utc(5, 9)), latte(20, utc(5, 10)), latte(30, utc(5, 11)) }));
        HistoryQuery query;
        query.text = u"латте"_s;
        QCOMPARE(ids(m_store->findInvoices(query)), (QList<qint64> { 30, 20, 10 }));
        // Number 25 was created first of all.
        VERIFY_OK(m_store->upsertInvoices({ latte(25, utc(5, 8)) }));
        QCOMPARE(ids(m_store->findInvoices(query)), (QList<qint64> { 30, 20, 10, 25 }));
        query.order = Qt::AscendingOrder;
        QCOMPARE(ids(m_store->findInvoices(query)), (QList<qint64> { 25, 10, 20, 30 }));
        query.sortKey = HistoryQuery::SortKey::Id;
        QCOMPARE(ids(m_store->findInvoices(query)), (QList<qint64> { 10, 20, 25, 30 }));

        m_store.reset();
        m_store = std::make_unique<HistoryStore>();
        VERIFY_OK(m_store->open(m_path));
        query = {};
        query.text = u"латте"_s;
        QCOMPARE(ids(m_store->findInvoices(query)), (QList<qint64> { 30, 20, 10, 25 }));
    }

    // A file written before the store kept the creation order: the first opening finds it by itself.
    void search_byCreation_fileWithoutTheOrderKept()
    {
        const auto tea = [](qint64 id, const QDateTime& created) {
            Invoice i = invoice(id, u"pending"_s, 100, created);
            i.description = u"Чай"_s;
            return i;
        };
        VERIFY_OK(m_store->upsertInvoices({ tea(1, utc(6, 12)), tea(2, utc(6, 9)), tea(3, utc(6, 10)) }));
        m_store.reset();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"older"_s);
            db.setDatabaseName(m_path);
            QVERIFY(db.open());
            QSqlQuery forget(db);
            QVERIFY(forget.exec(u"DELETE FROM sync_state WHERE key LIKE 'store.invoice_ids%'"_s));
            QCOMPARE(forget.numRowsAffected(), 1);
            forget.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"older"_s);
        m_store = std::make_unique<HistoryStore>();
        VERIFY_OK(m_store->open(m_path));
        HistoryQuery query;
        query.text = u"чай"_s;
        QCOMPARE(ids(m_store->findInvoices(query)), (QList<qint64> { 1, 3, 2 }));
    }

    void filters_periodStatusSortAndPaging()
    {
        fillSearchShop();
        HistoryQuery query;
        query.from = utc(3, 10);
        query.to = utc(3, 11);
        QCOMPARE(ids(m_store->findInvoices(query)), QList<qint64> { 1002 });

        query = {};
        query.statuses = { InvoiceStatus::Paid };
        query.sortKey = HistoryQuery::SortKey::Amount;
        query.order = Qt::AscendingOrder;
        QCOMPARE(ids(m_store->findInvoices(query)), (QList<qint64> { 1003, 1001 }));
        QCOMPARE(m_store->countInvoices(query).value(), qint64(2));

        query = {};
        query.limit = 2;
        query.offset = 1;
        QCOMPARE(ids(m_store->findInvoices(query)), (QList<qint64> { 1002, 1001 }));
        QCOMPARE(m_store->countInvoices(query).value(), qint64(3));
    }

    void totals_ofAPeriod_areExact()
    {
        // In the period (November 10): three paid, one partly refunded, one cancelled.
        Invoice partly = invoice(24, u"partially_refunded"_s, 500000, utc(10, 15));
        partly.totalRefunded = Money::fromTiyn(120000);
        VERIFY_OK(m_store->upsertInvoices({
            invoice(21, u"paid"_s, 150000, utc(10, 9)),
            invoice(22, u"paid"_s, 275050, utc(10, 11)),
            invoice(23, u"paid"_s, 99000, utc(10, 13)),
            partly,
            invoice(25, u"cancelled"_s, 300000, utc(10, 16)),
            // Outside: paid the day before, and paid just at the end of the period.
            invoice(26, u"paid"_s, 777700, utc(9, 12)),
            invoice(27, u"paid"_s, 888800, utc(10, 23, 59)),
        }));
        VERIFY_OK(m_store->upsertRefunds({ refundOf(240, 24, 120000, u"completed"_s, utc(10, 17)) }));

        const auto totals = m_store->totals(utc(10, 0), utc(11, 0));
        QVERIFY2(totals.ok(), qPrintable(totals.error()));
        QCOMPARE(totals.value().paidTakings, Money::fromTiyn(1024050)); // 1 500 + 2 750.50 + 990 + 5 000
        QCOMPARE(totals.value().refunds, Money::fromTiyn(120000)); // 1 200
        QCOMPARE(totals.value().net, Money::fromTiyn(904050)); // 9 040.50
        QCOMPARE(totals.value().invoiceCount, qint64(4));
        QCOMPARE(totals.value().averageTicket, Money::fromTiyn(256013)); // 2 560.125 → 2 560.13
        QCOMPARE(totals.value().unreadableAmounts, qint64(0));

        const auto empty = m_store->totals(utc(20, 0), utc(21, 0));
        QCOMPARE(empty.value().paidTakings, Money());
        QCOMPARE(empty.value().averageTicket, Money());
    }

    void totals_refundsCountOnTheDayMade_failedOnesNot()
    {
        Invoice v21 = invoice(31, u"paid"_s, 400000, utc(10, 9));
        v21.isFullyRefunded = true; // v2.1: still "paid", only the flag says it was refunded in full
        VERIFY_OK(m_store->upsertInvoices({ v21, invoice(32, u"refunded"_s, 100000, utc(9, 10)) }));
        VERIFY_OK(m_store->upsertRefunds({
            refundOf(310, 31, 400000, u"completed"_s, utc(10, 12)),
            refundOf(320, 32, 100000, u"processing"_s, utc(10, 8)), // of the day before's sale, made on the 10th
            refundOf(321, 32, 100000, u"failed"_s, utc(10, 7)), // failed: the money never left
            refundOf(322, 32, 50000, u"completed"_s, utc(11, 0)), // the next day
            refundOf(323, 32, Money::invoiceMaximum().tiyn() + 1, u"completed"_s, utc(10, 13)), // cannot be real
        }));
        const auto totals = m_store->totals(utc(10, 0), utc(11, 0));
        QVERIFY2(totals.ok(), qPrintable(totals.error()));
        QCOMPARE(totals.value().paidTakings, Money::fromTiyn(400000));
        QCOMPARE(totals.value().refunds, Money::fromTiyn(500000)); // 4 000 + 1 000
        QCOMPARE(totals.value().net, Money::fromTiyn(-100000)); // more refunded than taken that day
        QCOMPARE(totals.value().unreadableRefunds, qint64(1));
        QCOMPARE(totals.value().invoiceCount, qint64(1));
    }

    void totals_impossibleAmount_isCountedNotAdded()
    {
        VERIFY_OK(m_store->upsertInvoices(
            { invoice(41, u"paid"_s, 100000, utc(10, 9)), invoice(42, u"paid"_s, -5, utc(10, 10)),
                invoice(43, u"paid"_s, Money::invoiceMaximum().tiyn() + 1, utc(10, 11)) }));
        const auto totals = m_store->totals(utc(10, 0), utc(11, 0));
        QCOMPARE(totals.value().paidTakings, Money::fromTiyn(100000));
        QCOMPARE(totals.value().invoiceCount, qint64(3));
        QCOMPARE(totals.value().unreadableAmounts, qint64(2));
        QCOMPARE(totals.value().averageTicket, Money::fromTiyn(100000));
    }

    void refundsSubscriptionsCatalog_roundTrip()
    {
        Refund refund;
        refund.id = 900;
        refund.invoiceId = 1001;
        refund.amount = Money::fromTenge(450);
        refund.status = u"completed"_s;
        refund.createdAt = utc(5, 12);
        RefundItem item;
        item.name = u"Эклер"_s;
        item.count = 1;
        refund.items = { item };
        VERIFY_OK(m_store->upsertRefunds({ refund }));
        refund.status = u"failed"_s;
        VERIFY_OK(m_store->upsertRefunds({ refund }));
        const auto refunds = m_store->refundsOfInvoice(1001);
        QCOMPARE(refunds.value().size(), 1);
        QCOMPARE(refunds.value().first().status, u"failed"_s);
        QCOMPARE(refunds.value().first().items.size(), 1);

        Subscription subscription;
        subscription.id = 3;
        subscription.phone = u"87001234567"_s;
        subscription.amount = Money::fromTenge(2000);
        subscription.status = u"active"_s;
        subscription.startedAt = QDate(2026, 10, 1);
        subscription.stats = SubscriptionStats { 4, 3, 1, Money::fromTenge(6000) };
        VERIFY_OK(m_store->upsertSubscriptions({ subscription }));
        SubscriptionInvoice billed;
        billed.id = 30;
        billed.invoiceId = 1001;
        billed.periodStart = QDate(2026, 11, 1);
        billed.status = u"paid"_s;
        VERIFY_OK(m_store->replaceBillingHistory(3, { billed }));
        const auto subscriptions = m_store->subscriptions();
        QCOMPARE(subscriptions.value().size(), 1);
        QCOMPARE(subscriptions.value().first().startedAt, QDate(2026, 10, 1));
        QCOMPARE(subscriptions.value().first().stats->totalCollected, Money::fromTenge(6000));
        QVERIFY(!subscriptions.value().first().lastPayment.has_value());
        QCOMPARE(m_store->billingHistory(3).value().first().periodStart, QDate(2026, 11, 1));

        CatalogItem samsa;
        samsa.id = 12;
        samsa.name = u"Самса"_s;
        samsa.sellingPrice = Money::fromTenge(450);
        VERIFY_OK(m_store->upsertCatalog({ samsa }));
        VERIFY_OK(m_store->upsertUnits({ CatalogUnit { 1, u"шт"_s, u"дана"_s } }));
        QCOMPARE(m_store->catalog().value().first().sellingPrice, Money::fromTenge(450));
        QCOMPARE(m_store->units().value().first().name, u"шт"_s);
        VERIFY_OK(m_store->removeCatalogItem(12));
        QVERIFY(m_store->catalog().value().isEmpty());
    }

    void syncState_keepsValues()
    {
        QCOMPARE(m_store->syncValue(u"cursor"_s).value(), QString());
        VERIFY_OK(m_store->setSyncValue(u"cursor"_s, u"page=12"_s));
        VERIFY_OK(m_store->setSyncValue(u"cursor"_s, u"page=13"_s));
        QCOMPARE(m_store->syncValue(u"cursor"_s).value(), u"page=13"_s);
    }

    void closedStore_saysSo()
    {
        m_store->close();
        const auto rows = m_store->findInvoices({});
        QVERIFY(!rows.ok());
        QCOMPARE(rows.error(), u"The shop's history is not open."_s);
    }
};

QTEST_GUILESS_MAIN(tst_HistoryStore)
#include "tst_historystore.moc"
