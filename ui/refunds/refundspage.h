#pragma once

#include "domain/requests.h"
#include "session/listrequests.h"
#include "widgets/listpage.h"

#include <QPointer>

class QLabel;
class QProgressBar;
class QPushButton;

namespace apipay {

class PagedCsvExporter;
class RefundDetailPanel;
class RefundFilterBar;
class HistoryRefundModel;
class HistoryStore;
class RefundTableModel;

// Refund history (GET /refunds): a search (answered by the history on this computer only), filters (statuses, dates,
// invoice id), the totals of what is shown (exact sum and counts), a detail with the returned items and "Open
// invoice", and a CSV export of the current filter (every page, with progress and Cancel). When the session keeps the
// shop's history on this computer, the refunds are read from it and the totals cover every refund of the filter, not
// only the rows shown; it stays readable offline.
class RefundsPage : public ListPage
{
    Q_OBJECT
public:
    explicit RefundsPage(const PageContext& context, QWidget* parent = nullptr);
    ~RefundsPage() override;

    QString title() const override;
    void refresh() override;
    void focusSearch() override;
    // The refunds of a period (another page asked for them): the filter bar shows and applies the period.
    void showMatching(const apipay::RefundListRequest& request);

    // Starts the CSV export of the current filter into `fileName` (the Export button asks for the name first).
    void exportToFile(const QString& fileName);
    bool isExporting() const { return !m_exporter.isNull(); }

    RefundTableModel* model() const { return m_model; }
    HistoryRefundModel* historyModel() const { return m_history; }
    bool readsFromHistory() const;
    RefundFilterBar* filterBar() const { return m_filterBar; }
    RefundDetailPanel* detailPanel() const { return m_detail; }
    QLabel* totalsLabel() const { return m_totalsLabel; }
    QPushButton* exportButton() const { return m_exportButton; }
    QPushButton* cancelExportButton() const { return m_cancelExportButton; }

Q_SIGNALS:
    void exportFinished(bool ok, const QString& fileName);

protected:
    QString emptyText(EmptyReason reason) const override;
    void load() override;
    void retranslate() override;

private:
    void applyQuery(const RefundQuery& query);
    void updateTotals();
    void updateHistoryTotals();
    void bindHistory();
    // The search applied to the list (empty when none, or while the list comes from the server).
    QString searchedText() const;
    void updateExportButton();
    void showCurrentDetail();
    void chooseExportFile();
    void finishExport();

    RefundTableModel* m_model;
    HistoryRefundModel* m_history; // the same model, with what it reads from the history on this computer
    QPointer<HistoryStore> m_watchedHistory; // the store whose changes may switch the list to it
    RefundFilterBar* m_filterBar;
    QLabel* m_totalsLabel;
    RefundDetailPanel* m_detail;
    QPushButton* m_exportButton;
    QPushButton* m_refreshButton;
    QProgressBar* m_progressBar;
    QPushButton* m_cancelExportButton;
    QPointer<PagedCsvExporter> m_exporter;
};

} // namespace apipay
