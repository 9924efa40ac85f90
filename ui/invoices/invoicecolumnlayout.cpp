#include "invoicecolumnlayout.h"

#include "domain/invoicestatus.h"
#include "models/invoicetablemodel.h"
#include "widgets/columnresizedbyhand.h"

#include <QEvent>
#include <QHeaderView>
#include <QScopedValueRollback>
#include <QSettings>
#include <QTableView>

#include <array>

using namespace Qt::StringLiterals;

namespace apipay {

namespace {
// A new key for the new default order: layouts saved with the old, too wide defaults are not restored.
const QString kHeaderKey = u"invoicesPage/columnLayout"_s;
constexpr int kDescriptionMinWidth = 160;
constexpr int kPadding = 18;
constexpr int kShownColumnMaxWidth = 220;
constexpr std::array kHiddenByDefault
    = { int(InvoiceTableModel::ExternalOrderId), int(InvoiceTableModel::ClientName), int(InvoiceTableModel::PaidAt) };
} // namespace

InvoiceColumnLayout::InvoiceColumnLayout(QTableView* table)
    : QObject(table)
    , m_table(table)
    , m_header(table->horizontalHeader())
{
    applyDefaults();
    m_viewport = m_table->viewport();
    m_viewport->installEventFilter(this);
    connect(m_header, &QHeaderView::sectionResized, this, [this](int logical, int oldSize, int newSize) {
        if (isColumnResizedByHand(m_header, logical, oldSize, newSize)) {
            onUserChange();
        }
    });
    connect(m_header, &QHeaderView::sectionMoved, this, &InvoiceColumnLayout::onUserChange);
}

void InvoiceColumnLayout::applyDefaults()
{
    const QScopedValueRollback<bool> fitting(m_fitting, true);
    m_header->moveSection(m_header->visualIndex(InvoiceTableModel::Amount), 2);
    m_header->moveSection(m_header->visualIndex(InvoiceTableModel::Status), 3);
    const QFontMetrics metrics = m_table->fontMetrics();
    const auto widthOf = [&metrics](const QString& sample) { return metrics.horizontalAdvance(sample) + kPadding; };
    m_header->resizeSection(InvoiceTableModel::Id, widthOf(u"000000"_s));
    m_header->resizeSection(InvoiceTableModel::CreatedAt, widthOf(u"00/00/0000 00:00"_s));
    m_header->resizeSection(InvoiceTableModel::Amount, widthOf(u"000,000.00 \u20b8"_s));
    m_header->resizeSection(InvoiceTableModel::Status, statusWidth());
    m_header->resizeSection(InvoiceTableModel::Phone, widthOf(u"+7 000 000 00 00"_s));
    m_header->resizeSection(InvoiceTableModel::Description, 240);
    // Shown through the column menu: at 1280 px the six above fill the list, and a seventh would push Description
    // behind a sideways scroll bar (the detail pane shows all three of the selected invoice).
    for (const int column : kHiddenByDefault) {
        m_header->setSectionHidden(column, true);
    }
}

void InvoiceColumnLayout::columnsShownChanged()
{
    if (m_customized) {
        save(); // the person's layout, with the columns now shown
        return;
    }
    {
        const QScopedValueRollback<bool> fitting(m_fitting, true);
        for (const int column : kHiddenByDefault) {
            if (!m_header->isSectionHidden(column)) {
                // Order ids can be long: a shown column gets its values' width up to a limit, never below its title.
                m_table->resizeColumnToContents(column);
                const int title = m_header->sectionSizeHint(column);
                m_header->resizeSection(column, qMax(title, qMin(m_header->sectionSize(column), kShownColumnMaxWidth)));
            }
        }
    }
    fitDescription();
}

void InvoiceColumnLayout::restore()
{
    const QByteArray state = QSettings().value(kHeaderKey).toByteArray();
    if (!state.isEmpty()) {
        const QScopedValueRollback<bool> fitting(m_fitting, true);
        m_customized = m_header->restoreState(state);
    }
    fitDescription();
}

void InvoiceColumnLayout::save() const
{
    QSettings settings;
    if (m_customized) {
        settings.setValue(kHeaderKey, m_header->saveState());
    } else {
        settings.remove(kHeaderKey); // the defaults follow the window and the content
    }
}

void InvoiceColumnLayout::fitToContents()
{
    if (m_customized || m_fittedToContents || m_table->model() == nullptr || m_table->model()->rowCount() == 0) {
        return;
    }
    m_fittedToContents = true;
    {
        const QScopedValueRollback<bool> fitting(m_fitting, true);
        for (int column : { int(InvoiceTableModel::Id), int(InvoiceTableModel::CreatedAt),
                 int(InvoiceTableModel::Amount), int(InvoiceTableModel::Status) }) {
            m_table->resizeColumnToContents(column);
        }
        if (m_header->sectionSize(InvoiceTableModel::Status) < statusWidth()) {
            m_header->resizeSection(InvoiceTableModel::Status, statusWidth());
        }
    }
    fitDescription();
}

int InvoiceColumnLayout::statusWidth() const
{
    // The chip of the status delegate: its text, 8 px inside on each side, a 2 px margin and the cell's edges.
    const QFontMetrics metrics = m_table->fontMetrics();
    int widest = 0;
    for (const InvoiceStatus::Value value : InvoiceStatus::allKnown()) {
        widest = qMax(widest, metrics.horizontalAdvance(InvoiceStatus::label(value)));
    }
    return widest + 2 * 8 + 2 + 4 + kPadding;
}

void InvoiceColumnLayout::retranslate()
{
    const int wanted = statusWidth();
    const int current = m_header->sectionSize(InvoiceTableModel::Status);
    if (m_customized ? current >= wanted : current == wanted) {
        return;
    }
    {
        const QScopedValueRollback<bool> fitting(m_fitting, true);
        m_header->resizeSection(InvoiceTableModel::Status, wanted);
    }
    if (m_customized) {
        save();
    }
    fitDescription();
}

bool InvoiceColumnLayout::eventFilter(QObject* watched, QEvent* event)
{
    // Compared with the viewport kept at construction: the filter also sees events while the table is being
    // destroyed, when calling the table's virtual functions is no longer allowed.
    if (watched == m_viewport && event->type() == QEvent::Resize) {
        fitDescription();
    }
    return QObject::eventFilter(watched, event);
}

void InvoiceColumnLayout::fitDescription()
{
    if (m_customized) {
        return;
    }
    // Description takes what the other shown columns leave (those after it too: a column shown through the menu).
    int others = 0;
    for (int logical = 0; logical < m_header->count(); ++logical) {
        if (logical != InvoiceTableModel::Description && !m_header->isSectionHidden(logical)) {
            others += m_header->sectionSize(logical);
        }
    }
    const int width = qMax(kDescriptionMinWidth, m_table->viewport()->width() - others);
    if (width != m_header->sectionSize(InvoiceTableModel::Description)) {
        const QScopedValueRollback<bool> fitting(m_fitting, true);
        m_header->resizeSection(InvoiceTableModel::Description, width);
    }
}

void InvoiceColumnLayout::onUserChange()
{
    if (m_fitting) {
        return;
    }
    m_customized = true;
    save();
}

} // namespace apipay
