#pragma once

// AppContext's private state. Not for pages.
#include "appcontext.h"

namespace apipay {

class Session;

struct AppContext::Private
{
    Session* session = nullptr;
};

} // namespace apipay
