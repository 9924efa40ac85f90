#pragma once

#include "domain/requests.h"
#include "domain/subscription.h"
#include "models/pagedtablemodel.h"

#include <QLocale>
#include <QTimeZone>

namespace apipay {

// The subscription list (GET /subscriptions) with its server filters (status, phone, external subscriber id).
class SubscriptionTableModel : public PagedTableModel
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
        StatusRole,              // raw status
        IdRole,                  // qint64
        AmountTiynRole           // qint64, invalid when absent
    };
    Q_ENUM(Role)

    explicit SubscriptionTableModel(ApiClient* api, QObject* parent = nullptr);
    ~SubscriptionTableModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Resets and loads page 1 (the query's page is ignored).
    void setQuery(const SubscriptionQuery& query);
    SubscriptionQuery query() const { return m_query; }

    void setLocale(const QLocale& locale);
    QLocale locale() const { return m_locale; }
    void setDisplayZone(const QTimeZone& zone); // default Asia/Almaty
    QTimeZone displayZone() const { return m_zone; }
    void retranslate();

    Subscription subscriptionAt(int row) const { return m_rows.at(row); }
    int rowOfId(qint64 id) const;
    // Replaces the row of subscription.id (after pause/resume/cancel/update), or inserts it at the top.
    void upsert(const Subscription& subscription);
    // Appends already-decoded rows as one batch.
    void ingest(const QList<Subscription>& subscriptions);

protected:
    RequestId requestPage(int page, quint64 generation) override;
    void clearRows() override;

private:
    QVariant displayData(const Subscription& s, int column) const;
    QVariant sortData(const Subscription& s, int column) const;
    QString formatDate(const QDateTime& utc) const;

    QList<Subscription> m_rows;
    SubscriptionQuery m_query;
    QLocale m_locale;
    QTimeZone m_zone;
};

} // namespace apipay
