#include "columnlayoutmemory.h"

#include <QHeaderView>
#include <QSettings>

#include <memory>

using namespace Qt::StringLiterals;

namespace apipay::ColumnLayoutMemory {

namespace {

QString keyFor(QWidget* page, QHeaderView* header, int index, const QString& group)
{
    QString view = header->parentWidget() ? header->parentWidget()->objectName() : QString();
    if (view.isEmpty()) {
        view = QString::number(index);
    }
    return group + u'/' + page->objectName() + u'/' + view + u"-h"_s;
}

QList<QHeaderView*> horizontalHeaders(QWidget* page)
{
    QList<QHeaderView*> result;
    const QList<QHeaderView*> all = page->findChildren<QHeaderView*>();
    for (QHeaderView* header : all) {
        if (header->orientation() == Qt::Horizontal) {
            result.append(header);
        }
    }
    return result;
}

} // namespace

void restore(QWidget* page, const QString& group)
{
    const QList<QHeaderView*> headers = horizontalHeaders(page);
    for (int i = 0; i < headers.size(); ++i) {
        QHeaderView* header = headers.at(i);
        const QByteArray state = QSettings().value(keyFor(page, header, i, group)).toByteArray();
        if (state.isEmpty()) {
            continue;
        }
        if (header->count() > 0) {
            header->restoreState(state);
            continue;
        }
        // The model arrives later: restore once the header has its sections.
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = QObject::connect(
            header, &QHeaderView::sectionCountChanged, header, [header, state, connection](int, int count) {
                if (count > 0) {
                    QObject::disconnect(*connection);
                    header->restoreState(state);
                }
            });
    }
}

void save(QWidget* page, const QString& group)
{
    QSettings settings;
    const QList<QHeaderView*> headers = horizontalHeaders(page);
    for (int i = 0; i < headers.size(); ++i) {
        if (headers.at(i)->count() > 0) {
            settings.setValue(keyFor(page, headers.at(i), i, group), headers.at(i)->saveState());
        }
    }
}

} // namespace apipay::ColumnLayoutMemory
