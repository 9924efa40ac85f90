// The main window's error banner: what a page reports, and how it follows the newest failure while it is shown.
#include "mainwindow.h"

#include "widgets/messagebanner.h"

namespace apipay {

void MainWindow::showError(const ApiError& error, std::function<void()> retry)
{
    if (error.kind == ApiError::Kind::Unauthorized) {
        showUnauthorized(error.userText());
        return;
    }
    m_errorBannerAsksForKey = false;
    m_errorBannerIsConnectionTrouble = error.isConnectionTrouble();
    m_errorBanner->showMessage(
        MessageBanner::Kind::Error, ApiError::kindTitle(error.kind), error.userText(), std::move(retry));
}

void MainWindow::showUnauthorized(const QString& detail)
{
    m_errorBannerAsksForKey = true;
    m_errorBannerIsConnectionTrouble = false;
    m_errorBanner->showMessage(MessageBanner::Kind::Error, tr("Wrong API key"),
        detail.isEmpty() ? tr("The server refused the API key. Check the key in Settings.") : detail);
    m_errorBanner->setAction(tr("Open settings"), [this] { openSettings(); });
}

void MainWindow::followLatestError(const ApiError& error)
{
    // A banner the person closed stays closed, and an answer that says nothing about the server's state (a 404,
    // a refused value) leaves it as it is. Otherwise the banner must not keep telling of an older failure ("Server
    // Error") while the server now fails otherwise (a 502, no answer at all).
    if (m_errorBanner->isHidden()) {
        return;
    }
    if (error.kind == ApiError::Kind::None) {
        // An answer came and was read: "No connection", "No answer in time" or a server failure is over. Such a
        // banner goes by itself unless it offers to retry what failed (the person decides) — an unknown outcome, a
        // reason of the service (Kaspi not connected, …) or a refused key is never cleared by another request.
        if (m_errorBannerIsConnectionTrouble && !m_errorBannerAsksForKey && !m_errorBanner->hasRetry()) {
            m_errorBanner->dismiss();
        }
        return;
    }
    if (!error.isRefreshFailure()) {
        return;
    }
    if (error.kind == ApiError::Kind::Unauthorized) {
        showUnauthorized(error.userText());
        return;
    }
    if (m_errorBannerAsksForKey) {
        // "Open settings" no longer fits; the page's own Retry is not known here.
        showError(error, {});
        return;
    }
    m_errorBannerIsConnectionTrouble = error.isConnectionTrouble();
    m_errorBanner->replaceText(ApiError::kindTitle(error.kind), error.userText());
}

} // namespace apipay
