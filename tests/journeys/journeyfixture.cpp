#include "journeyfixture.h"
#include "journeyscreen.h"

#include "api/apiclient.h"
#include "sandbox/sandboxserver.h"
#include "secrets/inmemorysecretstore.h"
#include "session/session.h"
#include "shell/mainwindow.h"
#include "shell/page.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace apipay::test {

JourneyFixture::JourneyFixture(sandbox::Profile profile)
    : m_profile(profile)
{
}

JourneyFixture::~JourneyFixture()
{
    // Close any dialog a failed journey left open before the window and the session go.
    const QList<QWidget*> tops = QApplication::topLevelWidgets();
    for (QWidget* top : tops) {
        if (top != m_window.get() && top->isVisible()) {
            top->close();
        }
    }
    m_window.reset();
    m_context.reset();
}

bool JourneyFixture::start(QString* errorText, bool withDemo)
{
    QSettings().clear();
    // A crash-safe counter draft of an earlier journey would be restored into this one.
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    m_context = std::make_unique<Session>(new InMemorySecretStore);
    m_context->setLanguage(u"en"_s);
    m_window = std::make_unique<MainWindow>(m_context.get());
    m_window->resize(1280, 800);
    m_window->show();
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window.get())) {
        *errorText = u"the main window did not become active"_s;
        return false;
    }
    if (!withDemo) {
        return true;
    }
    if (!m_context->startDemo(errorText)) {
        return false;
    }
    return speedUp(errorText);
}

bool JourneyFixture::speedUp(QString* errorText)
{
    if (!server()) {
        *errorText = u"no sandbox is running"_s;
        return false;
    }
    // Before the first request leaves: the sandbox answers in this profile's shapes from the start.
    server()->setProfile(m_profile);
    server()->setProcessingDelay(150);
    server()->setRateLimit(10'000, 60'000);
    ApiClient::Config config = m_context->api()->config();
    config.requestsPerMinute = 10'000;
    config.msPerRetryAfterSecond = 50;
    if (!m_context->api()->setConfig(config, errorText)) {
        return false;
    }
    m_context->setPollIntervals(100, 300);
    return true;
}

sandbox::SandboxServer* JourneyFixture::server() const
{
    return m_context ? m_context->demoServer() : nullptr;
}

QAbstractItemView* JourneyFixture::mainTable() const
{
    PageWidget* page = m_window->currentPage();
    QAbstractItemView* best = nullptr;
    const QList<QAbstractItemView*> views = page->findChildren<QAbstractItemView*>();
    for (QAbstractItemView* view : views) {
        if (view->isVisible() && view->model()
            && (!best || view->model()->columnCount() > best->model()->columnCount())) {
            best = view;
        }
    }
    return best;
}

QAbstractItemView* JourneyFixture::table(const QString& name) const
{
    return m_driver.find<QAbstractItemView>(name);
}

qint64 JourneyFixture::createAtCounter(const QString& amount, const QString& phone)
{
    const qint64 before = server()->lastInvoiceId();
    m_driver.key(Qt::Key_N, Qt::ControlModifier);
    if (m_window->currentPage() != m_window->page(MainWindow::PageId::NewInvoice)) {
        qWarning("Ctrl+N did not open the counter");
        return 0;
    }
    if (!QTest::qWaitFor(
            [] { return JourneyDriver::accessibleName(JourneyDriver::focused()) == u"Amount, ₸:"_s; }, 2000)) {
        qWarning("the focus is not in the amount after Ctrl+N but on “%s”",
            qPrintable(JourneyDriver::accessibleName(JourneyDriver::focused())));
        return 0;
    }
    m_driver.type(amount);
    m_driver.key(Qt::Key_Tab);
    if (JourneyDriver::accessibleName(JourneyDriver::focused()) != u"Phone:"_s) {
        qWarning("Tab did not move from the amount to the phone");
        return 0;
    }
    m_driver.type(phone);
    m_driver.key(Qt::Key_Return);
    if (!QTest::qWaitFor([&] { return server()->lastInvoiceId() > before; }, 8000)) {
        qWarning("Enter did not send the invoice");
        return 0;
    }
    return server()->lastInvoiceId();
}

int JourneyFixture::openInvoiceInList(qint64 id)
{
    m_driver.key(Qt::Key_2, Qt::ControlModifier);
    m_driver.key(Qt::Key_F, Qt::ControlModifier);
    auto* search = qobject_cast<QLineEdit*>(JourneyDriver::focused());
    if (!search) {
        qWarning("Ctrl+F did not put the focus in a search field");
        return -1;
    }
    search->clear();
    m_driver.type(QString::number(id));
    auto* view = m_driver.find<QAbstractItemView>(u"Invoices"_s);
    int row = -1;
    static_cast<void>(QTest::qWaitFor(
        [&] {
            view = m_driver.find<QAbstractItemView>(u"Invoices"_s);
            row = rowOfId(view, id);
            return row >= 0;
        },
        8000));
    if (row < 0) {
        qWarning("invoice %lld is not listed after searching for it", id);
        return -1;
    }
    if (!m_driver.clickRow(view, row)) {
        qWarning("%s", qPrintable(m_driver.lastError()));
        return -1;
    }
    return row;
}

void JourneyFixture::addProfileRows()
{
    QTest::addColumn<int>("profile");
    QTest::newRow("v2.0") << int(sandbox::Profile::V20);
    QTest::newRow("v2.1") << int(sandbox::Profile::V21);
}

sandbox::Profile JourneyFixture::fetchProfile()
{
    return sandbox::Profile(*static_cast<int*>(QTest::qData("profile", qMetaTypeId<int>())));
}

QString JourneyFixture::invoiceDetailValue(const QString& title) const
{
    return formValue(
        m_window->page(MainWindow::PageId::Invoices)->findChild<QWidget*>(QStringLiteral("invoiceDetailPane")), title);
}

QString JourneyFixture::invoiceListCell(qint64 id, const QString& header)
{
    QAbstractItemView* view = m_driver.find<QAbstractItemView>(QStringLiteral("Invoices"));
    return cellText(view, rowOfId(view, id), columnOf(view, header));
}

} // namespace apipay::test
