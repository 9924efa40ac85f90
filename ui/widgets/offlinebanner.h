#pragma once

#include "widgets/messagebanner.h"

#include <QPointer>

class QAbstractButton;
class QAction;

namespace apipay {

class Session;

// The strip above the pages while the server cannot be reached (Session::isOffline()): "Offline — history as of
// 16:48" (the time in the display zone, with the date when it is not today), and that everything on this computer
// stays readable while writes wait. Follows Session::connectivityChanged; hidden while online. Not dismissible: it
// goes away by itself when the server answers again.
class OfflineBanner : public MessageBanner
{
    Q_OBJECT
public:
    explicit OfflineBanner(Session* session, QWidget* parent = nullptr);

    // Why a write cannot be done now (tool tips and status texts of disabled write actions), translated.
    static QString writesUnavailableReason();
    // "Offline — history as of 16:48" for `asOfUtc` in the session's display format ("Offline" alone without a time).
    static QString titleFor(const Session& session);

    // Keeps `action` disabled with writesUnavailableReason() as its tool tip while `session` is offline, on top of
    // whatever else enables it: call after every setEnabled()/setToolTip() of the action's own logic, e.g.
    //   action->setEnabled(canCancel); OfflineBanner::guard(session, action);
    static void guard(const Session* session, QAction* action);
    static void guard(const Session* session, QWidget* widget);

protected:
    void changeEvent(QEvent* event) override;

private:
    void update();

    QPointer<Session> m_session;
    bool m_updating = false;
};

} // namespace apipay
