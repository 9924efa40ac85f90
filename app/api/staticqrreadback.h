#pragma once

#include "api/apiclient.h"
#include "api/writereadback.h"

#include <QDateTime>
#include <QSet>

#include <functional>
#include <optional>

namespace apipay {

// Settles a static QR write that ended OutcomeUnknown by reading back (the write itself is never sent again).
class StaticQrReadBack
{
public:
    using Verdict = WriteReadBack::Verdict;
    using Done = std::function<void(Verdict, const std::optional<StaticQrSheet>&, const ApiError&)>;

    // GET /static-qr/{id}: status disabled → Done (with the card); otherwise NotDone (with the card).
    static void disabling(ApiClient* api, qint64 id, QObject* context, Done done);

    // GET /static-qr (the newest page): a sheet not among knownIds, created no earlier than a few minutes before
    // attemptStartedUtc (clocks differ), with the draft's description, single-use flag and (for a fixed amount) amount
    // → Done with it; none → NotDone.
    static void creation(ApiClient* api,
        const StaticQrDraft& draft,
        const QDateTime& attemptStartedUtc,
        const QSet<qint64>& knownIds,
        QObject* context,
        Done done);

    // Whether a sheet from the server is the one this draft would have made (the test of creation()).
    static bool matches(const StaticQrSheet& sheet,
        const StaticQrDraft& draft,
        const QDateTime& attemptStartedUtc,
        const QSet<qint64>& knownIds);
};

} // namespace apipay
