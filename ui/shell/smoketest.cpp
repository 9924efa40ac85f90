#include "smoketest.h"

#include "mainwindow.h"
#include "page.h"

#include <QAbstractItemView>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace apipay {

SmokeTest::SmokeTest(MainWindow* window, int guardMs, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_poll(new QTimer(this))
    , m_guard(new QTimer(this))
{
    m_poll->setInterval(100);
    m_guard->setSingleShot(true);
    m_guard->setInterval(guardMs);
    connect(m_poll, &QTimer::timeout, this, &SmokeTest::check);
    connect(m_guard, &QTimer::timeout, this,
        [this] { finish(1, u"smoke test: no invoices shown after %1 ms"_s.arg(m_guard->interval())); });
    connect(m_window, &MainWindow::errorReported, this,
        [this](const ApiError& error) { finish(1, u"smoke test: error reported: "_s + error.userText()); });
}

void SmokeTest::start()
{
    m_elapsed.start();
    if (!m_window->page(MainWindow::PageId::Invoices)) {
        finish(1, u"smoke test: this build has no invoices page"_s);
        return;
    }
    m_window->showPage(MainWindow::PageId::Invoices);
    m_guard->start();
    m_poll->start();
}

void SmokeTest::check()
{
    PageWidget* page = m_window->page(MainWindow::PageId::Invoices);
    const QList<QAbstractItemView*> views = page->findChildren<QAbstractItemView*>();
    for (QAbstractItemView* view : views) {
        if (view->isVisibleTo(page) && view->model() && view->model()->rowCount() > 0) {
            finish(0,
                u"smoke test: %1 invoices shown after %2 ms"_s.arg(view->model()->rowCount()).arg(m_elapsed.elapsed()));
            return;
        }
    }
}

void SmokeTest::finish(int exitCode, const QString& message)
{
    if (m_done) {
        return;
    }
    m_done = true;
    m_poll->stop();
    m_guard->stop();
    Q_EMIT finished(exitCode, message);
}

} // namespace apipay
