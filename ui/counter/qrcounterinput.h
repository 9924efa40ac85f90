#pragma once

#include "shell/pagecontext.h"

#include "api/apierror.h"
#include "domain/qrinvoice.h"

#include <QWidget>

#include <optional>

class QButtonGroup;
class QLabel;
class QPushButton;
class QRadioButton;

namespace apipay {

class CartPanel;
class MoneyLineEdit;

// What a QR invoice at the counter is for: an amount ("By amount": type it, Enter) or a cart from the catalog ("From
// the catalog": the same picker, barcode and discount as the phone form; Enter in the cart or "Show QR"). The choice
// is remembered (QSettings counter/qrCartMode). The panel asks draft() when the cashier submits; a missing amount or
// an empty cart is said at the field, which then has the focus.
class QrCounterInput : public QWidget
{
    Q_OBJECT
public:
    explicit QrCounterInput(const PageContext& context, QWidget* parent = nullptr);

    bool isCartMode() const;
    void setCartMode(bool cart);

    // The invoice to create (amount or cart lines and discount), or nullopt after saying what is missing.
    std::optional<QrInvoiceDraft> draft();
    // While a QR is shown the cart folds away so that the code gets the room; the amount row stays.
    void setCollapsed(bool collapsed);
    void setBusy(bool busy);
    // The server refused the draft (422): the cart's lines and discount show their messages.
    void showRefusal(const ApiError& error);
    void clear();
    // Where typing starts: the amount, or the barcode field of the cart.
    QWidget* entryWidget() const;

    MoneyLineEdit* amountEdit() const { return m_amountEdit; }
    CartPanel* cartPanel() const { return m_cart; }
    QPushButton* createButton() const { return m_createButton; }
    QLabel* errorLabel() const { return m_errorLabel; }
    QRadioButton* amountModeRadio() const { return m_amountModeRadio; }
    QRadioButton* cartModeRadio() const { return m_cartModeRadio; }

Q_SIGNALS:
    void submitRequested();
    void cartModeChanged(bool cart);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void applyMode();

    PageContext m_context;
    QRadioButton* m_amountModeRadio = nullptr;
    QRadioButton* m_cartModeRadio = nullptr;
    QButtonGroup* m_modeGroup = nullptr;
    QLabel* m_amountLabel = nullptr;
    MoneyLineEdit* m_amountEdit = nullptr;
    QPushButton* m_createButton = nullptr;
    QLabel* m_errorLabel = nullptr;
    CartPanel* m_cart = nullptr;
    bool m_collapsed = false;
};

} // namespace apipay
