// InvoiceSubmission against the embedded sandbox over HTTP, in both API profiles: the sandbox creates the invoice and
// then drops the connection without answering. The counter must not send it again: it looks the invoice up by its
// order id, adopts it and watches it until the customer has paid.
#include "sandboxapifixture.h"
#include "testsupport.h"

#include "counter/invoicesubmission.h"
#include "watch/invoicewatcher.h"

#include <QSignalSpy>

using namespace apipay;
using apipay::sandbox::Profile;
using namespace Qt::StringLiterals;

namespace {

InvoiceDraft draft(const QString& externalOrderId)
{
    InvoiceDraft d;
    d.amount = Money::fromTenge(4200);
    d.phone = u"87001234567"_s;
    d.description = u"Латте"_s;
    d.externalOrderId = externalOrderId;
    return d;
}

} // namespace

class TestInvoiceSubmissionSandbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { apipay::test::initTestEnvironment(); }
    void cleanup()
    {
        m_submission.reset();
        m_watcher.reset();
        m_fx.stop();
    }

    void answerDropped_onePost_lookupAdopts_thenPaid_data() { apipay::test::SandboxApiFixture::addProfileRows(); }
    void answerDropped_onePost_lookupAdopts_thenPaid()
    {
        QFETCH(Profile, profile);
        QVERIFY(start(profile));
        const QString orderId = u"apd-sandbox-dropped-1"_s;
        m_fx.server->dropNext("POST", u"/invoices"_s);
        QSignalSpy outcomeUnknown(m_submission.get(), &InvoiceSubmission::outcomeUnknown);
        QSignalSpy created(m_submission.get(), &InvoiceSubmission::created);
        m_submission->submit(draft(orderId));
        QVERIFY(outcomeUnknown.wait(10'000));
        QCOMPARE(m_submission->state(), InvoiceSubmission::State::OutcomeUnknown);

        m_submission->lookUp(m_submission->externalOrderId());
        QVERIFY(created.wait(10'000));
        QCOMPARE(created.first().at(1).toBool(), true); // found by the lookup
        const Invoice adopted = created.first().at(0).value<Invoice>();
        QCOMPARE(m_fx.server->invoicesWithExternalOrderId(orderId), QList<qint64> { adopted.id });

        // What the server received: exactly one POST /invoices.
        QCOMPARE(m_fx.server->loggedRequests("POST", u"/invoices"_s), 1);
        QCOMPARE(m_fx.server->pendingFaults(), 0);

        // The customer pays: the watcher's status check brings it to the counter.
        m_fx.server->advanceClock(1000); // processing → pending
        QString reason;
        QVERIFY2(m_fx.server->simulateInvoiceStatus(adopted.id, u"paid"_s, &reason), qPrintable(reason));
        QTRY_COMPARE_WITH_TIMEOUT(m_submission->invoice()->status.raw(), u"paid"_s, 10'000);
        QCOMPARE(m_fx.server->loggedRequests("POST", u"/invoices"_s), 1);
    }

    void answerArrives_noLookupNeeded_data() { apipay::test::SandboxApiFixture::addProfileRows(); }
    void answerArrives_noLookupNeeded()
    {
        QFETCH(Profile, profile);
        QVERIFY(start(profile));
        QSignalSpy created(m_submission.get(), &InvoiceSubmission::created);
        m_submission->submit(draft(u"apd-sandbox-plain-1"_s));
        QVERIFY(created.wait(10'000));
        QCOMPARE(created.first().at(1).toBool(), false);
        QCOMPARE(m_fx.server->invoicesWithExternalOrderId(u"apd-sandbox-plain-1"_s).size(), 1);
        QCOMPARE(m_fx.server->loggedRequests("POST", u"/invoices"_s), 1);
        QCOMPARE(m_fx.server->loggedRequests("GET", u"/invoices"_s), 0); // no lookup
    }

private:
    bool start(Profile profile)
    {
        if (!m_fx.start(profile)) {
            return false;
        }
        m_watcher = std::make_unique<InvoiceWatcher>(m_fx.api.get());
        m_watcher->setIntervals(100, 1000);
        m_submission = std::make_unique<InvoiceSubmission>(m_fx.api.get(), m_watcher.get());
        return true;
    }

    apipay::test::SandboxApiFixture m_fx;
    std::unique_ptr<InvoiceWatcher> m_watcher;
    std::unique_ptr<InvoiceSubmission> m_submission;
};

QTEST_GUILESS_MAIN(TestInvoiceSubmissionSandbox)
#include "tst_invoicesubmissionsandbox.moc"
