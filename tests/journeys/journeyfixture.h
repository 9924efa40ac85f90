#pragma once

#include "journeydriver.h"
#include "sandbox/sandboxtypes.h"

#include <QString>

#include <memory>

class QAbstractItemView;

namespace apipay {
class Session;
class MainWindow;
class PageWidget;
namespace sandbox {
class SandboxServer;
}
} // namespace apipay

namespace apipay::test {

// One journey's world: the real main window in demo mode (in-memory secret store) against the embedded sandbox in
// the given API profile, sped up: short processing delay, no rate limit in the way, short poll intervals.
class JourneyFixture
{
public:
    explicit JourneyFixture(sandbox::Profile profile);
    ~JourneyFixture();

    // False (with errorText) when the window or the sandbox could not be started.
    // withDemo false: the window only, no session (first run); call speedUp() once a sandbox runs.
    bool start(QString* errorText, bool withDemo = true);
    // The sandbox in this fixture's profile, fast: short processing delay, no rate limit, short polls.
    bool speedUp(QString* errorText);

    Session* context() const { return m_context.get(); }
    MainWindow* window() const { return m_window.get(); }
    sandbox::SandboxServer* server() const;
    JourneyDriver& driver() { return m_driver; }
    sandbox::Profile profile() const { return m_profile; }

    // The visible item view of the current page with the most columns (its main table).
    QAbstractItemView* mainTable() const;
    // The visible item view whose accessible name is `name`.
    QAbstractItemView* table(const QString& name) const;

    // At the counter by keys only: Ctrl+N, amount, Tab, phone, Enter. The id of the invoice the server created, or
    // 0 with a warning saying which step did not happen.
    qint64 createAtCounter(const QString& amount, const QString& phone);
    // The invoices page (Ctrl+2) with the invoice found by typing its id in the search field (Ctrl+F) and its row
    // clicked. The row, or -1.
    int openInvoiceInList(qint64 id);
    // What the invoice detail pane shows beside the form label `title` ("Status:"); null when no such row is visible.
    QString invoiceDetailValue(const QString& title) const;
    // The text the invoices list shows for this invoice in the column headed `header`.
    QString invoiceListCell(qint64 id, const QString& header);

    // Adds the two rows "v2.0" and "v2.1" (column "profile") to a _data() function.
    static void addProfileRows();
    static sandbox::Profile fetchProfile();

private:
    sandbox::Profile m_profile;
    std::unique_ptr<Session> m_context;
    std::unique_ptr<MainWindow> m_window;
    JourneyDriver m_driver;
};

} // namespace apipay::test

// In a test's init(): a started fixture for the profile of the current data row.
#define JOURNEY_START(fixturePtr)                                                                                      \
    do {                                                                                                               \
        (fixturePtr) = std::make_unique<apipay::test::JourneyFixture>(apipay::test::JourneyFixture::fetchProfile());   \
        QString journeyError_;                                                                                         \
        QVERIFY2((fixturePtr)->start(&journeyError_), qPrintable(journeyError_));                                      \
    } while (false)
