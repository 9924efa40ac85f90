#pragma once

#include "api/apierror.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVariant>

class QAbstractItemView;

namespace apipay {

class PagedTableModel;
class StaleNotice;

// Shows in a StaleNotice whether the rows of a PagedTableModel are fresh: a failed reload keeps the rows and says
// "As of 16:48 — the refresh failed: …" (Retry loads again), a new filter that is loading or failed says that the rows
// shown are the previous list. A load that failed for want of a working server (no connection, no answer, a 5xx, the
// rate limit) is loaded again by itself once another request of the same client is answered — at the earliest 2 s
// after the failure, then 4 s, 8 s, … (at most a minute) while it keeps failing — so that the mark goes when the
// server works again and agrees with the status bar's "Updated". Also keeps the selection of a view across the
// replacement of the rows, by id.
class ListFreshness : public QObject
{
    Q_OBJECT
public:
    // `idRole` is the model role holding a row's id; `view` (optional) is the view whose current row is kept: after
    // the rows are replaced, the row with the same id is made current again when it is still there.
    ListFreshness(
        PagedTableModel* model, StaleNotice* notice, QAbstractItemView* view, int idRole, QObject* parent = nullptr);

    // Whether a failed load should (also) go to the window's error banner: when no rows are on screen to mark, or
    // when the person has to act elsewhere (a wrong API key).
    bool needsWindowBanner(const ApiError& error) const;
    // Loads again: retries the failed page, or reloads.
    void retry();
    void update();

private:
    void onExchangeFinished(const ApiError& delivered);
    void rememberCurrent();
    void restoreCurrent();

    QPointer<PagedTableModel> m_model;
    QPointer<StaleNotice> m_notice;
    QPointer<QAbstractItemView> m_view;
    int m_idRole;
    QString m_lastError;
    QVariant m_currentId;
    bool m_retryWhenAnswered = false; // the last load failed for want of a working server
    QElapsedTimer m_sinceFailure;
    int m_autoRetryGapMs;
    QTimer m_autoRetry;
};

} // namespace apipay
