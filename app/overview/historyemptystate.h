#pragma once

#include "api/apierror.h"

#include <QString>

namespace apipay::overview {

// What the overview says while no invoice is stored on this computer: that the history is being read, or — when the
// requests to the server fail — that it cannot be, and why, instead of promising a load that is not happening.
// `hasStore`: the session keeps a history here (a server given directly keeps none); `offline`: the history sync
// says the server stopped answering (Session::isOffline()); `lastFailure`: why the exchanges since the last good
// answer failed (Session::lastRefreshError(), Kind::None when the last one succeeded).
QString historyEmptyText(bool hasStore, bool offline, const ApiError& lastFailure);

} // namespace apipay::overview
