#pragma once

#include "shell/pagecontext.h"

#include "api/apierror.h"
#include "session/navigator.h"
#include "session/notifier.h"

#include <QMainWindow>

#include <array>
#include <functional>

class QAction;
class QMenu;
class QListWidget;
class QSplitter;
class QStackedWidget;
class QToolButton;

namespace apipay {

class InvoicesPage;
class MessageBanner;
class PageWidget;
class QrPage;
class RefundsPage;
class Session;
class SessionStatusBar;

// The main window: navigation list + stacked pages, banners for errors and keychain problems, status bar with
// mode, shop, request budget and last refresh; shortcuts F5, Ctrl+N, Ctrl+F, Ctrl+1…7; opens on the overview;
// remembers geometry, splitter and the column layout of every table (QSettings).
// It is the Navigator of the pages (it knows them) and their Notifier (banner for errors, status bar for the rest).
class MainWindow : public QMainWindow, public Navigator, public Notifier
{
    Q_OBJECT
public:
    // Navigation order = Ctrl+1…7.
    enum class PageId { Overview, Invoices, NewInvoice, Subscriptions, Refunds, Catalog, Qr, StaticQr };
    Q_ENUM(PageId)
    static constexpr int kPageCount = 8;

    explicit MainWindow(Session* session, QWidget* parent = nullptr);
    ~MainWindow() override;

    // nullptr when that page is not part of this build.
    PageWidget* page(PageId id) const;
    PageWidget* currentPage() const;
    bool showPage(PageId id);

    MessageBanner* errorBanner() const { return m_errorBanner; }
    MessageBanner* noticeBanner() const { return m_noticeBanner; }
    QListWidget* navigation() const { return m_navigation; }

    // What the pages and dialogs of this window are given: the session, this window as navigator and notifier.
    PageContext pageContext();

    // Navigator
    void showInvoice(qint64 invoiceId) override;
    void showInvoices(const InvoiceListRequest& request) override;
    void showRefunds(const RefundListRequest& request) override;
    void showQr(const QString& content, const QString& title, const std::optional<Money>& amount) override;
    void showInvoiceQr(
        qint64 invoiceId, const QString& content, const QString& title, const std::optional<Money>& amount) override;
    void newInvoice() override;

    // Notifier: errors worth reporting (Session::isWorthReporting) in the error banner, information in the status
    // bar.
    void reportError(const ApiError& error, std::function<void()> retry = {}) override;
    void reportInfo(const QString& text) override;

Q_SIGNALS:
    // An error was shown in the banner (the --smoke-test run stops on it).
    void errorReported(const apipay::ApiError& error);

public Q_SLOTS:
    void openSettings();
    void openFirstRun();
    void refreshCurrentPage();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    static constexpr int kPageIdRole = Qt::UserRole + 1; // navigation item → PageId
    void createPages();
    void createActions();
    void createStatusBar();
    void retranslate();
    void onCurrentRowChanged(int row);
    void showError(const ApiError& error, std::function<void()> retry);
    void showUnauthorized(const QString& detail);
    // While the error banner is shown, a newer failure of any request replaces its text (mainwindowerrors.cpp).
    void followLatestError(const ApiError& error);
    void restoreLayout();
    void saveLayout();

    Session* m_session;
    InvoicesPage* m_invoicesPage = nullptr;
    QrPage* m_qrPage = nullptr;
    RefundsPage* m_refundsPage = nullptr;
    std::array<PageWidget*, kPageCount> m_pages {};
    PageWidget* m_activePage = nullptr;
    QListWidget* m_navigation;
    QStackedWidget* m_stack;
    QSplitter* m_splitter;
    MessageBanner* m_noticeBanner;
    MessageBanner* m_errorBanner;
    bool m_errorBannerAsksForKey = false; // showUnauthorized(): its action opens Settings
    // The error banner tells only of the server being out of reach or failing (no connection, no answer in time, a
    // 5xx without a reason, the rate limit): the next answer read says that is over.
    bool m_errorBannerIsConnectionTrouble = false;
    SessionStatusBar* m_status = nullptr;

    QToolButton* m_settingsButton = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_refreshAction = nullptr;
    QAction* m_searchAction = nullptr;
    QAction* m_newInvoiceAction = nullptr;
    QAction* m_aboutAction = nullptr;
    std::array<QAction*, kPageCount> m_pageActions {};
    QMenu* m_fileMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
};

} // namespace apipay
