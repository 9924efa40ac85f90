#include "catalogtablemodel.h"

#include "api/apiclient.h"

#include <utility>

namespace apipay {

namespace {

// Whether two queries ask for the same rows (the page number aside).
bool sameQuery(const CatalogQuery& a, const CatalogQuery& b)
{
    return a.perPage == b.perPage && a.search == b.search && a.barcode == b.barcode && a.firstChar == b.firstChar
        && a.statuses == b.statuses;
}

constexpr Qt::Alignment kRight = Qt::AlignRight | Qt::AlignVCenter;

} // namespace

CatalogTableModel::CatalogTableModel(ApiClient* api, QObject* parent)
    : ListTableModel<CatalogItem>(api, parent)
{
    using C = CatalogItem;
    QList<RowColumn> columns(ColumnCount);
    columns[Name] = { [] { return tr("Name"); }, [](const C& c) { return c.name; }, [](const C& c) { return c.name; } };
    columns[Price] = { [] { return tr("Price"); }, [this](const C& c) { return displayFormat().money(c.sellingPrice); },
        [](const C& c) { return c.sellingPrice ? QVariant(c.sellingPrice->tiyn()) : QVariant(); }, kRight };
    columns[Unit] = { [] { return tr("Unit"); },
        [this](const C& c) {
            if (!c.unitId) {
                return QString();
            }
            const QString name = unitName(*c.unitId);
            return name.isEmpty() ? QString::number(*c.unitId) : name;
        },
        [](const C& c) { return c.unitId ? QVariant(*c.unitId) : QVariant(); } };
    columns[Barcode]
        = { [] { return tr("Barcode"); }, [](const C& c) { return c.barcode; }, [](const C& c) { return c.barcode; } };
    columns[Status] = { [] { return tr("Status"); }, [this](const C& c) { return statusText(c.status); },
        [](const C& c) { return c.status; } };
    columns[Id] = { [] { return tr("No."); }, [](const C& c) { return QString::number(c.id); },
        [](const C& c) { return c.id; }, kRight };
    columns[CreatedAt] = { [] { return tr("Created"); },
        [this](const C& c) { return displayFormat().dateTime(c.createdAt); }, [](const C& c) { return c.createdAt; } };
    setRowColumns(columns);
}

CatalogTableModel::~CatalogTableModel() = default;

QVariant CatalogTableModel::roleData(int row, int column, int role) const
{
    const CatalogItem& item = rowAt(row);
    switch (role) {
    case Qt::ToolTipRole:
        // v2.1 says why an item failed ("Такая позиция уже есть в каталоге.").
        if (column == Status && !item.errorMessage.isEmpty()) {
            return item.errorMessage;
        }
        return {};
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

QString CatalogTableModel::statusText(const QString& status) const
{
    if (status == u"active") {
        return tr("Active");
    }
    if (status == u"pending") {
        return tr("Pending");
    }
    if (status == u"deleting") {
        return tr("Deleting");
    }
    if (status == u"deleted") {
        return tr("Deleted");
    }
    if (status == u"failed") {
        return tr("Failed");
    }
    return status; // unknown statuses as their raw text
}

QString CatalogTableModel::unitName(qint64 unitId) const
{
    const auto it = m_unitIndex.constFind(unitId);
    if (it == m_unitIndex.cend()) {
        return {};
    }
    const CatalogUnit& unit = m_units.at(it.value());
    if (displayFormat().locale().language() == QLocale::Kazakh && !unit.nameKaz.isEmpty()) {
        return unit.nameKaz;
    }
    return unit.name;
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

void CatalogTableModel::reloadInBackground()
{
    m_nextPriority = Priority::Background; // taken by the page-1 request this starts
    reload();
}

RequestId CatalogTableModel::requestPage(int page, quint64 generation)
{
    CatalogQuery query = m_query;
    query.page = page;
    return api()->listCatalog(
        query, this, pageHandler(generation, page), std::exchange(m_nextPriority, Priority::User));
}

void CatalogTableModel::setUnits(const QList<CatalogUnit>& units)
{
    m_units = units;
    m_unitIndex.clear();
    for (int i = 0; i < m_units.size(); ++i) {
        m_unitIndex.insert(m_units.at(i).id, i);
    }
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, Unit), index(rowCount() - 1, Unit), { Qt::DisplayRole });
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

} // namespace apipay
