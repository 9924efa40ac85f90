#include "refundtablemodel.h"

#include "api/apiclient.h"
#include "money/moneysum.h"

namespace apipay {

namespace {

// Whether two queries ask for the same rows (the page number aside).
bool sameQuery(const RefundQuery& a, const RefundQuery& b)
{
    return a.perPage == b.perPage && a.statuses == b.statuses && a.invoiceId == b.invoiceId && a.dateFrom == b.dateFrom
        && a.dateTo == b.dateTo;
}

constexpr Qt::Alignment kRight = Qt::AlignRight | Qt::AlignVCenter;

} // namespace

RefundTableModel::RefundTableModel(ApiClient* api, QObject* parent)
    : ListTableModel<Refund>(api, parent)
{
    QList<RowColumn> columns(ColumnCount);
    columns[Id] = { [] { return tr("No."); }, [](const Refund& r) { return QString::number(r.id); },
        [](const Refund& r) { return r.id; }, kRight };
    columns[CreatedAt]
        = { [] { return tr("Created"); }, [this](const Refund& r) { return displayFormat().dateTime(r.createdAt); },
              [](const Refund& r) { return r.createdAt; } };
    columns[InvoiceId] = { [] { return tr("Invoice"); },
        [](const Refund& r) { return r.invoiceId ? QString::number(r.invoiceId) : QString(); },
        [](const Refund& r) { return r.invoiceId; }, kRight };
    columns[ExternalOrderId] = { [] { return tr("Order ID"); },
        [](const Refund& r) { return r.invoice ? r.invoice->externalOrderId : QString(); },
        [](const Refund& r) { return r.invoice ? r.invoice->externalOrderId : QString(); } };
    columns[Amount] = { [] { return tr("Amount"); },
        [this](const Refund& r) {
            // Beyond any possible refund: shown as absent, explained by the tool tip.
            return r.amount && !MoneySum::isReadable(*r.amount) ? QStringLiteral("—") : displayFormat().money(r.amount);
        },
        [](const Refund& r) { return r.amount ? QVariant(r.amount->tiyn()) : QVariant(); }, kRight };
    columns[Status] = { [] { return tr("Status"); }, [](const Refund& r) { return Refund::statusLabel(r.status); },
        [](const Refund& r) { return r.status; } };
    columns[Reason] = { [] { return tr("Reason"); }, [](const Refund& r) { return r.reason; },
        [](const Refund& r) { return r.reason; } };
    columns[InitiatedBy] = { [] { return tr("Initiated by"); },
        [](const Refund& r) {
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
        },
        [](const Refund& r) { return r.initiatedBy; } };
    setRowColumns(columns);
}

RefundTableModel::~RefundTableModel() = default;

QVariant RefundTableModel::roleData(int row, int column, int role) const
{
    const Refund& r = rowAt(row);
    switch (role) {
    case Qt::ToolTipRole:
        if (column == Status && !r.errorMessage.isEmpty()) {
            return r.errorMessage;
        }
        if (column == Reason) {
            return r.reason;
        }
        if (column == Amount && r.amount && !MoneySum::isReadable(*r.amount)) {
            return tr(
                "Unreadable amount: ApiPay sent %1, more than any refund can be. It is not counted in the totals.")
                .arg(r.amount->toPlainString());
        }
        return {};
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
    return api()->listRefunds(query, this, pageHandler(generation, page));
}

void RefundTableModel::rowsChanged()
{
    // Checked sums: an amount beyond what any refund can be (more than the largest invoice) is unreadable and left
    // out, never added (a hostile answer must not overflow the totals).
    MoneySum total;
    QMap<QString, MoneySum> byStatus;
    QMap<QString, int> counts;
    for (const Refund& r : rows()) {
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

} // namespace apipay
