#include "overview/historyemptystate.h"

#include <QCoreApplication>

namespace apipay::overview {

namespace {

bool cannotReach(const ApiError& error)
{
    return error.isUnreachable() || error.kind == ApiError::Kind::Tls;
}

} // namespace

// The texts are the overview page's (translated in its context, where they were first written).
QString historyEmptyText(HistoryKept kept, bool offline, const ApiError& lastFailure)
{
    if (kept == HistoryKept::NotForThisRun) {
        const QString none = QCoreApplication::translate("apipay::OverviewPage",
            "This run keeps no history on this computer: its API key was given for this run only "
            "(APIPAY_API_KEY). Shops added in Settings keep their history here.");
        if (!lastFailure.isError()) {
            return none;
        }
        return none + u'\n'
            + QCoreApplication::translate("apipay::OverviewPage", "The server did not answer: %1")
                  .arg(lastFailure.userText());
    }
    if (kept == HistoryKept::NotYet) {
        const QString none = QCoreApplication::translate("apipay::OverviewPage", "No history on this computer yet");
        if (!lastFailure.isError()) {
            return none;
        }
        return QCoreApplication::translate(
            "apipay::OverviewPage", "No history on this computer yet, and the server did not answer: %1")
            .arg(lastFailure.userText());
    }
    if (offline || cannotReach(lastFailure)) {
        return QCoreApplication::translate(
            "apipay::OverviewPage", "Cannot reach the server — the history will load when the connection is back.");
    }
    if (lastFailure.isError()) {
        return QCoreApplication::translate("apipay::OverviewPage",
            "The history cannot be read from the server right now — it will load when the server answers "
            "again. %1")
            .arg(lastFailure.userText());
    }
    return QCoreApplication::translate("apipay::OverviewPage", "History is being read from the server…");
}

} // namespace apipay::overview
