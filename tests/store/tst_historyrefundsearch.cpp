// The refund history's search in the store: what a shop owner remembers of one refund — its number, its invoice's
// number, the customer's phone in any form, the customer's name, the reason, a returned item — finds it, every word
// must match, and the totals are over every refund the search and the filters match. The refund's index entry
// follows its invoice (named later, removed).
#include "store/historystore.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace apipay;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kStart(QDate(2026, 11, 2), QTime(9, 0), QTimeZone::utc());

Invoice invoice(qint64 id, const QString& phone, const QString& name, const QString& item)
{
    Invoice i;
    i.id = id;
    i.status = InvoiceStatus(u"paid"_s);
    i.amount = Money::fromTenge(10'000);
    i.phone = phone;
    i.clientName = name;
    i.description = u"Заказ"_s;
    i.createdAt = kStart.addSecs(id * 60);
    i.paidAt = i.createdAt.addSecs(30);
    InvoiceItem line;
    line.name = item;
    line.price = Money::fromTenge(10'000);
    line.count = 1;
    i.items = { line };
    return i;
}

Refund refund(
    qint64 id, qint64 invoiceId, qint64 tenge, const QString& status, const QString& reason, const QString& item = {})
{
    Refund r;
    r.id = id;
    r.invoiceId = invoiceId;
    r.amount = Money::fromTenge(tenge);
    r.status = status;
    r.reason = reason;
    r.createdAt = kStart.addSecs(3600 + id * 60);
    if (!item.isEmpty()) {
        RefundItem line;
        line.name = item;
        line.count = 1;
        line.price = r.amount;
        line.amount = r.amount;
        r.items = { line };
    }
    return r;
}

} // namespace

class tst_HistoryRefundSearch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<HistoryStore>();
        QVERIFY(m_store->open(m_dir.filePath(u"refunds-%1.sqlite"_s.arg(++m_n))).ok());
        QVERIFY(m_store
                    ->upsertInvoices({ invoice(4101, u"87071234567"_s, u"Айгерим Сейткали"_s, u"Торт «Наполеон»"_s),
                        invoice(4102, u"87019998877"_s, u"Иван Петров"_s, u"Эклер"_s),
                        invoice(4103, u"87475550011"_s, u"Қайрат Ерболұлы"_s, u"Самса"_s) })
                    .ok());
        // Refund 901 of Айгерим's invoice returns the cake; 902 is Иван's, 903 and 904 Қайрат's; 905's invoice is not
        // stored (a refund may be read before its invoice).
        QVERIFY(
            m_store
                ->upsertRefunds({ refund(901, 4101, 2500, u"completed"_s, u"Помятая коробка"_s, u"Торт «Наполеон»"_s),
                    refund(902, 4102, 1200, u"completed"_s, u"Customer changed mind"_s),
                    refund(903, 4103, 800, u"failed"_s, u"Ёлочная игрушка разбита"_s),
                    refund(904, 4103, 300, u"completed"_s, u"Недовес"_s, u"Самса"_s),
                    refund(905, 7777, 100, u"pending"_s, u"Ошибка кассира"_s) })
                .ok());
    }
    void cleanup() { m_store.reset(); }

    void matches_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QList<qint64>>("expected"); // newest first

        // The customer's phone, however it is written.
        QTest::newRow("phone +7 with spaces") << u"+7 707 123 45 67"_s << QList<qint64> { 901 };
        QTest::newRow("phone 8 with brackets") << u"8 (707) 123-45-67"_s << QList<qint64> { 901 };
        QTest::newRow("phone 8 digits") << u"87071234567"_s << QList<qint64> { 901 };
        QTest::newRow("phone ten digits") << u"7071234567"_s << QList<qint64> { 901 };
        QTest::newRow("phone start") << u"8747"_s << QList<qint64> { 904, 903 };
        QTest::newRow("phone +7 start") << u"+7 747 555"_s << QList<qint64> { 904, 903 };
        // The customer's name: any word, its start, any case; Kazakh letters typed on a Russian layout.
        QTest::newRow("name") << u"айгерим"_s << QList<qint64> { 901 };
        QTest::newRow("surname start") << u"СЕЙТ"_s << QList<qint64> { 901 };
        QTest::newRow("kazakh name, russian letters") << u"кайрат"_s << QList<qint64> { 904, 903 };
        QTest::newRow("kazakh name") << u"Қайрат"_s << QList<qint64> { 904, 903 };
        // The reason (ё typed as е), and Latin.
        QTest::newRow("reason") << u"коробка"_s << QList<qint64> { 901 };
        QTest::newRow("reason e for yo") << u"елочная"_s << QList<qint64> { 903 };
        QTest::newRow("reason latin") << u"changed"_s << QList<qint64> { 902 };
        QTest::newRow("reason of a refund without its invoice") << u"кассир"_s << QList<qint64> { 905 };
        // A returned item, and an item of the refund's invoice.
        QTest::newRow("returned item") << u"наполеон"_s << QList<qint64> { 901 };
        QTest::newRow("invoice item") << u"эклер"_s << QList<qint64> { 902 };
        QTest::newRow("item of two refunds") << u"самса"_s << QList<qint64> { 904, 903 };
        // Numbers: the refund's own, its invoice's (also when the invoice is not stored).
        QTest::newRow("refund number") << u"903"_s << QList<qint64> { 903 };
        QTest::newRow("invoice number") << u"4102"_s << QList<qint64> { 902 };
        QTest::newRow("unstored invoice number") << u"7777"_s << QList<qint64> { 905 };
        QTest::newRow("number start") << u"90"_s << QList<qint64> { 905, 904, 903, 902, 901 };
        // Every word must match, each in the refund or in its invoice.
        QTest::newRow("name and reason") << u"кайрат недовес"_s << QList<qint64> { 904 };
        QTest::newRow("phone and reason") << u"87071234567 помятая"_s << QList<qint64> { 901 };
        QTest::newRow("words of different refunds") << u"иван недовес"_s << QList<qint64> {};
        // Query syntax is plain text.
        QTest::newRow("fts syntax") << u"\"недовес\" OR *"_s << QList<qint64> {};
        QTest::newRow("nothing to search") << u"  ,  "_s << QList<qint64> { 905, 904, 903, 902, 901 };
    }

    void matches()
    {
        QFETCH(QString, typed);
        QFETCH(QList<qint64>, expected);
        RefundHistoryQuery query;
        query.text = typed;
        const auto rows = m_store->findRefunds(query);
        QVERIFY2(rows.ok(), qPrintable(rows.error()));
        QList<qint64> ids;
        for (const Refund& r : rows.value()) {
            ids.append(r.id);
        }
        QCOMPARE(ids, expected);
        const auto totals = m_store->refundTotals(query);
        QVERIFY2(totals.ok(), qPrintable(totals.error()));
        QCOMPARE(totals.value().count, qint64(expected.size()));
    }

    void totals_overTheSearchAndTheFilters()
    {
        RefundHistoryQuery query;
        query.text = u"+7 747 555 00 11"_s; // Қайрат: 800 failed + 300 completed
        auto totals = m_store->refundTotals(query);
        QVERIFY2(totals.ok(), qPrintable(totals.error()));
        QCOMPARE(totals.value().count, qint64(2));
        QCOMPARE(totals.value().total, Money::fromTenge(1100));
        QCOMPARE(totals.value().countByStatus.value(u"failed"_s), qint64(1));
        QCOMPARE(totals.value().totalByStatus.value(u"completed"_s), Money::fromTenge(300));

        query.statuses = { u"completed"_s };
        totals = m_store->refundTotals(query);
        QCOMPARE(totals.value().count, qint64(1));
        QCOMPARE(totals.value().total, Money::fromTenge(300));

        // A page of one row: the totals still cover both matches.
        query.statuses.clear();
        query.limit = 1;
        QCOMPARE(m_store->findRefunds(query).value().size(), 1);
        QCOMPARE(m_store->refundTotals(query).value().total, Money::fromTenge(1100));

        // With a period that ends when refund 904 was made: only 903 is left.
        query.to = kStart.addSecs(3600 + 904 * 60);
        QCOMPARE(m_store->refundTotals(query).value().total, Money::fromTenge(800));
    }

    void rewritingARefund_updatesItsIndexEntry()
    {
        RefundHistoryQuery query;
        query.text = u"недовес"_s;
        QCOMPARE(m_store->refundTotals(query).value().count, qint64(1));
        // The server's later answer for 904 with another reason, without items (list rows may carry none): the new
        // reason is found, the old one no longer, and the stored item is still found.
        Refund changed = refund(904, 4103, 300, u"completed"_s, u"Пересорт"_s);
        QVERIFY(m_store->upsertRefunds({ changed }).ok());
        QCOMPARE(m_store->refundTotals(query).value().count, qint64(0));
        query.text = u"пересорт"_s;
        QCOMPARE(m_store->refundTotals(query).value().count, qint64(1));
        query.text = u"самса пересорт"_s;
        QCOMPARE(m_store->refundTotals(query).value().count, qint64(1));
    }

    void customerNamedLater_isFound()
    {
        // Refund 905's invoice arrives after it, with the customer's name and phone.
        QVERIFY(m_store->upsertInvoices({ invoice(7777, u"87001112233"_s, u"Ерлан"_s, u"Чай"_s) }).ok());
        RefundHistoryQuery query;
        query.text = u"ерлан"_s;
        QCOMPARE(m_store->refundTotals(query).value().count, qint64(1));
        query.text = u"+7 700 111 22 33"_s;
        const auto rows = m_store->findRefunds(query);
        QCOMPARE(rows.value().size(), 1);
        QCOMPARE(rows.value().first().id, qint64(905));
    }

    void removedInvoice_itsRefundsStay_withoutItsWords()
    {
        QVERIFY(m_store->removeInvoice(4101).ok());
        RefundHistoryQuery query;
        query.text = u"айгерим"_s;
        QCOMPARE(m_store->refundTotals(query).value().count, qint64(0));
        for (const QString& words : { u"коробка"_s, u"4101"_s, u"901"_s }) {
            query.text = words;
            const auto rows = m_store->findRefunds(query);
            QCOMPARE(rows.value().size(), 1);
            QCOMPARE(rows.value().first().id, qint64(901));
        }
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<HistoryStore> m_store;
    int m_n = 0;
};

QTEST_GUILESS_MAIN(tst_HistoryRefundSearch)
#include "tst_historyrefundsearch.moc"
