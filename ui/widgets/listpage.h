#pragma once

#include "shell/page.h"

#include "api/apierror.h"

class QAbstractItemModel;
class QBoxLayout;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTableView;
class QVBoxLayout;

namespace apipay {

class ColumnTableModel;
class EmptyStateLabel;
class ListFreshness;
class StaleNotice;
class TableColumnFit;

// The frame of a list page (refunds, subscriptions …): a filter bar on top, the table of a paged list model (through
// an optional sort proxy) with a detail panel right of it in a splitter, and an optional footer. It shows what the
// list is doing: an empty-state text instead of the table when there are no rows (loading, failed, nothing matches),
// a stale notice above the table when a refresh failed or a new filter is still loading (ListFreshness, which also
// keeps the current row by id), and the window's error banner with Retry when no rows can be marked stale.
// It loads the first time the page is shown and again after a change of shop (sessionChanged), gives the model the
// new display format on displayFormatChanged and calls retranslate() on QEvent::LanguageChange. The column layout of
// the table is remembered by the main window for every page (ColumnLayoutMemory).
class ListPage : public PageWidget
{
    Q_OBJECT
public:
    ~ListPage() override;

    void activated() override;

    QTableView* tableView() const { return m_tableView; }
    StaleNotice* staleNotice() const { return m_staleNotice; }

protected:
    // Which empty text to show.
    enum class EmptyReason { Loading, LoadFailed, NoRows };

    // The page takes `model` and `proxy` as children when they have no parent. `proxy` may be null (the view shows the
    // model as the server sorted it); else it sorts by the model's sort role once a header is clicked. `name`
    // prefixes the object names of the table view and the stale notice ("refunds" → refundsTableView,
    // refundsStaleNotice).
    ListPage(const PageContext& context,
        ColumnTableModel* model,
        QSortFilterProxyModel* proxy,
        int idRole,
        const QString& name,
        QWidget* parent = nullptr);

    // Places the parts; call once from the subclass's constructor. Any may be null.
    void setFilterBar(QWidget* filterBar);
    void setDetailPanel(QWidget* detail);
    void setFooter(QBoxLayout* footer);
    // Widgets between the filter bar and the list (e.g. a filter error, a progress bar).
    void addAboveList(QWidget* widget);

    // The text shown instead of an empty table.
    virtual QString emptyText(EmptyReason reason) const = 0;
    // Loads the list for the current filters (first show, after a session change).
    virtual void load() = 0;
    // Texts of the page's own widgets; called once at the end of setup and on every language change.
    virtual void retranslate() { }
    // After a change of shop, before the page loads again (if visible); clears nothing by default.
    virtual void sessionChanged() { }

    // Shows the table or the empty text for the model's current state.
    void updateEmptyState();
    // The model row of the view's current index (through the proxy), or -1.
    int currentModelRow() const;
    // Makes the row of a model row current and scrolls to it.
    void selectModelRow(int row);
    // Whether load() ran since the page was created or the session changed.
    bool loadedOnce() const { return m_loadedOnce; }
    void setLoadedOnce(bool loaded) { m_loadedOnce = loaded; }
    ListFreshness* freshness() const { return m_freshness; }
    QAbstractItemModel* viewModel() const;
    ColumnTableModel* listModel() const { return m_listModel; }

    void changeEvent(QEvent* event) override;

protected:
    // The columns whose free text ("…") may be cut to keep every column in view (see TableColumnFit).
    void setElidableColumns(const QList<int>& columns);
    // Columns hidden until the person shows them (HeaderColumnMenu); a remembered choice restored later wins.
    void setDefaultHiddenColumns(const QList<int>& columns);

private:
    ColumnTableModel* m_listModel;
    QSortFilterProxyModel* m_proxy;
    QVBoxLayout* m_layout;
    QSplitter* m_splitter;
    QStackedWidget* m_stack;
    QTableView* m_tableView;
    EmptyStateLabel* m_emptyLabel;
    StaleNotice* m_staleNotice;
    ListFreshness* m_freshness;
    TableColumnFit* m_columnFit;
    int m_aboveListCount = 0;
    bool m_loadedOnce = false;
};

} // namespace apipay
