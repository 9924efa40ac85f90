// The end-of-day report's content over a hand-filled store: the day in Almaty (not in UTC), its paid invoices with
// their time, number, description and amount, the refunds made that day, the totals and the takings per hour, the
// shop name and the time printed in the HTML a printer gets.
#include "overview/endofdayreport.h"
#include "store/historystore.h"

#include <QAbstractTextDocumentLayout>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QTimeZone>

using namespace apipay;
using namespace apipay::overview;
using namespace Qt::StringLiterals;

namespace {

QDateTime utc(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), QTimeZone::utc());
}

Invoice paid(qint64 id, qint64 tenge, const QDateTime& paidAt, const QString& description)
{
    Invoice i;
    i.id = id;
    i.status = InvoiceStatus(u"paid"_s);
    i.amount = Money::fromTenge(tenge);
    i.createdAt = paidAt.addSecs(-60);
    i.paidAt = paidAt;
    i.description = description;
    return i;
}

} // namespace

class TestEndOfDayReport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<HistoryStore> m_store;
    const DisplayFormat m_format { QLocale(QLocale::English, QLocale::UnitedKingdom), DisplayFormat::almaty() };

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<HistoryStore>();
        const StoreStatus opened = m_store->open(m_dir.filePath(u"report.sqlite"_s));
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        Invoice partly = paid(5002, 1500, utc(12, 2, 10, 30), u"Lunch for two"_s); // 15:30 Almaty
        partly.status = InvoiceStatus(u"partially_refunded"_s);
        partly.totalRefunded = Money::fromTenge(300);
        const StoreStatus written = m_store->upsertInvoices({
            paid(5001, 500, utc(12, 2, 4, 5), u"Morning coffee"_s), // 09:05 Almaty
            partly, paid(5003, 1250, utc(12, 2, 10, 45), u"Cake"_s), // 15:45 Almaty
            paid(4999, 9000, utc(12, 1, 18, 59), u"Late yesterday"_s), // 23:59 Almaty, 1 Dec
            paid(5004, 7000, utc(12, 2, 19, 0), u"Early tomorrow"_s), // 00:00 Almaty, 3 Dec
        });
        QVERIFY2(written.ok(), qPrintable(written.error()));
        Refund refund;
        refund.id = 880;
        refund.invoiceId = 5002;
        refund.amount = Money::fromTenge(300);
        refund.status = u"completed"_s;
        refund.createdAt = utc(12, 2, 12);
        Refund yesterday = refund;
        yesterday.id = 879;
        yesterday.createdAt = utc(12, 1, 12);
        QVERIFY(m_store->upsertRefunds({ refund, yesterday }).ok());
    }

    void cleanup() { m_store.reset(); }

    void content_ofOneDayInAlmaty()
    {
        const auto built
            = EndOfDayReport::build(*m_store, QDate(2026, 12, 2), m_format, u"Café Alma"_s, utc(12, 2, 16, 20));
        QVERIFY2(built.ok(), qPrintable(built.error()));
        const EndOfDayReport& report = built.value();
        QCOMPARE(report.invoices().size(), 3);
        QCOMPARE(report.invoices().at(0).id, qint64(5001));
        QCOMPARE(report.invoices().at(2).id, qint64(5003));
        QCOMPARE(report.refunds().size(), 1);
        QCOMPARE(report.refunds().at(0).id, qint64(880));
        QCOMPARE(report.totals().paidTakings, Money::fromTenge(3250));
        QCOMPARE(report.totals().refunds, Money::fromTenge(300));
        QCOMPARE(report.totals().net, Money::fromTenge(2950));
        QCOMPARE(report.totals().invoiceCount, qint64(3));
        QCOMPARE(report.hours().size(), 2);
        QCOMPARE(report.hours().at(0).hour, 9);
        QCOMPARE(report.hours().at(0).takings, Money::fromTenge(500));
        QCOMPARE(report.hours().at(1).hour, 15);
        QCOMPARE(report.hours().at(1).invoiceCount, qint64(2));
        QCOMPARE(report.hours().at(1).takings, Money::fromTenge(2750));
        QCOMPARE(report.defaultFileName(), u"end-of-day-2026-12-02.pdf"_s);

        // What the printed page says.
        std::unique_ptr<QTextDocument> document(report.createDocument(nullptr));
        const QString text = document->toPlainText();
        for (const QString& expected : { u"End-of-day report"_s, u"Café Alma"_s, u"Lunch for two"_s, u"5001"_s,
                 u"5003"_s, m_format.money(Money::fromTenge(3250)), m_format.money(Money::fromTenge(2950)),
                 m_format.money(Money::fromTenge(2750)), m_format.dateTime(utc(12, 2, 16, 20)), u"09:05"_s,
                 u"15:30"_s }) {
            // toPlainText() turns no-break spaces (amounts, dates) into plain ones.
            const QString plain = QString(expected).replace(QChar(0x00A0), u' ').replace(QChar(0x202F), u' ');
            QVERIFY2(text.contains(plain), qPrintable(u"missing “%1” in:\n%2"_s.arg(plain, text)));
        }
        QVERIFY(!text.contains(u"Late yesterday"_s));
        QVERIFY(!text.contains(u"Early tomorrow"_s));

        // Laid out on a page, every section title stands clear of what is above it — also after the paid invoices'
        // table, whose last row has nothing refunded (an empty last cell used to swallow that room).
        document->setTextWidth(700);
        QAbstractTextDocumentLayout* layout = document->documentLayout();
        int headings = 0;
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            if (block.blockFormat().headingLevel() != 2 || !block.previous().isValid()) {
                continue;
            }
            const QTextBlock above = block.previous();
            QTextCursor cursor(above);
            const qreal aboveBottom = cursor.currentTable() ? layout->frameBoundingRect(cursor.currentTable()).bottom()
                                                            : layout->blockBoundingRect(above).bottom();
            const qreal gap = layout->blockBoundingRect(block).top() - aboveBottom;
            QVERIFY2(gap >= 8, qPrintable(u"“%1” is %2 px below what is above it"_s.arg(block.text()).arg(gap)));
            ++headings;
        }
        QCOMPARE(headings, 4);
    }

    void emptyDay_saysSo()
    {
        const auto built
            = EndOfDayReport::build(*m_store, QDate(2026, 11, 20), m_format, u"Café Alma"_s, utc(12, 2, 16, 20));
        QVERIFY2(built.ok(), qPrintable(built.error()));
        std::unique_ptr<QTextDocument> document(built.value().createDocument(nullptr));
        QVERIFY(document->toPlainText().contains(u"No paid invoices on this day."_s));
        QVERIFY(document->toPlainText().contains(u"No refunds on this day."_s));
    }

    void descriptionsAreText_notMarkup()
    {
        QVERIFY(m_store->upsertInvoices({ paid(6000, 100, utc(12, 3, 5), u"<b>bold</b> & co"_s) }).ok());
        const auto built
            = EndOfDayReport::build(*m_store, QDate(2026, 12, 3), m_format, u"A & B <shop>"_s, utc(12, 3, 16));
        std::unique_ptr<QTextDocument> document(built.value().createDocument(nullptr));
        QVERIFY(document->toPlainText().contains(u"<b>bold</b> & co"_s));
        QVERIFY(document->toPlainText().contains(u"A & B <shop>"_s));
    }
};

QTEST_MAIN(TestEndOfDayReport)
#include "tst_endofdayreport.moc"
