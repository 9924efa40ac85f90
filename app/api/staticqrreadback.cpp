#include "api/staticqrreadback.h"

#include "api/staticqrrequest.h"

namespace apipay {

namespace {

constexpr qint64 kClockSlackSeconds = 5 * 60;

} // namespace

void StaticQrReadBack::disabling(ApiClient* api, qint64 id, QObject* context, Done done)
{
    api->staticQr(id, context, [done](const ApiResult<StaticQrSheet>& result) {
        if (!result.ok()) {
            done(Verdict::Unknown, std::nullopt, result.error);
            return;
        }
        const bool disabled = result.value.status == StaticQrSheet::Status::Disabled;
        done(disabled ? Verdict::Done : Verdict::NotDone, result.value, ApiError {});
    });
}

bool StaticQrReadBack::matches(const StaticQrSheet& sheet,
    const StaticQrDraft& draft,
    const QDateTime& attemptStartedUtc,
    const QSet<qint64>& knownIds)
{
    if (knownIds.contains(sheet.id)) {
        return false;
    }
    if (sheet.createdAt.isValid() && sheet.createdAt < attemptStartedUtc.addSecs(-kClockSlackSeconds)) {
        return false;
    }
    if (sheet.singleUse != draft.singleUse || sheet.description != draft.description.trimmed()) {
        return false;
    }
    if (draft.cartItems.isEmpty() && !draft.discountPercentage && draft.amount && sheet.amount != draft.amount) {
        return false;
    }
    return true;
}

void StaticQrReadBack::creation(ApiClient* api,
    const StaticQrDraft& draft,
    const QDateTime& attemptStartedUtc,
    const QSet<qint64>& knownIds,
    QObject* context,
    Done done)
{
    api->listStaticQr(1, StaticQrRequest::kDefaultPerPage, context,
        [done, draft, attemptStartedUtc, knownIds](const ApiResult<Page<StaticQrSheet>>& result) {
            if (!result.ok()) {
                done(Verdict::Unknown, std::nullopt, result.error);
                return;
            }
            for (const StaticQrSheet& sheet : result.value.items) {
                if (matches(sheet, draft, attemptStartedUtc, knownIds)) {
                    done(Verdict::Done, sheet, ApiError {});
                    return;
                }
            }
            done(Verdict::NotDone, std::nullopt, ApiError {});
        });
}

} // namespace apipay
