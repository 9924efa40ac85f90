#include "widgets/searchlineedit.h"

#include <QKeyEvent>
#include <QSignalBlocker>
#include <QTimer>

namespace apipay {

SearchLineEdit::SearchLineEdit(QWidget* parent)
    : QLineEdit(parent)
    , m_timer(new QTimer(this))
{
    setClearButtonEnabled(true);
    m_timer->setSingleShot(true);
    m_timer->setInterval(kDefaultDelayMs);
    connect(m_timer, &QTimer::timeout, this, &SearchLineEdit::searchChanged);
    connect(this, &QLineEdit::textChanged, m_timer, qOverload<>(&QTimer::start));
    connect(this, &QLineEdit::returnPressed, this, [this] {
        if (m_timer->isActive()) {
            m_timer->stop();
            Q_EMIT searchChanged();
        }
    });
}

void SearchLineEdit::setDelayMs(int ms)
{
    m_timer->setInterval(qMax(0, ms));
}

int SearchLineEdit::delayMs() const
{
    return m_timer->interval();
}

void SearchLineEdit::clearSilently()
{
    {
        const QSignalBlocker blocker(this);
        clear();
    }
    m_timer->stop();
}

void SearchLineEdit::focusAndSelect()
{
    setFocus(Qt::ShortcutFocusReason);
    selectAll();
}

void SearchLineEdit::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier && !text().isEmpty()) {
        clearSilently();
        Q_EMIT searchChanged();
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace apipay
