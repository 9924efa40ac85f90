#include "pagedtablemodel.h"

#include "api/apiclient.h"

namespace apipay {

PagedTableModel::PagedTableModel(ApiClient* api, QObject* parent)
    : QAbstractTableModel(parent)
    , m_api(api)
{
}

PagedTableModel::~PagedTableModel()
{
    // Callbacks run only while `this` (their context) is alive; cancelling just frees the slot in the queue. The new
    // generation makes a callback that runs during the cancel a no-op.
    ++m_generation;
    if (m_loading && m_api) {
        m_api->cancel(m_pendingRequest);
    }
}

ApiClient* PagedTableModel::api() const
{
    return m_api.data();
}

bool PagedTableModel::canFetchMore(const QModelIndex& parent) const
{
    if (parent.isValid()) {
        return false;
    }
    return m_started && m_hasMore && !m_loading && !m_failed && hasSource();
}

bool PagedTableModel::hasSource() const
{
    return !m_api.isNull();
}

void PagedTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent)) {
        return; // also while a page is loading
    }
    startPage(m_loadedPages + 1);
}

void PagedTableModel::reload()
{
    // Also starts the current (default) query when nothing was asked for yet.
    restart(Restart::SameQuery);
}

void PagedTableModel::retry()
{
    if (!m_failed || m_loading) {
        return;
    }
    m_failed = false;
    startPage(m_replacePending ? 1 : m_loadedPages + 1);
}

void PagedTableModel::restart(Restart kind)
{
    ++m_generation; // every answer still on its way is now superseded
    if (m_loading && m_api) {
        m_api->cancel(m_pendingRequest);
    }
    m_pendingRequest = 0;
    if (m_started && rowCount() > 0) {
        // Keep what is on screen until page 1 answers (takeOverRows); a failure leaves it there, marked stale. A new
        // query stays "new" across a reload of it until it has answered once.
        m_replacingQuery = kind == Restart::NewQuery || (m_replacePending && m_replacingQuery);
        m_replacePending = true;
        m_failed = false;
        startPage(1);
        return;
    }
    m_replacePending = false;
    m_replacingQuery = false;
    beginResetModel();
    clearRows();
    m_loadedPages = 0;
    m_hasMore = false; // not before page 1 answers: views (and the model tester) call fetchMore() on reset
    m_failed = false;
    m_started = true;
    endResetModel();
    startPage(1);
}

void PagedTableModel::resetWithoutLoading()
{
    ++m_generation;
    if (m_loading && m_api) {
        m_api->cancel(m_pendingRequest);
    }
    m_pendingRequest = 0;
    beginResetModel();
    clearRows();
    m_loadedPages = 0;
    m_hasMore = false;
    m_failed = false;
    m_started = false;
    m_replacePending = false;
    m_replacingQuery = false;
    m_rowsLoadedAt = {};
    endResetModel();
    setLoading(false);
}

void PagedTableModel::startPage(int page)
{
    if (!hasSource()) {
        return;
    }
    const quint64 generation = m_generation;
    setLoading(true);
    const RequestId id = requestPage(page, generation);
    // The callback may already have run synchronously (e.g. a request refused before sending).
    if (generation == m_generation && m_loading) {
        m_pendingRequest = id;
    }
}

void PagedTableModel::takeOverRows(quint64 generation)
{
    if (generation != m_generation || !m_replacePending) {
        return;
    }
    beginResetModel();
    clearRows();
    m_loadedPages = 0;
    m_hasMore = false;
    m_replacePending = false;
    m_replacingQuery = false;
    endResetModel();
}

void PagedTableModel::finishPage(quint64 generation, int page, bool hasMore)
{
    if (generation != m_generation) {
        return;
    }
    takeOverRows(generation); // a subclass that inserted nothing (an empty page 1) still replaces the old rows
    m_pendingRequest = 0;
    m_rowsLoadedAt = QDateTime::currentDateTimeUtc();
    m_loadedPages = page;
    m_hasMore = hasMore;
    m_failed = false;
    setLoading(false);
    Q_EMIT pageLoaded(page);
}

void PagedTableModel::failPage(quint64 generation, const ApiError& error)
{
    if (generation != m_generation) {
        return;
    }
    m_pendingRequest = 0;
    setLoading(false);
    if (error.kind == ApiError::Kind::Cancelled) {
        // Cancelled from outside (e.g. ApiClient::cancelAll on a session change): nothing to report; fetchMore or
        // reload asks again.
        return;
    }
    m_failed = true;
    Q_EMIT loadFailed(error);
}

void PagedTableModel::setLoading(bool loading)
{
    if (m_loading == loading) {
        return;
    }
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

} // namespace apipay
