#include "journeyscreen.h"

#include <QAbstractItemView>
#include <QFormLayout>
#include <QLabel>

namespace apipay::test {

int rowOfId(const QAbstractItemView* view, qint64 id)
{
    if (!view || !view->model()) {
        return -1;
    }
    const QString wanted = QString::number(id);
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        QString shown = view->model()->index(row, 0).data(Qt::DisplayRole).toString();
        shown.remove(QChar(u' ')).remove(QChar(0x00a0)).remove(QChar(0x202f)).remove(QChar(u'№'));
        if (shown == wanted) {
            return row;
        }
    }
    return -1;
}

QString cellText(const QAbstractItemView* view, int row, int column)
{
    if (!view || !view->model() || row < 0) {
        return {};
    }
    return view->model()->index(row, column).data(Qt::DisplayRole).toString();
}

int columnOf(const QAbstractItemView* view, const QString& header)
{
    const QAbstractItemModel* model = view ? view->model() : nullptr;
    for (int column = 0; model && column < model->columnCount(); ++column) {
        if (model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString() == header) {
            return column;
        }
    }
    return -1;
}

QString formValue(const QWidget* root, const QString& title)
{
    const QList<QFormLayout*> forms = root->findChildren<QFormLayout*>();
    for (const QFormLayout* form : forms) {
        for (int row = 0; row < form->rowCount(); ++row) {
            const QLayoutItem* labelItem = form->itemAt(row, QFormLayout::LabelRole);
            const QLayoutItem* fieldItem = form->itemAt(row, QFormLayout::FieldRole);
            const auto* label = labelItem ? qobject_cast<const QLabel*>(labelItem->widget()) : nullptr;
            const auto* value = fieldItem ? qobject_cast<const QLabel*>(fieldItem->widget()) : nullptr;
            if (label && value && label->isVisible() && value->isVisible() && label->text() == title) {
                return value->text();
            }
        }
    }
    return {};
}

} // namespace apipay::test
