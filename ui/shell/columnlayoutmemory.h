#pragma once

#include <QString>

class QWidget;

namespace apipay {

// Remembers the column layout (order, widths, hidden columns, sort indicator) of every horizontal table header
// inside a page, in QSettings under <group>/<page object name>/<view object name or index>.
namespace ColumnLayoutMemory {
// Restores saved layouts; a header whose model arrives later is restored once it has its sections.
void restore(QWidget* page, const QString& group);
void save(QWidget* page, const QString& group);
} // namespace ColumnLayoutMemory

} // namespace apipay
