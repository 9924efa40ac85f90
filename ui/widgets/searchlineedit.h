#pragma once

#include <QLineEdit>

class QAbstractItemView;
class QTimer;

namespace apipay {

// The search field of a list page: it answers as the person types. searchChanged() is emitted after a short pause in
// typing (400 ms by default, so a word typed quickly is one search, not five), at once on Enter while a search is
// pending, and at once when Esc clears a field that holds text (Esc in an empty field goes on to the page). Down, or
// Enter when no search is pending, asks to go on to the results (resultsRequested(); leadToResults() wires it to a
// list). Clear button, at most `maxLength` characters.
class SearchLineEdit : public QLineEdit
{
    Q_OBJECT
public:
    static constexpr int kDefaultDelayMs = 400;
    // The pause for a search answered by the history on this computer (a keystroke costs a few milliseconds there).
    static constexpr int kLocalDelayMs = 100;

    explicit SearchLineEdit(QWidget* parent = nullptr);

    void setDelayMs(int ms);
    int delayMs() const;
    // The search as typed, trimmed.
    QString searchText() const { return text().trimmed(); }
    // Empties the field without announcing it and drops a pending search (the caller announces its own change).
    void clearSilently();
    // Ctrl+F: the focus in the field, its text selected so that typing replaces it.
    void focusAndSelect();

    // Down or Enter in `search` puts the keyboard into `results`, on its current row or else the first.
    static void leadToResults(SearchLineEdit* search, QAbstractItemView* results);

Q_SIGNALS:
    void searchChanged();
    void resultsRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    QTimer* m_timer;
};

} // namespace apipay
