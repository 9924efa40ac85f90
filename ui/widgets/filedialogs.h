#pragma once

#include "session/appsettings.h"

#include <QString>

class QFileDialog;
class QWidget;

namespace apipay {

// A window-modal file dialog for one kind of file, deleted when closed: it opens in AppSettings::fileFolder(kind)
// (the folder last used for that kind, never one that is gone), proposes `suggestedName` there when given, and
// remembers the folder of the file the person chooses. The caller sets the accept mode, filters and suffix, connects
// fileSelected and calls open().
QFileDialog* newFileDialog(
    QWidget* parent, const QString& title, AppSettings::FileKind kind, const QString& suggestedName = QString());

} // namespace apipay
