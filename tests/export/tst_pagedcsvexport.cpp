// The CSV exports (app/export/) on the fake network: every page of the query in one file, the exact bytes a
// spreadsheet opens, progress, cancel and failures that leave an existing file as it was.
#include "apitesthelpers.h"
#include "testsupport.h"

#include "export/invoicecsvexporter.h"
#include "export/refundcsvexporter.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace apipay;
using namespace apipay::test;
using namespace Qt::StringLiterals;

namespace {

const QTimeZone kShopZone(5 * 3600); // the shop's zone: UTC+5

const QByteArray kBom = "\xEF\xBB\xBF";
const QByteArray kInvoiceHeader = "id,created_at,status,amount,subtotal,discount_sum,total_refunded,phone,client_name,"
                                  "description,external_order_id,kaspi_invoice_id,paid_at,error_message\r\n";

QByteArray listPage(const QByteArray& items, int page, int lastPage, int total)
{
    return "{\"data\":[" + items + "],\"meta\":{\"current_page\":" + QByteArray::number(page) + ",\"last_page\":"
        + QByteArray::number(lastPage) + ",\"per_page\":100,\"total\":" + QByteArray::number(total) + "}}";
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestPagedCsvExport : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<FakeNam> m_nam;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<QTemporaryDir> m_dir;

    // Page 1: two invoices; page 2: one whose description holds a quote and a line break.
    void routeTwoInvoicePages(int hangOnPage = 0, int failOnPage = 0)
    {
        m_nam->setRoute([hangOnPage, failOnPage](const FakeRequest& r) {
            const int page = r.queryValue(u"page"_s).toInt();
            if (page == hangOnPage) {
                return FakeResponse::hanging();
            }
            if (page == failOnPage) {
                return FakeResponse::json(401, QByteArray(R"({"message":"Invalid API key"})"));
            }
            if (page == 1) {
                return FakeResponse::json(200,
                    listPage(R"({"id":11,"amount":"15000.00","status":"paid","created_at":"2026-04-08T10:30:00+00:00",)"
                             R"("phone":"87001234567","description":"Кофе, 2 шт","external_order_id":"apd-11",)"
                             R"("paid_at":"2026-04-08T10:31:00+00:00","kaspi_invoice_id":"13234689513"},)"
                             R"({"id":10,"amount":"990.50","status":"error","created_at":"2026-04-08T09:00:00+00:00",)"
                             R"("phone":"87001234568","error_message":"Client not found in Kaspi"})",
                        1, 2, 3));
            }
            return FakeResponse::json(200,
                listPage(R"({"id":9,"amount":"100.00","status":"pending","created_at":"2026-04-07T19:05:07+00:00",)"
                         "\"phone\":\"87001234569\",\"description\":\"the \\\"big\\\" cup\\nno sugar\","
                         "\"client_name\":\"=1+1\"}",
                    2, 2, 3));
        });
    }

private Q_SLOTS:
    void initTestCase() { initTestEnvironment(); }
    void init()
    {
        m_nam = std::make_unique<FakeNam>();
        m_client = std::make_unique<ApiClient>(m_nam.get());
        QVERIFY(m_client->setConfig(testConfig()));
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }
    void cleanup()
    {
        m_client.reset();
        m_nam.reset();
        m_dir.reset();
    }

    void invoices_twoPages_oneFileWithExactBytes()
    {
        routeTwoInvoicePages();
        const QString path = m_dir->filePath(u"invoices.csv"_s);
        InvoiceQuery query;
        query.statuses = { u"paid"_s, u"error"_s, u"pending"_s };
        query.search = u"87001"_s;
        InvoiceCsvExporter exporter(m_client.get(), query, path, kShopZone);
        QSignalSpy progress(&exporter, &PagedCsvExporter::progress);
        QSignalSpy finished(&exporter, &PagedCsvExporter::finished);
        exporter.start();
        QVERIFY(exporter.isRunning());
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().first().toLongLong(), 3);
        QVERIFY(!exporter.isRunning());

        const QByteArray expected = kBom + kInvoiceHeader
            + "11,2026-04-08 15:30:00,paid,15000.00,,,,87001234567,,\"Кофе, 2 шт\",apd-11,13234689513,"
              "2026-04-08 15:31:00,\r\n"
            + "10,2026-04-08 14:00:00,error,990.50,,,,87001234568,,,,,,Client not found in Kaspi\r\n"
            + "9,2026-04-08 00:05:07,pending,100.00,,,,87001234569,'=1+1,\"the \"\"big\"\" cup\nno sugar\",,,,\r\n";
        QCOMPARE(readFile(path), expected);

        // One request per page, 100 rows each, the query's own filters on both.
        QCOMPARE(m_nam->requestCount(), 2);
        for (int i = 0; i < 2; ++i) {
            const FakeRequest& request = m_nam->requests().at(i);
            QCOMPARE(request.path(), u"/api/v1/invoices"_s);
            QCOMPARE(request.queryValue(u"page"_s), QString::number(i + 1));
            QCOMPARE(request.queryValue(u"per_page"_s), u"100"_s);
            QCOMPARE(request.queryValue(u"search"_s), u"87001"_s);
        }
        QCOMPARE(progress.size(), 2);
        QCOMPARE(progress.at(0), (QVariantList { qint64(2), qint64(3) }));
        QCOMPARE(progress.at(1), (QVariantList { qint64(3), qint64(3) }));
    }

    void refunds_itemsAndInvoiceColumns()
    {
        m_nam->setRoute([](const FakeRequest&) {
            return FakeResponse::json(200,
                listPage(
                    R"({"id":5,"invoice_id":42,"amount":"5000.00","reason":"Customer return","status":"completed",)"
                    R"("kaspi_refund_id":"REF-1","initiated_by":"api","created_at":"2026-01-31T12:00:00Z",)"
                    R"("invoice":{"id":42,"external_order_id":"ORDER-100","amount":"10000.00",)"
                    R"("total_refunded":"5000.00"},)"
                    R"("items":[{"id":1,"name":"Чай","count":2},{"id":2,"name":"Сахар, 1 кг","count":1}]})",
                    1, 1, 1));
        });
        const QString path = m_dir->filePath(u"refunds.csv"_s);
        RefundQuery query;
        query.invoiceId = 42;
        RefundCsvExporter exporter(m_client.get(), query, path, kShopZone);
        QSignalSpy finished(&exporter, &PagedCsvExporter::finished);
        exporter.start();
        QVERIFY(finished.wait(5000));
        const QByteArray expected = kBom
            + "id,created_at,invoice_id,external_order_id,amount,status,reason,initiated_by,kaspi_refund_id,"
              "error_message,invoice_amount,invoice_total_refunded,items\r\n"
            + "5,2026-01-31 17:00:00,42,ORDER-100,5000.00,completed,Customer return,api,REF-1,,10000.00,5000.00,"
              "\"Чай × 2; Сахар, 1 кг × 1\"\r\n";
        QCOMPARE(readFile(path), expected);
        QCOMPARE(m_nam->requestCount(), 1);
        QCOMPARE(m_nam->lastRequest().path(), u"/api/v1/refunds"_s);
        QCOMPARE(m_nam->lastRequest().queryValue(u"per_page"_s), u"100"_s);
        QCOMPARE(m_nam->lastRequest().queryValue(u"invoice_id"_s), u"42"_s);
    }

    void emptyList_headerOnly()
    {
        m_nam->setRoute([](const FakeRequest&) { return FakeResponse::json(200, listPage({}, 1, 1, 0)); });
        const QString path = m_dir->filePath(u"none.csv"_s);
        InvoiceCsvExporter exporter(m_client.get(), InvoiceQuery(), path, kShopZone);
        QSignalSpy finished(&exporter, &PagedCsvExporter::finished);
        exporter.start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().first().toLongLong(), 0);
        QCOMPARE(readFile(path), kBom + kInvoiceHeader);
    }

    void cancelled_whileAPageLoads_oldFileUntouched_requestAborted()
    {
        routeTwoInvoicePages(2);
        const QString path = m_dir->filePath(u"invoices.csv"_s);
        QVERIFY(writeFile(path, "yesterday's export\r\n"));
        InvoiceCsvExporter exporter(m_client.get(), InvoiceQuery(), path, kShopZone);
        QSignalSpy progress(&exporter, &PagedCsvExporter::progress);
        QSignalSpy cancelled(&exporter, &PagedCsvExporter::cancelled);
        QSignalSpy finished(&exporter, &PagedCsvExporter::finished);
        QSignalSpy failed(&exporter, &PagedCsvExporter::failed);
        exporter.start();
        QVERIFY(progress.wait(5000)); // page 1 written, page 2 requested
        QTRY_COMPARE(m_nam->requestCount(), 2);
        exporter.cancel();
        QCOMPARE(cancelled.size(), 1);
        QVERIFY(!exporter.isRunning());
        QTRY_VERIFY(m_nam->openReplies().isEmpty()); // the page request was aborted
        QCOMPARE(readFile(path), QByteArray("yesterday's export\r\n"));
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList { u"invoices.csv"_s }); // no leftovers
        QCOMPARE(finished.size(), 0);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(m_nam->requestCount(), 2);
    }

    void pageFails_stopsWithItsNumber_noFile()
    {
        routeTwoInvoicePages(0, 2);
        const QString path = m_dir->filePath(u"invoices.csv"_s);
        InvoiceCsvExporter exporter(m_client.get(), InvoiceQuery(), path, kShopZone);
        QSignalSpy failed(&exporter, &PagedCsvExporter::failed);
        QSignalSpy finished(&exporter, &PagedCsvExporter::finished);
        exporter.start();
        QVERIFY(failed.wait(5000));
        const QString message = failed.first().first().toString();
        QVERIFY2(message.startsWith(u"Export stopped at page 2: "_s), qPrintable(message));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(finished.size(), 0);
        QVERIFY(!exporter.isRunning());
    }

    void unwritableFile_failsAtOnce_nothingRequested()
    {
        routeTwoInvoicePages();
        // A path inside a regular file cannot be written, even as root.
        const QString blocker = m_dir->filePath(u"not-a-folder"_s);
        QVERIFY(writeFile(blocker, "x"));
        const QString path = blocker + u"/invoices.csv"_s;
        InvoiceCsvExporter exporter(m_client.get(), InvoiceQuery(), path, kShopZone);
        QSignalSpy failed(&exporter, &PagedCsvExporter::failed);
        exporter.start();
        QCOMPARE(failed.size(), 1);
        const QString message = failed.first().first().toString();
        QVERIFY2(message.startsWith(u"Cannot write "_s + path + u": "_s), qPrintable(message));
        QVERIFY(!exporter.isRunning());
        QCOMPARE(m_nam->requestCount(), 0);
    }

    void destroyedWhileRunning_requestAborted_noFile()
    {
        routeTwoInvoicePages(1);
        const QString path = m_dir->filePath(u"invoices.csv"_s);
        {
            InvoiceCsvExporter exporter(m_client.get(), InvoiceQuery(), path, kShopZone);
            exporter.start();
            QTRY_COMPARE(m_nam->requestCount(), 1);
        }
        QTRY_VERIFY(m_nam->openReplies().isEmpty());
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestPagedCsvExport)
#include "tst_pagedcsvexport.moc"
