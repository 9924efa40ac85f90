#pragma once

#include <functional>

class QObject;
class QWidget;

namespace apipay {

// Connects `edited` (run in `context`) to the signal by which this input reports that the person changed it: typing
// in a line or text edit, choosing in a list, stepping a number or a date, ticking a box. Values set by the program
// do not count where the widget tells them apart (textEdited, activated, clicked). Returns false for a widget that is
// not an input, and for the line edit inside a spin box or an editable combo box (its owner reports the edit).
bool connectPersonEdit(QWidget* input, const QObject* context, const std::function<void()>& edited);

} // namespace apipay
