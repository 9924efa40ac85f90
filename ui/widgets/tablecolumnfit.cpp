#include "widgets/tablecolumnfit.h"

#include "models/pagedtablemodel.h"
#include "widgets/columnresizedbyhand.h"

#include <QEvent>
#include <QHeaderView>
#include <QSettings>
#include <QTableView>

#include <algorithm>

namespace apipay {

namespace {
// A cut column still shows this many average characters ("apd-5e1a9c…", "12.11.20…").
constexpr int kFloorChars = 10;
// A cut column's title is kept whole up to this many characters ("Номер заказа", "Внешний ID").
constexpr int kLongTitleChars = 16;
// A Stretch column counts as this many characters when the others are fitted; it gets whatever is left.
constexpr int kStretchChars = 16;
} // namespace

TableColumnFit::TableColumnFit(QTableView* table)
    : QObject(table)
    , m_table(table)
{
    m_table->viewport()->installEventFilter(this);
    QHeaderView* header = m_table->horizontalHeader();
    connect(header, &QHeaderView::sectionResized, this, [this, header](int logical, int oldSize, int newSize) {
        if (m_fitting || !m_fitted || !isColumnResizedByHand(header, logical, oldSize, newSize)) {
            return;
        }
        if (!m_customized && !m_rememberKey.isEmpty()) {
            QSettings().setValue(m_rememberKey, true); // once, not on every step of the drag
        }
        m_customized = true;
    });
}

void TableColumnFit::rememberIn(const QString& key)
{
    m_rememberKey = key;
    m_customized = m_customized || QSettings().value(key, false).toBool();
}

QList<int> TableColumnFit::fitWidths(const QList<int>& wanted, const QList<int>& floors, int available)
{
    Q_ASSERT(wanted.size() == floors.size());
    const auto total = [&](int cap) {
        qint64 sum = 0;
        for (qsizetype i = 0; i < wanted.size(); ++i) {
            sum += std::max(floors.at(i), std::min(wanted.at(i), cap));
        }
        return sum;
    };
    // The largest common width the widest columns can keep; the narrow ones keep theirs, none goes below its floor.
    int low = 0;
    int high = 0;
    for (int w : wanted) {
        high = std::max(high, w);
    }
    if (total(high) > available) {
        while (low < high) {
            const int middle = low + (high - low + 1) / 2;
            if (total(middle) <= available) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
    } else {
        low = high;
    }
    QList<int> result;
    result.reserve(wanted.size());
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        result.append(std::max(floors.at(i), std::min(wanted.at(i), low)));
    }
    return result;
}

void TableColumnFit::fit()
{
    if (m_customized) {
        return; // the person's widths stay (also when the list is read again)
    }
    QHeaderView* header = m_table->horizontalHeader();
    const int chars = m_table->fontMetrics().averageCharWidth();
    int available = m_table->viewport()->width();
    QList<int> elidable;
    QList<int> wanted;
    QList<int> floors;
    m_fitting = true;
    for (int logical = 0; logical < header->count(); ++logical) {
        if (header->isSectionHidden(logical)) {
            continue;
        }
        const QHeaderView::ResizeMode mode = header->sectionResizeMode(logical);
        const int width = std::max(static_cast<const QAbstractItemView*>(m_table)->sizeHintForColumn(logical),
            header->sectionSizeHint(logical));
        if (mode == QHeaderView::Stretch) {
            available -= std::min(width, kStretchChars * chars);
        } else if (mode != QHeaderView::Interactive) {
            available -= header->sectionSize(logical);
        } else if (m_elidable.contains(logical)) {
            // Cut, it still shows its title whole (up to a long one) and a few characters of its values.
            const int title = std::min(header->sectionSizeHint(logical), kLongTitleChars * chars);
            elidable.append(logical);
            wanted.append(width);
            floors.append(std::min(width, std::max(title, kFloorChars * chars)));
        } else {
            header->resizeSection(logical, width);
            available -= width;
        }
    }
    const QList<int> widths = fitWidths(wanted, floors, std::max(available, 0));
    for (qsizetype i = 0; i < elidable.size(); ++i) {
        header->resizeSection(elidable.at(i), widths.at(i));
    }
    // Stretch columns take what is left (the slot that lays them out again is protected; it is a slot).
    QMetaObject::invokeMethod(header, "resizeSections", Qt::DirectConnection);
    m_fitting = false;
    m_fitted = true;
    m_fittedWidth = m_table->viewport()->width();
}

void TableColumnFit::fitOnFirstPage(PagedTableModel* model)
{
    connect(model, &PagedTableModel::pageLoaded, this, [this](int page) {
        if (page == 1) {
            fit();
        }
    });
}

void TableColumnFit::refit()
{
    if (m_fitted) {
        fit();
    }
}

bool TableColumnFit::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Resize && watched == m_table->viewport() && m_fitted && !m_customized
        && m_table->viewport()->width() != m_fittedWidth) {
        fit();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace apipay
