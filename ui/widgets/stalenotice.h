#pragma once

#include <QDateTime>
#include <QFrame>

#include <functional>

class QLabel;
class QLocale;
class QPushButton;
class QTimeZone;

namespace apipay {

// A strip above a list or a detail that says the data below is not fresh: "As of 16:48 — the refresh failed: …" with
// a Retry button, or "Loading the list for the new filter…". The data itself stays on screen; this only marks it.
// Hidden while the data is fresh. The text wraps and never widens the window.
class StaleNotice : public QFrame
{
    Q_OBJECT
public:
    enum class State { Fresh, LoadingNewQuery, RefreshFailed, NewQueryFailed };
    Q_ENUM(State)

    explicit StaleNotice(QWidget* parent = nullptr);

    // How the "as of" time is written (default: the system locale and time zone). Pages pass the display zone.
    void setTimeFormatter(std::function<QString(const QDateTime&)> formatter);
    // Today's times as "16:48", other days with their date, in `zone`.
    static QString formatAsOf(const QDateTime& utc, const QLocale& locale, const QTimeZone& zone);

    // The data shown was loaded at `asOfUtc` and loading it again failed with `reason`.
    void showRefreshFailed(const QDateTime& asOfUtc, const QString& reason);
    // A new filter or search is loading; the rows shown are those of the previous one, loaded at `asOfUtc`.
    void showLoadingNewQuery(const QDateTime& asOfUtc);
    // The new filter or search failed; the rows shown are those of the previous one, loaded at `asOfUtc`.
    void showNewQueryFailed(const QDateTime& asOfUtc, const QString& reason);
    // The data is fresh again: hides the notice.
    void clearNotice();

    State state() const { return m_state; }
    QString text() const;
    QPushButton* retryButton() const { return m_retryButton; }

Q_SIGNALS:
    void retryRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void setState(State state, const QDateTime& asOfUtc, const QString& reason);
    void render();
    void applyColours();

    QLabel* m_textLabel;
    QPushButton* m_retryButton;
    std::function<QString(const QDateTime&)> m_formatter;
    State m_state = State::Fresh;
    QDateTime m_asOf;
    QString m_reason;
    QString m_text;
    bool m_applyingColours = false;
};

} // namespace apipay
