#pragma once

#include "shell/pagecontext.h"

#include "shell/page.h"

#include "domain/requests.h"

#include <QPointer>

class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace apipay {

class EmptyStateLabel;
class ListFreshness;
class StaleNotice;
class RefundCsvExporter;
class RefundDetailPanel;
class RefundFilterBar;
class RefundTableModel;

// Refund history (GET /refunds): filters (statuses, dates, invoice id), the totals of what is shown (exact sum and
// counts), a detail with the returned items and "Open invoice", and a CSV export of the current filter (every page,
// with progress and Cancel).
class RefundsPage : public PageWidget
{
    Q_OBJECT
public:
    explicit RefundsPage(const PageContext& context, QWidget* parent = nullptr);
    ~RefundsPage() override;

    QString title() const override;
    void refresh() override;
    void focusSearch() override;
    void activated() override;

    // Starts the CSV export of the current filter into `fileName` (the Export button asks for the name first).
    void exportToFile(const QString& fileName);
    bool isExporting() const { return !m_exporter.isNull(); }

    RefundTableModel* model() const { return m_model; }
    QTableView* tableView() const { return m_tableView; }
    RefundFilterBar* filterBar() const { return m_filterBar; }
    RefundDetailPanel* detailPanel() const { return m_detail; }
    QLabel* totalsLabel() const { return m_totalsLabel; }
    StaleNotice* staleNotice() const { return m_staleNotice; }
    QPushButton* exportButton() const { return m_exportButton; }
    QPushButton* cancelExportButton() const { return m_cancelExportButton; }

Q_SIGNALS:
    void exportFinished(bool ok, const QString& fileName);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void applyQuery(const RefundQuery& query);
    void updateTotals();
    void updateEmptyState();
    void showCurrentDetail();
    void chooseExportFile();
    void finishExport();

    RefundTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    RefundFilterBar* m_filterBar;
    QLabel* m_totalsLabel;
    QStackedWidget* m_stack;
    QTableView* m_tableView;
    EmptyStateLabel* m_emptyLabel;
    StaleNotice* m_staleNotice;
    ListFreshness* m_freshness = nullptr;
    RefundDetailPanel* m_detail;
    QPushButton* m_exportButton;
    QPushButton* m_refreshButton;
    QProgressBar* m_progressBar;
    QPushButton* m_cancelExportButton;
    QPointer<RefundCsvExporter> m_exporter;
    bool m_loadedOnce = false;
};

} // namespace apipay
