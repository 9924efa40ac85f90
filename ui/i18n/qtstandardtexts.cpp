#include "qtstandardtexts.h"

#include <QCoreApplication>

namespace apipay {

namespace {

struct QtText
{
    const char* context;
    const char* source;
};

// Contexts and source texts exactly as Qt 6 uses them (QPlatformTheme::defaultStandardButtonText, QLineEdit and
// QWidgetTextControl context menus, the widget file dialog).
constexpr QtText kTexts[] = {
    { "QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "OK") },
    { "QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Save") },
    { "QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Save All") },
    { "QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Open") },
    { "QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes") },
    { "QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All") },
    { "QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "&No") },
    { "QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All") },
    { "QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Abort") },
    { "QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Retry") },
    { "QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore") },
    { "QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Close") },
    { "QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel") },
    { "QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Discard") },
    { "QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Help") },
    { "QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Apply") },
    { "QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Reset") },
    { "QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults") },
    { "QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "&Undo") },
    { "QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "&Redo") },
    { "QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "Cu&t") },
    { "QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "&Copy") },
    { "QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "&Paste") },
    { "QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "Delete") },
    { "QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "Select All") },
    { "QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "&Undo") },
    { "QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "&Redo") },
    { "QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "Cu&t") },
    { "QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "&Copy") },
    { "QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "&Paste") },
    { "QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "Delete") },
    { "QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "Select All") },
    { "QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "Copy &Link Location") },
    // Qt's own file dialog (QFileDialog and its form; Linux without a desktop theme — elsewhere the system's dialog),
    // and the column titles of its file list (QFileSystemModel).
    { "QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Look in:") },
    { "QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "File &name:") },
    { "QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Files of type:") },
    { "QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Directory:") },
    { "QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Open") },
    { "QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Save") },
    { "QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Choose") },
    { "QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Open") },
    { "QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Save As") },
    { "QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Back") },
    { "QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Forward") },
    { "QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Parent Directory") },
    { "QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Create New Folder") },
    { "QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "List View") },
    { "QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Detail View") },
    { "QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Rename") },
    { "QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Delete") },
    { "QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Show &hidden files") },
    { "QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&New Folder") },
    { "QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "New Folder") },
    { "QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Recent Places") },
    { "QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "All Files (*)") },
    { "QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "%1 already exists.\nDo you want to replace it?") },
    { "QFileSystemModel", QT_TRANSLATE_NOOP("QFileSystemModel", "Name") },
    { "QFileSystemModel", QT_TRANSLATE_NOOP("QFileSystemModel", "Size") },
    { "QFileSystemModel", QT_TRANSLATE_NOOP("QFileSystemModel", "Type") },
    { "QFileSystemModel", QT_TRANSLATE_NOOP("QFileSystemModel", "Date Modified") },
    { "QFileSystemModel", QT_TRANSLATE_NOOP("QFileSystemModel", "Computer") },
    { "QFileSystemModel", QT_TRANSLATE_NOOP("QFileSystemModel", "My Computer") },
};

} // namespace

QStringList qtStandardTextsForTranslation()
{
    QStringList out;
    for (const QtText& text : kTexts) {
        out << QCoreApplication::translate(text.context, text.source);
    }
    return out;
}

} // namespace apipay
