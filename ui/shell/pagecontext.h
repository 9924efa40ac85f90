#pragma once

#include "session/navigator.h"
#include "session/notifier.h"
#include "session/session.h"

namespace apipay {

// What every page, dialog and panel is given: the running session (data, keys, display format), the way to move
// to another page, and the way to tell the person how something went. Three pointers passed by value; the objects
// outlive every widget that holds them (main() owns the session; the main window is navigator and notifier).
// Any of them may be null for a widget shown alone (the QR page in a test).
struct PageContext
{
    Session* session = nullptr;
    Navigator* navigator = nullptr;
    Notifier* notifier = nullptr;
};

} // namespace apipay
