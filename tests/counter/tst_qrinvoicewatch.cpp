// QrInvoiceWatch on the fake network: the QR invoice on the display asked about at its own cadence, past the scanning
// deadline until final, a late payment after expired, the hand-over of an older QR to the ordinary watcher, 404.
#include "apitesthelpers.h"
#include "counter/qrinvoicewatch.h"
#include "testsupport.h"
#include "watch/invoicewatcher.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace apipay;
using namespace apipay::test;
using namespace Qt::StringLiterals;

namespace {

Invoice qrInvoice(qint64 id, const QDateTime& expires)
{
    Invoice invoice;
    invoice.id = id;
    invoice.status = InvoiceStatus(u"pending"_s);
    invoice.isQrToken = true;
    invoice.qrTokenUrl = u"https://qr.kaspi.kz/sandbox/x"_s;
    invoice.qrExpiresAt = expires;
    return invoice;
}

QByteArray detail(qint64 id, const QString& status)
{
    // The detail answer without any QR key (some servers leave them out).
    return u"{\"id\":%1,\"amount\":\"100.00\",\"status\":\"%2\"}"_s.arg(id).arg(status).toUtf8();
}

} // namespace

class TestQrInvoiceWatch : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<FakeNam> m_nam;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<InvoiceWatcher> m_watcher;
    QHash<qint64, QString> m_status; // what the fake server says

    int detailRequests(qint64 id) const
    {
        int n = 0;
        for (const FakeRequest& r : m_nam->requests()) {
            n += r.verb == "GET" && r.path() == u"/api/v1/invoices/%1"_s.arg(id);
        }
        return n;
    }

private Q_SLOTS:
    void initTestCase() { initTestEnvironment(); }
    void init()
    {
        m_nam = std::make_unique<FakeNam>();
        m_client = std::make_unique<ApiClient>(m_nam.get());
        QVERIFY(m_client->setConfig(testConfig()));
        m_watcher = std::make_unique<InvoiceWatcher>(m_client.get());
        m_watcher->setIntervals(60'000, 60'000);
        m_status.clear();
        m_nam->setRoute([this](const FakeRequest& r) {
            const qint64 id = r.path().section(u'/', -1).toLongLong();
            if (!m_status.contains(id)) {
                return FakeResponse::json(404, QByteArray(R"({"error":"Invoice not found"})"));
            }
            return FakeResponse::json(200, detail(id, m_status.value(id)));
        });
    }
    void cleanup()
    {
        m_watcher.reset();
        m_client.reset();
        m_nam.reset();
    }

    void pendingPastDeadline_keepsAsking_thenPaidStops()
    {
        QrInvoiceWatch watch(m_client.get(), m_watcher.get());
        watch.setIntervals(30, 30, 1000);
        QSignalSpy updated(&watch, &QrInvoiceWatch::updated);
        m_status.insert(7, u"pending"_s);
        // The scanning deadline has passed: a payment may still be under way, so it keeps asking.
        watch.watch(qrInvoice(7, QDateTime::currentDateTimeUtc().addSecs(-5)));
        QTRY_VERIFY(detailRequests(7) >= 4);
        QCOMPARE(updated.count(), 0); // nothing changed yet
        m_status.insert(7, u"paid"_s);
        QTRY_COMPARE(updated.count(), 1);
        const Invoice paid = updated.at(0).at(0).value<Invoice>();
        QCOMPARE(paid.status.raw(), u"paid"_s);
        QCOMPARE(paid.qrTokenUrl, u"https://qr.kaspi.kz/sandbox/x"_s); // kept from the creation
        const int asked = detailRequests(7);
        // Paid: no more questions — not one within 200 ms, more than six of its 30 ms intervals.
        QVERIFY(!QTest::qWaitFor([&] { return detailRequests(7) > asked; }, 200));
        QCOMPARE(detailRequests(7), asked);
    }

    void expired_thenLatePaid_isReported()
    {
        QrInvoiceWatch watch(m_client.get(), m_watcher.get());
        watch.setIntervals(30, 50, 5000);
        QSignalSpy updated(&watch, &QrInvoiceWatch::updated);
        m_status.insert(8, u"expired"_s);
        watch.watch(qrInvoice(8, QDateTime::currentDateTimeUtc().addSecs(60)));
        QTRY_COMPARE(updated.count(), 1);
        QCOMPARE(updated.at(0).at(0).value<Invoice>().status.raw(), u"expired"_s);
        m_status.insert(8, u"paid"_s); // Kaspi reports the payment after all
        QTRY_COMPARE(updated.count(), 2);
        QCOMPARE(updated.at(1).at(0).value<Invoice>().status.raw(), u"paid"_s);
    }

    void expired_stopsAfterTheLateWindow()
    {
        QrInvoiceWatch watch(m_client.get(), m_watcher.get());
        watch.setIntervals(30, 30, 150);
        m_status.insert(9, u"cancelled"_s);
        QSignalSpy asks(m_nam.get(), &FakeNam::requestStarted);
        watch.watch(qrInvoice(9, QDateTime::currentDateTimeUtc().addSecs(60)));
        // It asks every 30 ms during the 150 ms late window, then stops: wait for 200 ms without a question, which
        // must come soon after the window's end.
        QElapsedTimer clock;
        clock.start();
        while (asks.wait(200)) {
            QVERIFY2(clock.elapsed() < 1000, "still asking long after the late window");
        }
        const int asked = detailRequests(9);
        QVERIFY(asked >= 1);
    }

    void newQr_handsTheOldOneToTheWatcher()
    {
        QrInvoiceWatch watch(m_client.get(), m_watcher.get());
        watch.setIntervals(30, 30, 1000);
        m_status.insert(10, u"pending"_s);
        m_status.insert(11, u"pending"_s);
        watch.watch(qrInvoice(10, QDateTime::currentDateTimeUtc().addSecs(60)));
        QTRY_VERIFY(detailRequests(10) >= 1);
        watch.watch(qrInvoice(11, QDateTime::currentDateTimeUtc().addSecs(60)));
        QCOMPARE(watch.currentId(), 11);
        QVERIFY(m_watcher->isWatching(10)); // still open: the ordinary watcher follows it until it ends
        const int old = detailRequests(10);
        QTRY_VERIFY(detailRequests(11) >= 3);
        QVERIFY(detailRequests(10) <= old + 1); // the fast cadence is for the QR on the display only
    }

    void unknownInvoice_lost()
    {
        QrInvoiceWatch watch(m_client.get(), m_watcher.get());
        watch.setIntervals(30, 30, 1000);
        QSignalSpy lost(&watch, &QrInvoiceWatch::lost);
        watch.watch(qrInvoice(404, QDateTime::currentDateTimeUtc().addSecs(60)));
        QTRY_COMPARE(lost.count(), 1);
        QCOMPARE(lost.at(0).at(0).toLongLong(), 404);
        QVERIFY(!watch.isWatching());
    }
};

QTEST_GUILESS_MAIN(TestQrInvoiceWatch)
#include "tst_qrinvoicewatch.moc"
