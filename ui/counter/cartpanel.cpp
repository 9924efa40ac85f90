#include "cartpanel.h"

#include "api/apiclient.h"
#include "images/imagecache.h"
#include "models/cartmodel.h"
#include "models/catalogtablemodel.h"
#include "session/session.h"
#include "shell/pagecontext.h"
#include "widgets/elidedcelltooltip.h"
#include "widgets/moneylineedit.h"
#include "widgets/searchlineedit.h"
#include "widgets/tablecolumnfit.h"
#include "widgets/thumbnaildelegate.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace apipay {

namespace {
constexpr int kThumbnail = 32;
constexpr int kSearchDelayMs = 300;
} // namespace

CartPanel::CartPanel(const PageContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_catalog(new CatalogTableModel(context.session->api(), this))
    , m_cart(new CartModel(this))
{
    m_catalog->setDisplayFormat(context.session->displayFormat());
    m_cart->setDisplayFormat(context.session->displayFormat());

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* pickerBox = new QVBoxLayout;
    m_searchEdit = new SearchLineEdit(this);
    m_searchEdit->setObjectName(u"catalogSearchLineEdit"_s);
    m_searchEdit->setDelayMs(kSearchDelayMs);
    m_barcodeEdit = new QLineEdit(this);
    m_barcodeEdit->setObjectName(u"barcodeLineEdit"_s);
    m_barcodeEdit->setClearButtonEnabled(true);
    m_barcodeEdit->setMaxLength(50);
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_searchEdit, 3);
    searchRow->addWidget(m_barcodeEdit, 2);
    pickerBox->addLayout(searchRow);

    m_catalogView = new QTableView(this);
    m_catalogView->setObjectName(u"catalogPickerTableView"_s);
    m_catalogView->setModel(m_catalog);
    m_catalogView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_catalogView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_catalogView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_catalogView->verticalHeader()->hide();
    m_catalogView->verticalHeader()->setDefaultSectionSize(kThumbnail + 6);
    m_catalogView->setItemDelegateForColumn(CatalogTableModel::Name,
        new ThumbnailDelegate(
            context.session->imageCache(), m_catalogView, CatalogTableModel::ImageUrlRole, kThumbnail));
    for (int c : { int(CatalogTableModel::Status), int(CatalogTableModel::Id), int(CatalogTableModel::CreatedAt) }) {
        m_catalogView->setColumnHidden(c, true);
    }
    m_catalogView->horizontalHeader()->setSectionResizeMode(CatalogTableModel::Name, QHeaderView::Stretch);
    // Prices, units and barcodes whole; the names take the rest.
    auto* columnFit = new TableColumnFit(m_catalogView);
    new ElidedCellToolTip(m_catalogView);
    columnFit->fitOnFirstPage(m_catalog);
    m_catalogView->installEventFilter(this);
    pickerBox->addWidget(m_catalogView, 1);

    auto* addRow = new QHBoxLayout;
    m_countLabel = new QLabel(this);
    m_countSpin = new QSpinBox(this);
    m_countSpin->setObjectName(u"cartCountSpinBox"_s);
    m_countSpin->setRange(1, int(CartModel::kMaxCount));
    m_countLabel->setBuddy(m_countSpin);
    m_priceLabel = new QLabel(this);
    m_priceEdit = new MoneyLineEdit(this);
    m_priceEdit->setObjectName(u"cartCustomPriceLineEdit"_s);
    m_priceEdit->setOptional(true);
    m_priceEdit->setDisplayLocale(context.session->displayFormat().locale());
    m_priceLabel->setBuddy(m_priceEdit);
    m_addButton = new QPushButton(this);
    m_addButton->setObjectName(u"addToCartButton"_s);
    m_addButton->setAutoDefault(false);
    addRow->addWidget(m_countLabel);
    addRow->addWidget(m_countSpin);
    addRow->addWidget(m_priceLabel);
    addRow->addWidget(m_priceEdit, 1);
    addRow->addWidget(m_addButton);
    pickerBox->addLayout(addRow);
    layout->addLayout(pickerBox, 3);

    auto* cartBox = new QVBoxLayout;
    m_cartView = new QTableView(this);
    m_cartView->setObjectName(u"cartTableView"_s);
    m_cartView->setModel(m_cart);
    m_cartView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_cartView->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_cartView->verticalHeader()->hide();
    const auto fitCartColumns = [this] {
        QHeaderView* header = m_cartView->horizontalHeader();
        for (int c = 0; c < header->count(); ++c) {
            header->setSectionResizeMode(
                c, c == CartModel::Name ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
        }
    };
    fitCartColumns();
    connect(m_cart, &QAbstractItemModel::modelReset, this, fitCartColumns);
    connect(m_cart, &QAbstractItemModel::rowsInserted, this, fitCartColumns);
    connect(m_cart, &QAbstractItemModel::headerDataChanged, this, fitCartColumns);
    m_cartView->installEventFilter(this);
    cartBox->addWidget(m_cartView, 1);
    m_removeButton = new QPushButton(this);
    m_removeButton->setObjectName(u"removeFromCartButton"_s);
    m_removeButton->setAutoDefault(false);

    auto* totals = new QGridLayout;
    m_discountLabel = new QLabel(this);
    m_discountSpin = new QSpinBox(this);
    m_discountSpin->setObjectName(u"discountSpinBox"_s);
    m_discountSpin->setRange(0, CartModel::kMaxDiscountPercent);
    m_discountSpin->setSuffix(u" %"_s);
    m_discountLabel->setBuddy(m_discountSpin);
    m_subtotalLabel = new QLabel(this);
    m_subtotalLabel->setObjectName(u"cartSubtotalLabel"_s);
    m_discountSumLabel = new QLabel(this);
    m_discountSumLabel->setObjectName(u"cartDiscountLabel"_s);
    m_totalLabel = new QLabel(this);
    m_totalLabel->setObjectName(u"cartTotalLabel"_s);
    QFont bold = m_totalLabel->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_totalLabel->setFont(bold);
    for (QLabel* label : { m_subtotalLabel, m_discountSumLabel, m_totalLabel }) {
        label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    totals->addWidget(m_removeButton, 0, 0);
    totals->addWidget(m_discountLabel, 0, 1, Qt::AlignRight);
    totals->addWidget(m_discountSpin, 0, 2);
    totals->addWidget(m_subtotalLabel, 1, 0, 1, 3);
    totals->addWidget(m_discountSumLabel, 2, 0, 1, 3);
    totals->addWidget(m_totalLabel, 3, 0, 1, 3);
    cartBox->addLayout(totals);
    m_totalsNote = new QLabel(this);
    m_totalsNote->setObjectName(u"cartTotalsNoteLabel"_s);
    m_totalsNote->setWordWrap(true);
    cartBox->addWidget(m_totalsNote);
    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(u"cartMessageLabel"_s);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->hide();
    cartBox->addWidget(m_messageLabel);
    layout->addLayout(cartBox, 2);

    connect(m_searchEdit, &SearchLineEdit::searchChanged, this,
        [this] { m_catalog->setSearch(m_searchEdit->searchText()); });
    connect(m_searchEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_catalog->rowCount() >= 1) {
            m_catalogView->setFocus();
            m_catalogView->selectRow(0);
        }
    });
    connect(m_barcodeEdit, &QLineEdit::returnPressed, this, &CartPanel::lookUpBarcode);
    connect(m_addButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_catalogView->currentIndex();
        if (current.isValid()) {
            addCatalogRow(current.row());
        } else {
            setMessage(tr("Choose an item in the catalog first."), true);
        }
    });
    connect(m_catalogView, &QTableView::doubleClicked, this,
        [this](const QModelIndex& index) { addCatalogRow(index.row()); });
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_cartView->currentIndex();
        if (current.isValid()) {
            m_cart->removeLine(current.row());
        }
    });
    connect(
        m_discountSpin, &QSpinBox::valueChanged, this, [this](int percent) { m_cart->setDiscountPercent(percent); });
    connect(m_cart, &CartModel::totalsChanged, this, [this] {
        m_serverInvoice.reset();
        updateTotals();
        Q_EMIT changed();
    });
    connect(
        m_cart, &CartModel::editRejected, this, [this](int, int, const QString& reason) { setMessage(reason, true); });
    connect(m_catalog, &CatalogTableModel::loadFailed, this, [this](const ApiError& error) {
        setMessage(tr("The catalog could not be loaded: %1").arg(error.userText()), true);
    });
    // The cart restored at start asks for the catalog before the shop is connected (demo server or saved key not
    // ready yet), which fails for want of a server; another shop has another catalog. Asked again with each session.
    connect(m_context.session, &Session::sessionChanged, this, [this] {
        if (!m_catalogRequested) {
            return;
        }
        m_catalogRequested = false;
        setMessage(QString(), false);
        ensureCatalogLoaded();
    });
    retranslate();
    updateTotals();
}

void CartPanel::retranslate()
{
    m_searchEdit->setPlaceholderText(tr("Search the catalog by name"));
    m_searchEdit->setAccessibleName(tr("Search the catalog by name"));
    m_barcodeEdit->setAccessibleName(tr("Barcode"));
    m_catalogView->setAccessibleName(tr("Catalog"));
    m_cartView->setAccessibleName(tr("Cart"));
    m_barcodeEdit->setPlaceholderText(tr("Barcode + Enter"));
    m_barcodeEdit->setToolTip(tr("Scan or type a barcode and press Enter to add the item"));
    m_countLabel->setText(tr("C&ount:"));
    m_priceLabel->setText(tr("Pr&ice:"));
    m_priceEdit->setPlaceholderText(tr("catalog price"));
    m_priceEdit->setToolTip(tr("Optional: a price for this invoice instead of the catalog price"));
    m_addButton->setText(tr("&Add"));
    m_removeButton->setText(tr("Remove line"));
    m_discountLabel->setText(tr("Disco&unt:"));
    m_discountSpin->setSpecialValueText(tr("none"));
    m_cart->retranslate();
    m_catalog->retranslate();
    updateTotals();
}

void CartPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
}

void CartPanel::ensureCatalogLoaded()
{
    if (m_catalogRequested) {
        return;
    }
    m_catalogRequested = true;
    m_catalog->loadUnits();
    CatalogQuery query;
    query.perPage = 100;
    m_catalog->setQuery(query);
}

bool CartPanel::addCatalogRow(int row)
{
    if (row < 0 || row >= m_catalog->rowCount()) {
        return false;
    }
    return addItem(m_catalog->itemAt(row), m_countSpin->value(), m_priceEdit->value());
}

bool CartPanel::addItem(const CatalogItem& item, qint64 count, const std::optional<Money>& customPrice)
{
    if (!m_priceEdit->isValid()) {
        setMessage(m_priceEdit->errorText(), true);
        m_priceEdit->setFocus();
        return false;
    }
    if (!customPrice && !item.sellingPrice) {
        setMessage(tr("“%1” has no price in the catalog; enter a price for it.").arg(item.name), true);
        m_priceEdit->setFocus();
        return false;
    }
    const int before = m_cart->lineCount();
    if (!m_cart->addItem(item, item.unitId ? m_catalog->unitName(*item.unitId) : QString(), count)) {
        return false; // editRejected already explained why
    }
    if (customPrice) {
        const int row = m_cart->lineCount() > before ? m_cart->lineCount() - 1 : -1;
        if (row >= 0) {
            m_cart->setCustomPrice(row, customPrice);
        }
    }
    setMessage(tr("Added %1 × %2").arg(count).arg(item.name), false);
    m_countSpin->setValue(1);
    m_priceEdit->clear();
    return true;
}

void CartPanel::lookUpBarcode()
{
    const QString barcode = m_barcodeEdit->text().trimmed();
    if (barcode.isEmpty()) {
        // Scan, scan, Enter: an Enter with nothing scanned means the cart is complete.
        if (!m_cart->isEmpty()) {
            Q_EMIT submitRequested();
        }
        return;
    }
    for (int row = 0; row < m_catalog->rowCount(); ++row) {
        if (m_catalog->itemAt(row).barcode == barcode) {
            if (addCatalogRow(row)) {
                m_barcodeEdit->clear();
            }
            return;
        }
    }
    CatalogQuery query;
    query.barcode = barcode;
    query.perPage = 5;
    m_barcodeEdit->setEnabled(false);
    m_context.session->api()->listCatalog(
        query, this, [this, barcode](const ApiResult<apipay::Page<CatalogItem>>& result) {
            m_barcodeEdit->setEnabled(true);
            m_barcodeEdit->setFocus();
            if (!result.ok()) {
                setMessage(tr("Barcode %1 could not be looked up: %2").arg(barcode, result.error.userText()), true);
                return;
            }
            for (const CatalogItem& item : result.value.items) {
                if (item.barcode == barcode) {
                    if (addItem(item, m_countSpin->value(), m_priceEdit->value())) {
                        m_barcodeEdit->clear();
                    }
                    return;
                }
            }
            setMessage(tr("No catalog item has barcode %1.").arg(barcode), true);
            m_barcodeEdit->selectAll();
        });
}

void CartPanel::updateTotals()
{
    const auto money = [this](Money m) { return m_context.session->displayFormat().money(m); };
    if (m_serverInvoice) {
        const Invoice& inv = *m_serverInvoice;
        m_subtotalLabel->setText(
            tr("Subtotal: %1").arg(m_context.session->displayFormat().money(inv.subtotal ? inv.subtotal : inv.amount)));
        m_discountSumLabel->setText(
            tr("Discount: %1").arg(m_context.session->displayFormat().money(inv.discountSum.value_or(Money()))));
        m_totalLabel->setText(tr("Total: %1").arg(m_context.session->displayFormat().money(inv.amount)));
        m_totalsNote->setText(tr("Totals as calculated by ApiPay."));
        return;
    }
    m_subtotalLabel->setText(tr("Subtotal: %1").arg(money(m_cart->subtotal())));
    m_discountSumLabel->setText(m_cart->discountPercent() > 0
            ? tr("Discount %1%: −%2").arg(m_cart->discountPercent()).arg(money(m_cart->discountSum()))
            : tr("Discount: none"));
    m_totalLabel->setText(tr("Total: %1").arg(money(m_cart->total())));
    QString note = tr("Approximate: ApiPay calculates the final amount.");
    if (m_cart->unpricedLineCount() > 0) {
        note = tr("%n line(s) have no price; the total is incomplete.", nullptr, m_cart->unpricedLineCount());
    }
    m_totalsNote->setText(note);
}

bool CartPanel::readyToSend(
    QList<CartLine>& lines, std::optional<int>& discountPercentage, QString* problem, QWidget** fix) const
{
    lines = m_cart->toCartLines();
    discountPercentage = m_cart->discountPercent() > 0 ? std::optional<int>(m_cart->discountPercent()) : std::nullopt;
    if (m_cart->isEmpty()) {
        *problem = tr("Add at least one item to the cart.");
        *fix = m_barcodeEdit;
        return false;
    }
    if (m_cart->unpricedLineCount() > 0) {
        *problem = tr("Some cart lines have no price; enter a price for them.");
        *fix = m_cartView;
        return false;
    }
    return true;
}

void CartPanel::showServerTotals(const std::optional<Invoice>& invoice)
{
    m_serverInvoice = invoice;
    updateTotals();
}

void CartPanel::showFieldErrors(const ApiError& error)
{
    QStringList lines;
    for (auto it = error.fieldErrors.cbegin(); it != error.fieldErrors.cend(); ++it) {
        const QString& key = it.key();
        if (key == u"discount_percentage"_s) {
            lines.append(tr("Discount: %1").arg(it.value().join(u' ')));
            continue;
        }
        if (!key.startsWith(u"cart_items"_s)) {
            continue;
        }
        const QStringList parts = key.split(u'.');
        bool ok = false;
        const int row = parts.size() > 1 ? parts.at(1).toInt(&ok) : -1;
        if (ok && row >= 0 && row < m_cart->lineCount()) {
            lines.append(tr("Line %1 (%2): %3").arg(row + 1).arg(m_cart->lineAt(row).item.name, it.value().join(u' ')));
            const int column = parts.value(2) == u"count"_s ? int(CartModel::Count)
                : parts.value(2) == u"price"_s              ? int(CartModel::Price)
                                                            : int(CartModel::Name);
            m_cartView->setCurrentIndex(m_cart->index(row, column));
        } else {
            lines.append(tr("Cart: %1").arg(it.value().join(u' ')));
        }
    }
    if (lines.isEmpty()) {
        m_messageLabel->hide();
    } else {
        setMessage(lines.join(u'\n'), true);
    }
}

void CartPanel::setMessage(const QString& text, bool error)
{
    m_messageLabel->setText(text);
    m_messageLabel->setStyleSheet(error ? u"color: #c62828;"_s : QString());
    m_messageLabel->setVisible(!text.isEmpty());
}

void CartPanel::clearAll()
{
    m_cart->clear();
    m_discountSpin->setValue(0);
    m_countSpin->setValue(1);
    m_priceEdit->clear();
    m_barcodeEdit->clear();
    m_serverInvoice.reset();
    setMessage(QString(), false);
    updateTotals();
}

void CartPanel::setFormatLocale(const QLocale& locale)
{
    const DisplayFormat format(locale, m_catalog->displayFormat().zone());
    m_catalog->setDisplayFormat(format);
    m_cart->setDisplayFormat(format);
    m_priceEdit->setDisplayLocale(locale);
    updateTotals();
}

void CartPanel::setEditable(bool editable)
{
    for (QWidget* w : std::initializer_list<QWidget*> { m_searchEdit, m_barcodeEdit, m_catalogView, m_countSpin,
             m_priceEdit, m_addButton, m_removeButton, m_discountSpin }) {
        w->setEnabled(editable);
    }
    m_cartView->setEditTriggers(editable
            ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed
            : QAbstractItemView::NoEditTriggers);
}

bool CartPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (watched == m_catalogView && enter) {
            const QModelIndex current = m_catalogView->currentIndex();
            if (current.isValid()) {
                addCatalogRow(current.row());
            }
            return true;
        }
        if (watched == m_cartView && key->key() == Qt::Key_Delete) {
            const QModelIndex current = m_cartView->currentIndex();
            if (current.isValid()) {
                m_cart->removeLine(current.row());
            }
            return true;
        }
        if (watched == m_cartView && enter) { // while editing, keys go to the editor, not the view
            Q_EMIT submitRequested();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace apipay
