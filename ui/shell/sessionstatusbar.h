#pragma once

#include <QDateTime>
#include <QObject>

class QLabel;
class QStatusBar;
class QTimer;

namespace apipay {

class Session;

// The permanent part of the main window's status bar: mode (Demo / Sandbox / Live, or Not connected), shop name,
// request budget left this minute (or the rate-limit wait), the time of the last answer read from the server (and
// whether the refreshes since have failed), and the
// progress of the first history sync ("History: 12,400 of 36,000 invoices") while it runs.
class SessionStatusBar : public QObject
{
    Q_OBJECT
public:
    SessionStatusBar(Session* session, QStatusBar* statusBar);

    // Re-reads everything (also called on language change).
    void update();
    void retranslate();
    // The main window stops reacting before it is destroyed.
    void detach();

private:
    void updateMode();
    void bindHistorySync();
    void updateHistory();

    Session* m_session;
    QStatusBar* m_statusBar;
    QLabel* m_modeLabel;
    QLabel* m_shopLabel;
    QLabel* m_budgetLabel;
    QLabel* m_refreshLabel;
    QLabel* m_historyLabel;
    QTimer* m_budgetTimer;
    int m_rateLimitSeconds = 0;
};

} // namespace apipay
