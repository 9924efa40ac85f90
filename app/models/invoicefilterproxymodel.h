#pragma once

#include "domain/invoicestatus.h"

#include <QByteArray>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace apipay {

class InvoiceTableModel;

// Instant client-side filter and sort on the invoices already loaded by an InvoiceTableModel: a search text (matches
// id, phone digits, description and external order id, case-insensitively) and a set of raw statuses. Sorts on
// InvoiceTableModel::SortRole. With an InvoiceTableModel source, filtering scans the precomputed lowercase search keys
// and sorting compares raw row values directly, so a keystroke over 100 000 rows stays within a frame.
class InvoiceFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit InvoiceFilterProxyModel(QObject* parent = nullptr);
    ~InvoiceFilterProxyModel() override;

    void setSourceModel(QAbstractItemModel* sourceModel) override;

    // Phone-like text ("+7 700 123", "8 (700) 123") is also matched by its digits.
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

    InvoiceTableModel* m_invoices = nullptr; // the source when it is an InvoiceTableModel (fast paths)
    QString m_searchText;
    QByteArray m_needle;       // folded search text
    QByteArray m_digitsNeedle; // digits of a phone-like search text, or empty
    QSet<QString> m_statuses;
};

} // namespace apipay
