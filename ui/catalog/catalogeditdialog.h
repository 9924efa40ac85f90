#pragma once

#include "shell/pagecontext.h"

#include "api/apierror.h"
#include "api/apiresult.h"
#include "domain/catalog.h"
#include "domain/requests.h"

#include <QDialog>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace apipay {

class CatalogImagePicker;
class CatalogUnitComboBox;
class MoneyLineEdit;

// Edit one catalog item: PATCH /catalog/{id} with only the changed fields; the picture can be kept, replaced
// (uploaded first, then image_id) or removed (is_image_deleted). Progress with Cancel; 422 errors at their field.
class UnsavedInputGuard;

class CatalogEditDialog : public QDialog
{
    Q_OBJECT
public:
    CatalogEditDialog(const PageContext& context,
        const CatalogItem& item,
        const QList<CatalogUnit>& units,
        QWidget* parent = nullptr);
    ~CatalogEditDialog() override;

    // The patch of the current inputs (image fields not included); nullopt with errors shown when invalid.
    std::optional<CatalogItemPatch> patch();
    void submit();
    bool isBusy() const { return m_request != 0; }

    QLineEdit* nameEdit() const { return m_nameEdit; }
    MoneyLineEdit* priceEdit() const { return m_priceEdit; }
    CatalogUnitComboBox* unitCombo() const { return m_unitCombo; }
    QLineEdit* barcodeEdit() const { return m_barcodeEdit; }
    CatalogImagePicker* imagePicker() const { return m_imagePicker; }
    QLabel* errorLabel() const { return m_errorLabel; }

Q_SIGNALS:
    // PATCH succeeded; `newImage` = the uploaded bytes when the picture was replaced.
    void saved(qint64 itemId, const apipay::CatalogWriteResult& result, const QByteArray& newImage);

public:
    void reject() override;

private:
    void sendPatch(CatalogItemPatch patch, const QByteArray& newImage);
    void showError(const ApiError& error);
    void setBusy(bool busy);

    PageContext m_context;
    CatalogItem m_item;
    QLineEdit* m_nameEdit;
    MoneyLineEdit* m_priceEdit;
    CatalogUnitComboBox* m_unitCombo;
    QLineEdit* m_barcodeEdit;
    CatalogImagePicker* m_imagePicker;
    QLabel* m_errorLabel;
    QProgressBar* m_progress;
    QDialogButtonBox* m_buttons;
    RequestId m_request = 0;
    UnsavedInputGuard* m_guard = nullptr;
};

} // namespace apipay
