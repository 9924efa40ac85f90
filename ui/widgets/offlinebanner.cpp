#include "offlinebanner.h"

#include "session/session.h"
#include "widgets/stalenotice.h"

#include <QAction>
#include <QEvent>

using namespace Qt::StringLiterals;

namespace apipay {

namespace {
// The tool tip an action had before it was replaced by the reason, kept on the action itself.
constexpr char kToolTipBeforeOffline[] = "apipayToolTipBeforeOffline";
} // namespace

OfflineBanner::OfflineBanner(Session* session, QWidget* parent)
    : MessageBanner(parent)
    , m_session(session)
{
    setObjectName(u"offlineBanner"_s);
    setDismissible(false);
    if (session) {
        connect(session, &Session::connectivityChanged, this, &OfflineBanner::update);
        connect(session, &Session::displayFormatChanged, this, &OfflineBanner::update);
        connect(session, &Session::sessionChanged, this, &OfflineBanner::update);
    }
    update();
}

QString OfflineBanner::writesUnavailableReason()
{
    return tr("Not available offline — the server cannot be reached");
}

QString OfflineBanner::titleFor(const Session& session)
{
    const QDateTime asOf = session.historyAsOf();
    if (!asOf.isValid()) {
        return tr("Offline");
    }
    const DisplayFormat format = session.displayFormat();
    return tr("Offline — history as of %1").arg(StaleNotice::formatAsOf(asOf, format.locale(), format.zone()));
}

void OfflineBanner::guard(const Session* session, QAction* action)
{
    if (!action) {
        return;
    }
    const bool offline = session && session->isOffline();
    const QVariant before = action->property(kToolTipBeforeOffline);
    if (offline) {
        if (action->toolTip() != writesUnavailableReason()) {
            action->setProperty(kToolTipBeforeOffline, action->toolTip()); // also a tool tip set again meanwhile
        }
        action->setEnabled(false);
        action->setToolTip(writesUnavailableReason());
        action->setStatusTip(writesUnavailableReason());
    } else if (before.isValid()) {
        action->setToolTip(before.toString());
        action->setStatusTip(QString());
        action->setProperty(kToolTipBeforeOffline, QVariant());
    }
}

void OfflineBanner::guard(const Session* session, QWidget* widget)
{
    if (!widget) {
        return;
    }
    const bool offline = session && session->isOffline();
    const QVariant before = widget->property(kToolTipBeforeOffline);
    if (offline) {
        if (widget->toolTip() != writesUnavailableReason()) {
            widget->setProperty(kToolTipBeforeOffline, widget->toolTip());
        }
        widget->setEnabled(false);
        widget->setToolTip(writesUnavailableReason());
        widget->setStatusTip(writesUnavailableReason());
    } else if (before.isValid()) {
        widget->setToolTip(before.toString());
        widget->setStatusTip(QString());
        widget->setProperty(kToolTipBeforeOffline, QVariant());
    }
}

void OfflineBanner::changeEvent(QEvent* event)
{
    MessageBanner::changeEvent(event);
    if (event->type() == QEvent::LanguageChange && !m_updating) {
        update();
    }
}

void OfflineBanner::update()
{
    if (!m_session || !m_session->isOffline()) {
        if (!isHidden()) {
            dismiss();
        }
        return;
    }
    m_updating = true;
    showMessage(MessageBanner::Kind::Warning, titleFor(*m_session),
        tr("Everything stored on this computer stays readable. Creating, cancelling and refunding wait until the "
           "server answers again."));
    m_updating = false;
}

} // namespace apipay
