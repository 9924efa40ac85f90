#include "sessionstatusbar.h"

#include "api/apiclient.h"
#include "session/session.h"
#include "sync/historysync.h"

#include <QLabel>
#include <QStatusBar>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace apipay {

SessionStatusBar::SessionStatusBar(Session* session, QStatusBar* statusBar)
    : QObject(statusBar)
    , m_session(session)
    , m_statusBar(statusBar)
    , m_modeLabel(new QLabel(statusBar))
    , m_shopLabel(new QLabel(statusBar))
    , m_budgetLabel(new QLabel(statusBar))
    , m_refreshLabel(new QLabel(statusBar))
    , m_historyLabel(new QLabel(statusBar))
    , m_budgetTimer(new QTimer(this))
{
    m_modeLabel->setObjectName(u"modeLabel"_s);
    m_shopLabel->setObjectName(u"shopLabel"_s);
    m_budgetLabel->setObjectName(u"budgetLabel"_s);
    m_refreshLabel->setObjectName(u"lastRefreshLabel"_s);
    m_historyLabel->setObjectName(u"historySyncLabel"_s);
    m_historyLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_historyLabel->hide();
    // Permanent, like the labels after it: a temporary message (showMessage) is drawn in the space to the left of the
    // permanent widgets, so both stay readable. A normal widget would be hidden by the message and, shown again by the
    // next progress step, drawn over it.
    statusBar->addPermanentWidget(m_historyLabel);
    QFont bold = m_modeLabel->font();
    bold.setBold(true);
    m_modeLabel->setFont(bold);
    m_modeLabel->setMargin(2);
    m_modeLabel->setAutoFillBackground(true);
    for (QLabel* label : { m_modeLabel, m_shopLabel, m_budgetLabel, m_refreshLabel }) {
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        statusBar->addPermanentWidget(label);
    }

    connect(m_session, &Session::sessionChanged, this, [this] {
        m_rateLimitSeconds = 0;
        update();
    });
    connect(m_session, &Session::refreshStateChanged, this, &SessionStatusBar::update);
    connect(m_session, &Session::historyChanged, this, &SessionStatusBar::bindHistorySync);
    bindHistorySync();
    connect(m_session, &Session::languageChanged, this, &SessionStatusBar::update);
    connect(m_session, &Session::displayFormatChanged, this, &SessionStatusBar::update);
    ApiClient* api = m_session->api();
    connect(api, &ApiClient::budgetChanged, this, &SessionStatusBar::update);
    connect(api, &ApiClient::rateLimited, this, [this](int seconds) {
        m_rateLimitSeconds = seconds;
        update();
        QTimer::singleShot(seconds * 1000, this, [this] {
            m_rateLimitSeconds = 0;
            update();
        });
    });
    // The budget is a rolling minute: slots come back without any request, so the label is refreshed each second.
    m_budgetTimer->setInterval(1000);
    connect(m_budgetTimer, &QTimer::timeout, this, [this] {
        if (m_session->hasSession() && m_rateLimitSeconds == 0) {
            m_budgetLabel->setText(tr("Requests left this minute: %1").arg(m_session->api()->budgetRemaining()));
        }
    });
    m_budgetTimer->start();
    retranslate();
}

void SessionStatusBar::detach()
{
    m_budgetTimer->stop();
    disconnect(m_session, nullptr, this, nullptr);
    disconnect(m_session->api(), nullptr, this, nullptr);
}

void SessionStatusBar::retranslate()
{
    m_modeLabel->setAccessibleName(tr("Mode"));
    m_shopLabel->setAccessibleName(tr("Shop"));
    m_budgetLabel->setAccessibleName(tr("Requests left this minute"));
    m_refreshLabel->setAccessibleName(tr("Last refresh"));
    m_historyLabel->setAccessibleName(tr("History on this computer"));
    update();
}

void SessionStatusBar::updateMode()
{
    const Session::Mode mode = m_session->mode();
    if (!m_session->hasSession()) {
        m_modeLabel->setText(u' ' + tr("Not connected") + u' ');
        m_modeLabel->setToolTip(tr("No shop is connected yet. Open Settings to enter an API key."));
        m_modeLabel->setPalette(m_statusBar->palette());
        return;
    }
    m_modeLabel->setText(u' ' + Session::modeLabel(mode) + u' ');
    m_modeLabel->setToolTip(mode == Session::Mode::Live ? tr("Real payments: invoices go to real customers.")
            : mode == Session::Mode::Sandbox            ? tr("Test payments: invoices are not paid with real money.")
                                             : tr("Demo: an offline server on this computer with made-up data."));
    // The mode stands out: green for live, amber for test/demo, readable on light and dark palettes.
    QPalette pal = m_statusBar->palette();
    const bool dark = pal.color(QPalette::Window).lightnessF() < 0.5;
    const QColor tint = mode == Session::Mode::Live ? (dark ? QColor(0x1e, 0x5b, 0x2a) : QColor(0xc8, 0xf0, 0xcf))
                                                    : (dark ? QColor(0x6b, 0x4e, 0x00) : QColor(0xff, 0xe5, 0x9e));
    pal.setColor(QPalette::Window, tint);
    m_modeLabel->setPalette(pal);
}

void SessionStatusBar::bindHistorySync()
{
    if (HistorySync* sync = m_session->historySync()) {
        connect(sync, &HistorySync::progressChanged, this, &SessionStatusBar::updateHistory, Qt::UniqueConnection);
    }
    updateHistory();
}

void SessionStatusBar::updateHistory()
{
    const HistorySync* sync = m_session->historySync();
    const QString text = sync ? sync->progressText() : QString();
    m_historyLabel->setText(text);
    m_historyLabel->setVisible(!text.isEmpty());
}

void SessionStatusBar::update()
{
    updateMode();
    updateHistory();
    m_shopLabel->setText(m_session->shopName());
    m_shopLabel->setVisible(!m_session->shopName().isEmpty());
    if (!m_session->hasSession()) {
        m_budgetLabel->hide();
        m_refreshLabel->hide();
        return;
    }
    if (m_rateLimitSeconds > 0) {
        m_budgetLabel->setText(tr("Rate limit: waiting %n s", nullptr, m_rateLimitSeconds));
    } else {
        m_budgetLabel->setText(tr("Requests left this minute: %1").arg(m_session->api()->budgetRemaining()));
    }
    m_budgetLabel->show();
    // The time of the last answer that was read. A request that failed for want of a working server (no connection, a
    // 5xx, an unreadable answer, …; not a refusal with a reason) never moves it: the label says so beside it — "the
    // last request", as it may have been a write as well as a refresh — and the tooltip gives the reason.
    const QDateTime lastRefresh = m_session->lastRefresh();
    const ApiError failure = m_session->lastRefreshError();
    QString text;
    if (lastRefresh.isValid()) {
        const QString time = lastRefresh.toTimeZone(m_session->displayFormat().zone()).time().toString(u"HH:mm:ss"_s);
        text = failure.isError() ? tr("Updated %1 — the last request failed").arg(time) : tr("Updated %1").arg(time);
    } else {
        text = failure.isError() ? tr("Not updated — the last request failed") : tr("Not updated yet");
    }
    m_refreshLabel->setText(text);
    m_refreshLabel->setToolTip(failure.isError() ? failure.userText() : QString());
    m_refreshLabel->setAccessibleDescription(m_refreshLabel->toolTip());
    m_refreshLabel->show();
}

} // namespace apipay
