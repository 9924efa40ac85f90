#pragma once

#include "shell/pagecontext.h"

#include "api/apierror.h"
#include "domain/catalog.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace apipay {

class CatalogBatchUploader;
class CatalogItemRowEditor;

// "Add items": several new catalog items at once (1–50, POST /catalog), each with name, price, unit (GET
// /catalog/units), barcode and an optional picture (file dialog or drag and drop; checked and converted before
// sending). Progress with Cancel while pictures upload and the items are created; server errors go to their row.
class UnsavedInputGuard;

class CatalogBatchDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kMaxRows = 50;

    CatalogBatchDialog(const PageContext& context, const QList<CatalogUnit>& units, QWidget* parent = nullptr);
    ~CatalogBatchDialog() override;

    CatalogItemRowEditor* addRow();
    QList<CatalogItemRowEditor*> rows() const { return m_rows; }
    void setUnits(const QList<CatalogUnit>& units);
    // Validates every non-blank row and starts sending.
    void submit();
    bool isBusy() const { return !m_uploader.isNull(); }
    QPushButton* addRowButton() const { return m_addRowButton; }
    QPushButton* cancelSendingButton() const { return m_cancelSendingButton; }
    QLabel* generalErrorLabel() const { return m_generalError; }

Q_SIGNALS:
    void itemsCreated(const apipay::CatalogCreateResult& result, const QHash<qint64, QByteArray>& imagesById);

public:
    void reject() override;

private:
    void removeRow(CatalogItemRowEditor* row);
    // "Stop sending" and Esc while sending: stops after what is on the wire is answered.
    void stopSending();
    void renumber();
    void setBusy(bool busy);
    void showFailure(const ApiError& error, int entryIndex, const QList<CatalogItemRowEditor*>& sent);
    // After a POST /catalog whose outcome is unknown: looks for the sent items in the catalog; the rows found leave
    // the form (they are in the catalog), the rest stay for Save. Until the read succeeds, Save reads again.
    void settleUnknownCreate();

    PageContext m_context;
    QList<CatalogUnit> m_units;
    QList<CatalogItemRowEditor*> m_rows;
    QVBoxLayout* m_rowsLayout;
    QPushButton* m_addRowButton;
    QLabel* m_hintLabel;
    QLabel* m_generalError;
    QList<QPointer<CatalogItemRowEditor>> m_uncheckedRows; // sent; whether the server created them is not known
    QDateTime m_sentAt;
    QProgressBar* m_progress;
    QLabel* m_progressLabel;
    QPushButton* m_cancelSendingButton;
    QDialogButtonBox* m_buttons;
    QPointer<CatalogBatchUploader> m_uploader;
    UnsavedInputGuard* m_guard;
};

} // namespace apipay
