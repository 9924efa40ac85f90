#include "filedialogs.h"

#include <QDir>
#include <QFileDialog>

namespace apipay {

QFileDialog* newFileDialog(
    QWidget* parent, const QString& title, AppSettings::FileKind kind, const QString& suggestedName)
{
    const QString folder = AppSettings::fileFolder(kind);
    auto* dialog = new QFileDialog(parent, title, folder);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!suggestedName.isEmpty()) {
        dialog->selectFile(QDir(folder).filePath(suggestedName));
    }
    QObject::connect(dialog, &QFileDialog::fileSelected, dialog,
        [kind](const QString& file) { AppSettings::rememberFileFolder(kind, file); });
    return dialog;
}

} // namespace apipay
