#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QTest>
#include <QWidget>
#include <Qt>

#include <functional>

class QWidget;
class QAbstractItemView;

namespace apipay::test {

// Drives the application the way a person does: finds controls by what assistive technology reads out (the
// accessible name), clicks them only when they are visible and enabled, and types on whatever has the focus.
// Every lookup that fails leaves a description of what was on screen in lastError(), for the test's message.
class JourneyDriver
{
public:
    enum class Match { Exact, Contains };

    // The accessible name of a widget as a screen reader reads it (mnemonic '&' removed).
    static QString accessibleName(const QWidget* widget);
    // Visible widgets of every visible top-level window (dialogs included), in tree order.
    static QList<QWidget*> visibleWidgets();

    // The first visible widget named `name` (optionally of type T), searched in every visible window, the active
    // modal dialog first. nullptr and lastError() set when nothing matches.
    QWidget* find(const QString& name, Match match = Match::Exact) const;
    template <typename T> T* find(const QString& name, Match match = Match::Exact) const
    {
        return qobject_cast<T*>(findIf(name, match, [](QWidget* w) { return qobject_cast<T*>(w) != nullptr; }));
    }
    template <typename T> T* waitFor(const QString& name, int timeoutMs = 5000) const
    {
        T* found = nullptr;
        static_cast<void>(QTest::qWaitFor([&] { return (found = find<T>(name)) != nullptr; }, timeoutMs));
        return found;
    }
    // Waits (on the condition, events running) until a visible widget with that name exists.
    QWidget* waitFor(const QString& name, int timeoutMs = 5000, Match match = Match::Exact) const;
    // Waits until a visible *enabled* widget with that name exists, then clicks its centre with the left button.
    bool click(const QString& name, int timeoutMs = 5000, Match match = Match::Exact) const;
    // The same for a widget already found (fails when hidden or disabled).
    bool clickWidget(QWidget* widget) const;
    // Whether a visible widget with that name is enabled (false + lastError() when there is none).
    bool isEnabled(const QString& name, Match match = Match::Exact) const;

    // Keys go to the widget that has the keyboard focus (else the active window).
    static QWidget* focused();
    void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) const;
    void type(const QString& text) const;
    static void typeOn(QWidget* widget, const QString& text);
    // Moves the focus the way a person would (click into the field) and types.
    bool typeInto(const QString& name, const QString& text, Match match = Match::Exact) const;
    // Clicks into a field already found, waits for the focus, then (replace: Ctrl+A) types.
    bool fill(QWidget* field, const QString& text, bool replace = true) const;
    // The same, replacing what the field holds (Ctrl+A first).
    bool replaceIn(const QString& name, const QString& text, Match match = Match::Exact) const;

    // The texts a person reads in a view: every cell of row `row` (display role), joined by " | ".
    static QString rowText(const QAbstractItemView* view, int row);
    // The first row of the view whose text contains `needle` (-1 when none).
    static int rowContaining(const QAbstractItemView* view, const QString& needle);
    // Clicks the tab labelled `text` (mnemonic removed) of a visible tab bar.
    bool clickTab(const QString& text) const;
    // Selects that row by clicking it (the view must be visible).
    bool clickRow(QAbstractItemView* view, int row) const;

    // Answers the file dialog that is open (or opens within 3 s) with this path, as typing it and pressing Enter
    // would: the dialog's own accept. False when no file dialog appeared.
    bool answerFileDialog(const QString& path) const;

    // All texts of visible labels, buttons, line edits (what a person can read on screen now).
    static QString screenText();
    // "class 'name'" of every visible named widget: the message when a lookup fails.
    static QString describeScreen();
    QString lastError() const { return m_lastError; }

private:
    bool focusAndType(const QString& name, const QString& text, Match match, bool replace) const;
    QWidget* findIf(const QString& name, Match match, const std::function<bool(QWidget*)>& accept) const;
    mutable QString m_lastError;
};

} // namespace apipay::test

// Fail the current test with what was on screen when a control is missing.
#define JCLICK(driver, name) QVERIFY2((driver).click(name), qPrintable((driver).lastError()))
#define JTYPE(driver, name, text) QVERIFY2((driver).typeInto(name, text), qPrintable((driver).lastError()))
#define JREPLACE(driver, name, text) QVERIFY2((driver).replaceIn(name, text), qPrintable((driver).lastError()))
#define JWAIT(driver, name) QVERIFY2((driver).waitFor(name), qPrintable((driver).lastError()))
