// The fault matrix: each main operation of a person on the real pages (demo mode, the embedded sandbox) meets each
// fault once. For every cell: the app lives; it says what happened in a clear sentence; what was on screen before is
// still there; a write reached the server at most once; no second invoice. The matrix is printed at the end.
#include "faultmatrixops.h"

#include "api/apiclient.h"
#include "api/apierror.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstore.h"
#include "secrets/inmemorysecretstore.h"
#include "shell/pagecontext.h"
#include "sync/historysync.h"
#include "testpagecontext.h"

#include "testsupport.h"

#include <QHash>
#include <QSet>
#include <QSettings>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace apipay;

class TestFaultMatrix : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }
    void init();
    void cleanup();
    void cleanupTestCase();

    void cell_data();
    void cell();

private:
    QStringList shownMessages() const;
    QStringList newMessages() const;
    static bool isClearMessage(const QString& text, QString* why);

    std::unique_ptr<Session> m_context;
    TestNavigator m_navigator;
    TestNotifier m_notifier;
    PageContext pageContext() { return PageContext { m_context.get(), &m_navigator, &m_notifier }; }
    sandbox::SandboxServer* m_server = nullptr;
    QStringList m_banner;
    QHash<QString, QHash<QString, QString>> m_results; // op → fault → PASS / FAIL: why
    QStringList m_before;
    std::unique_ptr<faults::MatrixOperation> m_operation;
};

void TestFaultMatrix::init()
{
    QSettings().clear();
    m_banner.clear();
    m_before.clear();
    m_context = std::make_unique<Session>(new InMemorySecretStore);
    m_notifier.setSession(m_context.get());
    QString error;
    QVERIFY2(m_context->startDemo(&error), qPrintable(error));
    m_server = m_context->demoServer();
    QVERIFY(m_server);
    m_server->setProcessingDelay(50);
    m_server->setRateLimit(100'000, 60'000);
    ApiClient::Config config = m_context->api()->config();
    config.requestsPerMinute = 100'000;
    config.timeoutMs = 1500; // a stall must end well inside the test
    config.msPerRetryAfterSecond = 20; // 429 pauses shortened
    QVERIFY(m_context->api()->setConfig(config));
    m_context->setPollIntervals(60'000, 60'000); // no background polling between the steps
    m_context->historySync()->stop(); // nor the history sync: each fault is meant for the page's own request
    connect(&m_notifier, &TestNotifier::errorReported, this, [this](const ApiError& e, const std::function<void()>&) {
        m_banner << ApiError::kindTitle(e.kind) + u": "_s + e.userText();
    });
    // The status bar: after a write whose answer the app accepted, this is what the person is told.
    connect(&m_notifier, &TestNotifier::infoReported, this, [this](const QString& text) {
        if (m_operation && !m_operation->writeMethod.isEmpty()) {
            m_banner << text;
        }
    });
}

void TestFaultMatrix::cleanup()
{
    const QString op = QString::fromUtf8(QTest::currentDataTag()).section(u" :: "_s, 0, 0);
    const QString fault = QString::fromUtf8(QTest::currentDataTag()).section(u" :: "_s, 1);
    m_results[op][fault] = QTest::currentTestFailed() ? u"FAIL"_s : u"PASS"_s;
    m_operation.reset();
    m_context.reset();
    m_server = nullptr;
}

void TestFaultMatrix::cleanupTestCase()
{
    const QList<faults::MatrixFault> faultList = faults::matrixFaults();
    QStringList lines;
    QString header = u"%1"_s.arg(u"fault \\ operation"_s, -32);
    for (const QString& op : faults::operationNames()) {
        header += u" | "_s + u"%1"_s.arg(op, -15);
    }
    lines << header << QString(header.size(), u'-');
    int passed = 0;
    int total = 0;
    for (const faults::MatrixFault& f : faultList) {
        QString line = u"%1"_s.arg(f.name, -32);
        for (const QString& op : faults::operationNames()) {
            const QString result = m_results.value(op).value(f.name, u"-"_s);
            passed += result == u"PASS"_s ? 1 : 0;
            total += result == u"-"_s ? 0 : 1;
            line += u" | "_s + u"%1"_s.arg(result, -15);
        }
        lines << line;
    }
    lines << u"%1 of %2 cells pass"_s.arg(passed).arg(total);
    qInfo().noquote() << u"\nFault matrix\n"_s + lines.join(u'\n');
}

QStringList TestFaultMatrix::shownMessages() const
{
    return m_banner + (m_operation ? m_operation->messages() : QStringList());
}

QStringList TestFaultMatrix::newMessages() const
{
    QStringList texts = shownMessages();
    texts.removeIf([this](const QString& text) { return m_before.contains(text); });
    return texts;
}

bool TestFaultMatrix::isClearMessage(const QString& text, QString* why)
{
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        *why = u"empty"_s;
    } else if (t.contains(u"{\""_s) || t.contains(u"\":"_s) || t.startsWith(u'[') || t.contains(u"<html"_s)) {
        *why = u"raw server text: "_s + t;
    } else if (t.contains(u"\\n"_s) || t.contains(u"“\n”"_s) || t.contains(u"field \n"_s)) {
        *why = u"a \\n field name: "_s + t;
    } else {
        return true;
    }
    return false;
}

void TestFaultMatrix::cell_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<int>("faultIndex");
    const QList<faults::MatrixFault> faultList = faults::matrixFaults();
    for (const QString& op : faults::operationNames()) {
        for (int i = 0; i < faultList.size(); ++i) {
            QTest::newRow(qPrintable(op + u" :: "_s + faultList.at(i).name)) << op << i;
        }
    }
}

void TestFaultMatrix::cell()
{
    QFETCH(QString, operation);
    QFETCH(int, faultIndex);
    const faults::MatrixFault f = faults::matrixFaults().at(faultIndex);
    m_operation = faults::makeOperation(operation, pageContext(), m_server);
    QVERIFY(m_operation);
    QVERIFY2(m_operation->prepare(), "the page did not load its data before the fault");
    QVERIFY2(m_banner.isEmpty(), qPrintable(m_banner.join(u" / "_s)));
    m_before = shownMessages(); // hints already on the page (e.g. "Select an invoice…") are not answers to the fault

    const qint64 lastInvoiceBefore = m_server->lastInvoiceId();
    const qint64 invoicesBefore = m_server->invoiceCount();
    m_server->clearRequestLog();
    const ApiClient::Config good = m_context->api()->config();
    if (f.refused) {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        ApiClient::Config config = good;
        QUrl url = config.baseUrl;
        url.setPort(closed.serverPort());
        config.baseUrl = url;
        closed.close(); // nobody listens there any more
        QVERIFY(m_context->api()->setConfig(config));
    } else {
        sandbox::SandboxFault fault = f.fault;
        fault.method = m_operation->faultMethod;
        fault.path = m_operation->faultPath;
        m_server->addFault(fault);
    }

    m_operation->run();

    // Settled: something is said and nothing is on the way any more.
    const bool said = QTest::qWaitFor(
        [this] {
            return !newMessages().isEmpty() && m_context->api()->inFlightCount() == 0
                && m_context->api()->queuedCount() == 0;
        },
        20'000);
    m_server->clearFaults();
    if (f.refused) {
        QVERIFY(m_context->api()->setConfig(good));
    }
    // What is counted below must not grow after the app settled: no second write, no second invoice, no endless
    // answer the server had to cut off. Give a late one 50 ms to appear (the wait ends at once if one does).
    const auto wrongLanded = [&] {
        return (!m_operation->writeMethod.isEmpty()
                   && m_server->loggedRequests(m_operation->writeMethod, m_operation->writePath) > 1)
            || m_server->invoiceCount() > invoicesBefore + (operation == u"create invoice"_s ? 1 : 0)
            || m_server->endlessCutOffs() > 0;
    };
    const bool landed = QTest::qWaitFor(wrongLanded, 50);
    Q_UNUSED(landed) // the checks below say what it was

    // The app lives (we are still here) and the page is still usable.
    QVERIFY2(said, "no message was shown (or requests never ended)");
    for (const QString& text : newMessages()) {
        QString why;
        QVERIFY2(isClearMessage(text, &why), qPrintable(why));
    }
    QVERIFY2(m_operation->previousDataShown(), "what was on screen before the fault is gone");
    if (!m_operation->writeMethod.isEmpty()) {
        const int writes = m_server->loggedRequests(m_operation->writeMethod, m_operation->writePath);
        QVERIFY2(writes <= 1, qPrintable(u"the write reached the server %1 times"_s.arg(writes)));
    }
    QVERIFY2(m_server->invoiceCount() <= invoicesBefore + (operation == u"create invoice"_s ? 1 : 0),
        "a second invoice was created");
    QSet<QString> orders;
    for (const auto& invoice : m_server->store().invoices()) {
        if (invoice.id > lastInvoiceBefore && !invoice.externalOrderId.isEmpty()) {
            QVERIFY2(!orders.contains(invoice.externalOrderId), "two invoices for one order");
            orders.insert(invoice.externalOrderId);
        }
    }
    QCOMPARE(m_server->endlessCutOffs(), 0); // the app stopped reading an endless answer by itself
}

QTEST_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
