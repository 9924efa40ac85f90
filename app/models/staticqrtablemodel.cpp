#include "staticqrtablemodel.h"

#include "api/apiclient.h"

namespace apipay {

namespace {

constexpr Qt::Alignment kRight = Qt::AlignRight | Qt::AlignVCenter;
constexpr int kPerPage = 50;

} // namespace

StaticQrTableModel::StaticQrTableModel(ApiClient* api, QObject* parent)
    : ListTableModel<StaticQrSheet>(api, parent)
{
    using S = StaticQrSheet;
    QList<RowColumn> columns(ColumnCount);
    columns[ShortCode]
        = { [] { return tr("Code"); }, [](const S& s) { return s.shortCode; }, [](const S& s) { return s.shortCode; } };
    columns[Amount] = { [] { return tr("Amount"); }, [this](const S& s) { return displayFormat().money(s.amount); },
        [](const S& s) { return s.amount ? QVariant(s.amount->tiyn()) : QVariant(); }, kRight };
    columns[Description] = { [] { return tr("Description"); }, [](const S& s) { return s.description; },
        [](const S& s) { return s.description; } };
    columns[SingleUse] = { [] { return tr("Single use"); },
        [](const S& s) { return s.singleUse ? tr("Yes") : tr("No"); }, [](const S& s) { return s.singleUse; } };
    columns[Status] = { [] { return tr("Status"); }, [](const S& s) { return statusLabel(s); },
        [](const S& s) { return int(s.status); } };
    columns[Scans] = { [] { return tr("Scans"); }, [](const S& s) { return QString::number(s.scanCount); },
        [](const S& s) { return s.scanCount; }, kRight };
    columns[PaidAt] = { [] { return tr("Paid at"); },
        [this](const S& s) { return displayFormat().dateTime(s.paidAt); }, // "—" until paid, as in every list
        [](const S& s) { return s.paidAt; } };
    columns[CreatedAt] = { [] { return tr("Created"); },
        [this](const S& s) { return displayFormat().dateTime(s.createdAt); }, [](const S& s) { return s.createdAt; } };
    setRowColumns(columns);
}

StaticQrTableModel::~StaticQrTableModel() = default;

QString StaticQrTableModel::statusLabel(const StaticQrSheet& s)
{
    switch (s.status) {
    case StaticQrSheet::Status::Active:
        return tr("Active");
    case StaticQrSheet::Status::Paid:
        return tr("Paid");
    case StaticQrSheet::Status::Disabled:
        return tr("Disabled");
    case StaticQrSheet::Status::Unknown:
        break;
    }
    return s.statusText;
}

void StaticQrTableModel::load()
{
    restart(m_started ? Restart::SameQuery : Restart::NewQuery);
    m_started = true;
}

void StaticQrTableModel::setSupported(bool supported)
{
    if (m_supported != supported) {
        m_supported = supported;
        Q_EMIT supportChanged(supported);
    }
}

QVariant StaticQrTableModel::roleData(int row, int column, int role) const
{
    Q_UNUSED(column)
    const StaticQrSheet& s = rowAt(row);
    switch (role) {
    case IdRole:
        return s.id;
    case StatusRole:
        return int(s.status);
    default:
        return {};
    }
}

RequestId StaticQrTableModel::requestPage(int page, quint64 generation)
{
    auto rows = pageHandler(generation, page);
    return api()->listStaticQr(
        page, kPerPage, this,
        [this, generation, page, rows](const ApiResult<Page<StaticQrSheet>>& result) {
            if (!isCurrent(generation)) {
                return;
            }
            if (!result.ok() && result.error.kind == ApiError::Kind::NotFound && page == 1) {
                // A v2.0 server: no static QR sheets at all. Nothing to show, and nothing went wrong.
                takeOverRows(generation);
                finishPage(generation, page, false);
                setSupported(false);
                return;
            }
            if (result.ok()) {
                setSupported(true);
            }
            rows(result);
        },
        Priority::User);
}

} // namespace apipay
