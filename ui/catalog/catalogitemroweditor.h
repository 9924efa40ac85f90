#pragma once

#include "domain/catalog.h"
#include "domain/requests.h"
#include "images/catalogimagepreparer.h"

#include <QFrame>
#include <QLocale>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace apipay {

class CatalogImagePicker;
class CatalogUnitComboBox;
class MoneyLineEdit;

// One new catalog item in the batch dialog: name (≤ 255), price (≥ 0.01), unit, barcode (≤ 50), picture.
class CatalogItemRowEditor : public QFrame
{
    Q_OBJECT
public:
    static constexpr int kMaxName = 255;
    static constexpr int kMaxBarcode = 50;

    CatalogItemRowEditor(int number, const QList<CatalogUnit>& units, const QLocale& locale, QWidget* parent = nullptr);

    void setNumber(int number);
    void setUnits(const QList<CatalogUnit>& units, const QLocale& locale);
    // The item without image_id (filled after the upload); nullopt with errors shown when invalid.
    std::optional<CatalogItemDraft> draft();
    std::optional<CatalogImagePreparer::Result> image() const;
    bool isBlank() const;
    // A server error for this row ("name", "selling_price", …) or a general one (empty field).
    void showError(const QString& field, const QString& text);
    void clearErrors();

    QLineEdit* nameEdit() const { return m_nameEdit; }
    MoneyLineEdit* priceEdit() const { return m_priceEdit; }
    CatalogUnitComboBox* unitCombo() const { return m_unitCombo; }
    QLineEdit* barcodeEdit() const { return m_barcodeEdit; }
    CatalogImagePicker* imagePicker() const { return m_imagePicker; }
    QPushButton* removeButton() const { return m_removeButton; }

Q_SIGNALS:
    void removeRequested(apipay::CatalogItemRowEditor* row);

private:
    void retranslate();

    int m_number;
    QLabel* m_numberLabel;
    QLineEdit* m_nameEdit;
    MoneyLineEdit* m_priceEdit;
    CatalogUnitComboBox* m_unitCombo;
    QLineEdit* m_barcodeEdit;
    CatalogImagePicker* m_imagePicker;
    QPushButton* m_removeButton;
    QLabel* m_errorLabel;
};

} // namespace apipay
