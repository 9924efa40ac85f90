#pragma once

#include <QString>

class QAbstractItemView;
class QWidget;

namespace apipay::test {

// Reading what a table shows, the way a person reads it.
// The row whose first column shows this invoice / item id (-1 when none).
int rowOfId(const QAbstractItemView* view, qint64 id);
// The display text of a cell.
QString cellText(const QAbstractItemView* view, int row, int column);
// The column whose header reads `header` (-1 when none).
int columnOf(const QAbstractItemView* view, const QString& header);

// The text shown beside the visible form label `title` ("Status:") anywhere under `root` (a detail pane); a null
// string when no such visible row exists.
QString formValue(const QWidget* root, const QString& title);

} // namespace apipay::test
