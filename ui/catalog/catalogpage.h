#pragma once

#include "shell/pagecontext.h"

#include "shell/page.h"

#include "api/apiresult.h"
#include "domain/catalog.h"

#include <QHash>
#include <QPointer>

class QLabel;
class QLineEdit;
class QMessageBox;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace apipay {

class CatalogBatchDialog;
class CatalogEditDialog;
class CatalogTableModel;
class EmptyStateLabel;
class ListFreshness;
class StaleNotice;

// The catalog: items with thumbnails, search by name and by barcode, "Add items" (a batch with pictures), edit
// (PATCH of the changed fields, picture replace/remove) and delete (confirmed). New items show as pending until the
// service activates them; Refresh shows them active.
class CatalogPage : public PageWidget
{
    Q_OBJECT
public:
    explicit CatalogPage(const PageContext& context, QWidget* parent = nullptr);
    ~CatalogPage() override;

    QString title() const override;
    void refresh() override;
    void focusSearch() override;
    void activated() override;

    CatalogBatchDialog* openAddDialog();
    CatalogEditDialog* openEditDialog();
    QMessageBox* requestDelete();
    bool selectItem(qint64 id);
    bool isDeleting() const { return m_deleteRequest != 0 || m_settlingDelete; }

    CatalogTableModel* model() const { return m_model; }
    QTableView* tableView() const { return m_tableView; }
    QLineEdit* searchEdit() const { return m_searchEdit; }
    QLineEdit* barcodeEdit() const { return m_barcodeEdit; }
    QPushButton* addButton() const { return m_addButton; }
    QPushButton* editButton() const { return m_editButton; }
    QPushButton* deleteButton() const { return m_deleteButton; }
    QLabel* pendingLabel() const { return m_pendingLabel; }
    StaleNotice* staleNotice() const { return m_staleNotice; }

Q_SIGNALS:
    void itemDeleted(qint64 id, bool ok);

protected:
    void changeEvent(QEvent* event) override;

private:
    // Offline with a stored catalog: shows it instead of asking the server; false when it did not.
    bool showStoredWhileOffline();
    void retranslate();
    void applySearch();
    void updateEmptyState();
    void updateButtons();
    void updatePendingHint();
    // While items are pending (or a change was queued): the catalog is read again by itself, in the background, 5 s
    // later, then 10, 20, … up to once a minute, and only while the page is shown.
    void schedulePendingRecheck();
    void recheckPending();
    void seedUploadedImages();
    std::optional<CatalogItem> currentItem() const;
    // After a delete whose outcome is unknown: reads the catalog back and says whether the item was deleted.
    void settleUnknownDelete(qint64 id, const QString& name);

    CatalogTableModel* m_model;
    QLabel* m_searchLabel;
    QLineEdit* m_searchEdit;
    QLabel* m_barcodeLabel;
    QLineEdit* m_barcodeEdit;
    QPushButton* m_searchButton;
    QPushButton* m_addButton;
    QPushButton* m_editButton;
    QPushButton* m_deleteButton;
    QPushButton* m_refreshButton;
    QProgressBar* m_progress;
    QLabel* m_pendingLabel;
    QStackedWidget* m_stack;
    QTableView* m_tableView;
    EmptyStateLabel* m_emptyLabel;
    StaleNotice* m_staleNotice = nullptr;
    ListFreshness* m_freshness = nullptr;
    QPointer<QDialog> m_dialog;
    QTimer* m_pendingRecheck = nullptr;
    bool m_pendingRecheckDue = false; // the timer ran out while the page was hidden
    bool m_recheckQueuedChange = false; // a change or deletion was queued: read again once even if nothing is pending
    // Pictures we just uploaded, by catalog item id: put into the image cache once the list gives their URL.
    QHash<qint64, QByteArray> m_uploadedImages;
    RequestId m_deleteRequest = 0;
    bool m_settlingDelete = false; // reading the catalog back after a delete whose outcome is unknown
    bool m_loadedOnce = false;
    bool m_showingStored = false; // the rows are the catalog stored on this computer (offline)
};

} // namespace apipay
