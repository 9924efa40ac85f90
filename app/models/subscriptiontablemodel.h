#pragma once

#include "domain/requests.h"
#include "domain/subscription.h"
#include "models/listtablemodel.h"

namespace apipay {

// The subscription list (GET /subscriptions) with its server filters (status, phone, external subscriber id).
class SubscriptionTableModel : public ListTableModel<Subscription>
{
    Q_OBJECT
public:
    enum Column {
        Id,
        Phone,
        SubscriberName,
        Amount,
        BillingPeriod,
        Status,
        NextBillingAt,
        ExternalSubscriberId,
        Description,
        CreatedAt,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole, // raw values
        StatusRole, // raw status
        IdRole, // qint64
        AmountTiynRole // qint64, invalid when absent
    };
    Q_ENUM(Role)

    explicit SubscriptionTableModel(ApiClient* api, QObject* parent = nullptr);
    ~SubscriptionTableModel() override;

    // Resets and loads page 1 (the query's page is ignored).
    void setQuery(const SubscriptionQuery& query);
    SubscriptionQuery query() const { return m_query; }

    // upsert() after pause/resume/cancel/update.
    Subscription subscriptionAt(int row) const { return rowAt(row); }

protected:
    RequestId requestPage(int page, quint64 generation) override;
    QVariant roleData(int row, int column, int role) const override;

private:
    SubscriptionQuery m_query;
};

} // namespace apipay
