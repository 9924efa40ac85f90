#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace apipay {

// A calm strip above the invoice list while it shows what another page asked for (the overview's "Waiting for payment
// now: 3"): what was opened and the filters that make the list what it is, with "Clear filters". Hidden otherwise. The
// text wraps and never widens the window.
class AppliedFilterNotice : public QFrame
{
    Q_OBJECT
public:
    explicit AppliedFilterNotice(QWidget* parent = nullptr);

    // `caption`: what was opened (plain text, shown in bold); `details`: the filters applied (plain text).
    void showNotice(const QString& caption, const QString& details);
    void hideNotice();

    QLabel* textLabel() const { return m_text; }
    QPushButton* clearButton() const { return m_clear; }

Q_SIGNALS:
    // "Clear filters" was pressed.
    void clearRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_text;
    QPushButton* m_clear;
};

} // namespace apipay
