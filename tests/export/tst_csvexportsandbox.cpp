// The invoice CSV export against the embedded sandbox over HTTP, in both API profiles: every invoice of the shop
// once, over two pages, with what the person typed into the description kept intact.
#include "sandboxapifixture.h"
#include "testsupport.h"

#include "export/invoicecsvexporter.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrlQuery>

using namespace apipay;
using apipay::sandbox::Profile;
using namespace Qt::StringLiterals;

class TestCsvExportSandbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { apipay::test::initTestEnvironment(); }
    void cleanup() { m_fx.stop(); }

    void allInvoices_twoPages_eachOnce_data() { apipay::test::SandboxApiFixture::addProfileRows(); }
    void allInvoices_twoPages_eachOnce()
    {
        QFETCH(Profile, profile);
        QVERIFY(m_fx.start(profile));
        QCOMPARE(m_fx.server->seedInvoices(150), 150);
        InvoiceDraft draft;
        draft.amount = Money::fromTenge(2500);
        draft.phone = u"87001234567"_s;
        draft.description = u"Кофе \"Арабика\", 2 шт\nбез сахара"_s;
        draft.externalOrderId = u"apd-export-1"_s;
        AWAIT_OK(Invoice, created, m_fx.api->createInvoice(draft, ctx, cb));
        QVERIFY(created.id > 0);
        m_fx.server->clearRequestLog();

        QTemporaryDir dir;
        const QString path = dir.filePath(u"all.csv"_s);
        InvoiceCsvExporter exporter(m_fx.api.get(), InvoiceQuery(), path, QTimeZone(5 * 3600));
        QSignalSpy finished(&exporter, &PagedCsvExporter::finished);
        QSignalSpy failed(&exporter, &PagedCsvExporter::failed);
        exporter.start();
        QVERIFY2(finished.wait(15'000), failed.isEmpty() ? "no answer" : qPrintable(failed.first().first().toString()));
        QCOMPARE(finished.first().first().toLongLong(), 151);

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBFid,created_at,status,amount,"));
        const QString text = QString::fromUtf8(bytes);
        for (int i = 1; i <= 150; ++i) {
            const QString orderId = u",seed-%1,"_s.arg(i);
            QVERIFY2(text.count(orderId) == 1, qPrintable(orderId));
        }
        QCOMPARE(text.count(u"\r\n%1,"_s.arg(created.id)), 1);
        QCOMPARE(text.count(u",\"Кофе \"\"Арабика\"\", 2 шт\nбез сахара\",apd-export-1,"_s), 1);

        // What the server received: two list requests of 100, pages 1 and 2.
        QList<QString> pages;
        for (const sandbox::SandboxLoggedRequest& request : m_fx.server->requestLog()) {
            QCOMPARE(request.method, QByteArray("GET"));
            QCOMPARE(request.path, u"/invoices"_s);
            QUrlQuery query;
            query.setQueryItems(request.query);
            QCOMPARE(query.queryItemValue(u"per_page"_s), u"100"_s);
            pages.append(query.queryItemValue(u"page"_s));
        }
        QCOMPARE(pages, (QList<QString> { u"1"_s, u"2"_s }));
    }

private:
    apipay::test::SandboxApiFixture m_fx;
};

QTEST_GUILESS_MAIN(TestCsvExportSandbox)
#include "tst_csvexportsandbox.moc"
