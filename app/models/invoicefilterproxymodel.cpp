#include "invoicefilterproxymodel.h"

#include "models/invoicerowstore.h"
#include "models/invoicetablemodel.h"

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

bool containsBytes(QByteArrayView haystack, const QByteArray& needle)
{
    return haystack.indexOf(QByteArrayView(needle)) >= 0;
}

} // namespace

InvoiceFilterProxyModel::InvoiceFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(InvoiceTableModel::SortRole);
    setFilterRole(InvoiceTableModel::SearchKeyRole);
    setDynamicSortFilter(true);
}

InvoiceFilterProxyModel::~InvoiceFilterProxyModel() = default;

void InvoiceFilterProxyModel::setSourceModel(QAbstractItemModel* sourceModel)
{
    m_invoices = qobject_cast<InvoiceTableModel*>(sourceModel);
    QSortFilterProxyModel::setSourceModel(sourceModel);
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
    invalidateFilter();
}

void InvoiceFilterProxyModel::setStatusFilter(const QStringList& rawStatuses)
{
    const QSet<QString> statuses(rawStatuses.cbegin(), rawStatuses.cend());
    if (statuses == m_statuses) {
        return;
    }
    m_statuses = statuses;
    invalidateFilter();
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
        return m_statuses.contains(m_invoices->rawStatus(sourceRow));
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
        return containsBytes(key, m_needle) || (!m_digitsNeedle.isEmpty() && containsBytes(key, m_digitsNeedle));
    }
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QByteArray key = InvoiceRowStore::foldForSearch(index.data(InvoiceTableModel::SearchKeyRole).toString());
    return containsBytes(key, m_needle) || (!m_digitsNeedle.isEmpty() && containsBytes(key, m_digitsNeedle));
}

bool InvoiceFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    return statusAccepted(sourceRow, sourceParent) && searchAccepted(sourceRow, sourceParent);
}

bool InvoiceFilterProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (m_invoices && sortRole() == InvoiceTableModel::SortRole) {
        const int order = m_invoices->compareRows(left.row(), right.row(), left.column());
        if (order != 0) {
            return order < 0;
        }
        // Equal values: order by id, so the order is deterministic.
        return m_invoices->compareRows(left.row(), right.row(), InvoiceTableModel::Id) < 0;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace apipay
