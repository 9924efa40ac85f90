#include "refundtablemodel.h"

#include "api/apiclient.h"
#include "models/modelformat.h"
#include "money/moneysum.h"

#include <QSet>

namespace apipay {

namespace {

// Whether two queries ask for the same rows (the page number aside).
bool sameQuery(const RefundQuery& a, const RefundQuery& b)
{
    return a.perPage == b.perPage && a.statuses == b.statuses && a.invoiceId == b.invoiceId && a.dateFrom == b.dateFrom
        && a.dateTo == b.dateTo;
}

} // namespace

RefundTableModel::RefundTableModel(ApiClient* api, QObject* parent)
    : PagedTableModel(api, parent)
    , m_zone(modelformat::almaty())
{
}

RefundTableModel::~RefundTableModel() = default;

int RefundTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RefundTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RefundTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Refund& r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(r, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Status && !r.errorMessage.isEmpty()) {
            return r.errorMessage;
        }
        if (index.column() == Reason) {
            return r.reason;
        }
        if (index.column() == Amount && r.amount && !MoneySum::isReadable(*r.amount)) {
            return tr(
                "Unreadable amount: ApiPay sent %1, more than any refund can be. It is not counted in the totals.")
                .arg(r.amount->toPlainString());
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Amount || index.column() == Id || index.column() == InvoiceId) {
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        }
        return {};
    case SortRole:
        return sortData(r, index.column());
    case StatusRole:
        return r.status;
    case IdRole:
        return r.id;
    case InvoiceIdRole:
        return r.invoiceId;
    case AmountTiynRole:
        return r.amount ? QVariant(r.amount->tiyn()) : QVariant();
    default:
        return {};
    }
}

QVariant RefundTableModel::displayData(const Refund& r, int column) const
{
    switch (column) {
    case Id:
        return QString::number(r.id);
    case CreatedAt:
        return modelformat::dateTime(m_locale, r.createdAt, m_zone);
    case InvoiceId:
        return r.invoiceId ? QString::number(r.invoiceId) : QString();
    case ExternalOrderId:
        return r.invoice ? r.invoice->externalOrderId : QString();
    case Amount:
        return r.amount && !MoneySum::isReadable(*r.amount) ? QStringLiteral("—")
                                                            : modelformat::money(m_locale, r.amount);
    case Status:
        return Refund::statusLabel(r.status);
    case Reason:
        return r.reason;
    case InitiatedBy:
        if (r.initiatedBy == u"api") {
            return tr("API");
        }
        if (r.initiatedBy == u"dashboard") {
            return tr("Dashboard");
        }
        if (r.initiatedBy == u"system") {
            return tr("System");
        }
        return r.initiatedBy;
    default:
        return {};
    }
}

QVariant RefundTableModel::sortData(const Refund& r, int column) const
{
    switch (column) {
    case Id:
        return r.id;
    case CreatedAt:
        return r.createdAt;
    case InvoiceId:
        return r.invoiceId;
    case ExternalOrderId:
        return r.invoice ? r.invoice->externalOrderId : QString();
    case Amount:
        return r.amount ? QVariant(r.amount->tiyn()) : QVariant();
    case Status:
        return r.status;
    case Reason:
        return r.reason;
    case InitiatedBy:
        return r.initiatedBy;
    default:
        return {};
    }
}

QVariant RefundTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Id:
        return tr("No.");
    case CreatedAt:
        return tr("Created");
    case InvoiceId:
        return tr("Invoice");
    case ExternalOrderId:
        return tr("Order ID");
    case Amount:
        return tr("Amount");
    case Status:
        return tr("Status");
    case Reason:
        return tr("Reason");
    case InitiatedBy:
        return tr("Initiated by");
    default:
        return {};
    }
}

void RefundTableModel::setQuery(const RefundQuery& query)
{
    // The same filters again (e.g. F5) are a reload: the rows on screen still match them while page 1 loads.
    const bool same = sameQuery(m_query, query);
    m_query = query;
    m_query.page = 1;
    restart(same ? Restart::SameQuery : Restart::NewQuery);
}

RequestId RefundTableModel::requestPage(int page, quint64 generation)
{
    RefundQuery query = m_query;
    query.page = page;
    return api()->listRefunds(query, this, [this, generation, page](const ApiResult<Page<Refund>>& result) {
        if (!isCurrent(generation)) {
            return;
        }
        if (!result.ok()) {
            failPage(generation, result.error);
            return;
        }
        takeOverRows(generation);
        ingest(result.value.items);
        finishPage(generation, page, !result.value.items.isEmpty() && result.value.hasMore());
    });
}

void RefundTableModel::clearRows()
{
    m_rows.clear();
    recomputeTotals();
}

int RefundTableModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id) {
            return row;
        }
    }
    return -1;
}

void RefundTableModel::upsert(const Refund& refund)
{
    const int row = rowOfId(refund.id);
    if (row >= 0) {
        m_rows[row] = refund;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else {
        beginInsertRows({}, 0, 0);
        m_rows.prepend(refund);
        endInsertRows();
    }
    recomputeTotals();
}

void RefundTableModel::ingest(const QList<Refund>& refunds)
{
    QList<Refund> fresh;
    QSet<qint64> freshIds;
    for (const Refund& r : refunds) {
        if (freshIds.contains(r.id)) {
            continue;
        }
        const int row = rowOfId(r.id);
        if (row >= 0) {
            m_rows[row] = r;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        } else {
            freshIds.insert(r.id);
            fresh.append(r);
        }
    }
    if (!fresh.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        m_rows.append(fresh);
        endInsertRows();
    }
    recomputeTotals();
}

void RefundTableModel::recomputeTotals()
{
    // Checked sums: an amount beyond what any refund can be (more than the largest invoice) is unreadable and left
    // out, never added (a hostile answer must not overflow the totals).
    MoneySum total;
    QMap<QString, MoneySum> byStatus;
    QMap<QString, int> counts;
    for (const Refund& r : std::as_const(m_rows)) {
        ++counts[r.status];
        if (r.amount) {
            total.add(*r.amount);
            byStatus[r.status].add(*r.amount);
        }
    }
    QMap<QString, Money> totals;
    for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it) {
        totals.insert(it.key(), it.value().total());
    }
    if (total.total() == m_total && totals == m_totalByStatus && counts == m_countByStatus
        && total.unreadableCount() == m_unreadableAmounts) {
        return;
    }
    m_total = total.total();
    m_totalByStatus = totals;
    m_countByStatus = counts;
    m_unreadableAmounts = total.unreadableCount();
    Q_EMIT totalsChanged();
}

void RefundTableModel::setLocale(const QLocale& locale)
{
    m_locale = locale;
    retranslate();
}

void RefundTableModel::setDisplayZone(const QTimeZone& zone)
{
    m_zone = zone.isValid() ? zone : modelformat::almaty();
    retranslate();
}

void RefundTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1), {Qt::DisplayRole});
    }
}

} // namespace apipay
