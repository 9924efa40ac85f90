#pragma once

#include "shell/pagecontext.h"

#include "api/apierror.h"
#include "domain/catalog.h"
#include "domain/invoice.h"
#include "domain/requests.h"
#include "widgets/searchlineedit.h"

#include <QLocale>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace apipay {

class CartModel;
class CatalogTableModel;
class MoneyLineEdit;

// The cart half of the counter form: a catalog picker with pictures, search and barcode (Enter on a barcode adds the
// item), count and optional custom price, the cart lines (editable), a discount and exact totals labelled
// approximate until the service has answered with its own numbers.
class CartPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CartPanel(const PageContext& context, QWidget* parent = nullptr);

    CartModel* cart() const { return m_cart; }
    CatalogTableModel* catalog() const { return m_catalog; }
    QLineEdit* searchEdit() const { return m_searchEdit; }
    QLineEdit* barcodeEdit() const { return m_barcodeEdit; }
    QTableView* catalogView() const { return m_catalogView; }
    QTableView* cartView() const { return m_cartView; }
    QSpinBox* countSpin() const { return m_countSpin; }
    MoneyLineEdit* customPriceEdit() const { return m_priceEdit; }
    QSpinBox* discountSpin() const { return m_discountSpin; }
    QLabel* totalLabel() const { return m_totalLabel; }

    // Loads the catalog (first time the cart is used) — not before, to spare the request budget.
    void ensureCatalogLoaded();
    // Adds the catalog item of a picker row with the chosen count and custom price.
    bool addCatalogRow(int row);
    bool addItem(const CatalogItem& item, qint64 count, const std::optional<Money>& customPrice);
    // The cart as an invoice sends it: its lines and the discount (nullopt when none). When the cart cannot be sent
    // (no lines, or lines without a price) returns false with *problem = the sentence to show and *fix = the widget
    // where the person corrects it; the lines are filled either way.
    bool readyToSend(
        QList<CartLine>& lines, std::optional<int>& discountPercentage, QString* problem, QWidget** fix) const;
    // Server numbers after creation (subtotal, discount, amount), or cleared with nullopt.
    void showServerTotals(const std::optional<Invoice>& invoice);
    // 422 messages for cart_items.N.* and discount_percentage; empty map clears.
    void showFieldErrors(const ApiError& error);
    void clearAll();
    void setEditable(bool editable);
    // Money and units in the UI language's locale (language switch).
    void setFormatLocale(const QLocale& locale);

Q_SIGNALS:
    void changed();
    // Enter in the cart table, or Enter in the empty barcode field once the cart has lines: the form may submit.
    void submitRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateTotals();
    void lookUpBarcode();
    void setMessage(const QString& text, bool error);

    PageContext m_context;
    CatalogTableModel* m_catalog;
    CartModel* m_cart;
    bool m_catalogRequested = false;
    std::optional<Invoice> m_serverInvoice;

    SearchLineEdit* m_searchEdit = nullptr;
    QLineEdit* m_barcodeEdit = nullptr;
    QTableView* m_catalogView = nullptr;
    QSpinBox* m_countSpin = nullptr;
    MoneyLineEdit* m_priceEdit = nullptr;
    QPushButton* m_addButton = nullptr;
    QTableView* m_cartView = nullptr;
    QPushButton* m_removeButton = nullptr;
    QSpinBox* m_discountSpin = nullptr;
    QLabel* m_countLabel = nullptr;
    QLabel* m_priceLabel = nullptr;
    QLabel* m_discountLabel = nullptr;
    QLabel* m_subtotalLabel = nullptr;
    QLabel* m_discountSumLabel = nullptr;
    QLabel* m_totalLabel = nullptr;
    QLabel* m_totalsNote = nullptr;
    QLabel* m_messageLabel = nullptr;
};

} // namespace apipay
