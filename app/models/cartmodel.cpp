#include "cartmodel.h"

#include "money/moneysum.h"

namespace apipay {

namespace {

QLocale withoutGrouping(QLocale locale)
{
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    return locale;
}

} // namespace

CartModel::CartModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

CartModel::~CartModel() = default;

int CartModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int CartModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CartModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Line& line = m_lines.at(index.row());
    const std::optional<Money> price = line.effectivePrice();
    const std::optional<Money> lineTotal = price ? Money::checkedMul(*price, line.count) : std::nullopt;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return line.item.name;
        case Unit:
            return line.unitName;
        case Price:
            return price ? price->format(m_format.locale()) : QStringLiteral("—");
        case Count:
            return m_format.locale().toString(line.count);
        case LineTotal:
            return lineTotal ? lineTotal->format(m_format.locale()) : QStringLiteral("—");
        default:
            return {};
        }
    case Qt::EditRole:
        if (index.column() == Count) {
            return line.count;
        }
        if (index.column() == Price) {
            return price ? price->formatNumber(withoutGrouping(m_format.locale())) : QString();
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Price && line.customPrice && line.item.sellingPrice) {
            return tr("Catalog price: %1").arg(line.item.sellingPrice->format(m_format.locale()));
        }
        if (index.column() == Price && !price && line.catalogPriceUnreadable) {
            return tr("The catalog price sent by ApiPay is unreadable (beyond %1); enter a price.")
                .arg(Money::invoiceMaximum().format(m_format.locale()));
        }
        if (index.column() == Price && !price) {
            return tr("This item has no price in the catalog; enter a price.");
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Price || index.column() == Count || index.column() == LineTotal) {
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case Name:
            return line.item.name;
        case Unit:
            return line.unitName;
        case Price:
            return price ? QVariant(price->tiyn()) : QVariant();
        case Count:
            return line.count;
        case LineTotal:
            return lineTotal ? QVariant(lineTotal->tiyn()) : QVariant();
        default:
            return {};
        }
    case CatalogItemIdRole:
        return line.item.id;
    case PriceTiynRole:
        return price ? QVariant(price->tiyn()) : QVariant();
    case CustomPriceRole:
        return line.customPrice.has_value();
    case LineTotalTiynRole:
        return lineTotal ? QVariant(lineTotal->tiyn()) : QVariant();
    default:
        return {};
    }
}

QVariant CartModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Name:
        return tr("Item");
    case Unit:
        return tr("Unit");
    case Price:
        return tr("Price");
    case Count:
        return tr("Quantity");
    case LineTotal:
        return tr("Sum");
    default:
        return {};
    }
}

Qt::ItemFlags CartModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == Count || index.column() == Price)) {
        f |= Qt::ItemIsEditable;
    }
    return f;
}

std::optional<qint64> CartModel::parseCount(const QVariant& value) const
{
    bool ok = false;
    qint64 count = 0;
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        count = value.toLongLong(&ok);
        break;
    case QMetaType::QString: {
        const QString text = value.toString().trimmed();
        count = text.toLongLong(&ok);
        if (!ok) {
            count = m_format.locale().toLongLong(text, &ok);
        }
        break;
    }
    default:
        return std::nullopt; // doubles, booleans, …: a count is a whole number
    }
    if (!ok || count < 1 || count > kMaxCount) {
        return std::nullopt;
    }
    return count;
}

std::optional<std::optional<Money>> CartModel::parsePrice(const QVariant& value, QString* reason) const
{
    std::optional<Money> price;
    if (value.metaType() == QMetaType::fromType<Money>()) {
        price = value.value<Money>();
    } else if (value.typeId() == QMetaType::LongLong) {
        price = Money::fromTiyn(value.toLongLong());
    } else if (value.typeId() == QMetaType::QString) {
        const QString text = value.toString().trimmed();
        if (text.isEmpty()) {
            return std::optional<Money>(); // back to the catalog price
        }
        Money::ParseResult parsed = Money::parse(text);
        const QString group = m_format.locale().groupSeparator();
        if (!parsed.ok() && !group.trimmed().isEmpty() && text.contains(group)) {
            QString ungrouped = text;
            ungrouped.remove(group);
            parsed = Money::parse(ungrouped);
        }
        if (!parsed.ok()) {
            *reason = Money::errorText(parsed.error);
            return std::nullopt;
        }
        price = parsed.value;
    } else {
        *reason = tr("Enter a price.");
        return std::nullopt;
    }
    if (*price < Money::invoiceMinimum() || *price > Money::invoiceMaximum()) {
        *reason = tr("The price must be between %1 and %2.")
                      .arg(Money::invoiceMinimum().format(m_format.locale()),
                          Money::invoiceMaximum().format(m_format.locale()));
        return std::nullopt;
    }
    return std::optional<Money>(price);
}

bool CartModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    if (index.column() == Count) {
        const std::optional<qint64> count = parseCount(value);
        if (!count) {
            Q_EMIT editRejected(index.row(), Count,
                tr("The quantity must be a whole number from 1 to %1.").arg(m_format.locale().toString(kMaxCount)));
            return false;
        }
        return setCount(index.row(), *count);
    }
    if (index.column() == Price) {
        QString reason;
        const std::optional<std::optional<Money>> price = parsePrice(value, &reason);
        if (!price) {
            Q_EMIT editRejected(index.row(), Price, reason);
            return false;
        }
        return setCustomPrice(index.row(), *price);
    }
    return false;
}

bool CartModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > m_lines.size()) {
        return false;
    }
    beginRemoveRows({}, row, row + count - 1);
    m_lines.remove(row, count);
    endRemoveRows();
    Q_EMIT totalsChanged();
    return true;
}

void CartModel::emitLineChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT totalsChanged();
}

bool CartModel::addItem(const CatalogItem& item, const QString& unitName, qint64 count)
{
    if (count < 1 || count > kMaxCount) {
        Q_EMIT editRejected(-1, Count,
            tr("The quantity must be a whole number from 1 to %1.").arg(m_format.locale().toString(kMaxCount)));
        return false;
    }
    for (int row = 0; row < m_lines.size(); ++row) {
        Line& line = m_lines[row];
        if (line.item.id == item.id && !line.customPrice) {
            if (line.count + count > kMaxCount) {
                Q_EMIT editRejected(row, Count,
                    tr("The quantity must be a whole number from 1 to %1.").arg(m_format.locale().toString(kMaxCount)));
                return false;
            }
            line.count += count;
            emitLineChanged(row);
            return true;
        }
    }
    if (m_lines.size() >= kMaxLines) {
        Q_EMIT editRejected(-1, Name, tr("A cart holds at most %1 lines.").arg(kMaxLines));
        return false;
    }
    // A catalog price outside the invoice limits (a hostile or broken server) is unreadable: never summed, shown as
    // "—" with an explanation; the line then needs a typed price.
    CatalogItem stored = item;
    bool unreadable = false;
    if (stored.sellingPrice
        && (*stored.sellingPrice < Money::invoiceMinimum() || *stored.sellingPrice > Money::invoiceMaximum())) {
        stored.sellingPrice.reset();
        unreadable = true;
    }
    const int row = int(m_lines.size());
    beginInsertRows({}, row, row);
    m_lines.append(Line { stored, unitName, count, std::nullopt, unreadable });
    endInsertRows();
    Q_EMIT totalsChanged();
    return true;
}

bool CartModel::setCount(int row, qint64 count)
{
    if (row < 0 || row >= m_lines.size() || count < 1 || count > kMaxCount) {
        return false;
    }
    if (m_lines[row].count != count) {
        m_lines[row].count = count;
        emitLineChanged(row);
    }
    return true;
}

bool CartModel::setCustomPrice(int row, const std::optional<Money>& price)
{
    if (row < 0 || row >= m_lines.size()) {
        return false;
    }
    if (price && (*price < Money::invoiceMinimum() || *price > Money::invoiceMaximum())) {
        return false;
    }
    if (m_lines[row].customPrice != price) {
        m_lines[row].customPrice = price;
        emitLineChanged(row);
    }
    return true;
}

void CartModel::removeLine(int row)
{
    removeRows(row, 1);
}

void CartModel::clear()
{
    if (m_lines.isEmpty() && m_discountPercent == 0) {
        return;
    }
    beginResetModel();
    m_lines.clear();
    m_discountPercent = 0;
    endResetModel();
    Q_EMIT totalsChanged();
}

int CartModel::unpricedLineCount() const
{
    int count = 0;
    for (const Line& line : m_lines) {
        if (!line.effectivePrice()) {
            ++count;
        }
    }
    return count;
}

bool CartModel::setDiscountPercent(int percent)
{
    if (percent < 0 || percent > kMaxDiscountPercent) {
        return false;
    }
    if (percent != m_discountPercent) {
        m_discountPercent = percent;
        Q_EMIT totalsChanged();
    }
    return true;
}

Money CartModel::subtotal() const
{
    // addItem and setCustomPrice keep every price within the invoice limits, which bounds the sum far below 2^63;
    // the sum is checked all the same, so that no future path can make it overflow.
    MoneySum sum;
    for (const Line& line : m_lines) {
        if (const std::optional<Money> price = line.effectivePrice()) {
            sum.addProduct(*price, line.count);
        }
    }
    return sum.total();
}

Money CartModel::discountSum() const
{
    return m_discountPercent > 0 ? subtotal().percentRoundedHalfUp(m_discountPercent) : Money();
}

Money CartModel::total() const
{
    return subtotal() - discountSum();
}

QList<CartLine> CartModel::toCartLines() const
{
    QList<CartLine> lines;
    lines.reserve(m_lines.size());
    for (const Line& line : m_lines) {
        lines.append(CartLine { line.item.id, line.count, line.customPrice });
    }
    return lines;
}

void CartModel::setDisplayFormat(const DisplayFormat& format)
{
    m_format = format;
    retranslate();
}

void CartModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_lines.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(int(m_lines.size()) - 1, ColumnCount - 1), { Qt::DisplayRole });
    }
}

} // namespace apipay
