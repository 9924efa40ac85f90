#pragma once

#include "api/apierror.h"
#include "api/apiresult.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QPointer>

namespace apipay {

class ApiClient;

// Common machinery of the list models that load a server list page by page (GET /invoices, /refunds, /catalog,
// /subscriptions): incremental loading through canFetchMore()/fetchMore() (one page at a time, fetchMore ignored while
// a page is loading), a generation counter so that answers of superseded queries are ignored, and the loading/error
// signals the pages show. Never blocks: every request goes through the asynchronous ApiClient with `this` as context.
//
// Loading page 1 again (reload(), or a new query) keeps the rows on screen until page 1 answers: they are replaced
// only by a successful answer. When it fails, the previous rows stay and lastLoadFailed() is true, so that a page can
// mark them stale ("as of 16:48 — the refresh failed") instead of showing an empty list because the network failed.
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    ~PagedTableModel() override;

    bool canFetchMore(const QModelIndex& parent = {}) const override;
    void fetchMore(const QModelIndex& parent = {}) override;

    // Loads page 1 of the current query again; the rows loaded so far stay until it answers successfully.
    void reload();
    // After a failed page: asks for that page again (fetchMore() stays quiet after a failure so that a view does not
    // retry on every scroll). After a failed reload or new query, asks for its page 1 again.
    void retry();

    bool isLoading() const { return m_loading; }
    // The last page that arrived (0 before the first one).
    int loadedPages() const { return m_loadedPages; }
    // Whether the server may have more pages (T1: last_page, else "the last page was full").
    bool hasMorePages() const { return m_hasMore; }
    // The error of the last failed page, if the last request failed.
    bool lastLoadFailed() const { return m_failed; }
    // When the rows on screen last came from the server (UTC; invalid before the first page).
    QDateTime rowsLoadedAt() const { return m_rowsLoadedAt; }
    // Whether a reload or a new query is still to replace the rows on screen (loading, or it failed).
    bool replacementPending() const { return m_replacePending; }
    // Whether the rows on screen belong to an earlier query than the current one (a new filter is loading or failed),
    // i.e. they need not match the current filter.
    bool rowsFromPreviousQuery() const { return m_replacePending && m_replacingQuery; }

    ApiClient* api() const;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loadFailed(const apipay::ApiError& error);
    void pageLoaded(int page);

protected:
    PagedTableModel(ApiClient* api, QObject* parent);

    // Sends the request for `page` of the current query. The callback must check isCurrent(generation) first, then
    // call takeOverRows(), the insertion of its rows and finishPage(); or failPage().
    virtual RequestId requestPage(int page, quint64 generation) = 0;
    // Removes every row; called between beginResetModel() and endResetModel().
    virtual void clearRows() = 0;

    // Whether an answer belongs to the latest query (false for superseded or cancelled loads).
    bool isCurrent(quint64 generation) const { return generation == m_generation && m_loading; }
    // To be called by the callback after the page's rows were inserted (one beginInsertRows per page).
    void finishPage(quint64 generation, int page, bool hasMore);
    void failPage(quint64 generation, const ApiError& error);
    // To be called by the callback of a successful page before its rows are inserted: when the page replaces the rows
    // of an earlier load (reload or new query), removes them now (one model reset).
    void takeOverRows(quint64 generation);
    enum class Restart { SameQuery, NewQuery };
    // Starts over: cancels the running request and loads page 1; the rows stay until it answers successfully. Called
    // by setQuery() of subclasses (NewQuery when the query differs from the previous one) and by reload().
    void restart(Restart kind = Restart::NewQuery);
    // Resets to an empty model that will not load anything (no query yet / ingest-only use).
    void resetWithoutLoading();
    // Whether pages can be asked for at all: the API client is there. A model that reads its pages from elsewhere (the
    // history on this computer) says so here.
    virtual bool hasSource() const;

private:
    void startPage(int page);
    void setLoading(bool loading);

    QPointer<ApiClient> m_api;
    quint64 m_generation = 0;
    RequestId m_pendingRequest = 0;
    int m_loadedPages = 0;
    bool m_loading = false;
    bool m_hasMore = false;
    bool m_failed = false;
    bool m_started = false;
    bool m_replacePending = false; // the rows on screen wait for page 1 of a reload or new query
    bool m_replacingQuery = false; // ... and that was a new query
    QDateTime m_rowsLoadedAt;
};

} // namespace apipay
