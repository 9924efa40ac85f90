#pragma once

#include "api/apierror.h"

#include <QString>

namespace apipay::overview {

// Whether this session keeps the shop's history on this computer.
enum class HistoryKept {
    Here, // a shop added in Settings, or the demo shop: the history store is open
    NotYet, // no store (no shop chosen yet, or its file could not be opened: a notice said why)
    NotForThisRun, // a server and key given for this run only (--base-url with APIPAY_API_KEY): never any history
};

// What the overview says while no invoice is stored on this computer: that the history is being read, or — when the
// requests to the server fail — that it cannot be, and why, instead of promising a load that is not happening; and,
// for a run with a key given only for it, that no history will come. `offline`: the history sync says the server
// stopped answering (Session::isOffline()); `lastFailure`: why the exchanges since the last good answer failed
// (Session::lastRefreshError(), Kind::None when the last one succeeded).
QString historyEmptyText(HistoryKept kept, bool offline, const ApiError& lastFailure);

} // namespace apipay::overview
