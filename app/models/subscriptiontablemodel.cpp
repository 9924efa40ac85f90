#include "subscriptiontablemodel.h"

#include "api/apiclient.h"

namespace apipay {

namespace {

// Whether two queries ask for the same rows (the page number aside).
bool sameQuery(const SubscriptionQuery& a, const SubscriptionQuery& b)
{
    return a.perPage == b.perPage && a.status == b.status && a.phone == b.phone
        && a.externalSubscriberId == b.externalSubscriberId;
}

constexpr Qt::Alignment kRight = Qt::AlignRight | Qt::AlignVCenter;

} // namespace

SubscriptionTableModel::SubscriptionTableModel(ApiClient* api, QObject* parent)
    : ListTableModel<Subscription>(api, parent)
{
    using S = Subscription;
    QList<RowColumn> columns(ColumnCount);
    columns[Id] = { [] { return tr("No."); }, [](const S& s) { return QString::number(s.id); },
        [](const S& s) { return s.id; }, kRight };
    columns[Phone] = { [] { return tr("Phone"); }, [this](const S& s) { return displayFormat().phone(s.phone); },
        [](const S& s) { return s.phone; } };
    columns[SubscriberName] = { [] { return tr("Subscriber"); }, [](const S& s) { return s.subscriberName; },
        [](const S& s) { return s.subscriberName; } };
    columns[Amount] = { [] { return tr("Amount"); }, [this](const S& s) { return displayFormat().money(s.amount); },
        [](const S& s) { return s.amount ? QVariant(s.amount->tiyn()) : QVariant(); }, kRight };
    columns[BillingPeriod]
        = { [] { return tr("Period"); }, [](const S& s) { return Subscription::billingPeriodLabel(s.billingPeriod); },
              [](const S& s) { return s.billingPeriod; } };
    columns[Status] = { [] { return tr("Status"); }, [](const S& s) { return Subscription::statusLabel(s.status); },
        [](const S& s) { return s.status; } };
    columns[NextBillingAt]
        = { [] { return tr("Next payment"); }, [this](const S& s) { return displayFormat().dateTime(s.nextBillingAt); },
              [](const S& s) { return s.nextBillingAt; } };
    columns[ExternalSubscriberId] = { [] { return tr("Subscriber ID"); },
        [](const S& s) { return s.externalSubscriberId; }, [](const S& s) { return s.externalSubscriberId; } };
    columns[Description] = { [] { return tr("Description"); }, [](const S& s) { return s.description; },
        [](const S& s) { return s.description; } };
    columns[CreatedAt] = { [] { return tr("Created"); },
        [this](const S& s) { return displayFormat().dateTime(s.createdAt); }, [](const S& s) { return s.createdAt; } };
    setRowColumns(columns);
}

SubscriptionTableModel::~SubscriptionTableModel() = default;

QVariant SubscriptionTableModel::roleData(int row, int column, int role) const
{
    Q_UNUSED(column)
    const Subscription& s = rowAt(row);
    switch (role) {
    case StatusRole:
        return s.status;
    case IdRole:
        return s.id;
    case AmountTiynRole:
        return s.amount ? QVariant(s.amount->tiyn()) : QVariant();
    default:
        return {};
    }
}

void SubscriptionTableModel::setQuery(const SubscriptionQuery& query)
{
    // The same filters again (e.g. F5) are a reload: the rows on screen still match them while page 1 loads.
    const bool same = sameQuery(m_query, query);
    m_query = query;
    m_query.page = 1;
    restart(same ? Restart::SameQuery : Restart::NewQuery);
}

RequestId SubscriptionTableModel::requestPage(int page, quint64 generation)
{
    SubscriptionQuery query = m_query;
    query.page = page;
    return api()->listSubscriptions(query, this, pageHandler(generation, page));
}

} // namespace apipay
