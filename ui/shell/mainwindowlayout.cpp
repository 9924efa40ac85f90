// MainWindow, second part: the remembered layout (geometry, splitter, table columns), saved on close and restored
// at start; the window opens on the overview. Pages, actions and navigation are in mainwindow.cpp.
#include "mainwindow.h"

#include "columnlayoutmemory.h"
#include "page.h"

#include <QCloseEvent>
#include <QListWidget>
#include <QScreen>
#include <QSettings>
#include <QSplitter>

using namespace Qt::StringLiterals;

namespace apipay {

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(u"mainWindow/geometry"_s).toByteArray())) {
        // First start: room for a list with its detail pane beside it, within the screen (a laptop's 1366 × 768,
        // 200 % scaling).
        const QSize wanted(1280, 800);
        const QSize available = screen() ? screen()->availableGeometry().size() * 95 / 100 : wanted;
        resize(wanted.boundedTo(available));
    }
    restoreState(settings.value(u"mainWindow/state"_s).toByteArray());
    if (!m_splitter->restoreState(settings.value(u"mainWindow/splitter"_s).toByteArray())) {
        m_splitter->setSizes({ m_navigation->minimumWidth() + 20, 900 });
    }
    for (PageWidget* p : m_pages) {
        if (p) {
            ColumnLayoutMemory::restore(p, u"mainWindow/columns"_s);
        }
    }
    // The app opens on the overview (how the shop is doing), whichever page was shown last.
    if (!showPage(PageId::Overview) && m_navigation->count() > 0) {
        m_navigation->setCurrentRow(0);
    }
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(u"mainWindow/geometry"_s, saveGeometry());
    settings.setValue(u"mainWindow/state"_s, saveState());
    settings.setValue(u"mainWindow/splitter"_s, m_splitter->saveState());
    for (PageWidget* p : m_pages) {
        if (p) {
            ColumnLayoutMemory::save(p, u"mainWindow/columns"_s);
        }
    }
}

} // namespace apipay
