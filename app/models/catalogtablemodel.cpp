#include "catalogtablemodel.h"

#include "api/apiclient.h"
#include "models/modelformat.h"

#include <QSet>

namespace apipay {

namespace {

// Whether two queries ask for the same rows (the page number aside).
bool sameQuery(const CatalogQuery& a, const CatalogQuery& b)
{
    return a.perPage == b.perPage && a.search == b.search && a.barcode == b.barcode && a.firstChar == b.firstChar;
}

} // namespace

CatalogTableModel::CatalogTableModel(ApiClient* api, QObject* parent)
    : PagedTableModel(api, parent)
    , m_zone(modelformat::almaty())
{
}

CatalogTableModel::~CatalogTableModel() = default;

int CatalogTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CatalogTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CatalogTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const CatalogItem& item = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(item, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Price || index.column() == Id) {
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        }
        return {};
    case SortRole:
        return sortData(item, index.column());
    case StatusRole:
        return item.status;
    case IdRole:
        return item.id;
    case ImageUrlRole:
        return item.imageUrl;
    case PriceTiynRole:
        return item.sellingPrice ? QVariant(item.sellingPrice->tiyn()) : QVariant();
    case UnitIdRole:
        return item.unitId ? QVariant(*item.unitId) : QVariant();
    default:
        return {};
    }
}

QString CatalogTableModel::unitName(qint64 unitId) const
{
    const auto it = m_unitIndex.constFind(unitId);
    if (it == m_unitIndex.cend()) {
        return {};
    }
    const CatalogUnit& unit = m_units.at(it.value());
    if (m_locale.language() == QLocale::Kazakh && !unit.nameKaz.isEmpty()) {
        return unit.nameKaz;
    }
    return unit.name;
}

QVariant CatalogTableModel::displayData(const CatalogItem& item, int column) const
{
    switch (column) {
    case Name:
        return item.name;
    case Price:
        return modelformat::money(m_locale, item.sellingPrice);
    case Unit: {
        if (!item.unitId) {
            return QString();
        }
        const QString name = unitName(*item.unitId);
        return name.isEmpty() ? QString::number(*item.unitId) : name;
    }
    case Barcode:
        return item.barcode;
    case Status:
        if (item.status == u"active") {
            return tr("Active");
        }
        if (item.status == u"pending") {
            return tr("Pending");
        }
        if (item.status == u"deleting") {
            return tr("Deleting");
        }
        if (item.status == u"deleted") {
            return tr("Deleted");
        }
        if (item.status == u"failed") {
            return tr("Failed");
        }
        return item.status; // unknown statuses as their raw text
    case Id:
        return QString::number(item.id);
    case CreatedAt:
        return modelformat::dateTime(m_locale, item.createdAt, m_zone);
    default:
        return {};
    }
}

QVariant CatalogTableModel::sortData(const CatalogItem& item, int column) const
{
    switch (column) {
    case Name:
        return item.name;
    case Price:
        return item.sellingPrice ? QVariant(item.sellingPrice->tiyn()) : QVariant();
    case Unit:
        return item.unitId ? QVariant(*item.unitId) : QVariant();
    case Barcode:
        return item.barcode;
    case Status:
        return item.status;
    case Id:
        return item.id;
    case CreatedAt:
        return item.createdAt;
    default:
        return {};
    }
}

QVariant CatalogTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Name:
        return tr("Name");
    case Price:
        return tr("Price");
    case Unit:
        return tr("Unit");
    case Barcode:
        return tr("Barcode");
    case Status:
        return tr("Status");
    case Id:
        return tr("No.");
    case CreatedAt:
        return tr("Created");
    default:
        return {};
    }
}

void CatalogTableModel::setQuery(const CatalogQuery& query)
{
    // The same filters again (e.g. F5) are a reload: the rows on screen still match them while page 1 loads.
    const bool same = sameQuery(m_query, query);
    m_query = query;
    m_query.page = 1;
    restart(same ? Restart::SameQuery : Restart::NewQuery);
}

void CatalogTableModel::setSearch(const QString& search)
{
    CatalogQuery query = m_query;
    query.search = search.trimmed();
    setQuery(query);
}

void CatalogTableModel::setBarcode(const QString& barcode)
{
    CatalogQuery query = m_query;
    query.barcode = barcode.trimmed();
    setQuery(query);
}

RequestId CatalogTableModel::requestPage(int page, quint64 generation)
{
    CatalogQuery query = m_query;
    query.page = page;
    return api()->listCatalog(query, this, [this, generation, page](const ApiResult<Page<CatalogItem>>& result) {
        if (!isCurrent(generation)) {
            return;
        }
        if (!result.ok()) {
            failPage(generation, result.error);
            return;
        }
        takeOverRows(generation);
        ingest(result.value.items);
        finishPage(generation, page, !result.value.items.isEmpty() && result.value.hasMore());
    });
}

void CatalogTableModel::clearRows()
{
    m_rows.clear();
}

void CatalogTableModel::setUnits(const QList<CatalogUnit>& units)
{
    m_units = units;
    m_unitIndex.clear();
    for (int i = 0; i < m_units.size(); ++i) {
        m_unitIndex.insert(m_units.at(i).id, i);
    }
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, Unit), index(int(m_rows.size()) - 1, Unit), {Qt::DisplayRole});
    }
    Q_EMIT unitsChanged();
}

void CatalogTableModel::loadUnits()
{
    if (!api()) {
        return;
    }
    api()->catalogUnits(this, [this](const ApiResult<QList<CatalogUnit>>& result) {
        if (!result.ok()) {
            if (result.error.kind != ApiError::Kind::Cancelled) {
                Q_EMIT loadFailed(result.error);
            }
            return;
        }
        setUnits(result.value);
    });
}

int CatalogTableModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id) {
            return row;
        }
    }
    return -1;
}

void CatalogTableModel::upsert(const CatalogItem& item)
{
    const int row = rowOfId(item.id);
    if (row >= 0) {
        m_rows[row] = item;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    beginInsertRows({}, 0, 0);
    m_rows.prepend(item);
    endInsertRows();
}

bool CatalogTableModel::removeId(qint64 id)
{
    const int row = rowOfId(id);
    if (row < 0) {
        return false;
    }
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    return true;
}

void CatalogTableModel::ingest(const QList<CatalogItem>& items)
{
    QList<CatalogItem> fresh;
    QSet<qint64> freshIds;
    for (const CatalogItem& item : items) {
        if (freshIds.contains(item.id)) {
            continue;
        }
        const int row = rowOfId(item.id);
        if (row >= 0) {
            m_rows[row] = item;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        } else {
            freshIds.insert(item.id);
            fresh.append(item);
        }
    }
    if (fresh.isEmpty()) {
        return;
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    m_rows.append(fresh);
    endInsertRows();
}

void CatalogTableModel::setLocale(const QLocale& locale)
{
    m_locale = locale;
    retranslate();
}

void CatalogTableModel::setDisplayZone(const QTimeZone& zone)
{
    m_zone = zone.isValid() ? zone : modelformat::almaty();
    retranslate();
}

void CatalogTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1), {Qt::DisplayRole});
    }
}

} // namespace apipay
