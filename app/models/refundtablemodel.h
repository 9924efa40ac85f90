#pragma once

#include "domain/refund.h"
#include "domain/requests.h"
#include "models/pagedtablemodel.h"

#include <QLocale>
#include <QMap>
#include <QTimeZone>

namespace apipay {

// The refund list (GET /refunds) with its server filters (status[], invoice id, dates), plus the totals of what is
// loaded (sum and counts per status) for the page's summary line.
class RefundTableModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column { Id, CreatedAt, InvoiceId, ExternalOrderId, Amount, Status, Reason, InitiatedBy, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole, // raw values
        StatusRole,              // raw status
        IdRole,                  // qint64 refund id
        InvoiceIdRole,           // qint64
        AmountTiynRole           // qint64, invalid when absent
    };
    Q_ENUM(Role)

    explicit RefundTableModel(ApiClient* api, QObject* parent = nullptr);
    ~RefundTableModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Resets and loads page 1 (the query's page is ignored).
    void setQuery(const RefundQuery& query);
    RefundQuery query() const { return m_query; }

    void setLocale(const QLocale& locale);
    QLocale locale() const { return m_locale; }
    void setDisplayZone(const QTimeZone& zone); // default Asia/Almaty
    QTimeZone displayZone() const { return m_zone; }
    void retranslate();

    Refund refundAt(int row) const { return m_rows.at(row); }
    int rowOfId(qint64 id) const;
    // Replaces the row of refund.id, or inserts it at the top.
    void upsert(const Refund& refund);
    // Appends already-decoded rows as one batch.
    void ingest(const QList<Refund>& refunds);

    // Sum of the amounts of every loaded refund (rows without a readable amount are not counted: absent, or beyond
    // the largest possible amount — those show "—" with an explanation).
    Money shownTotal() const { return m_total; }
    // Loaded rows whose amount was present but unreadable (left out of every total).
    int unreadableAmountCount() const { return m_unreadableAmounts; }
    // Sum of the loaded refunds with this raw status.
    Money totalWithStatus(const QString& rawStatus) const { return m_totalByStatus.value(rawStatus); }
    // Loaded rows per raw status.
    QMap<QString, int> countsByStatus() const { return m_countByStatus; }
    int countWithStatus(const QString& rawStatus) const { return m_countByStatus.value(rawStatus); }

Q_SIGNALS:
    void totalsChanged();

protected:
    RequestId requestPage(int page, quint64 generation) override;
    void clearRows() override;

private:
    QVariant displayData(const Refund& r, int column) const;
    QVariant sortData(const Refund& r, int column) const;
    void recomputeTotals();

    QList<Refund> m_rows;
    RefundQuery m_query;
    QLocale m_locale;
    QTimeZone m_zone;
    Money m_total;
    QMap<QString, Money> m_totalByStatus;
    QMap<QString, int> m_countByStatus;
    int m_unreadableAmounts = 0;
};

} // namespace apipay
