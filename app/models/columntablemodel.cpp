#include "models/columntablemodel.h"

namespace apipay {

ColumnTableModel::ColumnTableModel(ApiClient* api, QObject* parent)
    : PagedTableModel(api, parent)
{
}

ColumnTableModel::~ColumnTableModel() = default;

void ColumnTableModel::setColumns(QList<ColumnSpec> columns)
{
    m_columns = std::move(columns);
}

int ColumnTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant ColumnTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ColumnSpec& column = m_columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return column.display ? column.display(index.row()) : QVariant();
    case Qt::TextAlignmentRole:
        return column.alignment ? QVariant::fromValue(column.alignment) : QVariant();
    case ColumnSortRole:
        return column.sortValue ? column.sortValue(index.row()) : QVariant();
    default:
        return roleData(index.row(), index.column(), role);
    }
}

QVariant ColumnTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return PagedTableModel::headerData(section, orientation, role);
    }
    if (section < 0 || section >= m_columns.size()) {
        return {};
    }
    const ColumnSpec& column = m_columns.at(section);
    return column.header ? column.header() : QString();
}

QVariant ColumnTableModel::roleData(int row, int column, int role) const
{
    Q_UNUSED(row)
    Q_UNUSED(column)
    Q_UNUSED(role)
    return {};
}

void ColumnTableModel::setDisplayFormat(const DisplayFormat& format)
{
    m_format = format;
    retranslate();
}

void ColumnTableModel::retranslate()
{
    if (m_columns.isEmpty()) {
        return;
    }
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, int(m_columns.size()) - 1);
    const int rows = rowCount();
    if (rows > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rows - 1, int(m_columns.size()) - 1), { Qt::DisplayRole });
    }
}

void ColumnTableModel::emitRowChanged(int row)
{
    if (!m_columns.isEmpty()) {
        Q_EMIT dataChanged(index(row, 0), index(row, int(m_columns.size()) - 1));
    }
}

} // namespace apipay
