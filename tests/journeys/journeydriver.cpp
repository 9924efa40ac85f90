#include "journeydriver.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTabBar>
#include <QTest>

using namespace Qt::StringLiterals;

namespace apipay::test {

QString JourneyDriver::accessibleName(const QWidget* widget)
{
    // On Linux a combo box reports its current text as its name (the name reaches a screen reader through the
    // "labelled by" relation instead): a name the application gave explicitly wins.
    if (qobject_cast<const QComboBox*>(widget) && !widget->accessibleName().isEmpty()) {
        return widget->accessibleName().simplified();
    }
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(const_cast<QWidget*>(widget));
    if (!iface) {
        return {};
    }
    QString name = iface->text(QAccessible::Name);
    // Buddy labels keep their mnemonic marker in some widget classes; a screen reader does not read it.
    name.remove(QRegularExpression(u"&(?=[^&])"_s));
    return name.simplified();
}

QList<QWidget*> JourneyDriver::visibleWidgets()
{
    QList<QWidget*> windows;
    if (QWidget* modal = QApplication::activeModalWidget()) {
        windows.append(modal);
    }
    if (QWidget* active = QApplication::activeWindow(); active && !windows.contains(active)) {
        windows.append(active);
    }
    const QList<QWidget*> tops = QApplication::topLevelWidgets();
    for (QWidget* top : tops) {
        if (top->isVisible() && !windows.contains(top)) {
            windows.append(top);
        }
    }
    QList<QWidget*> result;
    for (QWidget* window : std::as_const(windows)) {
        result.append(window);
        const QList<QWidget*> children = window->findChildren<QWidget*>();
        for (QWidget* child : children) {
            if (child->isVisible() && child->window() == window) {
                result.append(child);
            }
        }
    }
    return result;
}

QWidget* JourneyDriver::findIf(const QString& wanted, Match match, const std::function<bool(QWidget*)>& accept) const
{
    const QString name = wanted.simplified(); // as accessibleName(): no-break spaces read as spaces
    const QList<QWidget*> widgets = visibleWidgets();
    for (QWidget* widget : widgets) {
        const QString seen = accessibleName(widget);
        const bool hit = match == Match::Exact ? seen == name : seen.contains(name);
        if (hit && accept(widget)) {
            m_lastError.clear();
            return widget;
        }
    }
    // Near misses first (same start), then everything named on screen; the test log cuts long messages.
    QStringList near;
    const QString start = name.left(qMin(6, int(name.size())));
    for (QWidget* widget : widgets) {
        const QString seen = accessibleName(widget);
        if (!seen.isEmpty() && seen.startsWith(start)) {
            near.append(u"  %1 “%2”%3"_s.arg(QString::fromLatin1(widget->metaObject()->className()), seen,
                widget->isEnabled() ? QString() : u" (disabled)"_s));
        }
    }
    m_lastError = u"No visible control named “%1”. Similar: %2\nOn screen:\n%3"_s.arg(
        name, near.isEmpty() ? u"none"_s : u"\n"_s + near.join(u'\n'), describeScreen());
    return nullptr;
}

QWidget* JourneyDriver::find(const QString& name, Match match) const
{
    return findIf(name, match, [](QWidget*) { return true; });
}

QWidget* JourneyDriver::waitFor(const QString& name, int timeoutMs, Match match) const
{
    QWidget* found = nullptr;
    static_cast<void>(QTest::qWaitFor([&] { return (found = find(name, match)) != nullptr; }, timeoutMs));
    return found;
}

bool JourneyDriver::click(const QString& name, int timeoutMs, Match match) const
{
    QWidget* found = nullptr;
    static_cast<void>(QTest::qWaitFor(
        [&] {
            found = findIf(name, match, [](QWidget* w) { return w->isEnabled(); });
            return found != nullptr;
        },
        timeoutMs));
    if (!found) {
        if (QWidget* disabled = find(name, match)) {
            m_lastError = u"“%1” (%2) is visible but disabled. On screen:\n%3"_s.arg(
                name, QString::fromLatin1(disabled->metaObject()->className()), describeScreen());
        }
        return false;
    }
    return clickWidget(found);
}

bool JourneyDriver::clickWidget(QWidget* widget) const
{
    if (!widget || !widget->isVisible() || !widget->isEnabled()) {
        m_lastError = u"cannot click “%1”: %2"_s.arg(
            widget ? accessibleName(widget) : u"(none)"_s, widget ? u"hidden or disabled"_s : u"missing"_s);
        return false;
    }
    QPoint at = widget->rect().center();
    if (qobject_cast<QCheckBox*>(widget) || qobject_cast<QRadioButton*>(widget)) {
        at = QPoint(qMin(8, widget->width() / 2), widget->height() / 2); // on the indicator
    }
    QTest::mouseClick(widget, Qt::LeftButton, Qt::NoModifier, at);
    return true;
}

bool JourneyDriver::isEnabled(const QString& name, Match match) const
{
    QWidget* found = find(name, match);
    return found && found->isEnabled();
}

QWidget* JourneyDriver::focused()
{
    if (QWidget* focus = QApplication::focusWidget()) {
        return focus;
    }
    if (QWidget* active = QApplication::activeWindow()) {
        return active;
    }
    // A dialog just closed and nothing took its place (offscreen has no window manager): the person's next key
    // goes to the window they see, as a window manager would activate it.
    const QList<QWidget*> tops = QApplication::topLevelWidgets();
    for (QWidget* top : tops) {
        if (top->isVisible() && top->isWindow() && !top->parentWidget()) {
            top->activateWindow();
            static_cast<void>(QTest::qWaitForWindowActive(top));
            return QApplication::focusWidget() ? QApplication::focusWidget() : top;
        }
    }
    return nullptr;
}

void JourneyDriver::key(Qt::Key key, Qt::KeyboardModifiers modifiers) const
{
    QTest::keyClick(focused(), key, modifiers);
}

void JourneyDriver::type(const QString& text) const
{
    typeOn(focused(), text);
}

void JourneyDriver::typeOn(QWidget* widget, const QString& text)
{
    // QTest::keyClicks knows ASCII only; other letters (Cyrillic, Kazakh, ₸) arrive as key events carrying text,
    // as from a keyboard layout.
    for (const QChar c : text) {
        if (c.unicode() < 128) {
            QTest::keyClick(widget, char(c.unicode()));
        } else {
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }
}

bool JourneyDriver::typeInto(const QString& name, const QString& text, Match match) const
{
    return focusAndType(name, text, match, false);
}

bool JourneyDriver::replaceIn(const QString& name, const QString& text, Match match) const
{
    return focusAndType(name, text, match, true);
}

bool JourneyDriver::focusAndType(const QString& name, const QString& text, Match match, bool replace) const
{
    // A field, not its label (both carry the same name): something that takes the focus.
    QWidget* field = nullptr;
    static_cast<void>(QTest::qWaitFor(
        [&] {
            field = findIf(name, match, [](QWidget* w) { return w->isEnabled() && w->focusPolicy() != Qt::NoFocus; });
            return field != nullptr;
        },
        5000));
    if (!field) {
        return false;
    }
    return fill(field, text, replace);
}

bool JourneyDriver::fill(QWidget* field, const QString& text, bool replace) const
{
    const QString name = field ? accessibleName(field) : QString();
    if (!clickWidget(field)) {
        return false;
    }
    field->setFocus(Qt::MouseFocusReason);
    if (!QTest::qWaitFor(
            [field] { return field->hasFocus() || field->isAncestorOf(QApplication::focusWidget()); }, 1000)) {
        m_lastError = u"“%1” does not take the focus (focus is on %2)"_s.arg(
            name, QApplication::focusWidget() ? accessibleName(QApplication::focusWidget()) : u"nothing"_s);
        return false;
    }
    if (replace) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    }
    typeOn(QApplication::focusWidget(), text);
    return true;
}

QString JourneyDriver::rowText(const QAbstractItemView* view, int row)
{
    QStringList cells;
    const QAbstractItemModel* model = view->model();
    for (int column = 0; column < model->columnCount(); ++column) {
        cells.append(model->index(row, column).data(Qt::DisplayRole).toString());
    }
    return cells.join(u" | "_s);
}

int JourneyDriver::rowContaining(const QAbstractItemView* view, const QString& needle)
{
    if (!view || !view->model()) {
        return -1;
    }
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (rowText(view, row).contains(needle)) {
            return row;
        }
    }
    return -1;
}

bool JourneyDriver::clickTab(const QString& text) const
{
    const QList<QWidget*> widgets = visibleWidgets();
    for (QWidget* widget : widgets) {
        auto* bar = qobject_cast<QTabBar*>(widget);
        for (int i = 0; bar && i < bar->count(); ++i) {
            if (QString(bar->tabText(i)).remove(u'&') == text && bar->isTabEnabled(i)) {
                QTest::mouseClick(bar, Qt::LeftButton, Qt::NoModifier, bar->tabRect(i).center());
                return bar->currentIndex() == i;
            }
        }
    }
    m_lastError = u"no visible tab “%1”. On screen:\n%2"_s.arg(text, describeScreen());
    return false;
}

bool JourneyDriver::clickRow(QAbstractItemView* view, int row) const
{
    if (!view || row < 0 || row >= view->model()->rowCount()) {
        m_lastError = u"no row %1 to click"_s.arg(row);
        return false;
    }
    const QModelIndex index = view->model()->index(row, 0);
    view->scrollTo(index);
    const QRect rect = view->visualRect(index);
    if (!rect.isValid()) {
        m_lastError = u"row %1 is not on screen"_s.arg(row);
        return false;
    }
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
    return view->currentIndex().row() == row;
}

bool JourneyDriver::answerFileDialog(const QString& path) const
{
    QFileDialog* dialog = nullptr;
    static_cast<void>(QTest::qWaitFor(
        [&] {
            const QList<QWidget*> tops = QApplication::topLevelWidgets();
            for (QWidget* top : tops) {
                if (auto* candidate = qobject_cast<QFileDialog*>(top); candidate && candidate->isVisible()) {
                    dialog = candidate;
                }
            }
            return dialog != nullptr;
        },
        3000));
    if (!dialog) {
        m_lastError = u"no file dialog appeared. On screen:\n%1"_s.arg(describeScreen());
        return false;
    }
    dialog->selectFile(path);
    static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept, as on Enter
    return true;
}

QString JourneyDriver::screenText()
{
    QStringList texts;
    const QList<QWidget*> widgets = visibleWidgets();
    for (QWidget* widget : widgets) {
        if (auto* label = qobject_cast<QLabel*>(widget)) {
            texts.append(label->text());
        } else if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
            texts.append(button->text());
        } else if (auto* edit = qobject_cast<QLineEdit*>(widget)) {
            texts.append(edit->text());
        } else if (auto* combo = qobject_cast<QComboBox*>(widget)) {
            texts.append(combo->currentText());
        }
    }
    return texts.join(u'\n');
}

QString JourneyDriver::describeScreen()
{
    QStringList lines;
    const QList<QWidget*> widgets = visibleWidgets();
    for (QWidget* widget : widgets) {
        const QString name = accessibleName(widget);
        if (name.isEmpty()) {
            continue;
        }
        lines.append(u"  %1 “%2”%3"_s.arg(QString::fromLatin1(widget->metaObject()->className()), name,
            widget->isEnabled() ? QString() : u" (disabled)"_s));
    }
    lines.removeDuplicates();
    return lines.join(u'\n');
}

} // namespace apipay::test
