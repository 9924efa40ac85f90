#pragma once

#include "api/apierror.h"
#include "api/apiresult.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace apipay {

class ApiClient;

// Common machinery of the list models that load a server list page by page (GET /invoices, /refunds, /catalog,
// /subscriptions): incremental loading through canFetchMore()/fetchMore() (one page at a time, fetchMore ignored while
// a page is loading), a generation counter so that answers of superseded queries are ignored, and the loading/error
// signals the pages show. Never blocks: every request goes through the asynchronous ApiClient with `this` as context.
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    ~PagedTableModel() override;

    bool canFetchMore(const QModelIndex& parent = {}) const override;
    void fetchMore(const QModelIndex& parent = {}) override;

    // Drops the loaded rows and loads page 1 of the current query again.
    void reload();
    // After a failed page: asks for that page again (fetchMore() stays quiet after a failure so that a view does not
    // retry on every scroll).
    void retry();

    bool isLoading() const { return m_loading; }
    // The last page that arrived (0 before the first one).
    int loadedPages() const { return m_loadedPages; }
    // Whether the server may have more pages (T1: last_page, else "the last page was full").
    bool hasMorePages() const { return m_hasMore; }
    // The error of the last failed page, if the last request failed.
    bool lastLoadFailed() const { return m_failed; }

    ApiClient* api() const;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loadFailed(const apipay::ApiError& error);
    void pageLoaded(int page);

protected:
    PagedTableModel(ApiClient* api, QObject* parent);

    // Sends the request for `page` of the current query. The callback must check isCurrent(generation) first, then
    // call appendPage-style insertion of its rows followed by finishPage(), or failPage().
    virtual RequestId requestPage(int page, quint64 generation) = 0;
    // Removes every row; called between beginResetModel() and endResetModel().
    virtual void clearRows() = 0;

    // Whether an answer belongs to the latest query (false for superseded or cancelled loads).
    bool isCurrent(quint64 generation) const { return generation == m_generation && m_loading; }
    // To be called by the callback after the page's rows were inserted (one beginInsertRows per page).
    void finishPage(quint64 generation, int page, bool hasMore);
    void failPage(quint64 generation, const ApiError& error);
    // Starts over: cancels the running request, resets the rows, and loads page 1. Called by setQuery() of subclasses.
    void restart();
    // Resets to an empty model that will not load anything (no query yet / ingest-only use).
    void resetWithoutLoading();

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
};

} // namespace apipay
