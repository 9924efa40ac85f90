#include "mainwindow.h"

#include "api/apiclient.h"
#include "columnlayoutmemory.h"
#include "navigationicons.h"
#include "page.h"
#include "sessionstatusbar.h"
#include "settings/firstrundialog.h"
#include "settings/settingsdialog.h"
#include "widgets/messagebanner.h"
#include "widgets/offlinebanner.h"

#include "about/aboutdialog.h"
#include "catalog/catalogpage.h"
#include "counter/counterpage.h"
#include "invoices/invoicespage.h"
#include "overview/overviewpage.h"
#include "qr/customerdisplaywindow.h" // qrpage.h holds a QPointer to it
#include "qr/paymentnotifier.h"
#include "qr/qrpage.h"
#include "refunds/refundspage.h"
#include "staticqr/staticqrpage.h"
#include "subscriptions/subscriptionspage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QListWidget>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace apipay {

MainWindow::MainWindow(Session* session, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_noticeBanner(new MessageBanner(this))
    , m_errorBanner(new MessageBanner(this))
{
    setObjectName(u"mainWindow"_s);
    m_navigation->setObjectName(u"navigationListWidget"_s);
    m_stack->setObjectName(u"pagesStackedWidget"_s);
    m_noticeBanner->setObjectName(u"noticeBanner"_s);
    m_errorBanner->setObjectName(u"errorBanner"_s);

    m_navigation->setSelectionMode(QAbstractItemView::SingleSelection);
    m_navigation->setUniformItemSizes(true);
    m_navigation->setSpacing(2);
    m_navigation->setIconSize(QSize(style()->pixelMetric(QStyle::PM_SmallIconSize) * 3 / 2,
        style()->pixelMetric(QStyle::PM_SmallIconSize) * 3 / 2));
    m_navigation->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);

    // The navigation column: sections, then Settings at the bottom.
    auto* navigationColumn = new QWidget(this);
    auto* navigationLayout = new QVBoxLayout(navigationColumn);
    navigationLayout->setContentsMargins(0, 0, 0, 0);
    navigationLayout->addWidget(m_navigation, 1);
    m_settingsButton = new QToolButton(navigationColumn);
    m_settingsButton->setObjectName(u"settingsToolButton"_s);
    m_settingsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_settingsButton->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_settingsButton->setAutoRaise(true);
    navigationLayout->addWidget(m_settingsButton);
    m_splitter->addWidget(navigationColumn);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto* banners = new QVBoxLayout;
    banners->setContentsMargins(6, 6, 6, 0);
    banners->setSpacing(4);
    banners->addWidget(new OfflineBanner(m_session, central)); // "Offline — history as of 16:48"
    banners->addWidget(m_noticeBanner);
    banners->addWidget(m_errorBanner);
    layout->addLayout(banners);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    createPages();
    createActions();
    // Tray message (and a beep) when a watched invoice is paid, expired, cancelled or failed.
    new PaymentNotifier(m_session->watcher(), pageContext(), this);
    createStatusBar();
    retranslate();

    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::onCurrentRowChanged);

    connect(m_session, &Session::notice, this, &MainWindow::reportInfo);
    connect(m_session->api(), &ApiClient::exchangeFinished, this, &MainWindow::followLatestError);
    connect(m_session, &Session::sessionChanged, this, [this] {
        m_errorBanner->dismiss();
        if (m_session->hasSession() && m_noticeBanner->kind() == MessageBanner::Kind::Information) {
            m_noticeBanner->dismiss(); // "No API key" is answered; keychain warnings stay until dismissed
        }
        if (m_session->hasSession() && currentPage() && currentPage() != m_activePage) {
            m_activePage = currentPage();
            m_activePage->activated();
        }
    });
    connect(m_session, &Session::keychainProblem, this, [this](SecretStore::Status, const QString& text) {
        m_noticeBanner->showMessage(MessageBanner::Kind::Warning, tr("The system keychain cannot be used"), text);
    });
    connect(m_session, &Session::apiKeyNeeded, this, [this] {
        const SecretStore::Status keychain = m_session->keychainStatus();
        if (keychain != SecretStore::Status::Ok && keychain != SecretStore::Status::NotFound) {
            // The key could not be read: say why, and that a key entered now lasts until the app closes.
            m_noticeBanner->showMessage(MessageBanner::Kind::Warning, tr("The API key cannot be read"),
                SecretStore::statusText(keychain) + u'\n'
                    + tr("Enter the API key of “%1” in Settings to work now.").arg(m_session->shopName()));
        } else {
            m_noticeBanner->showMessage(MessageBanner::Kind::Information, tr("No API key"),
                tr("Enter the API key of “%1” in Settings to load your invoices.").arg(m_session->shopName()));
        }
        m_noticeBanner->setAction(tr("Open settings"), [this] { openSettings(); });
    });
    connect(m_session, &Session::firstRunNeeded, this, &MainWindow::openFirstRun);

    connect(m_session->api(), &ApiClient::unauthorized, this, [this] { showUnauthorized(QString()); });

    restoreLayout();
}

MainWindow::~MainWindow()
{
    // The pages are destroyed after this body (as children) and cancel their requests, which makes the client and
    // the context emit signals: nothing of this window may react to them any more.
    disconnect(m_session, nullptr, this, nullptr);
    disconnect(m_session->api(), nullptr, this, nullptr);
    m_status->detach();
    m_activePage = nullptr;
}

void MainWindow::createPages()
{
    auto add = [this](PageId id, PageWidget* page) {
        m_pages[std::size_t(id)] = page;
        page->setObjectName(QString::fromLatin1(page->metaObject()->className()).section(u"::"_s, -1));
        m_stack->addWidget(page);
        auto* item = new QListWidgetItem(navigationIcon(int(id), style()), page->title(), m_navigation);
        item->setData(kPageIdRole, int(id));
    };
    m_invoicesPage = new InvoicesPage(pageContext(), m_stack);
    m_qrPage = new QrPage(pageContext(), m_stack);
    add(PageId::Overview, new OverviewPage(pageContext(), m_stack));
    add(PageId::Invoices, m_invoicesPage);
    add(PageId::NewInvoice, new CounterPage(pageContext(), m_stack));
    add(PageId::Subscriptions, new SubscriptionsPage(pageContext(), m_stack));
    m_refundsPage = new RefundsPage(pageContext(), m_stack);
    add(PageId::Refunds, m_refundsPage);
    add(PageId::Catalog, new CatalogPage(pageContext(), m_stack));
    add(PageId::Qr, m_qrPage);
    add(PageId::StaticQr, new StaticQrPage(pageContext(), m_stack));
    // The list is as wide as its longest title needs (it grows with the font and the scale factor).
    m_navigation->setMinimumWidth(
        m_navigation->sizeHintForColumn(0) + 4 * m_navigation->frameWidth() + m_navigation->iconSize().width());
}

PageContext MainWindow::pageContext()
{
    return PageContext { m_session, this, this };
}

void MainWindow::showInvoice(qint64 invoiceId)
{
    if (m_invoicesPage) {
        m_invoicesPage->showInvoice(invoiceId);
    }
    showPage(PageId::Invoices);
}

void MainWindow::showInvoices(const InvoiceListRequest& request)
{
    if (m_invoicesPage) {
        m_invoicesPage->showMatching(request);
    }
    showPage(PageId::Invoices);
}

void MainWindow::showRefunds(const RefundListRequest& request)
{
    if (m_refundsPage) {
        m_refundsPage->showMatching(request);
    }
    showPage(PageId::Refunds);
}

void MainWindow::showQr(const QString& content, const QString& title, const std::optional<Money>& amount)
{
    if (m_qrPage) {
        m_qrPage->showContent(content, title, amount);
    }
    showPage(PageId::Qr);
}

void MainWindow::showInvoiceQr(
    qint64 invoiceId, const QString& content, const QString& title, const std::optional<Money>& amount)
{
    if (m_qrPage) {
        m_qrPage->showInvoiceQr(invoiceId, content, title, amount);
    }
    showPage(PageId::Qr);
}

void MainWindow::newInvoice()
{
    showPage(PageId::NewInvoice);
}

void MainWindow::reportError(const ApiError& error, std::function<void()> retry)
{
    if (!m_session->isWorthReporting(error)) {
        return;
    }
    Q_EMIT errorReported(error);
    showError(error, std::move(retry));
}

void MainWindow::reportInfo(const QString& text)
{
    statusBar()->showMessage(text, 8000);
}

void MainWindow::createActions()
{
    m_settingsAction = new QAction(this);
    m_settingsAction->setObjectName(u"settingsAction"_s);
    m_settingsAction->setShortcut(QKeySequence(u"Ctrl+,"_s));
    m_settingsAction->setIcon(QIcon::fromTheme(u"preferences-system"_s));
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    m_settingsButton->setDefaultAction(m_settingsAction);

    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_refreshAction = new QAction(this);
    m_refreshAction->setObjectName(u"refreshAction"_s);
    m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refreshCurrentPage);

    m_searchAction = new QAction(this);
    m_searchAction->setObjectName(u"searchAction"_s);
    m_searchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    connect(m_searchAction, &QAction::triggered, this, [this] {
        if (PageWidget* page = currentPage()) {
            page->focusSearch();
        }
    });

    m_newInvoiceAction = new QAction(this);
    m_newInvoiceAction->setObjectName(u"newInvoiceAction"_s);
    m_newInvoiceAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    connect(m_newInvoiceAction, &QAction::triggered, this, [this] { showPage(PageId::NewInvoice); });

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        auto* dialog = new AboutDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newInvoiceAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_settingsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_viewMenu = menuBar()->addMenu(QString());
    for (int i = 0; i < kPageCount; ++i) {
        auto* action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        const auto id = PageId(i);
        connect(action, &QAction::triggered, this, [this, id] { showPage(id); });
        action->setVisible(m_pages[std::size_t(i)] != nullptr);
        m_pageActions[std::size_t(i)] = action;
        m_viewMenu->addAction(action);
    }
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_refreshAction);
    m_viewMenu->addAction(m_searchAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
    // Shortcuts work wherever the focus is in the window (also with the menu bar hidden or native).
    addActions({ m_newInvoiceAction, m_settingsAction, m_quitAction, m_refreshAction, m_searchAction });
    for (QAction* action : m_pageActions) {
        addAction(action); // hidden (page missing) actions have no working shortcut
    }
}

void MainWindow::createStatusBar()
{
    m_status = new SessionStatusBar(m_session, statusBar());
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("ApiPay Desk"));
    m_navigation->setAccessibleName(tr("Sections"));
    m_navigation->setAccessibleDescription(tr("Ctrl+1 to Ctrl+8 open the sections directly."));
    for (int row = 0; row < m_navigation->count(); ++row) {
        QListWidgetItem* item = m_navigation->item(row);
        const auto id = PageId(item->data(kPageIdRole).toInt());
        if (PageWidget* page = m_pages[std::size_t(id)]) {
            item->setText(page->title());
            item->setToolTip(tr("%1 (Ctrl+%2)").arg(page->title()).arg(int(id) + 1));
        }
    }
    for (int i = 0; i < kPageCount; ++i) {
        if (PageWidget* page = m_pages[std::size_t(i)]) {
            m_pageActions[std::size_t(i)]->setText(page->title());
        }
    }
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_settingsAction->setText(tr("&Settings…"));
    m_quitAction->setText(tr("&Quit"));
    m_refreshAction->setText(tr("&Refresh"));
    m_searchAction->setText(tr("&Search"));
    m_newInvoiceAction->setText(tr("&New invoice"));
    m_aboutAction->setText(tr("&About ApiPay Desk"));
    m_status->retranslate();
}

PageWidget* MainWindow::page(PageId id) const
{
    return m_pages[std::size_t(id)];
}

PageWidget* MainWindow::currentPage() const
{
    return qobject_cast<PageWidget*>(m_stack->currentWidget());
}

bool MainWindow::showPage(PageId id)
{
    PageWidget* target = page(id);
    if (!target) {
        return false;
    }
    for (int row = 0; row < m_navigation->count(); ++row) {
        if (m_navigation->item(row)->data(kPageIdRole).toInt() == int(id)) {
            m_navigation->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void MainWindow::onCurrentRowChanged(int row)
{
    if (row < 0) {
        return;
    }
    const auto id = PageId(m_navigation->item(row)->data(kPageIdRole).toInt());
    PageWidget* next = page(id);
    if (!next || next == m_activePage) {
        return;
    }
    if (m_activePage) {
        m_activePage->deactivated();
        m_activePage = nullptr;
    }
    m_stack->setCurrentWidget(next);
    // Pages load and poll when activated: not before a shop (or the demo) is connected.
    if (m_session->hasSession()) {
        m_activePage = next;
        next->activated();
    }
}

void MainWindow::refreshCurrentPage()
{
    if (PageWidget* page = currentPage()) {
        page->refresh();
    }
}

void MainWindow::openSettings()
{
    if (auto* existing = findChild<SettingsDialog*>()) {
        existing->raise();
        existing->activateWindow();
        return;
    }
    auto* dialog = new SettingsDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::openFirstRun()
{
    if (findChild<FirstRunDialog*>()) {
        return;
    }
    auto* dialog = new FirstRunDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FirstRunDialog::apiKeyChosen, this, [this] {
        auto* settings = new SettingsDialog(m_session, this);
        settings->setAttribute(Qt::WA_DeleteOnClose);
        settings->startNewAccount();
        settings->open();
    });
    dialog->open();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

} // namespace apipay
