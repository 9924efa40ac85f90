#include "widgets/headercolumnmenu.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QMenu>
#include <QTableView>

namespace apipay {

HeaderColumnMenu::HeaderColumnMenu(QTableView* table)
    : QObject(table)
    , m_table(table)
    , m_submenu(new QMenu(table))
    , m_columnsAction(new QAction(this))
{
    QHeaderView* header = m_table->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, [this, header](const QPoint& at) {
        auto* menu = new QMenu(m_table);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        fill(menu);
        menu->popup(header->viewport()->mapToGlobal(at));
    });

    m_columnsAction->setObjectName(QStringLiteral("columnsAction"));
    m_columnsAction->setMenu(m_submenu);
    connect(m_submenu, &QMenu::aboutToShow, this, [this] { fill(m_submenu); });
    if (m_table->contextMenuPolicy() != Qt::ActionsContextMenu) {
        m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    }
    if (!m_table->actions().isEmpty()) { // after the rows' own actions (the invoices')
        auto* separator = new QAction(this);
        separator->setSeparator(true);
        m_table->addAction(separator);
    }
    m_table->addAction(m_columnsAction);
    m_table->installEventFilter(this);
    m_columnsAction->setText(tr("Columns"));
}

void HeaderColumnMenu::fill(QMenu* menu)
{
    menu->clear();
    QHeaderView* header = m_table->horizontalHeader();
    const QAbstractItemModel* model = m_table->model();
    if (!model) {
        return;
    }
    int shown = 0;
    for (int logical = 0; logical < header->count(); ++logical) {
        shown += header->isSectionHidden(logical) ? 0 : 1;
    }
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        const QString title = model->headerData(logical, Qt::Horizontal, Qt::DisplayRole).toString();
        QAction* action = menu->addAction(title.isEmpty() ? QString::number(logical + 1) : title);
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(logical));
        action->setEnabled(header->isSectionHidden(logical) || shown > 1); // the last one shown stays
        connect(action, &QAction::toggled, this, [this, header, logical](bool checked) {
            header->setSectionHidden(logical, !checked);
            Q_EMIT columnsShownChanged();
        });
    }
}

bool HeaderColumnMenu::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::LanguageChange) {
        m_columnsAction->setText(tr("Columns"));
    }
    return QObject::eventFilter(watched, event);
}

} // namespace apipay
