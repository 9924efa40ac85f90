#pragma once

#include "domain/catalog.h"
#include "domain/requests.h"
#include "format/displayformat.h"
#include "money/money.h"

#include <QAbstractTableModel>

#include <optional>

namespace apipay {

// The lines of a cart invoice being put together at the counter: catalog item (name, unit, price), count and an
// optional custom price. Count and Price are editable with validation (invalid input is refused with a translated
// reason through editRejected). Totals are exact tiyn: subtotal = Σ price × count, discount = round half up of
// subtotal × percent / 100 (reference Q6), total = subtotal − discount. The server's numbers stay authoritative; the
// UI labels this preview as approximate.
class CartModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Unit, Price, Count, LineTotal, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole,
        CatalogItemIdRole, // qint64
        PriceTiynRole, // qint64 effective unit price, invalid when unknown
        CustomPriceRole, // bool: a custom price is set
        LineTotalTiynRole // qint64, invalid when the price is unknown
    };
    Q_ENUM(Role)

    struct Line
    {
        CatalogItem item;
        QString unitName;
        qint64 count = 1;
        std::optional<Money> customPrice;
        // The catalog sent a price outside the invoice limits: it was dropped as unreadable (never summed).
        bool catalogPriceUnreadable = false;

        std::optional<Money> effectivePrice() const { return customPrice ? customPrice : item.sellingPrice; }
    };

    static constexpr int kMaxLines = 100; // v2.1 cart_items 1–100
    static constexpr qint64 kMaxCount = 100000; // per line
    static constexpr int kMaxDiscountPercent = 99;

    explicit CartModel(QObject* parent = nullptr);
    ~CartModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // Count: an integer 1–100 000 (int, qint64 or text); Price: Money, qint64 tiyn or text ("4 500,50"), 0.01 –
    // 99 999 999.99; an empty text clears the custom price. Anything else is refused (false + editRejected).
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override;

    // How prices and quantities are shown and read (the locale of the format).
    void setDisplayFormat(const DisplayFormat& format);
    const DisplayFormat& displayFormat() const { return m_format; }
    void retranslate();

    // Adds a catalog item; the same item without a custom price again increases its count. False (with
    // editRejected) when the cart is full or the count would exceed the maximum.
    bool addItem(const CatalogItem& item, const QString& unitName = {}, qint64 count = 1);
    bool setCount(int row, qint64 count);
    // nullopt clears the custom price (the catalog price applies again).
    bool setCustomPrice(int row, const std::optional<Money>& price);
    void removeLine(int row);
    void clear();

    const Line& lineAt(int row) const { return m_lines.at(row); }
    int lineCount() const { return int(m_lines.size()); }
    bool isEmpty() const { return m_lines.isEmpty(); }
    // Lines whose price is unknown (no catalog price and no custom price): the total is incomplete.
    int unpricedLineCount() const;

    // 0 = no discount; 1–99.
    bool setDiscountPercent(int percent);
    int discountPercent() const { return m_discountPercent; }

    Money subtotal() const;
    Money discountSum() const;
    Money total() const;

    // For InvoiceDraft::cartItems: catalog item id, count, and the price only when customised.
    QList<CartLine> toCartLines() const;

Q_SIGNALS:
    void totalsChanged();
    // A refused edit, with a translated reason for the UI.
    void editRejected(int row, int column, const QString& reason);

private:
    std::optional<qint64> parseCount(const QVariant& value) const;
    std::optional<std::optional<Money>> parsePrice(const QVariant& value, QString* reason) const;
    void emitLineChanged(int row);

    QList<Line> m_lines;
    int m_discountPercent = 0;
    DisplayFormat m_format;
};

} // namespace apipay
