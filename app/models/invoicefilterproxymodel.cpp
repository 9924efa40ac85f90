#include "invoicefilterproxymodel.h"

#include "models/invoicerowstore.h"
#include "models/invoicetablemodel.h"

#include <string_view>

namespace apipay {

namespace {

// Digits of a phone-like search ("+7 700 123", "8 (700) 123-45", "77001234567") in the stored form 8XXXXXXXXXX;
// empty when the text is not phone-like.
QByteArray phoneDigits(const QString& text)
{
    QByteArray digits;
    bool plus = false;
    for (const QChar c : text) {
        if (c.isDigit() && c.unicode() < 128) {
            digits += char(c.unicode());
        } else if (c == u'+' && digits.isEmpty() && !plus) {
            plus = true;
        } else if (c != u' ' && c != u'(' && c != u')' && c != u'-' && c != u'.') {
            return {};
        }
    }
    if (digits.size() < 3) {
        return {};
    }
    if ((plus && digits.startsWith('7')) || (digits.size() == 11 && digits.startsWith('7'))) {
        digits[0] = '8';
    }
    return digits;
}

// Whether `needle` occurs in `haystack`. The standard library's search jumps from one occurrence of the needle's
// first byte to the next with memchr: for the short needles typed into a search box it is several times faster over
// 100 000 short keys than a Boyer-Moore matcher, whose skip table cannot skip far for a needle of one or two letters.
bool matches(std::string_view needle, QByteArrayView haystack)
{
    return needle.size() <= size_t(haystack.size())
        && std::string_view(haystack.data(), size_t(haystack.size())).find(needle) != std::string_view::npos;
}

} // namespace

InvoiceFilterProxyModel::InvoiceFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(InvoiceTableModel::SortRole);
    setFilterRole(InvoiceTableModel::SearchKeyRole);
    setDynamicSortFilter(true);
    connect(this, &QSortFilterProxyModel::sortRoleChanged, this, [this] { markRanksDirty(); });
}

InvoiceFilterProxyModel::~InvoiceFilterProxyModel() = default;

void InvoiceFilterProxyModel::setSourceModel(QAbstractItemModel* sourceModel)
{
    for (const QMetaObject::Connection& connection : std::as_const(m_sourceConnections)) {
        disconnect(connection);
    }
    m_sourceConnections.clear();
    m_invoices = qobject_cast<InvoiceTableModel*>(sourceModel);
    m_rankedModel = nullptr;
    markRanksDirty();
    if (sourceModel) {
        // Connected before QSortFilterProxyModel's own handlers, so ranks are stale before it compares new rows.
        auto dirty = [this] { markRanksDirty(); };
        m_sourceConnections = {
            connect(sourceModel, &QAbstractItemModel::rowsInserted, this, dirty),
            connect(sourceModel, &QAbstractItemModel::rowsRemoved, this, dirty),
            connect(sourceModel, &QAbstractItemModel::rowsMoved, this, dirty),
            connect(sourceModel, &QAbstractItemModel::modelReset, this, dirty),
            connect(sourceModel, &QAbstractItemModel::layoutChanged, this, dirty),
            connect(sourceModel, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
                    if (m_rankColumn >= topLeft.column() && m_rankColumn <= bottomRight.column()) {
                        markRanksDirty();
                    }
                }),
        };
    }
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void InvoiceFilterProxyModel::refilter()
{
    // One pass over the source instead of QSortFilterProxyModel's per-interval insertions and removals.
    invalidate();
}

void InvoiceFilterProxyModel::setSearchText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_searchText) {
        return;
    }
    m_searchText = trimmed;
    m_needle = InvoiceRowStore::foldForSearch(trimmed);
    m_digitsNeedle = phoneDigits(trimmed);
    if (m_digitsNeedle == m_needle) {
        m_digitsNeedle.clear(); // plain digits: the first search already looks for them
    }
    refilter();
}

void InvoiceFilterProxyModel::setStatusFilter(const QStringList& rawStatuses)
{
    const QSet<QString> statuses(rawStatuses.cbegin(), rawStatuses.cend());
    if (statuses == m_statuses) {
        return;
    }
    m_statuses = statuses;
    m_statusBits = 0;
    m_unknownStatusesWanted = false;
    for (const QString& raw : statuses) {
        const InvoiceStatus status(raw);
        if (status.isKnown()) {
            m_statusBits |= 1u << status.value();
        } else {
            m_unknownStatusesWanted = true;
        }
    }
    refilter();
}

QStringList InvoiceFilterProxyModel::statusFilter() const
{
    QStringList list(m_statuses.cbegin(), m_statuses.cend());
    list.sort();
    return list;
}

bool InvoiceFilterProxyModel::statusAccepted(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_statuses.isEmpty()) {
        return true;
    }
    if (m_invoices) {
        const InvoiceStatus::Value value = m_invoices->statusValue(sourceRow);
        if (value != InvoiceStatus::Unknown) {
            return (m_statusBits & (1u << value)) != 0;
        }
        return m_unknownStatusesWanted && m_statuses.contains(m_invoices->rawStatus(sourceRow));
    }
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return m_statuses.contains(index.data(InvoiceTableModel::StatusRole).toString());
}

bool InvoiceFilterProxyModel::searchAccepted(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_needle.isEmpty()) {
        return true;
    }
    if (m_invoices) {
        const QByteArrayView key = m_invoices->searchKey(sourceRow);
        return matches(std::string_view(m_needle.constData(), size_t(m_needle.size())), key)
            || (!m_digitsNeedle.isEmpty()
                && matches(std::string_view(m_digitsNeedle.constData(), size_t(m_digitsNeedle.size())), key));
    }
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QByteArray key = InvoiceRowStore::foldForSearch(index.data(InvoiceTableModel::SearchKeyRole).toString());
    return key.contains(m_needle) || (!m_digitsNeedle.isEmpty() && key.contains(m_digitsNeedle));
}

bool InvoiceFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    return statusAccepted(sourceRow, sourceParent) && searchAccepted(sourceRow, sourceParent);
}

void InvoiceFilterProxyModel::ensureRanks(int column) const
{
    const int rows = m_invoices->rowCount();
    if (!m_ranksDirty && column == m_rankColumn && m_ranks.size() == rows) {
        return;
    }
    const QList<int> order = m_invoices->rowsInOrder(column);
    m_ranks.resize(rows);
    for (int position = 0; position < order.size(); ++position) {
        m_ranks[order.at(position)] = position;
    }
    m_rankColumn = column;
    m_rankedModel = m_invoices.data();
    m_ranksDirty = false;
}

bool InvoiceFilterProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    // Called n·log n times per sort or refilter: the common case is two array reads.
    if (!m_ranksDirty && left.column() == m_rankColumn && left.model() == m_rankedModel) {
        const int* ranks = m_ranks.constData();
        return ranks[left.row()] < ranks[right.row()];
    }
    if (m_invoices && sortRole() == InvoiceTableModel::SortRole && left.model() == m_invoices) {
        ensureRanks(left.column());
        return m_ranks.at(left.row()) < m_ranks.at(right.row());
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace apipay
