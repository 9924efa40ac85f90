#pragma once

#include "domain/refund.h"
#include "domain/requests.h"
#include "models/listtablemodel.h"

#include <QMap>

namespace apipay {

// The refund list (GET /refunds) with its server filters (status[], invoice id, dates), plus the totals of what is
// loaded (sum and counts per status) for the page's summary line.
class RefundTableModel : public ListTableModel<Refund>
{
    Q_OBJECT
public:
    enum Column { Id, CreatedAt, InvoiceId, ExternalOrderId, Amount, Status, Reason, InitiatedBy, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole, // raw values
        StatusRole, // raw status
        IdRole, // qint64 refund id
        InvoiceIdRole, // qint64
        AmountTiynRole // qint64, invalid when absent
    };
    Q_ENUM(Role)

    explicit RefundTableModel(ApiClient* api, QObject* parent = nullptr);
    ~RefundTableModel() override;

    // Resets and loads page 1 (the query's page is ignored).
    void setQuery(const RefundQuery& query);
    RefundQuery query() const { return m_query; }

    Refund refundAt(int row) const { return rowAt(row); }

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
    QVariant roleData(int row, int column, int role) const override;
    void rowsChanged() override;

private:
    RefundQuery m_query;
    Money m_total;
    QMap<QString, Money> m_totalByStatus;
    QMap<QString, int> m_countByStatus;
    int m_unreadableAmounts = 0;
};

} // namespace apipay
