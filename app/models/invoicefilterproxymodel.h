#pragma once

#include "domain/invoicestatus.h"

#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace apipay {

class InvoiceTableModel;

// Instant client-side filter and sort on the invoices already loaded by an InvoiceTableModel: a search text (matches
// id, phone digits, description and external order id, case-insensitively) and a set of raw statuses. Sorts on
// InvoiceTableModel::SortRole.
//
// Fast paths with an InvoiceTableModel source (100 000 rows): filtering scans the precomputed lowercase search keys
// (a byte search that jumps between occurrences of the needle's first byte) and compares statuses as enum bits; a
// filter change rebuilds the mapping in one pass (QSortFilterProxyModel's incremental update is quadratic when many
// separate rows come back); sorting compares precomputed row ranks instead of QVariants.
class InvoiceFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit InvoiceFilterProxyModel(QObject* parent = nullptr);
    ~InvoiceFilterProxyModel() override;

    void setSourceModel(QAbstractItemModel* sourceModel) override;

    // Phone-like text ("+7 700 123", "8 (700) 123") is also matched by its digits in the stored 8XXXXXXXXXX form.
    void setSearchText(const QString& text);
    QString searchText() const { return m_searchText; }
    // Raw status names; empty = every status.
    void setStatusFilter(const QStringList& rawStatuses);
    QStringList statusFilter() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    bool statusAccepted(int sourceRow, const QModelIndex& sourceParent) const;
    bool searchAccepted(int sourceRow, const QModelIndex& sourceParent) const;
    void refilter();
    void markRanksDirty() { m_ranksDirty = true; }
    void ensureRanks(int column) const;

    QList<QMetaObject::Connection> m_sourceConnections;
    QPointer<InvoiceTableModel> m_invoices; // the source when it is an InvoiceTableModel (fast paths)
    QString m_searchText;
    QByteArray m_needle; // folded search text
    QByteArray m_digitsNeedle; // digits of a phone-like search text, or empty
    QSet<QString> m_statuses;
    quint32 m_statusBits = 0; // known statuses of m_statuses, as 1 << InvoiceStatus::Value
    bool m_unknownStatusesWanted = false;

    // Sort ranks of the source rows for m_rankColumn (ascending), rebuilt lazily after the source changes.
    mutable QList<int> m_ranks;
    mutable int m_rankColumn = -1;
    mutable bool m_ranksDirty = true;
    mutable const QAbstractItemModel* m_rankedModel = nullptr; // the model m_ranks belong to
};

} // namespace apipay
