#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;

namespace apipay {

// A non-modal message strip shown above the content: an error with "Retry"/"Dismiss", a warning with an action
// ("Open settings"), or an information. Colours follow the palette (light and dark). Hidden until showMessage().
// Long texts wrap (also inside long words such as paths or raw JSON from a server): the banner grows in height and
// never asks for more width than the window has.
class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Error, Warning, Information };
    Q_ENUM(Kind)

    explicit MessageBanner(QWidget* parent = nullptr);

    // Shows `text`. When `retry` is set a "Retry" button runs it (and hides the banner).
    void showMessage(Kind kind, const QString& title, const QString& text, std::function<void()> retry = {});
    // Replaces the title and text of the message shown, keeping its kind and buttons (a newer error of the same
    // problem).
    void replaceText(const QString& title, const QString& text);
    // An extra button, e.g. "Open settings" (cleared by the next showMessage()). Clicking runs `action`.
    void setAction(const QString& label, std::function<void()> action);
    // Whether "Dismiss" is offered (default true).
    void setDismissible(bool dismissible);

    Kind kind() const { return m_kind; }
    QString title() const;
    QString text() const;
    bool hasRetry() const;
    QPushButton* retryButton() const { return m_retryButton; }
    QPushButton* actionButton() const { return m_actionButton; }
    QPushButton* dismissButton() const { return m_dismissButton; }

    // `text` with invisible line-break opportunities inside long runs without spaces (paths, identifiers, JSON), so a
    // word-wrapped label can wrap them instead of widening its window.
    static QString breakableText(const QString& text);

public Q_SLOTS:
    void dismiss();

Q_SIGNALS:
    void dismissed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void applyColours();

    Kind m_kind = Kind::Error;
    QLabel* m_iconLabel;
    QLabel* m_titleLabel;
    QLabel* m_textLabel;
    QPushButton* m_retryButton;
    QPushButton* m_actionButton;
    QPushButton* m_dismissButton;
    QString m_title;
    QString m_text;
    std::function<void()> m_retry;
    std::function<void()> m_action;
    bool m_applyingColours = false;
};

} // namespace apipay
