// The counter's completion queries: the shop's usual amounts (most frequent first) and its recent customers'
// phones (most recent first, with the newest name known), read from the newest invoices only.
#include "store/historystore.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace apipay;
using namespace Qt::StringLiterals;

namespace {

Invoice invoice(qint64 id, qint64 tenge, const QString& phone, const QString& name, int minute)
{
    Invoice i;
    i.id = id;
    i.status = InvoiceStatus(u"paid"_s);
    i.amount = Money::fromTenge(tenge);
    i.phone = phone;
    i.clientName = name;
    i.createdAt = QDateTime(QDate(2026, 11, 20), QTime(10, 0), QTimeZone::utc()).addSecs(minute * 60);
    i.paidAt = i.createdAt.addSecs(30);
    return i;
}

} // namespace

class tst_HistoryStoreCounter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<HistoryStore>();
        QVERIFY(m_store->open(m_dir.filePath(u"counter-%1.sqlite"_s.arg(++m_n))).ok());
        // Oldest first: 1500 three times, 4200 twice, 900 once (newest); the oldest invoice is a 99 000.
        QVERIFY(
            m_store
                ->upsertInvoices({ invoice(1, 99'000, u"87010000009"_s, u"Old C."_s, 0),
                    invoice(2, 1500, u"87770000001"_s, QString(), 1),
                    invoice(3, 4200, u"87010000002"_s, u"Айгуль Б."_s, 2),
                    invoice(4, 1500, u"87770000001"_s, u"Иван И."_s, 3),
                    invoice(5, 4200, u"87010000003"_s, QString(), 4), invoice(6, 1500, u"87010000002"_s, QString(), 5),
                    invoice(7, 900, u"87770000001"_s, QString(), 6) })
                .ok());
    }
    void cleanup() { m_store.reset(); }

    void amounts_mostFrequentFirst_tiesByRecency()
    {
        const auto amounts = m_store->recentAmounts(100, 10);
        QVERIFY2(amounts.ok(), qPrintable(amounts.error()));
        QCOMPARE(amounts.value(),
            (QList<Money> {
                Money::fromTenge(1500), Money::fromTenge(4200), Money::fromTenge(900), Money::fromTenge(99'000) }));
        QCOMPARE(m_store->recentAmounts(100, 2).value().size(), 2);
    }

    void amounts_onlyTheNewestInvoices()
    {
        const auto amounts = m_store->recentAmounts(6, 10); // invoice 1 is the seventh newest
        QVERIFY(!amounts.value().contains(Money::fromTenge(99'000)));
    }

    void customers_mostRecentFirst_withNewestKnownName()
    {
        const auto customers = m_store->recentCustomers(100, 10);
        QVERIFY2(customers.ok(), qPrintable(customers.error()));
        QStringList got;
        for (const auto& c : customers.value()) {
            got.append(c.phone + u'|' + c.clientName);
        }
        QCOMPARE(got,
            (QStringList {
                u"87770000001|Иван И."_s, u"87010000002|Айгуль Б."_s, u"87010000003|"_s, u"87010000009|Old C."_s }));
        QCOMPARE(m_store->recentCustomers(2, 10).value().size(), 2); // invoices 6 and 7 only
    }

    void closedStore_isAnError()
    {
        HistoryStore closed;
        QVERIFY(!closed.recentAmounts(10, 10).ok());
        QVERIFY(!closed.recentCustomers(10, 10).ok());
    }

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<HistoryStore> m_store;
};

QTEST_GUILESS_MAIN(tst_HistoryStoreCounter)
#include "tst_historystorecounter.moc"
