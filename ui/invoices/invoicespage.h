#pragma once

#include "shell/pagecontext.h"

#include "domain/requests.h"
#include "session/listrequests.h"
#include "shell/page.h"

#include <QElapsedTimer>
#include <QPointer>

#include <optional>

class QLabel;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace apipay {

class AppliedFilterNotice;
class CatalogImageIndex;
class EmptyStateLabel;
class InvoiceActions;
class InvoiceColumnLayout;
class InvoiceDetailPane;
class InvoiceFilterBar;
class InvoiceFilterProxyModel;
class HistoryInvoiceModel;
class HistoryStore;
class InvoiceTableModel;
class ListFreshness;
class StaleNotice;

// The invoice list with server-side filters, incremental loading, status chips, a detail pane and the invoice
// actions (cancel, refund, check status, copy id, CSV export, QR, demo payment). Non-final invoices on screen are
// watched at the slow cadence (D9); the watcher's changes update the rows in place.
//
// When the session keeps the shop's history on this computer (Session::history()), the list is read from it instead:
// search, status, period and sort answer at once over the whole history, the summary counts every match
// ("12,431 invoices"), and it stays readable offline. F5 asks the history sync for what changed first.
class InvoicesPage : public PageWidget
{
    Q_OBJECT
public:
    explicit InvoicesPage(const PageContext& context, QWidget* parent = nullptr);
    ~InvoicesPage() override;

    QString title() const override;
    void refresh() override;
    void focusSearch() override;
    void activated() override;
    void deactivated() override;

    InvoiceTableModel* model() const;
    // The same model as model(), with what it reads from the history on this computer.
    HistoryInvoiceModel* historyModel() const { return m_model; }
    // Whether the list is read from the history on this computer.
    bool readsFromHistory() const;
    InvoiceFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    InvoiceDetailPane* detailPane() const { return m_detail; }
    InvoiceActions* actions() const { return m_actions; }
    InvoiceFilterBar* filterBar() const { return m_filters; }
    EmptyStateLabel* emptyStateLabel() const { return m_emptyLabel; }
    // "As of 16:48 — the refresh failed" above the list when the rows on screen could not be refreshed.
    StaleNotice* staleNotice() const { return m_staleNotice; }
    // What was opened from another page and the filters applied for it, with "Clear filters" (hidden otherwise).
    AppliedFilterNotice* appliedFilterNotice() const { return m_appliedNotice; }

public Q_SLOTS:
    // Selects the invoice in the list and shows its detail; loads the detail even when it is not in the list.
    void showInvoice(qint64 id);
    // Sets the filters to what `request` names (the search is emptied) and says above the list what was opened, until
    // the person changes those filters or clears them (invoicespagerequest.cpp).
    void showMatching(const apipay::InvoiceListRequest& request);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslate();
    void applyFilters();
    void onCurrentRowChanged();
    void onSelectionChanged();
    void updateEmptyState();
    void updateSummary();
    void scheduleOnScreenUpdate();
    void updateOnScreen();
    void onHeaderClicked(int section);
    void saveLayout() const;
    void restoreLayout();

    void bindHistory();
    // The detail pane shows only an invoice the list shows (invoicespageselection.cpp).
    void scheduleDetailCheck();
    void keepDetailInList();
    bool isListed(qint64 id) const;
    void applyHistoryFilters(const InvoiceQuery& query);
    // After the filters were applied: keeps the notice of a request while its filters are still those on the bar.
    void followRequest(const InvoiceQuery& query);
    void showRequestNotice();

    HistoryInvoiceModel* m_model = nullptr;
    QPointer<HistoryStore> m_watchedHistory; // the store whose changes may switch the list to it
    int m_serverSearchDelayMs = 0; // the search pause while the list comes from the server
    InvoiceQuery m_serverQuery; // the filters as a server query (CSV export) while the list is read from the history
    InvoiceFilterProxyModel* m_proxy = nullptr;
    CatalogImageIndex* m_images = nullptr;
    InvoiceFilterBar* m_filters = nullptr;
    QTableView* m_table = nullptr;
    QStackedWidget* m_listStack = nullptr;
    EmptyStateLabel* m_emptyLabel = nullptr;
    StaleNotice* m_staleNotice = nullptr;
    AppliedFilterNotice* m_appliedNotice = nullptr;
    std::optional<InvoiceListRequest> m_request; // what another page opened, while its filters are applied
    ListFreshness* m_freshness = nullptr;
    InvoiceDetailPane* m_detail = nullptr;
    InvoiceActions* m_actions = nullptr;
    InvoiceColumnLayout* m_columns = nullptr;
    QSplitter* m_splitter = nullptr;
    QLabel* m_summaryLabel = nullptr;
    QToolButton* m_refreshButton = nullptr;
    QTimer* m_onScreenTimer = nullptr;
    QElapsedTimer m_sinceLoad;
    qint64 m_pendingShowId = 0;
    // The invoice whose detail was cleared because a filter hid it: selected again when the list shows it again.
    qint64 m_hiddenId = 0;
    QTimer* m_detailCheckTimer = nullptr;
    bool m_active = false;
    // An invoice was made at the counter since the list was loaded: reload when the page is shown again.
    bool m_reloadWhenShown = false;
    bool m_started = false;
    ApiError m_lastLoadError; // why the last load failed (the empty state says it)
};

} // namespace apipay
