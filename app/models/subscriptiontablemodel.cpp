#include "subscriptiontablemodel.h"

#include "api/apiclient.h"
#include "models/modelformat.h"

#include <QSet>

namespace apipay {

namespace {

// Whether two queries ask for the same rows (the page number aside).
bool sameQuery(const SubscriptionQuery& a, const SubscriptionQuery& b)
{
    return a.perPage == b.perPage && a.status == b.status && a.phone == b.phone
        && a.externalSubscriberId == b.externalSubscriberId;
}

} // namespace

SubscriptionTableModel::SubscriptionTableModel(ApiClient* api, QObject* parent)
    : PagedTableModel(api, parent)
    , m_zone(modelformat::almaty())
{
}

SubscriptionTableModel::~SubscriptionTableModel() = default;

int SubscriptionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SubscriptionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SubscriptionTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Subscription& s = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(s, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Amount || index.column() == Id) {
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        }
        return {};
    case SortRole:
        return sortData(s, index.column());
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

QString SubscriptionTableModel::formatDate(const QDateTime& utc) const
{
    return modelformat::dateTime(m_locale, utc, m_zone);
}

QVariant SubscriptionTableModel::displayData(const Subscription& s, int column) const
{
    switch (column) {
    case Id:
        return QString::number(s.id);
    case Phone:
        return modelformat::phone(s.phone);
    case SubscriberName:
        return s.subscriberName;
    case Amount:
        return modelformat::money(m_locale, s.amount);
    case BillingPeriod:
        return Subscription::billingPeriodLabel(s.billingPeriod);
    case Status:
        return Subscription::statusLabel(s.status);
    case NextBillingAt:
        return formatDate(s.nextBillingAt);
    case ExternalSubscriberId:
        return s.externalSubscriberId;
    case Description:
        return s.description;
    case CreatedAt:
        return formatDate(s.createdAt);
    default:
        return {};
    }
}

QVariant SubscriptionTableModel::sortData(const Subscription& s, int column) const
{
    switch (column) {
    case Id:
        return s.id;
    case Phone:
        return s.phone;
    case SubscriberName:
        return s.subscriberName;
    case Amount:
        return s.amount ? QVariant(s.amount->tiyn()) : QVariant();
    case BillingPeriod:
        return s.billingPeriod;
    case Status:
        return s.status;
    case NextBillingAt:
        return s.nextBillingAt;
    case ExternalSubscriberId:
        return s.externalSubscriberId;
    case Description:
        return s.description;
    case CreatedAt:
        return s.createdAt;
    default:
        return {};
    }
}

QVariant SubscriptionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Id:
        return tr("No.");
    case Phone:
        return tr("Phone");
    case SubscriberName:
        return tr("Subscriber");
    case Amount:
        return tr("Amount");
    case BillingPeriod:
        return tr("Period");
    case Status:
        return tr("Status");
    case NextBillingAt:
        return tr("Next payment");
    case ExternalSubscriberId:
        return tr("Subscriber ID");
    case Description:
        return tr("Description");
    case CreatedAt:
        return tr("Created");
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
    return api()->listSubscriptions(query, this,
                                    [this, generation, page](const ApiResult<Page<Subscription>>& result) {
                                        if (!isCurrent(generation)) {
                                            return;
                                        }
                                        if (!result.ok()) {
                                            failPage(generation, result.error);
                                            return;
                                        }
                                        takeOverRows(generation);
                                        ingest(result.value.items);
                                        finishPage(generation, page,
                                                   !result.value.items.isEmpty() && result.value.hasMore());
                                    });
}

void SubscriptionTableModel::clearRows()
{
    m_rows.clear();
}

int SubscriptionTableModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id) {
            return row;
        }
    }
    return -1;
}

void SubscriptionTableModel::upsert(const Subscription& subscription)
{
    const int row = rowOfId(subscription.id);
    if (row >= 0) {
        m_rows[row] = subscription;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    beginInsertRows({}, 0, 0);
    m_rows.prepend(subscription);
    endInsertRows();
}

void SubscriptionTableModel::ingest(const QList<Subscription>& subscriptions)
{
    QList<Subscription> fresh;
    QSet<qint64> freshIds;
    for (const Subscription& s : subscriptions) {
        const int row = rowOfId(s.id);
        if (freshIds.contains(s.id)) {
            continue; // repeated within one page: the first one is kept
        }
        if (row >= 0) {
            m_rows[row] = s; // moved between pages: update in place
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        } else {
            freshIds.insert(s.id);
            fresh.append(s);
        }
    }
    if (fresh.isEmpty()) {
        return;
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    m_rows.append(fresh);
    endInsertRows();
}

void SubscriptionTableModel::setLocale(const QLocale& locale)
{
    m_locale = locale;
    retranslate();
}

void SubscriptionTableModel::setDisplayZone(const QTimeZone& zone)
{
    m_zone = zone.isValid() ? zone : modelformat::almaty();
    retranslate();
}

void SubscriptionTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1), {Qt::DisplayRole});
    }
}

} // namespace apipay
