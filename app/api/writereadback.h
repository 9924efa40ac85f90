#pragma once

#include "api/apiclient.h"
#include "api/lostanswer.h"

#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace apipay {

// Settles a write that ended with ApiError::Kind::OutcomeUnknown (the connection broke after the request may have
// reached the server) by reading the object back. Writes are never sent again by themselves: these reads tell the
// person what the server has, so that they can decide. QtCore only; the callbacks follow ApiClient's rules (run on
// the context's thread, only while it lives, exactly once).
//
// Each read-back is called right after the loss. A NotDone then may only mean "not written yet" (the server was slow
// and is still at it), so it is read once more when LostAnswer's settle time has passed, and only that answer is
// passed on: the person is never told "send again" on a read made in the very second the write was lost.
class WriteReadBack
{
public:
    enum class Verdict {
        Done, // the server has the change
        NotDone, // the server does not have it: the write did not happen
        Unknown, // the read itself failed (error says why); nothing is known
    };

    using DeletionDone = std::function<void(Verdict, const ApiError&)>;
    using UpdateDone = std::function<void(Verdict, const std::optional<Subscription>&, const ApiError&)>;

    // Looks for the item in GET /catalog (searched by its name, every page): absent or being deleted → Done,
    // still listed → NotDone.
    static void catalogDeletion(
        ApiClient* api, qint64 itemId, const QString& itemName, QObject* context, DeletionDone done);

    // GET /subscriptions/{id}: Done when every field the patch set has the patched value on the server, NotDone
    // otherwise; the subscription as the server has it is passed on either way (Unknown: nullopt).
    static void subscriptionUpdate(
        ApiClient* api, qint64 id, const SubscriptionPatch& patch, QObject* context, UpdateDone done);

    // GET /catalog (every page) after a POST /catalog whose outcome is unknown: the items named in `names` that were
    // created since five minutes before `sentAt`. Done with every one of them found (some may be missing: the rows
    // the server did not create), NotDone when none is there.
    using CatalogCreationDone = std::function<void(Verdict, const QList<CatalogItem>&, const ApiError&)>;
    static void catalogCreation(
        ApiClient* api, const QStringList& names, const QDateTime& sentAt, QObject* context, CatalogCreationDone done);

    // GET /subscriptions?phone=… after a create whose outcome is unknown: Done (with it) when a subscription of that
    // phone, billing period and amount (when the draft has one) was created since five minutes before `sentAt` (the
    // two clocks may differ), NotDone when there is none.
    static void subscriptionCreation(
        ApiClient* api, const SubscriptionDraft& draft, const QDateTime& sentAt, QObject* context, UpdateDone done);

    // GET /invoices/{id} after a note PATCH whose outcome is unknown (writereadbacknote.cpp): Done when the server's
    // note equals `note` (an empty note: none), NotDone otherwise; the invoice as the server has it is passed on.
    using NoteDone = std::function<void(Verdict, const std::optional<Invoice>&, const ApiError&)>;
    static void invoiceNote(ApiClient* api, qint64 id, const QString& note, QObject* context, NoteDone done);

    // A picture upload whose outcome is unknown cannot be read back (the server lists no uploads): the plain
    // sentence for it, translated. The upload is never sent again by itself; the person retries with Save.
    static QString uploadOutcomeUnknownText();

    // Whether the server's subscription carries every value the patch set. Cart items are not part of the
    // subscription's answer: a patch of only cart items is judged by nothing and gives nullopt.
    static std::optional<bool> carriesPatch(const Subscription& subscription, const SubscriptionPatch& patch);

private:
    // Runs read(finish) now; a NotDone is read once more after the settle time, and that verdict goes to done.
    template <typename Done, typename Read> static void settled(QObject* context, Done done, Read read);
};

template <typename Done, typename Read> void WriteReadBack::settled(QObject* context, Done done, Read read)
{
    auto lost = std::make_shared<LostAnswer>();
    lost->markLost();
    QPointer<QObject> guard(context);
    read(Done([lost, read, guard, done](Verdict verdict, const auto&... rest) {
        if (verdict == Verdict::NotDone && guard) {
            if (const std::optional<int> wait = lost->recheckAfterMs()) {
                QTimer::singleShot(*wait, guard, [read, done] { read(done); });
                return;
            }
        }
        done(verdict, rest...);
    }));
}

} // namespace apipay
