#include "listfreshness.h"

#include "api/apiclient.h"
#include "models/pagedtablemodel.h"
#include "widgets/stalenotice.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>

#include <algorithm>

namespace apipay {

namespace {

constexpr int kFirstAutoRetryGapMs = 2'000;
constexpr int kMaxAutoRetryGapMs = 60'000;

} // namespace

ListFreshness::ListFreshness(
    PagedTableModel* model, StaleNotice* notice, QAbstractItemView* view, int idRole, QObject* parent)
    : QObject(parent)
    , m_model(model)
    , m_notice(notice)
    , m_view(view)
    , m_idRole(idRole)
    , m_autoRetryGapMs(kFirstAutoRetryGapMs)
{
    m_autoRetry.setSingleShot(true);
    connect(&m_autoRetry, &QTimer::timeout, this, [this] {
        if (m_model && m_model->lastLoadFailed() && !m_model->isLoading()) {
            m_autoRetryGapMs = std::min(kMaxAutoRetryGapMs, m_autoRetryGapMs * 2);
            retry();
        }
    });
    connect(model, &PagedTableModel::loadingChanged, this, &ListFreshness::update);
    connect(model, &PagedTableModel::pageLoaded, this, [this] {
        m_lastError.clear();
        m_retryWhenAnswered = false;
        m_autoRetry.stop();
        m_autoRetryGapMs = kFirstAutoRetryGapMs;
        update();
    });
    connect(model, &PagedTableModel::loadFailed, this, [this](const ApiError& error) {
        m_lastError = error.userText();
        m_retryWhenAnswered = error.isConnectionTrouble();
        m_sinceFailure.start();
        m_autoRetry.stop(); // only an answer after this failure says the server works again
        update();
    });
    if (ApiClient* api = model->api()) {
        connect(api, &ApiClient::exchangeFinished, this, &ListFreshness::onExchangeFinished);
    }
    connect(model, &QAbstractItemModel::modelReset, this, &ListFreshness::update);
    connect(notice, &StaleNotice::retryRequested, this, &ListFreshness::retry);
    if (view) {
        // The view's model may be a proxy of `model`: it forwards the reset and the insertion.
        QAbstractItemModel* shown = view->model();
        connect(shown, &QAbstractItemModel::modelAboutToBeReset, this, &ListFreshness::rememberCurrent);
        connect(shown, &QAbstractItemModel::rowsInserted, this, &ListFreshness::restoreCurrent);
        connect(model, &PagedTableModel::pageLoaded, this, [this] { m_currentId = {}; });
    }
    update();
}

bool ListFreshness::needsWindowBanner(const ApiError& error) const
{
    return !m_model || m_model->rowCount() == 0 || error.kind == ApiError::Kind::Unauthorized;
}

void ListFreshness::retry()
{
    if (!m_model || m_model->isLoading()) {
        return;
    }
    if (m_model->lastLoadFailed()) {
        m_model->retry();
    } else {
        m_model->reload();
    }
}

void ListFreshness::update()
{
    if (!m_model || !m_notice) {
        return;
    }
    if (m_model->rowCount() == 0) {
        // Nothing to mark: the page's empty state says what happened.
        m_notice->clearNotice();
        return;
    }
    const QDateTime asOf = m_model->rowsLoadedAt();
    if (m_model->lastLoadFailed()) {
        if (m_model->rowsFromPreviousQuery()) {
            m_notice->showNewQueryFailed(asOf, m_lastError);
        } else {
            m_notice->showRefreshFailed(asOf, m_lastError);
        }
    } else if (m_model->isLoading() && m_model->rowsFromPreviousQuery()) {
        m_notice->showLoadingNewQuery(asOf);
    } else if (!m_model->isLoading()) {
        m_notice->clearNotice();
    }
    // A reload of the same query that is still loading keeps the notice as it was (a Retry in progress keeps its
    // text until the answer), so the strip does not flicker.
}

void ListFreshness::onExchangeFinished(const ApiError& delivered)
{
    // Another request was answered (the detail, the watcher, the history sync, the session's probe): the server works
    // again. The list that failed for want of it loads again by itself, once per failure.
    if (delivered.isError() || !m_retryWhenAnswered || !m_model || !m_model->lastLoadFailed()) {
        return;
    }
    m_retryWhenAnswered = false;
    m_autoRetry.start(int(std::max<qint64>(0, m_autoRetryGapMs - m_sinceFailure.elapsed())));
}

void ListFreshness::rememberCurrent()
{
    if (!m_view || !m_view->selectionModel()) {
        return;
    }
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    m_currentId = current.isValid() ? current.siblingAtColumn(0).data(m_idRole) : QVariant();
}

void ListFreshness::restoreCurrent()
{
    if (!m_view || !m_currentId.isValid() || !m_view->selectionModel()) {
        return;
    }
    QAbstractItemModel* shown = m_view->model();
    const QModelIndexList found = shown->match(shown->index(0, 0), m_idRole, m_currentId, 1, Qt::MatchExactly);
    if (found.isEmpty()) {
        return; // not on this page (yet): a later page may bring it, until page 1 is done loading
    }
    m_currentId = {};
    m_view->selectionModel()->setCurrentIndex(
        found.first(), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(found.first());
}

} // namespace apipay
