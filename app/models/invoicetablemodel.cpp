#include "invoicetablemodel.h"

#include "api/apiclient.h"
#include <QScopeGuard>
#include <QSet>

namespace apipay {

namespace {

// Whether two queries ask for the same rows (the page number aside).
bool sameQuery(const InvoiceQuery& a, const InvoiceQuery& b)
{
    return a.perPage == b.perPage && a.search == b.search && a.statuses == b.statuses && a.dateFrom == b.dateFrom
        && a.dateTo == b.dateTo && a.sortBy == b.sortBy && a.sortAscending == b.sortAscending;
}

bool isFinalValue(InvoiceStatus::Value value)
{
    switch (value) {
    case InvoiceStatus::Paid:
    case InvoiceStatus::Cancelled:
    case InvoiceStatus::Expired:
    case InvoiceStatus::Error:
    case InvoiceStatus::PartiallyRefunded:
    case InvoiceStatus::Refunded:
        return true;
    case InvoiceStatus::Unknown: // T5: unknown statuses are polled
    case InvoiceStatus::Processing:
    case InvoiceStatus::Pending:
    case InvoiceStatus::Cancelling:
        return false;
    }
    return false;
}

// What the row shows: "Refunded" for a fully refunded paid invoice (v2.1 keeps status "paid").
InvoiceStatus::Value shownStatus(const InvoiceRowStore::Row& r)
{
    return InvoiceStatus::shownValue(r.status, (r.flags & InvoiceRowStore::FullyRefunded) != 0);
}

} // namespace

InvoiceTableModel::InvoiceTableModel(ApiClient* api, QObject* parent)
    : ColumnTableModel(api, parent)
{
    using R = InvoiceRowStore;
    constexpr Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    auto utc
        = [](qint64 msecs) { return msecs == R::kNone ? QDateTime() : QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC); };
    auto text = [this](R::TextField field) {
        return [this, field](int row) -> QVariant { return m_rows.textField(row, field); };
    };
    QList<ColumnSpec> columns(ColumnCount);
    columns[Id] = { [] { return tr("No."); }, [this](int row) { return QString::number(m_rows.at(row).id); },
        [this](int row) { return m_rows.at(row).id; }, right };
    columns[CreatedAt]
        = { [] { return tr("Created"); }, [this](int row) { return formatDate(m_rows.at(row).createdMs); },
              [this, utc](int row) { return utc(m_rows.at(row).createdMs); } };
    columns[Phone] = { [] { return tr("Phone"); }, [this](int row) { return displayFormat().phone(m_rows.phone(row)); },
        [this](int row) { return m_rows.phone(row); } };
    columns[Amount] = { [] { return tr("Amount"); },
        [this](int row) {
            const qint64 tiyn = m_rows.at(row).amountTiyn;
            return displayFormat().money(
                tiyn == R::kNone ? std::optional<Money>() : std::optional<Money>(Money::fromTiyn(tiyn)));
        },
        [this](int row) {
            const qint64 tiyn = m_rows.at(row).amountTiyn;
            return tiyn == R::kNone ? QVariant() : QVariant(tiyn);
        },
        right };
    columns[Status] = { [] { return tr("Status"); },
        [this](int row) {
            const R::Row& r = m_rows.at(row);
            return r.status == InvoiceStatus::Unknown ? m_rows.rawStatus(row) : InvoiceStatus::label(shownStatus(r));
        },
        [this](int row) { return m_rows.rawStatus(row); } };
    columns[Description] = { [] { return tr("Description"); }, text(R::Description), text(R::Description) };
    columns[ExternalOrderId] = { [] { return tr("Order ID"); }, text(R::ExternalOrderId), text(R::ExternalOrderId) };
    columns[ClientName] = { [] { return tr("Customer"); }, text(R::ClientName), text(R::ClientName) };
    columns[PaidAt] = { [] { return tr("Paid"); }, [this](int row) { return formatDate(m_rows.at(row).paidMs); },
        [this, utc](int row) { return utc(m_rows.at(row).paidMs); } };
    setColumns(columns);
}

InvoiceTableModel::~InvoiceTableModel() = default;

QModelIndex InvoiceTableModel::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || row >= m_rows.size() || column < 0 || column >= ColumnCount) {
        return {};
    }
    return createIndex(row, column);
}

int InvoiceTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

QVariant InvoiceTableModel::roleData(int row, int column, int role) const
{
    const InvoiceRowStore::Row& r = m_rows.at(row);
    switch (role) {
    case Qt::ToolTipRole:
        if (column == Status && r.status == InvoiceStatus::Error) {
            return m_rows.textField(row, InvoiceRowStore::ErrorMessage);
        }
        if (column == Description) {
            return m_rows.textField(row, InvoiceRowStore::Description);
        }
        return {};
    case StatusRole:
        return m_rows.rawStatus(row);
    case IdRole:
        return r.id;
    case FinalRole:
        return isFinalValue(r.status);
    case AmountTiynRole:
        return r.amountTiyn == InvoiceRowStore::kNone ? QVariant() : QVariant(r.amountTiyn);
    case SearchKeyRole: {
        const QByteArrayView key = m_rows.searchKey(row);
        return QString::fromUtf8(key.data(), key.size());
    }
    case StatusValueRole:
        return int(shownStatus(r));
    default:
        return {};
    }
}

QList<int> InvoiceTableModel::rowsInOrder(int column) const
{
    switch (column) {
    case CreatedAt:
        return m_rows.orderedBy(InvoiceRowStore::ByCreated);
    case PaidAt:
        return m_rows.orderedBy(InvoiceRowStore::ByPaid);
    case Amount:
        return m_rows.orderedBy(InvoiceRowStore::ByAmount);
    case Phone:
        return m_rows.orderedBy(InvoiceRowStore::ByPhone);
    case Status:
        return m_rows.orderedBy(InvoiceRowStore::ByStatus);
    case Description:
        return m_rows.orderedBy(InvoiceRowStore::ByDescription);
    case ExternalOrderId:
        return m_rows.orderedBy(InvoiceRowStore::ByExternalOrderId);
    case ClientName:
        return m_rows.orderedBy(InvoiceRowStore::ByClientName);
    default:
        return m_rows.orderedBy(InvoiceRowStore::ById);
    }
}

QString InvoiceTableModel::formatDate(qint64 msecs) const
{
    return displayFormat().dateTime(
        msecs == InvoiceRowStore::kNone ? QDateTime() : QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC));
}

QHash<int, QByteArray> InvoiceTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, QByteArrayLiteral("sortValue"));
    names.insert(StatusRole, QByteArrayLiteral("status"));
    names.insert(IdRole, QByteArrayLiteral("invoiceId"));
    names.insert(FinalRole, QByteArrayLiteral("final"));
    names.insert(AmountTiynRole, QByteArrayLiteral("amountTiyn"));
    names.insert(SearchKeyRole, QByteArrayLiteral("searchKey"));
    names.insert(StatusValueRole, QByteArrayLiteral("statusValue"));
    return names;
}

QString InvoiceTableModel::serverSortField(int column)
{
    switch (column) {
    case Id:
        return QStringLiteral("id");
    case CreatedAt:
        return QStringLiteral("created_at");
    case Amount:
        return QStringLiteral("amount");
    case Status:
        return QStringLiteral("status");
    case ClientName:
        return QStringLiteral("client_name");
    default:
        return {};
    }
}

void InvoiceTableModel::setQuery(const InvoiceQuery& query)
{
    // The same filters again (e.g. F5) are a reload: the rows on screen still match them while page 1 loads.
    const bool same = sameQuery(m_query, query);
    m_query = query;
    m_query.page = 1;
    restart(same ? Restart::SameQuery : Restart::NewQuery);
}

RequestId InvoiceTableModel::requestPage(int page, quint64 generation)
{
    InvoiceQuery query = m_query;
    query.page = page;
    return api()->listInvoices(query, this, [this, generation, page](const ApiResult<Page<Invoice>>& result) {
        if (!isCurrent(generation)) {
            return; // superseded by a newer query, or cancelled
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

void InvoiceTableModel::clearRows()
{
    m_rows.clear();
}

void InvoiceTableModel::clear()
{
    resetWithoutLoading();
}

void InvoiceTableModel::ingest(const QList<Invoice>& invoices)
{
    QList<InvoiceRowStore::Row> fresh;
    fresh.reserve(invoices.size());
    QSet<qint64> freshIds;
    freshIds.reserve(invoices.size());
    QList<const Invoice*> updates;
    for (const Invoice& invoice : invoices) {
        if (m_rows.contains(invoice.id) || freshIds.contains(invoice.id)) {
            updates.append(&invoice); // a row that moved between pages, or a repeat: update it in place
            continue;
        }
        freshIds.insert(invoice.id);
        fresh.append(m_rows.makeRow(invoice));
    }
    if (!fresh.isEmpty()) {
        const int first = m_rows.size();
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        m_rows.reserveFor(int(fresh.size()));
        for (InvoiceRowStore::Row& row : fresh) {
            m_rows.append(std::move(row));
        }
        endInsertRows();
    }
    for (const Invoice* invoice : std::as_const(updates)) {
        upsert(*invoice);
    }
}

void InvoiceTableModel::replaceRows(const QList<Invoice>& invoices)
{
    m_replacingRows = true;
    const auto done = qScopeGuard([this] { m_replacingRows = false; });
    const int oldCount = m_rows.size();
    QSet<qint64> seen;
    seen.reserve(invoices.size());
    QList<const Invoice*> fresh;
    fresh.reserve(invoices.size());
    for (const Invoice& invoice : invoices) {
        if (invoice.id > 0 && !seen.contains(invoice.id)) {
            seen.insert(invoice.id);
            fresh.append(&invoice);
        }
    }
    const int newCount = int(fresh.size());
    const int span = qMax(oldCount, newCount);
    // Rows that only hold a place while the count changes; their ids (≤ 0) are never those of an invoice.
    const auto placeholder = [](InvoiceRowStore& rows, int position) {
        Invoice invoice;
        invoice.id = -qint64(position);
        rows.append(rows.makeRow(invoice));
    };
    if (newCount > oldCount) {
        beginInsertRows({}, oldCount, newCount - 1);
        m_rows.reserveFor(newCount - oldCount);
        for (int position = oldCount; position < newCount; ++position) {
            placeholder(m_rows, position);
        }
        endInsertRows();
    }

    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> ids;
    ids.reserve(before.size());
    for (const QModelIndex& index : before) {
        ids.append(m_rows.at(index.row()).id);
    }
    InvoiceRowStore next;
    next.reserveFor(span);
    for (const Invoice* invoice : std::as_const(fresh)) {
        next.append(next.makeRow(*invoice));
    }
    for (int position = newCount; position < span; ++position) {
        placeholder(next, position);
    }
    m_rows = std::move(next);
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = ids.at(i) > 0 ? m_rows.indexOf(ids.at(i)) : -1;
        after.append(row >= 0 && row < newCount ? index(row, before.at(i).column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);

    if (newCount < span) {
        beginRemoveRows({}, newCount, span - 1);
        m_rows.truncate(newCount);
        endRemoveRows();
    }
}

Invoice InvoiceTableModel::invoiceAt(int row) const
{
    if (row < 0 || row >= m_rows.size()) {
        return {};
    }
    return m_rows.invoice(row);
}

void InvoiceTableModel::applyStatusUpdates(const QList<InvoiceStatusUpdate>& updates)
{
    for (const InvoiceStatusUpdate& update : updates) {
        const int row = m_rows.indexOf(update.id);
        if (row < 0) {
            continue;
        }
        bool changed = false;
        if (!update.status.raw().isEmpty()) {
            changed = m_rows.setStatus(row, update.status);
        }
        if (update.amount) {
            changed = m_rows.setAmount(row, update.amount->tiyn()) || changed;
        }
        if (changed) {
            emitRowChanged(row);
        }
    }
}

void InvoiceTableModel::upsert(const Invoice& invoice)
{
    const int row = m_rows.indexOf(invoice.id);
    if (row >= 0) {
        m_rows.replace(row, m_rows.makeRow(InvoiceRowStore::merged(m_rows.invoice(row), invoice)));
        emitRowChanged(row);
        return;
    }
    beginInsertRows({}, 0, 0);
    m_rows.prepend(m_rows.makeRow(invoice));
    endInsertRows();
}

QList<qint64> InvoiceTableModel::nonFinalIdsInRange(int first, int last) const
{
    QList<qint64> ids;
    first = qMax(first, 0);
    last = qMin(last, m_rows.size() - 1);
    for (int row = first; row <= last; ++row) {
        const InvoiceRowStore::Row& r = m_rows.at(row);
        if (!isFinalValue(r.status)) {
            ids.append(r.id);
        }
    }
    return ids;
}

} // namespace apipay
